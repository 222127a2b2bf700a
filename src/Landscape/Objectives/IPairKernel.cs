namespace Landscape.Symmetry.Landscape;

/// <summary>
/// A pair kernel K(w, v) = E_x[σ(w·x) σ(v·x)] of a rotation-invariant input distribution (standard
/// Gaussian): it depends only on |w|, |v| and the angle θ, so it is given on a <see cref="PairGeometry"/>.
/// A two-layer population loss is a sum of such kernels, so a new activation is a new kernel.
/// </summary>
/// <remarks>
/// Implementations must be symmetric, K(w, v) = K(v, w), twice differentiable away from the points they
/// declare (<see cref="DifferentiableAtZero"/>), and thread-safe.
/// </remarks>
public interface IPairKernel
{
    /// <summary>A short name, e.g. "relu".</summary>
    string Name { get; }

    /// <summary>
    /// False when K(·, v) is not differentiable at w = 0 (ReLU: the gradient depends on the direction
    /// from which w reaches 0); the loss then refuses derivatives at a zero student row.
    /// </summary>
    bool DifferentiableAtZero { get; }

    /// <summary>Whether σ(c·z) = c·σ(z) for every c &gt; 0 (ReLU, leaky ReLU): the source of the rescaling flat directions. Default false.</summary>
    bool PositivelyHomogeneous => false;

    /// <summary>K(w, v).</summary>
    double Value(in PairGeometry g);

    /// <summary>K and its first and second derivatives at (w, v).</summary>
    PairKernelDerivatives Derivatives(in PairGeometry g);
}
