using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// The pair kernel K(w, v) = E[σ(w·x) σ(v·x)] of standard Gaussian inputs for any activation, by quadrature
/// over the plane of (w·x, v·x) — a bivariate Gaussian: w·x = |w| z₁, v·x = |v|(cos θ z₁ + sin θ z₂) with
/// z₁, z₂ independent standard normals.
/// </summary>
/// <remarks>
/// <para>Smooth σ: tensor Gauss–Hermite in (z₁, z₂), of an order that grows with the larger norm
/// (n = 64·max(|w|,|v|)², rounded up to a multiple of 8, between 48 and 150), which keeps erf, gelu, tanh and
/// softplus(β ≤ 2) at about 1e-10 for norms up to about 1.3 (tanh: 1e-8 at norm 2; poles of σ near the real axis
/// limit Gauss–Hermite). σ with a kink at the origin
/// (<see cref="Activation.KinkAtOrigin"/>): the kinks are the lines w·x = 0 and v·x = 0 of the plane, so the
/// integral is taken in polar coordinates, piecewise between those lines (Gauss–Legendre in angle on each
/// arc, composite Gauss–Legendre in radius on [0, 12]), and the jump of σ' — a delta in σ'' — enters the
/// second derivatives as a line integral along the kink.</para>
/// <para>Derivatives: ∇_w K = E[σ'(w·x)σ(v·x) x] and so on; the component along the frame normal n is
/// rewritten by Stein's lemma (E[f z₂] = E[∂f/∂z₂]) so that the coefficients stay finite for parallel pairs.
/// Thread-safe (rules are immutable and cached).</para>
/// </remarks>
public sealed class GaussianQuadratureKernel : IPairKernel
{
    private const double RadialCutoff = 12; // e^{−72} ≈ 5e−32 beyond
    private const int RadialPanels = 4, RadialNodes = 16, AngularNodes = 16;
    private static readonly double InvSqrtTwoPi = 1 / Math.Sqrt(2 * Math.PI);
    private readonly double jump;
    private readonly (double R, double W)[] radial;     // ∫₀^∞ f(r) r e^{−r²/2} dr
    private readonly (double T, double W)[] halfLine;   // ∫₀^∞ f(t) e^{−t²/2}/√(2π) dt

    /// <summary>A quadrature kernel for <paramref name="activation"/>.</summary>
    /// <param name="activation">σ, with σ' and σ''.</param>
    /// <param name="hermiteOrder">A fixed Gauss–Hermite order for smooth σ; null chooses it from the norms.</param>
    public GaussianQuadratureKernel(Activation activation, int? hermiteOrder = null)
    {
        ArgumentNullException.ThrowIfNull(activation);
        if (hermiteOrder is { } n) QuadratureRule.GaussHermite(n); // validates
        Activation = activation;
        HermiteOrder = hermiteOrder;
        jump = activation.DerivativeJumpAtOrigin;
        var gl = QuadratureRule.GaussLegendre(RadialNodes);
        var r = new List<(double, double)>();
        var h = new List<(double, double)>();
        double width = RadialCutoff / RadialPanels;
        for (int p = 0; p < RadialPanels; p++)
            for (int i = 0; i < gl.Order; i++)
            {
                double x = p * width + 0.5 * width * (gl.Nodes[i] + 1), wt = 0.5 * width * gl.Weights[i];
                r.Add((x, wt * x * Math.Exp(-0.5 * x * x)));
                h.Add((x, wt * InvSqrtTwoPi * Math.Exp(-0.5 * x * x)));
            }
        radial = r.ToArray();
        halfLine = h.ToArray();
    }

    /// <summary>The activation σ.</summary>
    public Activation Activation { get; }

    /// <summary>The fixed Gauss–Hermite order, or null when it is chosen from the norms.</summary>
    public int? HermiteOrder { get; }

    /// <inheritdoc />
    public string Name => Activation.Spec;

    /// <inheritdoc />
    public bool DifferentiableAtZero => !Activation.KinkAtOrigin;

    /// <summary>The Gauss–Hermite order used for smooth σ at norms |w|, |v|.</summary>
    public int OrderFor(double normW, double normV)
    {
        if (HermiteOrder is { } n) return n;
        double m = Math.Max(normW, normV);
        int order = (int)Math.Ceiling(64 * m * m / 8) * 8;
        return Math.Clamp(order, 48, QuadratureRule.MaxHermiteOrder);
    }

    /// <inheritdoc />
    public double Value(in PairGeometry g)
    {
        if (g.NormW < g.NormV) return Value(g with { NormW = g.NormV, NormV = g.NormW }); // the frame of the longer vector, as in Derivatives
        double a = g.NormW, b = g.NormV, c = g.Cos, s = g.Sin, sum = 0;
        var phi = Activation;
        if (!Activation.KinkAtOrigin)
        {
            var rule = QuadratureRule.GaussHermite(OrderFor(a, b));
            for (int i = 0; i < rule.Order; i++)
            {
                double z1 = rule.Nodes[i], f = phi.Value(a * z1), inner = 0;
                if (f == 0) continue;
                for (int j = 0; j < rule.Order; j++) inner += rule.Weights[j] * phi.Value(b * (c * z1 + s * rule.Nodes[j]));
                sum += rule.Weights[i] * f * inner;
            }
            return sum;
        }
        foreach (var (ca, sa, wa) in Angles(g))
            foreach (var (r, wr) in radial)
            {
                double z1 = r * ca, z2 = r * sa;
                sum += wa * wr * phi.Value(a * z1) * phi.Value(b * (c * z1 + s * z2));
            }
        return sum / (2 * Math.PI);
    }

    /// <inheritdoc />
    /// <remarks>
    /// The quadrature frame is that of the longer vector, so K(w, v) and K(v, w) are evaluated by the same sums and
    /// the Hessian of a loss built from them is symmetric to rounding, not only to quadrature accuracy.
    /// </remarks>
    public PairKernelDerivatives Derivatives(in PairGeometry g)
    {
        if (g.NormW >= g.NormV) return DerivativesInFrameOfW(g);
        var swapped = DerivativesInFrameOfW(g with { NormW = g.NormV, NormV = g.NormW });
        double c = g.Cos, s = g.Sin;
        return new PairKernelDerivatives
        {
            Value = swapped.Value,
            GradWAlongW = swapped.GradVAlongV,
            GradWAlongV = swapped.GradVAlongW,
            GradVAlongV = swapped.GradWAlongW,
            GradVAlongW = swapped.GradWAlongV,
            Ww = FromFrameOfV(swapped.Vv, c, s),
            Vv = FromFrameOfV(swapped.Ww, c, s),
            Wv = FromFrameOfV(swapped.Wv, c, s).Transpose(),
        };
    }

    // A block in the frame (v̂, m) of v, with m = sin θ ŵ − cos θ n, rewritten in the frame (ŵ, n):
    // core ↦ R core Rᵀ for R = [[c, s], [s, −c]].
    private static FrameBlock FromFrameOfV(FrameBlock b, double c, double s)
    {
        // R·core
        double r11 = c * b.WW + s * b.NW, r12 = c * b.WN + s * b.NN;
        double r21 = s * b.WW - c * b.NW, r22 = s * b.WN - c * b.NN;
        // (R·core)·Rᵀ
        return new FrameBlock(b.Identity, r11 * c + r12 * s, r11 * s - r12 * c, r21 * c + r22 * s, r21 * s - r22 * c);
    }

    private PairKernelDerivatives DerivativesInFrameOfW(in PairGeometry g)
    {
        double a = g.NormW, b = g.NormV, c = g.Cos, s = g.Sin;
        var m = new Moments();
        if (!Activation.KinkAtOrigin)
        {
            var rule = QuadratureRule.GaussHermite(OrderFor(a, b));
            for (int i = 0; i < rule.Order; i++)
            {
                double z1 = rule.Nodes[i], u1 = a * z1;
                var f = Activation.Evaluate(u1);
                for (int j = 0; j < rule.Order; j++)
                    Accumulate(ref m, f, b, c, s, z1, rule.Nodes[j], rule.Weights[i] * rule.Weights[j]);
            }
        }
        else
        {
            foreach (var (ca, sa, wa) in Angles(g))
                foreach (var (r, wr) in radial)
                {
                    double u1 = a * r * ca;
                    var f = Activation.Evaluate(u1);
                    Accumulate(ref m, f, b, c, s, r * ca, r * sa, wa * wr / (2 * Math.PI));
                }
            AddKinkLines(ref m, a, b, c, s);
        }
        return new PairKernelDerivatives
        {
            Value = m.V,
            GradWAlongW = m.P1 - b * c * m.M0,
            GradWAlongV = b * m.M0,
            GradVAlongV = c * m.Q1 + s * m.Q2 - a * c * m.M0,
            GradVAlongW = a * m.M0,
            Ww = new FrameBlock(m.A0, m.A11, m.A12, m.A12, m.A22),
            Wv = new FrameBlock(m.M0, m.M11, m.M12, m.M12, m.M22),
            Vv = new FrameBlock(m.B0, m.B11, m.B12, m.B12, m.B22),
        };
    }

    // Expectations over the plane; the second moments are centred (z² − 1) so that the frame-normal
    // coefficients vanish, up to rounding, for parallel pairs.
    private struct Moments
    {
        public double V, P1, Q1, Q2, M0, M11, M12, M22, A0, A11, A12, A22, B0, B11, B12, B22;
    }

    private void Accumulate(ref Moments m, (double, double, double) f, double b, double c, double s, double z1, double z2, double weight)
    {
        double u2 = b * (c * z1 + s * z2);
        var (f0, f1, f2) = f;
        var (g0, g1, g2) = Activation.Evaluate(u2);
        double m11 = z1 * z1 - 1, m12 = z1 * z2, m22 = z2 * z2 - 1;
        double fg = weight * f0 * g0, f1g0 = weight * f1 * g0, f0g1 = weight * f0 * g1;
        double f1g1 = weight * f1 * g1, f2g0 = weight * f2 * g0, f0g2 = weight * f0 * g2;
        m.V += fg;
        m.P1 += f1g0 * z1;
        m.Q1 += f0g1 * z1;
        m.Q2 += f0g1 * z2;
        m.M0 += f1g1; m.M11 += f1g1 * m11; m.M12 += f1g1 * m12; m.M22 += f1g1 * m22;
        m.A0 += f2g0; m.A11 += f2g0 * m11; m.A12 += f2g0 * m12; m.A22 += f2g0 * m22;
        m.B0 += f0g2; m.B11 += f0g2 * m11; m.B12 += f0g2 * m12; m.B22 += f0g2 * m22;
    }

    // The jump J of σ' at 0 puts J·δ(u) into σ''(u); E[δ(|w| z₁) h(z₁, z₂)] = E_t[h(0, t)]/(√(2π)|w|), and
    // likewise on the line v·x = 0, parametrised as (z₁, z₂) = t(−sin θ, cos θ).
    private void AddKinkLines(ref Moments m, double a, double b, double c, double s)
    {
        if (jump == 0) return;
        double d0 = 0, d2 = 0, e0 = 0, e2 = 0;
        foreach (var (t, wt) in halfLine)
        {
            // Both halves of the line: h(t) + h(−t).
            double g = Activation.Value(b * s * t) + Activation.Value(-b * s * t);
            d0 += wt * g;
            d2 += wt * g * (t * t - 1);
            double f = Activation.Value(-a * s * t) + Activation.Value(a * s * t);
            e0 += wt * f;
            e2 += wt * f * t * t;
        }
        if (a > 0)
        {
            double k = jump * InvSqrtTwoPi / a;
            m.A0 += k * d0;
            m.A11 -= k * d0; // z₁² − 1 = −1 on the line z₁ = 0
            m.A22 += k * d2;
        }
        if (b > 0)
        {
            double k = jump * InvSqrtTwoPi / b;
            m.B0 += k * e0;
            m.B11 += k * (s * s * e2 - e0);
            m.B12 += k * (-s * c * e2);
            m.B22 += k * (c * c * e2 - e0);
        }
    }

    // Gauss–Legendre nodes on the arcs between the kink directions ±π/2 (w·x = 0) and θ ± π/2 (v·x = 0):
    // (cos α, sin α, weight).
    private static IEnumerable<(double Cos, double Sin, double Weight)> Angles(PairGeometry g)
    {
        double theta = g.Theta;
        var cuts = new List<double> { 0.5 * Math.PI, 1.5 * Math.PI, Wrap(theta + 0.5 * Math.PI), Wrap(theta + 1.5 * Math.PI) };
        cuts.Sort();
        var gl = QuadratureRule.GaussLegendre(AngularNodes);
        for (int k = 0; k < cuts.Count; k++)
        {
            double lo = cuts[k], hi = k + 1 < cuts.Count ? cuts[k + 1] : cuts[0] + 2 * Math.PI;
            double half = 0.5 * (hi - lo);
            if (half <= 0) continue;
            for (int i = 0; i < gl.Order; i++)
            {
                double alpha = lo + half * (gl.Nodes[i] + 1);
                yield return (Math.Cos(alpha), Math.Sin(alpha), half * gl.Weights[i]);
            }
        }
    }

    private static double Wrap(double x)
    {
        double t = x % (2 * Math.PI);
        return t < 0 ? t + 2 * Math.PI : t;
    }
}
