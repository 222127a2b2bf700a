namespace Landscape.Symmetry.Landscape;

/// <summary>
/// K(w, v) with its derivatives. First derivatives are on the unit vectors:
/// ∇_w K = <see cref="GradWAlongW"/>·ŵ + <see cref="GradWAlongV"/>·v̂ and
/// ∇_v K = <see cref="GradVAlongV"/>·v̂ + <see cref="GradVAlongW"/>·ŵ (finite even for parallel vectors).
/// Second derivatives are <see cref="FrameMatrix"/>s in the frame (ŵ, n) of <see cref="PairGeometry"/>.
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
    public required FrameMatrix Ww { get; init; }

    /// <summary>∂²K/∂w∂v: entry (a, b) is ∂²K/∂w_a∂v_b.</summary>
    public required FrameMatrix Wv { get; init; }

    /// <summary>∂²K/∂v².</summary>
    public required FrameMatrix Vv { get; init; }
}
