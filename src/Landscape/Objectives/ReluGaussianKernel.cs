namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The ReLU kernel of standard Gaussian inputs (Cho &amp; Saul; Tian's closed form):
/// K(w, v) = E[relu(w·x) relu(v·x)] = |w||v|(sin θ + (π − θ) cos θ)/(2π).
/// </summary>
/// <remarks>
/// ∇_w K = (|v| sin θ ŵ + (π − θ) v)/(2π); ∂²K/∂w² = |v| sin θ/(2π|w|)·(I − ŵŵᵀ + nnᵀ);
/// ∂²K/∂w∂v = ((π − θ) I + sin θ (cos θ (ŵŵᵀ − nnᵀ) + sin θ (ŵnᵀ + nŵᵀ)))/(2π). Every n-coefficient
/// carries a factor sin θ, so the Hessian is continuous at θ = 0 and π. Near θ = π the value
/// sin θ + (π − θ) cos θ = sin φ − φ cos φ (φ = π − θ) cancels to φ³/3 and is taken from its series.
/// Not differentiable at w = 0 (<see cref="DifferentiableAtZero"/> is false).
/// </remarks>
public sealed class ReluGaussianKernel : IPairKernel
{
    /// <summary>The shared instance (the kernel has no state).</summary>
    public static ReluGaussianKernel Instance { get; } = new();

    private const double TwoPi = 2 * Math.PI;

    /// <inheritdoc />
    public string Name => "relu";

    /// <inheritdoc />
    public bool DifferentiableAtZero => false;

    /// <inheritdoc />
    public bool PositivelyHomogeneous => true;

    /// <summary>sin θ + (π − θ) cos θ, the angular factor of K, accurate for every θ.</summary>
    public static double AngularFactor(in PairGeometry g)
    {
        double phi = g.PiMinusTheta;
        if (phi > 0.25) return g.Sin + phi * g.Cos;
        // sin φ − φ cos φ = Σ_{n≥1} (−1)^{n+1} 2n φ^{2n+1}/(2n+1)!; consecutive terms shrink by φ²/((2n−2)(2n+1)) ≤ 0.007.
        double phi2 = phi * phi, term = phi * phi2 / 3, sum = term;
        for (int n = 2; n <= 8; n++)
        {
            term *= -phi2 / ((2.0 * n - 2) * (2.0 * n + 1)); // term_n / term_{n−1}
            sum += term;
        }
        return sum;
    }

    /// <inheritdoc />
    public double Value(in PairGeometry g) => g.NormW * g.NormV * AngularFactor(g) / TwoPi;

    /// <inheritdoc />
    public PairKernelDerivatives Derivatives(in PairGeometry g)
    {
        double nw = g.NormW, nv = g.NormV, s = g.Sin, c = g.Cos, phi = g.PiMinusTheta;
        double tw = nw > 0 ? nv * s / (TwoPi * nw) : 0;
        double tv = nv > 0 ? nw * s / (TwoPi * nv) : 0;
        double cos2 = c * c - s * s, sin2 = 2 * s * c;
        return new PairKernelDerivatives
        {
            Value = Value(g),
            GradWAlongW = nv * s / TwoPi,
            GradWAlongV = phi * nv / TwoPi,
            GradVAlongV = nw * s / TwoPi,
            GradVAlongW = phi * nw / TwoPi,
            Ww = new FrameMatrix(tw, -tw, 0, 0, tw),
            Wv = new FrameMatrix(phi / TwoPi, s * c / TwoPi, s * s / TwoPi, s * s / TwoPi, -s * c / TwoPi),
            Vv = new FrameMatrix(tv, -tv * cos2, -tv * sin2, -tv * sin2, tv * cos2),
        };
    }
}
