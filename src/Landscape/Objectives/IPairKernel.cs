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

/// <summary>
/// K(w, v) with its derivatives. First derivatives are on the unit vectors:
/// ∇_w K = <see cref="GradWAlongW"/>·ŵ + <see cref="GradWAlongV"/>·v̂ and
/// ∇_v K = <see cref="GradVAlongV"/>·v̂ + <see cref="GradVAlongW"/>·ŵ (finite even for parallel vectors).
/// Second derivatives are <see cref="FrameBlock"/>s in the frame (ŵ, n) of <see cref="PairGeometry"/>.
/// </summary>
public readonly record struct PairKernelDerivatives
{
    /// <summary>K(w, v).</summary>
    public required double Value { get; init; }

    /// <summary>Coefficient of ŵ in ∇_w K.</summary>
    public required double GradWAlongW { get; init; }

    /// <summary>Coefficient of v̂ in ∇_w K.</summary>
    public required double GradWAlongV { get; init; }

    /// <summary>Coefficient of v̂ in ∇_v K.</summary>
    public required double GradVAlongV { get; init; }

    /// <summary>Coefficient of ŵ in ∇_v K.</summary>
    public required double GradVAlongW { get; init; }

    /// <summary>∂²K/∂w².</summary>
    public required FrameBlock Ww { get; init; }

    /// <summary>∂²K/∂w∂v: entry (a, b) is ∂²K/∂w_a∂v_b.</summary>
    public required FrameBlock Wv { get; init; }

    /// <summary>∂²K/∂v².</summary>
    public required FrameBlock Vv { get; init; }
}

/// <summary>
/// A d×d matrix of the form c·I + [ŵ n]·[[WW, WN], [NW, NN]]·[ŵ n]ᵀ for the orthonormal frame (ŵ, n) of a pair.
/// </summary>
/// <param name="Identity">The coefficient of I.</param>
/// <param name="WW">Coefficient of ŵŵᵀ.</param>
/// <param name="WN">Coefficient of ŵnᵀ.</param>
/// <param name="NW">Coefficient of nŵᵀ.</param>
/// <param name="NN">Coefficient of nnᵀ.</param>
public readonly record struct FrameBlock(double Identity, double WW, double WN, double NW, double NN)
{
    /// <summary>The transpose (swaps WN and NW).</summary>
    public FrameBlock Transpose() => this with { WN = NW, NW = WN };
}
