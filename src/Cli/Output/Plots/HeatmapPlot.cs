using System.Globalization;
using ScottPlot;

namespace Landscape.Symmetry.Cli.Output.Plots;

/// <summary>
/// A weight matrix W (k × d) to draw: rows and columns in a display order (original indices, 0-based) and the sizes of
/// the orbit groups along each order, so that the isotropy shows as blocks.
/// </summary>
/// <param name="Title">Printed above the matrix.</param>
/// <param name="W">The matrix, W[i, j] = row i, column j (original indices).</param>
/// <param name="RowOrder">The original row shown at each display position, top to bottom.</param>
/// <param name="ColumnOrder">The original column shown at each display position, left to right.</param>
/// <param name="RowGroups">Sizes of consecutive row groups (orbits) along <paramref name="RowOrder"/>; they sum to k.</param>
/// <param name="ColumnGroups">Sizes of consecutive column groups along <paramref name="ColumnOrder"/>; they sum to d.</param>
internal sealed record WeightMatrixPicture(string Title, double[,] W, int[] RowOrder, int[] ColumnOrder, int[] RowGroups, int[] ColumnGroups)
{
    /// <summary>W as stored, one group each way.</summary>
    public static WeightMatrixPicture Plain(string title, double[,] w) => new(title, w,
        Enumerable.Range(0, w.GetLength(0)).ToArray(), Enumerable.Range(0, w.GetLength(1)).ToArray(), [w.GetLength(0)], [w.GetLength(1)]);

    /// <summary>Checks that the orders are permutations and the groups partition them.</summary>
    /// <exception cref="ArgumentException">What does not fit.</exception>
    public void Validate()
    {
        int k = W.GetLength(0), d = W.GetLength(1);
        Check(RowOrder, RowGroups, k, "row");
        Check(ColumnOrder, ColumnGroups, d, "column");

        static void Check(int[] order, int[] groups, int n, string what)
        {
            if (order.Length != n || order.Order().Where((v, i) => v != i).Any())
                throw new ArgumentException($"The {what} order must be a permutation of 0..{n - 1}; got [{string.Join(",", order)}].");
            if (groups.Any(g => g < 1) || groups.Sum() != n)
                throw new ArgumentException($"The {what} groups must be positive sizes summing to {n}; got [{string.Join(",", groups)}].");
        }
    }
}

/// <summary>
/// W as a heatmap on a diverging scale symmetric about 0 (blue negative, white 0, red positive: equal magnitudes get
/// equal intensity), with a colour bar, rows and columns in orbit order, black lines between orbits (not between two fixed points), the original
/// 1-based indices as tick labels (up to 30 per side) and, for small matrices, the entries written in the cells.
/// </summary>
internal static class HeatmapPlot
{
    /// <summary>Blue (33,102,172) through white to red (178,24,43): light enough at the ends that the orbit lines and values stay readable.</summary>
    private static readonly IColormap Diverging = new ScottPlot.Colormaps.CustomInterpolated(
        [Color.FromHex("#2166ac"), Color.FromHex("#92c5de"), Colors.White, Color.FromHex("#f4a582"), Color.FromHex("#b2182b")]);

    /// <summary>Side of one cell in pixels for a k × d matrix (matrices up to 100 × 100 stay below ~600 pixels).</summary>
    public static float CellSize(int rows, int columns) => Math.Clamp(360f / Math.Max(rows, columns), 5f, 48f);

    /// <summary>Fixed margins of a heatmap panel: title above, indices left and below, colour bar right.</summary>
    public static readonly PixelPadding Margins = new(left: 48, right: 110, bottom: 52, top: 46);

    /// <summary>The panel size that gives square cells.</summary>
    public static (float Width, float Height) PanelSize(WeightMatrixPicture m)
    {
        int k = m.W.GetLength(0), d = m.W.GetLength(1);
        float cell = CellSize(k, d);
        return (Margins.Left + Margins.Right + cell * d, Margins.Top + Margins.Bottom + Math.Max(cell * k, 120));
    }

    /// <summary>A figure holding the heatmap alone.</summary>
    public static Figure Render(WeightMatrixPicture m)
    {
        var (w, h) = PanelSize(m);
        return Figure.Of(Panel(m), (int)Math.Ceiling(w), (int)Math.Ceiling(h));
    }

    /// <summary>The heatmap as one plot, to place in a figure at <see cref="PanelSize"/>.</summary>
    public static Plot Panel(WeightMatrixPicture m)
    {
        ArgumentNullException.ThrowIfNull(m);
        m.Validate();
        int k = m.W.GetLength(0), d = m.W.GetLength(1);
        var shown = new double[k, d];
        double max = 0;
        for (int p = 0; p < k; p++)
            for (int q = 0; q < d; q++)
            {
                double v = m.W[m.RowOrder[p], m.ColumnOrder[q]];
                shown[p, q] = v;
                if (double.IsFinite(v)) max = Math.Max(max, Math.Abs(v));
            }
        if (max == 0) max = 1;
        var plot = PlotStyle.NewPlot();
        plot.Layout.Fixed(Margins);
        var heatmap = plot.Add.Heatmap(shown);
        heatmap.Colormap = Diverging;
        heatmap.ManualRange = new ScottPlot.Range(-max, max);
        // The heatmap plottable only feeds the colour bar; the cells are drawn as borderless rectangles, which stay crisp
        // in SVG (an embedded bitmap is smoothed when a viewer scales it up) and leave the orbit lines as the only lines.
        heatmap.IsVisible = false;
        // Heatmap row 0 is drawn at y = k − 1 (top), column 0 at x = 0; cells are centred on integers.
        double Y(int p) => k - 1 - p;
        var range = new ScottPlot.Range(-max, max);
        for (int p = 0; p < k; p++)
            for (int q = 0; q < d; q++)
            {
                var fill = double.IsFinite(shown[p, q]) ? Diverging.GetColor(shown[p, q], range) : Colors.Black;
                var cell = plot.Add.Rectangle(q - 0.5, q + 0.5, Y(p) - 0.5, Y(p) + 0.5);
                cell.FillColor = fill;
                // A hairline of the fill colour closes the anti-aliasing seams between neighbouring cells.
                cell.LineColor = fill;
                cell.LineWidth = 0.5f;
            }
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = "entry of W";
        bar.LabelStyle.FontSize = 11;
        foreach (var x in Boundaries(m.ColumnGroups)) Separator(plot.Add.VerticalLine(x - 0.5));
        foreach (var p in Boundaries(m.RowGroups)) Separator(plot.Add.HorizontalLine(Y(p) + 0.5));
        if (k * d <= 100)
            for (int p = 0; p < k; p++)
                for (int q = 0; q < d; q++)
                {
                    double rounded = Math.Round(shown[p, q], 2);
                    var text = plot.Add.Text((rounded == 0 ? 0 : rounded).ToString("0.00", CultureInfo.InvariantCulture), q, Y(p));
                    text.LabelFontSize = Math.Clamp(CellSize(k, d) / 4, 8, 11);
                    text.LabelFontName = PlotStyle.FontName;
                    text.LabelFontColor = Math.Abs(shown[p, q]) > 0.6 * max ? Colors.White : Colors.Black;
                    text.Alignment = Alignment.MiddleCenter;
                }
        plot.Axes.Bottom.TickGenerator = Indices(m.ColumnOrder, q => q);
        plot.Axes.Left.TickGenerator = Indices(m.RowOrder, p => Y(p));
        plot.Axes.SetLimits(-0.5, d - 0.5, -0.5, k - 0.5);
        plot.Grid.IsVisible = false;
        plot.Title(m.Title, 12);
        plot.XLabel("column j", 11);
        plot.YLabel("row i", 11);
        return plot;
    }

    // Display positions where a new group starts (not 0); none between two single points, where a line would only
    // rule the matrix into a grid.
    private static IEnumerable<int> Boundaries(int[] groups)
    {
        int at = 0;
        for (int g = 0; g < groups.Length - 1; g++)
        {
            at += groups[g];
            if (groups[g] > 1 || groups[g + 1] > 1) yield return at;
        }
    }

    private static void Separator(IPlottable line)
    {
        if (line is ScottPlot.Plottables.AxisLine axisLine)
        {
            axisLine.LineColor = Colors.Black;
            axisLine.LineWidth = 1.5f;
        }
    }

    // 1-based original indices at each display position, all of them up to 30, else none (the orbit lines carry the structure).
    private static ScottPlot.TickGenerators.NumericManual Indices(int[] order, Func<int, double> position)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        if (order.Length <= 30)
            for (int p = 0; p < order.Length; p++) ticks.AddMajor(position(p), (order[p] + 1).ToString(CultureInfo.InvariantCulture));
        return ticks;
    }
}
