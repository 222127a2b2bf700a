using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>Picks the pair kernel of standard Gaussian inputs for an activation: a closed form when one is known, quadrature otherwise.</summary>
public static class GaussianKernels
{
    /// <summary>
    /// ReLU → <see cref="ReluGaussianKernel"/> (closed form), erf → <see cref="ErfGaussianKernel"/> (closed form),
    /// softplus → <see cref="SoftplusGaussianKernel"/> (any β), anything else → <see cref="GaussianQuadratureKernel"/>.
    /// </summary>
    public static IPairKernel For(Activation activation)
    {
        ArgumentNullException.ThrowIfNull(activation);
        return activation switch
        {
            Relu => ReluGaussianKernel.Instance,
            Erf => ErfGaussianKernel.Instance,
            Softplus softplus => new SoftplusGaussianKernel(softplus),
            _ => new GaussianQuadratureKernel(activation),
        };
    }

    /// <summary>
    /// The kernel for models whose output weights have equal sums by construction, Σaᵢ = Σuⱼ (a fixed second layer a = 1
    /// with as many student units as Σuⱼ, e.g. k = d against u = 1): there an activation's separated constant c
    /// (<see cref="Activation.Offset"/>) cancels from every residual, and K_τ (<see cref="IOffsetPairKernel.Shifted"/>) gives
    /// the loss exactly, for every β; otherwise <see cref="For"/>.
    /// </summary>
    public static IPairKernel ForEqualOutputSums(Activation activation)
    {
        var kernel = For(activation);
        return kernel is IOffsetPairKernel offset ? offset.Shifted : kernel;
    }
}
