using SkiaSharp;

namespace Landscape.Symmetry.Cli.Output.Plots;

/// <summary>The two picture formats, chosen by the file's extension.</summary>
internal enum PictureFormat
{
    /// <summary>A raster image (<c>.png</c>).</summary>
    Png,

    /// <summary>A vector image (<c>.svg</c>).</summary>
    Svg,
}

/// <summary>
/// Where a picture goes: a path whose extension (<c>.png</c> or <c>.svg</c>) picks the format, checked to be writable
/// when the option is parsed — before the command computes anything — so a long run never ends in "cannot write".
/// </summary>
internal sealed record PlotFile(string Path, PictureFormat Format)
{
    /// <summary>The checked plot file for <paramref name="path"/> given to <paramref name="option"/>.</summary>
    /// <exception cref="ArgumentException">The extension is neither .png nor .svg, or the file cannot be written (with the reason).</exception>
    public static PlotFile Parse(string path, string option = "--plot")
    {
        var format = FormatOf(path, option);
        return new PlotFile(OutputPath.CheckFile(path, option), format);
    }

    /// <summary>The format named by the extension of <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException">Neither .png nor .svg.</exception>
    public static PictureFormat FormatOf(string path, string option = "--plot") =>
        System.IO.Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".png" => PictureFormat.Png,
            ".svg" => PictureFormat.Svg,
            var other => throw new ArgumentException(
                $"{option} {path}: the picture format comes from the file's extension, which must be .png or .svg; got " +
                (other.Length == 0 ? "none." : $"'{other}'.")),
        };

    /// <summary>
    /// This file's sibling for item <paramref name="index"/> (1-based) of several pictures: the file itself for 1,
    /// else <c>NAME-index.EXT</c> beside it.
    /// </summary>
    public PlotFile Numbered(int index) => index <= 1
        ? this
        : this with { Path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path) ?? "", $"{System.IO.Path.GetFileNameWithoutExtension(Path)}-{index}{System.IO.Path.GetExtension(Path)}") };

    /// <summary>Writes <paramref name="figure"/> in this file's format.</summary>
    public void Write(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        using var stream = new FileStream(Path, FileMode.Create, FileAccess.Write);
        if (Format == PictureFormat.Svg)
        {
            // The SVG canvas writes its closing tag when disposed, so it must be gone before the stream is.
            using (var canvas = SKSvgCanvas.Create(SKRect.Create(figure.Width, figure.Height), stream)) figure.Draw(canvas);
            return;
        }
        using var surface = SKSurface.Create(new SKImageInfo(figure.Width, figure.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        figure.Draw(surface.Canvas);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        data.SaveTo(stream);
    }
}
