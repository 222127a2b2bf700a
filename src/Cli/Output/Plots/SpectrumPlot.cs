using ScottPlot;

namespace Landscape.Symmetry.Cli.Output.Plots;

/// <summary>One distinct Hessian eigenvalue of one irreducible's isotypic component.</summary>
/// <param name="Eigenvalue">The eigenvalue.</param>
/// <param name="Multiplicity">How many eigenvalues of the full Hessian it stands for (the irreducible's degree, summed over repeats).</param>
/// <param name="Irreducible">The irreducible's label, e.g. <c>([4,1],[1])</c>; one strip per distinct label.</param>
internal sealed record SpectrumEntry(double Eigenvalue, long Multiplicity, string Irreducible);

/// <summary>The spectrum at one point, titled.</summary>
internal sealed record SpectrumPanel(string Title, IReadOnlyList<SpectrumEntry> Entries);

/// <summary>
/// Hessian spectra as strips: one horizontal strip per irreducible, each eigenvalue a vertical bar in its strip at its
/// value on a signed logarithmic axis (<see cref="SymmetricLogScale"/>), red when negative, blue when positive, grey
/// when zero to rounding, with its multiplicity written beside it (×m; a simple eigenvalue crowded by its neighbours
/// goes unlabelled). Several panels (the points found by
/// <c>explore</c>) are stacked and share one axis so that they can be compared.
/// </summary>
internal static class SpectrumPlot
{
    private const int Width = 900, HeaderHeight = 40, StripHeight = 64, FooterHeight = 56;

    /// <summary>The figure for <paramref name="panels"/> (at least one).</summary>
    public static Figure Render(IReadOnlyList<SpectrumPanel> panels)
    {
        ArgumentNullException.ThrowIfNull(panels);
        if (panels.Count == 0) throw new ArgumentException("A spectrum picture needs at least one spectrum.", nameof(panels));
        var all = panels.SelectMany(p => p.Entries).Select(e => e.Eigenvalue).Where(double.IsFinite).ToList();
        var scale = SymmetricLogScale.For(all);
        double max = all.Count == 0 ? 1 : all.Max(), min = all.Count == 0 ? 0 : all.Min();
        double zeroBand = 1e-9 * Math.Max(Math.Abs(max), Math.Abs(min));
        // Symmetric limits around 0 keep the zero line at one place in every panel.
        double reach = Math.Max(scale.Forward(Math.Max(Math.Abs(max), Math.Abs(min))), 1) * 1.08;
        // The left end reaches just past the most negative eigenvalue (or shows a little of the negative side when none is).
        double left = Math.Min(-0.12 * reach, min < -zeroBand ? 1.08 * scale.Forward(min) : 0);
        var ticks = scale.Ticks(Math.Min(min, 0), Math.Max(Math.Abs(max), Math.Abs(min))).ToList();
        // No decade between 0 and the most negative eigenvalue: label that eigenvalue itself so the negative side has a number.
        if (min < -zeroBand && !ticks.Any(t => t.IsMajor && t.Position < 0)) ticks.Add(new Tick(scale.Forward(min), "−" + PlotStyle.Number(-min, 2)));

        var heights = panels.Select(p => HeaderHeight + FooterHeight + StripHeight * Math.Max(1, p.Entries.Select(e => e.Irreducible).Distinct().Count())).ToList();
        // One fixed frame for every panel so that their eigenvalue axes line up; the left margin fits the longest label.
        int longest = panels.SelectMany(p => p.Entries).Select(e => e.Irreducible.Length).DefaultIfEmpty(4).Max();
        var margins = new PixelPadding(left: Math.Max(90, 7.5f * longest + 50), right: 30, bottom: 50, top: 40);
        var figure = new Figure(Width, heights.Sum());
        float y = 0;
        for (int i = 0; i < panels.Count; i++)
        {
            figure.Add(Panel(panels[i], scale, left, reach, ticks, zeroBand, margins), 0, y, Width, heights[i]);
            y += heights[i];
        }
        return figure;
    }

    private static Plot Panel(SpectrumPanel panel, SymmetricLogScale scale, double left, double right, List<Tick> ticks, double zeroBand, PixelPadding margins)
    {
        var plot = PlotStyle.NewPlot();
        plot.Layout.Fixed(margins);
        var strips = panel.Entries.Select(e => e.Irreducible).Distinct().ToList();
        for (int s = 0; s < strips.Count; s++)
        {
            double row = strips.Count - 1 - s;
            if (s % 2 == 0)
            {
                var band = plot.Add.Rectangle(left, right, row - 0.5, row + 0.5);
                band.FillColor = Colors.Black.WithAlpha(0.04);
                band.LineWidth = 0;
            }
            var entries = panel.Entries.Where(e => e.Irreducible == strips[s]).OrderBy(e => e.Eigenvalue).ToList();
            // Multiplicity labels go above the bar, or below when a neighbour's label is too close above (~4.5% of the
            // axis); a simple eigenvalue with no room on either side stays unlabelled rather than overprint another.
            double gap = 0.045 * (right - left), lastAbove = double.NegativeInfinity, lastBelow = double.NegativeInfinity;
            foreach (var e in entries)
            {
                double x = scale.Forward(e.Eigenvalue);
                var color = Math.Abs(e.Eigenvalue) <= zeroBand ? PlotStyle.Zero : e.Eigenvalue < 0 ? PlotStyle.Negative : PlotStyle.Positive;
                var bar = plot.Add.Line(x, row - 0.2, x, row + 0.2);
                bar.LineColor = color;
                bar.LineWidth = 3;
                bool lower;
                if (x - lastAbove >= gap) lower = false;
                else if (x - lastBelow >= gap) lower = true;
                else if (e.Multiplicity == 1) continue;
                else lower = false;
                if (lower) lastBelow = x; else lastAbove = x;
                var text = plot.Add.Text($"×{e.Multiplicity}", x, lower ? row - 0.22 : row + 0.22);
                text.LabelFontSize = 11;
                text.LabelFontColor = color;
                text.LabelFontName = PlotStyle.FontName;
                text.Alignment = lower ? Alignment.UpperCenter : Alignment.LowerCenter;
            }
        }
        var zero = plot.Add.VerticalLine(scale.Forward(0), 1, Colors.Black.WithAlpha(0.6), LinePattern.Dashed);
        zero.LineWidth = 1;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.ToArray());
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            strips.Select((label, s) => new Tick(strips.Count - 1 - s, label)).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Axes.SetLimits(left, right, -0.6, Math.Max(strips.Count, 1) - 0.4);
        plot.Title(panel.Title, 14);
        plot.XLabel("Hessian eigenvalue (signed log scale)", 12);
        plot.YLabel("irreducible", 12);
        return plot;
    }
}
