using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>Builds the loss of an (activation, distribution, model) triple for a teacher and sizes.</summary>
public static class PluginModels
{
    /// <summary>
    /// The two-layer loss: standard Gaussian → <see cref="TwoLayerPopulationLoss"/> with <see cref="GaussianKernels.For"/>;
    /// correlated Gaussian → <see cref="CorrelatedGaussianLoss"/>; anything else → <see cref="SampledTwoLayerLoss"/>
    /// (Monte Carlo on <paramref name="samples"/> samples drawn with <paramref name="seed"/>).
    /// </summary>
    /// <exception cref="ArgumentException">Shapes disagree with the distribution.</exception>
    public static IObjective TwoLayer(Activation activation, IInputDistribution distribution, double[,] teacher, double[]? teacherSecondLayer,
        int k, bool secondLayerTrainable = false, int samples = 100_000, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(activation);
        ArgumentNullException.ThrowIfNull(distribution);
        ArgumentNullException.ThrowIfNull(teacher);
        return distribution switch
        {
            StandardGaussian => new TwoLayerPopulationLoss(GaussianKernels.For(activation), teacher, teacherSecondLayer, k, secondLayerTrainable),
            CorrelatedGaussian c => new CorrelatedGaussianLoss(activation, c, teacher, teacherSecondLayer, k, secondLayerTrainable),
            _ => new SampledTwoLayerLoss(activation, distribution, teacher, teacherSecondLayer, k, secondLayerTrainable, samples, seed),
        };
    }

    /// <summary>
    /// The SGD problem of an (activation, distribution) pair: batches drawn from the distribution (standard Gaussian
    /// batches come from the run's own generator, exactly as in the paper's protocol), σ and σ' of the activation in
    /// the sampled gradient, and <see cref="TwoLayer"/> as the loss of the stopping rule (a Monte Carlo estimate on
    /// <paramref name="samples"/> fixed samples when the distribution has no kernel). A Monte Carlo sample other than
    /// the default (100000 samples, seed 0) is recorded as the model spec <c>two-layer(samples=N,seed=S)</c>, so a sweep
    /// is never resumed with another sample.
    /// </summary>
    /// <exception cref="ArgumentException">Shapes disagree with the distribution.</exception>
    public static SgdProblem Sgd(Activation activation, IInputDistribution distribution, double[,] teacher, int k,
        bool secondLayerTrainable = false, int samples = 100_000, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(activation);
        ArgumentNullException.ThrowIfNull(distribution);
        ArgumentNullException.ThrowIfNull(teacher);
        var objective = TwoLayer(activation, distribution, teacher, null, k, secondLayerTrainable, samples, seed);
        BatchSampler? sampler = distribution is StandardGaussian ? null : distribution.Sample;
        string? modelSpec = objective is IMonteCarloObjective && (samples, seed) != (DefaultTwoLayerSamples, 0)
            ? $"two-layer(samples={samples},seed={seed})"
            : null;
        return new SgdProblem(objective, teacher, null, activation, sampler, activation.Spec, distribution.Spec, modelSpec);
    }

    /// <summary>The Monte Carlo sample size of a two-layer model when none is given.</summary>
    public const int DefaultTwoLayerSamples = 100_000;

    /// <summary>
    /// The SGD problem of a deep net (<see cref="DeepNetworkLoss.AgainstTeacher"/>): fresh batches from the distribution
    /// with the teacher's targets (<see cref="DeepStochasticGradient"/>), and the loss on <paramref name="samples"/> fixed
    /// samples drawn with <paramref name="seed"/> for the stopping rule. The model spec recorded in every result line is
    /// <c>deep(widths=…,bias=…,samples=…,seed=…)</c> (the activation is recorded on its own).
    /// </summary>
    /// <exception cref="ArgumentException">A width, d or the sample count is invalid.</exception>
    public static SgdProblem DeepSgd(int[] hiddenWidths, int d, Activation activation, IInputDistribution distribution, bool bias,
        int samples, int seed)
    {
        ArgumentNullException.ThrowIfNull(hiddenWidths);
        ArgumentNullException.ThrowIfNull(activation);
        ArgumentNullException.ThrowIfNull(distribution);
        var loss = DeepNetworkLoss.AgainstTeacher(hiddenWidths, d, activation, distribution, bias, samples, seed);
        string spec = $"deep(widths={string.Join('-', hiddenWidths)},bias={(bias ? "true" : "false")},samples={samples},seed={seed})";
        return new SgdProblem(loss, DeepStochasticGradient.For(loss), activation.Spec, distribution.Spec, spec);
    }

    /// <summary>V = I_d.</summary>
    public static double[,] IdentityTeacher(int d)
    {
        var m = new double[d, d];
        for (int i = 0; i < d; i++) m[i, i] = 1;
        return m;
    }
}
