using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// The continuous symmetry of a two-layer model with a trainable second layer and a positively homogeneous σ
/// (<see cref="Activation.PositivelyHomogeneous"/>): aᵢσ(wᵢ·x) = (aᵢ/c)σ(c·wᵢ·x) for every c &gt; 0, so the loss is constant
/// along k curves through every point and the Hessian has k zero eigenvalues there, one per hidden unit — a minimum
/// of such a model is "degenerate" for the second-order test unless they are declared.
/// </summary>
public static class RescalingSymmetry
{
    /// <summary>
    /// The number of flat Hessian directions the rescalings force at every point of <paramref name="model"/>: k for a
    /// two-layer model with a trainable second layer and a positively homogeneous σ, 0 otherwise (also for models whose
    /// activation is unknown here). Pass it as <c>flatDirections</c> to <see cref="Classification.Of"/>.
    /// </summary>
    public static int FlatDirections(IObjective model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.Layout.SecondLayerTrainable) return 0;
        bool homogeneous = model switch
        {
            TwoLayerPopulationLoss p => p.Kernel switch
            {
                ReluGaussianKernel => true,
                GaussianQuadratureKernel q => q.Activation.PositivelyHomogeneous,
                _ => false,
            },
            CorrelatedGaussianLoss c => c.Activation.PositivelyHomogeneous,
            SampledTwoLayerLoss s => s.Activation.PositivelyHomogeneous,
            _ => false,
        };
        return homogeneous ? model.Layout.K : 0;
    }
}
