using System.Globalization;
using ScottPlot;

namespace Landscape.Symmetry.Cli.Output.Plots;

/// <summary>
/// How many points of each isotropy type were found, as bars with the count on top and the type's name below
/// (slanted when the names would collide).
/// </summary>
internal static class IsotropyHistogram
{
    /// <summary>The histogram as one plot; <paramref name="counts"/> in the order to draw (most frequent first, say).</summary>
    public static Plot Panel(string title, IReadOnlyList<(string Type, int Count)> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count == 0) throw new ArgumentException("An isotropy histogram needs at least one type.", nameof(counts));
        var plot = PlotStyle.NewPlot();
        var bars = counts.Select((c, i) => new Bar
        {
            Position = i,
            Value = c.Count,
            FillColor = PlotStyle.Lines[i % PlotStyle.Lines.Length],
            Label = c.Count.ToString(CultureInfo.InvariantCulture),
            Size = 0.7,
        }).ToList();
        var plottable = plot.Add.Bars(bars);
        plottable.ValueLabelStyle.FontSize = 12;
        plottable.ValueLabelStyle.FontName = PlotStyle.FontName;
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (int i = 0; i < counts.Count; i++) ticks.AddMajor(i, counts[i].Type);
        plot.Axes.Bottom.TickGenerator = ticks;
        int longest = counts.Max(c => c.Type.Length);
        if (longest * counts.Count > 60)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
            // ScottPlot sizes the axis for unrotated labels; a slanted name drops by half its length (sin 30°).
            plot.Axes.Bottom.MinimumSize = 24 + 0.5f * 7.5f * longest;
        }
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Axes.SetLimits(-0.6, counts.Count - 0.4, 0, counts.Max(c => c.Count) * 1.15);
        plot.Title(title, 13);
        plot.YLabel("points", 12);
        return plot;
    }

    /// <summary>A figure holding the histogram alone.</summary>
    public static Figure Render(string title, IReadOnlyList<(string Type, int Count)> counts) =>
        Figure.Of(Panel(title, counts), Math.Max(480, 110 * counts.Count + 160), 380);
}
