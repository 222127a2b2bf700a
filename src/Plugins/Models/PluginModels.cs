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

    /// <summary>V = I_d.</summary>
    public static double[,] IdentityTeacher(int d) => TeacherColumns.Identity(d);
}
