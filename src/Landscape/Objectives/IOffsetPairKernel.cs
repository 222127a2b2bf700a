namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The pair kernel of an activation σ = c + τ whose constant c (<see cref="Activation.Offset"/>) is carried apart:
/// E[σ(w·x) σ(v·x)] = K_τ(w, v) + c (m(|w|) + m(|v|)) + c², with K_τ = <see cref="Shifted"/> and the mean kernel
/// m(r) = E[τ(r z)], z ~ N(0, 1) (<see cref="Mean"/>).
/// </summary>
/// <remarks>
/// Softplus_β has c = log 2/β: at β = 1e-8 the c² ≈ 4.8·10¹⁵ of the full kernel leaves no digit of the loss, which is
/// of order one. The loss ½ E(Σ aᵢσ(wᵢ·x) − Σ uⱼσ(vⱼ·x))² splits exactly as
/// L_τ + c S M + ½ c² S² with S = Σ aᵢ − Σ uⱼ and M = Σ aᵢ m(|wᵢ|) − Σ uⱼ m(|vⱼ|) (the residual is D_τ + c S, and
/// E D_τ = M), so <see cref="TwoLayerPopulationLoss"/> evaluates L_τ through <see cref="Shifted"/> and adds the rest in
/// closed form; with S = 0 (fixed a = 1, as many student as teacher units, u = 1) the extra terms vanish identically.
/// The <see cref="IPairKernel"/> members of the implementing type itself are the full kernel E[σσ], for consumers that
/// do not separate c; an implementation may refuse them where c would swamp the result.
/// </remarks>
public interface IOffsetPairKernel : IPairKernel
{
    /// <summary>The constant c = <see cref="Activation.Offset"/>.</summary>
    double Offset { get; }

    /// <summary>K_τ(w, v) = E[τ(w·x) τ(v·x)] with its derivatives.</summary>
    IPairKernel Shifted { get; }

    /// <summary>m(r) = E[τ(r z)] and its derivatives in r ≥ 0 (z standard normal).</summary>
    MeanKernel Mean(double norm);
}

/// <summary>
/// The mean kernel m(r) = E[τ(r z)] of a shifted activation (z standard normal) at one norm r: m, m' = E[τ'(rz) z],
/// m'' = E[τ''(rz) z²], and m'(r)/r (the coefficient of the transverse part I − ŵŵᵀ in the Hessian of m(|w|); its limit
/// m''(0) at r = 0).
/// </summary>
public readonly record struct MeanKernel(double Value, double Derivative, double SecondDerivative, double SlopeOverNorm);
