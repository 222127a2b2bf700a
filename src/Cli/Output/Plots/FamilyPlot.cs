using ScottPlot;

namespace Landscape.Symmetry.Cli.Output.Plots;

/// <summary>The smallest Hessian eigenvalue of one irreducible along a family, against d.</summary>
internal sealed record FamilyCurve(string Irreducible, IReadOnlyList<(double D, double Lambda)> Points);

/// <summary>What happens at a marked d: an eigenvalue crosses zero, or the family stops (typically a fold, where it turns back in d).</summary>
internal enum FamilyEvent
{
    /// <summary>An eigenvalue of one irreducible changes sign.</summary>
    Crossing,

    /// <summary>The continuation ends before the requested d: a fold (turning point) or a stall.</summary>
    Fold,
}

/// <summary>A marked d along a family.</summary>
internal sealed record FamilyMark(double D, FamilyEvent Event, string Label);

/// <summary>One family of critical points: the eigenvalue curves per irreducible, the loss, and the marked d.</summary>
internal sealed record FamilyPicture(string Title, IReadOnlyList<FamilyCurve> Curves, IReadOnlyList<(double D, double Loss)> Loss, IReadOnlyList<FamilyMark> Marks);

/// <summary>
/// A family in two panels that share the d axis: above, λ per irreducible against d (logarithmic d, like the loss, so the marks line up) with the zero line, crossings
/// circled on it and labelled with their d, and the end of a continuation that stopped early (a fold) marked by a
/// dotted line; below, the loss against d on log–log axes (non-positive losses — the global minimum's rounding — are
/// left out, as a log axis cannot show them).
/// </summary>
internal static class FamilyPlot
{
    private const int Width = 960, TopHeight = 440, BottomHeight = 300;

    // Both panels get the same fixed margins so that their d axes line up; the right margin holds the legend.
    private static readonly PixelPadding Margins = new(left: 90, right: 230, bottom: 55, top: 40);

    /// <summary>The two-panel figure of <paramref name="family"/>.</summary>
    public static Figure Render(FamilyPicture family)
    {
        ArgumentNullException.ThrowIfNull(family);
        var ds = family.Curves.SelectMany(c => c.Points.Select(p => p.D)).Concat(family.Loss.Select(p => p.D)).Where(double.IsFinite).ToList();
        if (ds.Count == 0) throw new ArgumentException("A family picture needs at least one point.", nameof(family));
        double d0 = ds.Min(), d1 = ds.Max();
        if (d1 - d0 < 1e-9) { d0 -= 0.5; d1 += 0.5; }
        var axis = new DAxis(d0, d1);
        var figure = new Figure(Width, TopHeight + BottomHeight);
        figure.Add(Eigenvalues(family, axis), 0, 0, Width, TopHeight);
        figure.Add(Losses(family, axis), 0, TopHeight, Width, BottomHeight);
        return figure;
    }

    /// <summary>The d axis both panels share: logarithmic (d is positive wherever a family lives), padded by 2%.</summary>
    private sealed class DAxis(double low, double high)
    {
        private readonly bool log = low > 0;

        public double Position(double d) => log ? Math.Log10(d) : d;

        public double Left => Position(low) - 0.02 * (Position(high) - Position(low));

        public double Right => Position(high) + 0.02 * (Position(high) - Position(low));

        public string Label => log ? "d (log scale)" : "d";

        public void Apply(Plot plot)
        {
            if (log) plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(LogTicks.Between(low, high));
        }
    }

    private static Plot Eigenvalues(FamilyPicture family, DAxis axis)
    {
        var plot = PlotStyle.NewPlot();
        plot.Layout.Fixed(Margins);
        for (int i = 0; i < family.Curves.Count; i++)
        {
            var curve = family.Curves[i];
            var points = curve.Points.Where(p => double.IsFinite(p.Lambda)).OrderBy(p => p.D).ToList();
            if (points.Count == 0) continue;
            var line = plot.Add.ScatterLine(points.Select(p => axis.Position(p.D)).ToArray(), points.Select(p => p.Lambda).ToArray(), PlotStyle.Lines[i % PlotStyle.Lines.Length]);
            line.LineWidth = 2;
            line.MarkerSize = points.Count <= 40 ? 4 : 0;
            line.LegendText = curve.Irreducible;
        }
        plot.Add.HorizontalLine(0, 1, Colors.Black, LinePattern.Dashed);
        var (y0, y1) = RobustRange(family.Curves.SelectMany(c => c.Points.Select(p => p.Lambda)));
        Marks(plot, family.Marks, axis, y0, y1);
        axis.Apply(plot);
        plot.Axes.SetLimits(axis.Left, axis.Right, y0, y1);
        plot.Title(family.Title, 14);
        plot.XLabel(axis.Label, 13);
        plot.YLabel("smallest eigenvalue per irreducible", 12);
        plot.ShowLegend(Edge.Right);
        plot.Legend.FontSize = 11;
        return plot;
    }

    private static Plot Losses(FamilyPicture family, DAxis axis)
    {
        var plot = PlotStyle.NewPlot();
        plot.Layout.Fixed(Margins);
        var points = family.Loss.Where(p => p.Loss > 0 && double.IsFinite(p.Loss) && p.D > 0).OrderBy(p => p.D).ToList();
        double lo = 1e-3, hi = 1;
        if (points.Count > 0)
        {
            var line = plot.Add.ScatterLine(points.Select(p => axis.Position(p.D)).ToArray(), points.Select(p => Math.Log10(p.Loss)).ToArray(), Colors.Black);
            line.LineWidth = 2;
            line.MarkerSize = points.Count <= 40 ? 4 : 0;
            lo = points.Min(p => p.Loss);
            hi = points.Max(p => p.Loss);
        }
        // At least a factor 2 of room so a nearly constant loss does not get one tick.
        if (hi / lo < 2) { double mid = Math.Sqrt(hi * lo); lo = mid / 1.5; hi = mid * 1.5; }
        double ly0 = Math.Log10(lo) - 0.05 * Math.Log10(hi / lo), ly1 = Math.Log10(hi) + 0.05 * Math.Log10(hi / lo);
        foreach (var m in family.Marks) plot.Add.VerticalLine(axis.Position(m.D), 1, MarkColor(m.Event), MarkPattern(m.Event));
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(LogTicks.Between(Math.Pow(10, ly0), Math.Pow(10, ly1)));
        axis.Apply(plot);
        plot.Axes.SetLimits(axis.Left, axis.Right, ly0, ly1);
        plot.XLabel(axis.Label, 13);
        plot.YLabel("loss (log scale)", 12);
        return plot;
    }

    // Crossings: a circle on the zero line and the d written above it (alternating heights so neighbours stay readable).
    // Folds: a dotted vertical line with its label at the top.
    private static void Marks(Plot plot, IReadOnlyList<FamilyMark> marks, DAxis axis, double y0, double y1)
    {
        int n = 0;
        foreach (var m in marks.OrderBy(m => m.D))
        {
            var color = MarkColor(m.Event);
            double x = axis.Position(m.D);
            var line = plot.Add.VerticalLine(x, 1, color, MarkPattern(m.Event));
            line.LineWidth = 1.5f;
            if (m.Event == FamilyEvent.Crossing)
            {
                var circle = plot.Add.Marker(x, 0, MarkerShape.OpenCircle, 12, color);
                circle.LineWidth = 2;
            }
            double y = y1 - (0.06 + 0.07 * (n++ % 3)) * (y1 - y0);
            var text = plot.Add.Text(m.Label, x, y);
            // Labels in the right half hang to the left of their line so they stay inside the frame.
            bool rightHalf = x > (axis.Left + axis.Right) / 2;
            text.LabelFontSize = 11;
            text.LabelFontColor = color;
            text.LabelFontName = PlotStyle.FontName;
            text.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
            text.Alignment = rightHalf ? Alignment.MiddleRight : Alignment.MiddleLeft;
            text.OffsetX = rightHalf ? -4 : 4;
        }
    }

    private static Color MarkColor(FamilyEvent e) => e == FamilyEvent.Crossing ? Color.FromHex("#d62728") : Color.FromHex("#6a3d9a");

    private static LinePattern MarkPattern(FamilyEvent e) => e == FamilyEvent.Crossing ? LinePattern.Dashed : LinePattern.Dotted;

    /// <summary>
    /// y limits that contain 0 and the bulk of the values: eigenvalues that grow with d would otherwise flatten the small
    /// ones whose sign is the point; the 2% and 95% quantiles bound the axis (curves leave the frame beyond them).
    /// </summary>
    private static (double Low, double High) RobustRange(IEnumerable<double> values)
    {
        var ys = values.Where(double.IsFinite).Order().ToArray();
        if (ys.Length == 0) return (-1, 1);
        double lo = Math.Min(0, ys[(int)(0.02 * (ys.Length - 1))]), hi = Math.Max(0, ys[(int)Math.Ceiling(0.95 * (ys.Length - 1))]);
        if (hi - lo < 1e-12) { lo -= 1; hi += 1; }
        double pad = 0.08 * (hi - lo);
        return (lo - pad, hi + pad);
    }
}
