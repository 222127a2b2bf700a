namespace Landscape.Symmetry.Landscape;

/// <summary>
/// What SGD follows: a model's own initialization and its mini-batch gradient, an unbiased estimate of the gradient
/// of the population loss. <see cref="SgdRun"/> owns the loop, the step and the stopping rule; a problem supplies this.
/// </summary>
/// <remarks>
/// One instance serves every run of a parallel sweep, so implementations must be thread-safe: all randomness comes
/// from the <see cref="Random"/> passed in (one per run, used in a fixed order) and no state is shared between calls.
/// </remarks>
public interface IStochasticGradient
{
    /// <summary>The layout of the trained parameters.</summary>
    ParameterLayout Layout { get; }

    /// <summary>The dimension d of the inputs the batches are drawn in (recorded in every result line).</summary>
    int InputDimension { get; }

    /// <summary>A fresh starting point, drawn from <paramref name="random"/>.</summary>
    double[] Initialize(Random random);

    /// <summary>
    /// Overwrites <paramref name="gradient"/> with the gradient of the loss averaged over <paramref name="batchSize"/>
    /// fresh samples drawn with <paramref name="random"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A length disagrees with <see cref="Layout"/>, or the batch size is below 1.</exception>
    void BatchGradient(double[] x, int batchSize, Random random, double[] gradient);

    /// <summary>The argument checks every <see cref="BatchGradient"/> makes first, with the exceptions it documents.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A length disagrees with <paramref name="layout"/>, or the batch size is below 1.</exception>
    public static void CheckBatchGradientArguments(ParameterLayout layout, double[] x, int batchSize, Random random, double[] gradient)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(gradient);
        layout.CheckLength(x.Length, nameof(x));
        layout.CheckLength(gradient.Length, nameof(gradient));
        if (batchSize < 1) throw new ArgumentException($"The batch size must be at least 1; got {batchSize}.", nameof(batchSize));
    }
}
