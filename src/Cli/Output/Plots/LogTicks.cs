using ScottPlot;

namespace Landscape.Symmetry.Cli.Output.Plots;

/// <summary>
/// Ticks for an axis that shows log₁₀ of the data (ScottPlot draws log axes by plotting log₁₀ v): labelled decades, and
/// 2…9 × 10^k as minor ticks; over less than two decades 2× and 5× are labelled too, and over less than one all of them,
/// so a short axis still has numbers.
/// </summary>
internal static class LogTicks
{
    /// <summary>Ticks for values in [<paramref name="low"/>, <paramref name="high"/>] (both positive), at positions log₁₀ v.</summary>
    public static Tick[] Between(double low, double high)
    {
        if (!(low > 0) || !(high >= low)) throw new ArgumentOutOfRangeException(nameof(low), $"A log axis needs 0 < low ≤ high; got [{low}, {high}].");
        int first = (int)Math.Floor(Math.Log10(low)), last = (int)Math.Ceiling(Math.Log10(high));
        double decades = Math.Log10(high / low);
        var ticks = new List<Tick>();
        for (int k = first; k <= last; k++)
            for (int m = 1; m <= 9; m++)
            {
                double v = m * Math.Pow(10, k);
                if (v < low * 0.999 || v > high * 1.001) continue;
                bool major = m == 1 || decades <= 1 || (decades <= 2 && (m == 2 || m == 5));
                ticks.Add(new Tick(Math.Log10(v), major ? PlotStyle.Number(v, 2) : "", major));
            }
        return ticks.ToArray();
    }
}
