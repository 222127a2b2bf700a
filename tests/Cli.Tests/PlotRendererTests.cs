using System.Globalization;
using Landscape.Symmetry.Cli.Output.Plots;
using SkiaSharp;

namespace Landscape.Symmetry.Cli.Tests;

/// <summary>The picture renderers on plain data: each writes a decodable PNG and a well-formed SVG, and draws what it claims.</summary>
public sealed class PlotRendererTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private (SKBitmap Png, string SvgPath) Both(Figure figure, string name)
    {
        var png = PlotFile.Parse(temp.File(name + ".png"));
        png.Write(figure);
        var svg = PlotFile.Parse(temp.File(name + ".svg"));
        svg.Write(figure);
        PictureAssert.Svg(svg.Path);
        var bitmap = PictureAssert.Png(png.Path);
        Assert.Equal((figure.Width, figure.Height), (bitmap.Width, bitmap.Height));
        return (bitmap, svg.Path);
    }

    private static readonly SKColor Red = SKColor.Parse("#d62728");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Spectrum_strips_draw_red_bars_exactly_when_an_eigenvalue_is_negative(bool negative)
    {
        var entries = new List<SpectrumEntry>
        {
            new(0.0047, 4, "([4,1],[1])"), new(0.077, 4, "([4,1],[1])"), new(1.67, 4, "([4,1],[1])"),
            new(0.062, 1, "([5],[1])"), new(2.02, 1, "([5],[1])"), new(0.36, 5, "([3,2],[1])"),
            new(negative ? -0.0058 : 0.046, 6, "([3,1,1],[1])"),
        };
        var (png, _) = Both(SpectrumPlot.Render([new SpectrumPanel("test spectrum", entries)]), "spectrum");
        int red = PictureAssert.CountNear(png, Red, 30);
        if (negative) Assert.True(red > 30, $"only {red} red pixels for a negative eigenvalue");
        else Assert.Equal(0, red);
        // Blue bars are there in both cases.
        Assert.True(PictureAssert.CountNear(png, SKColor.Parse("#1f77b4"), 30) > 100);
    }

    [Fact]
    public void Several_spectra_stack_into_one_taller_picture()
    {
        var one = new SpectrumPanel("a", [new SpectrumEntry(1, 1, "x"), new SpectrumEntry(-1, 2, "y")]);
        var single = SpectrumPlot.Render([one]);
        var three = SpectrumPlot.Render([one, one, one]);
        Assert.Equal(3 * single.Height, three.Height);
        Assert.Equal(3, three.Panels.Count);
        Both(three, "stacked");
    }

    [Fact]
    public void A_dense_spectrum_without_labels_has_one_strip()
    {
        var figure = SpectrumPlot.Render([new SpectrumPanel("dense", [new SpectrumEntry(0, 3, SpectrumEntries.Unlabelled), new SpectrumEntry(2, 1, SpectrumEntries.Unlabelled)])]);
        Both(figure, "dense");
    }

    [Fact]
    public void Family_picture_marks_crossings_in_red_and_folds_in_purple()
    {
        var ds = Enumerable.Range(0, 21).Select(i => 3 + 0.25 * i).ToArray();
        var curves = new[]
        {
            new FamilyCurve("(d-2,1) × (1)", ds.Select(d => (d, 0.02 * (d - 5.5855))).ToList()),
            new FamilyCurve("(d-1) × (1)", ds.Select(d => (d, 0.05 + 0.002 * d)).ToList()),
        };
        var loss = ds.Select(d => (d, 0.1 / d)).ToList();
        var withMarks = new FamilyPicture("family", curves, loss,
            [new FamilyMark(5.5855, FamilyEvent.Crossing, "d = 5.5855"), new FamilyMark(8, FamilyEvent.Fold, "stopped at d = 8 (fold?)")]);
        var (png, _) = Both(FamilyPlot.Render(withMarks), "family");
        Assert.True(PictureAssert.CountNear(png, Red, 30) > 30);
        Assert.True(PictureAssert.CountNear(png, SKColor.Parse("#6a3d9a"), 30) > 30);

        var (plain, _) = Both(FamilyPlot.Render(withMarks with { Marks = [] }), "family-plain");
        Assert.Equal(0, PictureAssert.CountNear(plain, Red, 30));
    }

    [Fact]
    public void Family_picture_skips_losses_a_log_axis_cannot_show()
    {
        var picture = new FamilyPicture("zero loss", [new FamilyCurve("(d)", [(4, 1.0), (5, 1.1)])], [(4, 0.0), (5, -1e-16)], []);
        Both(FamilyPlot.Render(picture), "zero-loss");
    }

    [Fact]
    public void Heatmap_cells_have_the_sign_colour_of_the_entry_shown_there()
    {
        // A 12 × 12 W with entries +1, −1 and 0 in a pattern no orbit order makes symmetric, shown in a scrambled order.
        const int n = 12;
        var w = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                w[i, j] = ((3 * i + 5 * j) % 7) switch { 0 or 1 => 1, 2 or 3 => -1, _ => 0 };
        int[] rows = Enumerable.Range(0, n).Select(i => (5 * i + 3) % n).ToArray(), columns = Enumerable.Range(0, n).Select(j => (7 * j + 1) % n).ToArray();
        var picture = new WeightMatrixPicture("scrambled", w, rows, columns, [4, 8], [6, 6]);
        var figure = HeatmapPlot.Render(picture);
        var (png, _) = Both(figure, "heatmap");
        var m = HeatmapPlot.Margins;
        float left = m.Left, top = m.Top, width = figure.Width - m.Left - m.Right, height = figure.Height - m.Top - m.Bottom;
        for (int p = 0; p < n; p++)
            for (int q = 0; q < n; q++)
            {
                // A point inside the cell away from its centre and edges (the separators run along edges).
                var c = png.GetPixel((int)(left + (q + 0.3) * width / n), (int)(top + (p + 0.3) * height / n));
                double v = w[rows[p], columns[q]];
                string where = $"display cell ({p},{q}) = W[{rows[p]},{columns[q]}] = {v}, colour {c}";
                if (v > 0) Assert.True(c.Red > c.Blue + 60, where);
                else if (v < 0) Assert.True(c.Blue > c.Red + 60, where);
                else Assert.True(Math.Abs(c.Red - c.Blue) < 40 && c.Green > 180, where);
            }
    }

    [Fact]
    public void Heatmap_refuses_orders_that_are_not_permutations()
    {
        var w = new double[2, 2];
        Assert.Contains("permutation", Assert.Throws<ArgumentException>(() => HeatmapPlot.Render(new WeightMatrixPicture("x", w, [0, 0], [0, 1], [2], [2]))).Message);
        Assert.Contains("sum", Assert.Throws<ArgumentException>(() => HeatmapPlot.Render(new WeightMatrixPicture("x", w, [0, 1], [0, 1], [1], [2]))).Message);
    }

    [Fact]
    public void Isotropy_figure_has_the_histogram_and_one_heatmap_per_type()
    {
        var w = new double[3, 3] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, -1 } };
        var figure = IsotropyFigure.Render("types", [("ΔS_2×ΔS_1", 5), ("ΔS_3", 2), ("diverged", 1)],
            [WeightMatrixPicture.Plain("ΔS_2×ΔS_1", w), WeightMatrixPicture.Plain("ΔS_3", w)]);
        Assert.Equal(3, figure.Panels.Count);
        Both(figure, "experiment");
        Both(IsotropyHistogram.Render("long names", Enumerable.Range(1, 6).Select(i => ($"diagonal, order {i}; rows {i}+1; columns {i}+1", i)).ToList()), "histogram");
    }

    [Theory]
    [InlineData(1e-3, 2.0)]
    [InlineData(1e-5, 1e3)]
    [InlineData(0.5, 0.6)]
    public void Signed_log_scale_is_odd_and_increasing_and_its_ticks_sit_at_their_values(double smallest, double largest)
    {
        var scale = SymmetricLogScale.For([smallest, -largest, largest, 0]);
        var grid = Enumerable.Range(-400, 801).Select(i => Math.Sign(i) * largest * Math.Pow(10, -Math.Abs(i) / 40.0)).Order().ToArray();
        for (int i = 1; i < grid.Length; i++)
        {
            Assert.True(scale.Forward(grid[i]) >= scale.Forward(grid[i - 1]));
            Assert.Equal(-scale.Forward(grid[i]), scale.Forward(-grid[i]), 12);
        }
        Assert.True(smallest >= 5 * scale.LinearScale, "the smallest value must be in the logarithmic part");
        foreach (var tick in scale.Ticks(-largest, largest).Where(t => t.IsMajor))
        {
            double value = double.Parse(tick.Label.Replace('−', '-'), CultureInfo.InvariantCulture);
            Assert.Equal(tick.Position, scale.Forward(value), 9);
        }
    }

    [Theory]
    [InlineData(4, 8)]
    [InlineData(0.011, 0.045)]
    [InlineData(3, 1e6)]
    public void Log_ticks_are_labelled_with_the_value_at_their_position(double low, double high)
    {
        var ticks = LogTicks.Between(low, high);
        Assert.True(ticks.Count(t => t.IsMajor) >= 2, "a log axis needs at least two numbers");
        foreach (var t in ticks.Where(t => t.IsMajor))
            Assert.Equal(t.Position, Math.Log10(double.Parse(t.Label, CultureInfo.InvariantCulture)), 9);
        Assert.All(ticks, t => Assert.InRange(Math.Pow(10, t.Position), low * 0.999, high * 1.001));
    }
}
