using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>Picks the pair kernel of standard Gaussian inputs for an activation: a closed form when one is known, quadrature otherwise.</summary>
public static class GaussianKernels
{
    /// <summary>
    /// ReLU → <see cref="ReluGaussianKernel"/> (closed form), erf → <see cref="ErfGaussianKernel"/> (closed form),
    /// anything else → <see cref="GaussianQuadratureKernel"/>.
    /// </summary>
    /// <exception cref="ArgumentException">softplus with β outside [<see cref="Softplus.MinKernelBeta"/>, <see cref="Softplus.MaxKernelBeta"/>].</exception>
    public static IPairKernel For(Activation activation)
    {
        ArgumentNullException.ThrowIfNull(activation);
        if (activation is Softplus s && !(s.Beta >= Softplus.MinKernelBeta && s.Beta <= Softplus.MaxKernelBeta))
            throw new ArgumentException(
                $"{s.Spec} with Gaussian inputs: the population kernel supports {Softplus.MinKernelBeta} ≤ beta ≤ {Softplus.MaxKernelBeta}. " +
                (s.Beta < Softplus.MinKernelBeta
                    ? "Below, the constant log(2)/beta of softplus swamps the kernel and cancels in the loss with all its digits (as beta → 0 softplus tends to the linear model z/2 plus that constant); "
                    : "Above, the quadrature cost grows like beta while softplus differs from relu by at most log(2)/beta: use --activation relu; ") +
                "sampled losses (non-Gaussian inputs such as uniform(-1,1)) take any beta the activation accepts.");
        return activation switch
        {
            Relu => ReluGaussianKernel.Instance,
            Erf => ErfGaussianKernel.Instance,
            _ => new GaussianQuadratureKernel(activation),
        };
    }
}
