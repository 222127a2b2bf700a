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
    /// <paramref name="samples"/> fixed samples when the distribution has no kernel).
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
        return new SgdProblem(objective, teacher, null, activation, sampler, activation.Spec, distribution.Spec);
    }

    /// <summary>V = I_d.</summary>
    public static double[,] IdentityTeacher(int d) => TeacherColumns.Identity(d);
}
