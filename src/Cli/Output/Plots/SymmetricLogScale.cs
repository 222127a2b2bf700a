using ScottPlot;

namespace Landscape.Symmetry.Cli.Output.Plots;

/// <summary>
/// A signed logarithmic axis: x ↦ asinh(x / c) / ln 10, linear for |x| ≪ c and log₁₀|x| + const beyond. Hessian
/// spectra span decades (λ_min of a spurious minimum is ~10⁻³ while the largest eigenvalue is ~1), and their sign is
/// the point of the picture; a linear axis would squash the small ones into the zero line, a plain log axis would lose
/// the sign. The scale c sits a decade below the smallest non-negligible |λ|, so every eigenvalue lands in the
/// logarithmic part.
/// </summary>
internal sealed class SymmetricLogScale
{
    private SymmetricLogScale(double linearScale) => LinearScale = linearScale;

    /// <summary>c: below this magnitude the axis is linear.</summary>
    public double LinearScale { get; }

    /// <summary>The scale for these values: c = one tenth of the smallest |v| above 10⁻⁹·max|v| (values below that are zero to rounding).</summary>
    public static SymmetricLogScale For(IEnumerable<double> values)
    {
        var magnitudes = values.Where(double.IsFinite).Select(Math.Abs).ToList();
        double max = magnitudes.Count == 0 ? 1 : Math.Max(magnitudes.Max(), double.Epsilon);
        var meaningful = magnitudes.Where(m => m > 1e-9 * max).ToList();
        double smallest = meaningful.Count == 0 ? max : meaningful.Min();
        return new SymmetricLogScale(Math.Max(smallest / 10, 1e-12 * max));
    }

    /// <summary>The axis position of value <paramref name="v"/>.</summary>
    public double Forward(double v) => Math.Asinh(v / LinearScale) / Math.Log(10);

    /// <summary>Ticks at 0 and ±10^k for the decades inside [<paramref name="low"/>, <paramref name="high"/>] (values, not positions).</summary>
    public Tick[] Ticks(double low, double high)
    {
        var ticks = new List<Tick> { new(Forward(0), "0", true) };
        int first = (int)Math.Ceiling(Math.Log10(LinearScale * 2));
        double maxMagnitude = Math.Max(Math.Abs(low), Math.Abs(high));
        if (maxMagnitude <= 0) return ticks.ToArray();
        int last = (int)Math.Floor(Math.Log10(maxMagnitude));
        // Many decades would crowd the axis: label every second or third one and keep the others as minor ticks.
        int stride = Math.Max(1, (last - first + 1 + 6) / 7);
        for (int k = first; k <= last; k++)
        {
            double v = Math.Pow(10, k);
            bool major = (last - k) % stride == 0;
            string label = major ? PlotStyle.Number(v, 1) : "";
            if (v <= high) ticks.Add(new Tick(Forward(v), label, major));
            if (-v >= low) ticks.Add(new Tick(Forward(-v), major ? "−" + label : "", major));
        }
        return ticks.ToArray();
    }
}
