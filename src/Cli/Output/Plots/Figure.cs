using ScottPlot;
using SkiaSharp;

namespace Landscape.Symmetry.Cli.Output.Plots;

/// <summary>
/// A picture made of ScottPlot panels placed at pixel rectangles on one canvas (a histogram above a row of heatmaps, a
/// stack of spectra), written as PNG or SVG by <see cref="PlotFile.Write"/>. Pixel y grows downwards.
/// </summary>
internal sealed class Figure
{
    private readonly List<(Plot Plot, PixelRect Where)> panels = new();

    /// <summary>A white figure of the given size in pixels.</summary>
    public Figure(int width, int height)
    {
        if (width < 1 || height < 1) throw new ArgumentOutOfRangeException(nameof(width), $"A figure needs a positive size; got {width}×{height}.");
        Width = width;
        Height = height;
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>The panels in drawing order.</summary>
    public IReadOnlyList<(Plot Plot, PixelRect Where)> Panels => panels;

    /// <summary>Places <paramref name="plot"/> in the rectangle with top-left corner (x, y) and the given size.</summary>
    public Figure Add(Plot plot, float x, float y, float width, float height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        panels.Add((plot, new PixelRect(x, x + width, y + height, y)));
        return this;
    }

    /// <summary>A figure holding one plot that fills it.</summary>
    public static Figure Of(Plot plot, int width, int height) => new Figure(width, height).Add(plot, 0, 0, width, height);

    /// <summary>Draws every panel onto <paramref name="canvas"/> over a white background.</summary>
    public void Draw(SKCanvas canvas)
    {
        canvas.Clear(SKColors.White);
        foreach (var (plot, where) in panels)
        {
            // A plot paints its background over the whole canvas; the clip keeps it inside its own rectangle.
            canvas.Save();
            canvas.ClipRect(where.ToSKRect());
            plot.Render(canvas, where);
            canvas.Restore();
        }
    }
}
