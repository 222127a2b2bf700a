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
}
