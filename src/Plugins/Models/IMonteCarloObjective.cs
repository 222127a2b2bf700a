using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// An objective that is the average of a loss over a fixed seeded sample, standing in for a population loss it
/// cannot compute exactly. Its derivatives are exact for the sample; symmetries it declares hold for the population
/// and for the sample only up to sampling error, which it reports.
/// </summary>
public interface IMonteCarloObjective : IObjective
{
    /// <summary>Number of samples.</summary>
    int SampleCount { get; }

    /// <summary>The standard error of <see cref="IObjective.Value"/> as an estimate of the population loss at x.</summary>
    double StandardError(ReadOnlySpan<double> x);

    /// <summary>The standard error of each gradient entry as an estimate of the population gradient at x.</summary>
    double[] GradientStandardError(ReadOnlySpan<double> x);
}
