using MathNet.Numerics.Distributions;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The exact (Clopper–Pearson) confidence interval for a binomial proportion: the p whose binomial tails at the observed
/// count are at least (1 − confidence)/2, from quantiles of Beta distributions. Conservative: it covers p with at least the
/// stated probability for every p and n.
/// </summary>
/// <param name="Successes">Observed successes x.</param>
/// <param name="Trials">Trials n.</param>
/// <param name="Lower">Lower end (0 when x = 0).</param>
/// <param name="Upper">Upper end (1 when x = n).</param>
public sealed record BinomialInterval(int Successes, int Trials, double Lower, double Upper)
{
    /// <summary>x / n.</summary>
    public double Fraction => (double)Successes / Trials;

    /// <summary>The interval at <paramref name="confidence"/> (e.g. 0.99).</summary>
    /// <exception cref="ArgumentException">n &lt; 1, x outside [0, n], or the confidence outside (0, 1).</exception>
    public static BinomialInterval ClopperPearson(int successes, int trials, double confidence)
    {
        if (trials < 1) throw new ArgumentException($"A binomial interval needs at least one trial; got {trials}.", nameof(trials));
        if (successes < 0 || successes > trials) throw new ArgumentException($"Successes must lie in [0, {trials}]; got {successes}.", nameof(successes));
        if (!(confidence > 0 && confidence < 1)) throw new ArgumentException($"The confidence must lie in (0, 1); got {confidence}.", nameof(confidence));
        double alpha = 1 - confidence;
        double lower = successes == 0 ? 0 : Beta.InvCDF(successes, trials - successes + 1, alpha / 2);
        double upper = successes == trials ? 1 : Beta.InvCDF(successes + 1, trials - successes, 1 - alpha / 2);
        return new BinomialInterval(successes, trials, lower, upper);
    }
}
