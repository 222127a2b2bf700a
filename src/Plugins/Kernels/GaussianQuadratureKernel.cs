using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// The pair kernel K(w, v) = E[σ(w·x) σ(v·x)] of standard Gaussian inputs for any activation, by quadrature
/// over the plane of (w·x, v·x) — a bivariate Gaussian: w·x = |w| z₁, v·x = |v|(cos θ z₁ + sin θ z₂) with
/// z₁, z₂ independent standard normals.
/// </summary>
/// <remarks>
/// <para>Smooth σ: the tensor trapezoidal rule in (z₁, z₂) on the disc of radius 9 (the Gaussian mass outside is
/// below 3e-18), with step h = min(0.75, 2πδ/(30 + δ²/2)) where δ = <see cref="Activation.AnalyticHalfWidth"/>/max(|w|,|v|)
/// is the half-width of the strip where the integrand is analytic. For an integrand analytic in that strip the
/// trapezoidal rule on the line has error about e^{δ²/2 − 2πδ/h} (the Gaussian grows like e^{y²/2} off the axis;
/// e^{−2π²/h²} for the Gaussian alone), so this step holds the error near e^{−32} ≈ 1e-14 at every norm, at a cost that grows like max(|w|,|v|)² — unlike Gauss–Hermite, whose nodes spread to
/// ±√(2n) where the weight is negligible. The integrand factors: σ(|w| z₁) depends on the outer index only, so each
/// outer node costs one σ evaluation plus one inner pass. σ with a kink at the origin
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
    private const double TrapezoidRadius = 9, MaxStep = 0.75, ErrorExponent = 32;
    private const double RadialCutoff = 12; // e^{−72} ≈ 5e−32 beyond
    private const int RadialPanels = 4, RadialNodes = 16, AngularNodes = 16;
    private static readonly double InvSqrtTwoPi = 1 / Math.Sqrt(2 * Math.PI);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, (double, double[])> TrapezoidCache = new();
    private readonly double jump;
    private readonly (double R, double W)[] radial;     // ∫₀^∞ f(r) r e^{−r²/2} dr
    private readonly (double T, double W)[] halfLine;   // ∫₀^∞ f(t) e^{−t²/2}/√(2π) dt

    /// <summary>A quadrature kernel for <paramref name="activation"/>.</summary>
    /// <param name="activation">σ, with σ' and σ''.</param>
    /// <param name="step">A fixed trapezoidal step for smooth σ, in (0, 1]; null chooses it from the norms.</param>
    /// <exception cref="ArgumentException"><paramref name="step"/> is not in (0, 1].</exception>
    public GaussianQuadratureKernel(Activation activation, double? step = null)
    {
        ArgumentNullException.ThrowIfNull(activation);
        if (step is { } st && !(st > 0 && st <= 1)) throw new ArgumentException($"The trapezoidal step must be in (0, 1]; got {st}.", nameof(step));
        if (!(activation.AnalyticHalfWidth > 0)) throw new ArgumentException($"{activation.Spec}: AnalyticHalfWidth must be positive; got {activation.AnalyticHalfWidth}.", nameof(activation));
        Activation = activation;
        Step = step;
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

    /// <summary>The fixed trapezoidal step, or null when it is chosen from the norms.</summary>
    public double? Step { get; }

    /// <inheritdoc />
    public string Name => Activation.Spec;

    /// <inheritdoc />
    public bool DifferentiableAtZero => !Activation.KinkAtOrigin;

    /// <summary>
    /// The trapezoidal step used for smooth σ at norms |w|, |v|: R/N for the smallest whole N = ⌈R/h⌉ (R = 9) with
    /// h = min(0.75, 2πδ/(32 + δ²/2)) — or the fixed step rounded down the same way — so that only one rule per N is cached.
    /// </summary>
    public double StepFor(double normW, double normV) => TrapezoidRadius / HalfCount(normW, normV);

    /// <summary>The number of nodes of the smooth rule along each axis at norms |w|, |v| (its 2-D cost is about π/4 of the square).</summary>
    public int NodesPerAxis(double normW, double normV) => 2 * HalfCount(normW, normV) + 1;

    private int HalfCount(double normW, double normV)
    {
        double h = MaxStep;
        if (Step is { } fixedStep) h = fixedStep;
        else
        {
            double m = Math.Max(normW, normV);
            if (m > 0)
            {
                double delta = Activation.AnalyticHalfWidth / m;
                h = Math.Min(MaxStep, 2 * Math.PI * delta / (ErrorExponent + 0.5 * delta * delta));
            }
        }
        // Guard against norms so large that the node count would overflow: 10⁶ nodes per axis is far beyond any use.
        return (int)Math.Min(1_000_000, Math.Ceiling(TrapezoidRadius / h - 1e-9));
    }

    /// <inheritdoc />
    public double Value(in PairGeometry g)
    {
        if (g.NormW < g.NormV) return Value(g with { NormW = g.NormV, NormV = g.NormW }); // the frame of the longer vector, as in Derivatives
        double a = g.NormW, b = g.NormV, c = g.Cos, s = g.Sin, sum = 0;
        var phi = Activation;
        if (!Activation.KinkAtOrigin)
        {
            var (h, weights) = Trapezoid(HalfCount(a, b));
            int half = weights.Length - 1;
            for (int i = -half; i <= half; i++)
            {
                double z1 = i * h, f = phi.Value(a * z1), inner = 0;
                if (f == 0) continue;
                int span = InnerSpan(i, h, half);
                double bc = b * c * z1, bs = b * s * h;
                for (int j = -span; j <= span; j++) inner += weights[Math.Abs(j)] * phi.Value(bc + bs * j);
                sum += weights[Math.Abs(i)] * f * inner;
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
            SmoothMoments(ref m, a, b, c, s);
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

    // The tensor trapezoidal rule, factored: for each outer node z₁ the nine inner sums over z₂ of σ^(k)(v·x)·{1, z₂, z₂² − 1}
    // are formed once and combined with σ^(k)(w·x) and the z₁ factors.
    private void SmoothMoments(ref Moments m, double a, double b, double c, double s)
    {
        var (h, weights) = Trapezoid(HalfCount(a, b));
        int half = weights.Length - 1;
        var phi = Activation;
        for (int i = -half; i <= half; i++)
        {
            double z1 = i * h, wi = weights[Math.Abs(i)];
            var (f0, f1, f2) = phi.Evaluate(a * z1);
            int span = InnerSpan(i, h, half);
            double bc = b * c * z1, bs = b * s * h;
            double g0 = 0, g0z = 0, g0zz = 0, g1 = 0, g1z = 0, g1zz = 0, g2 = 0, g2z = 0, g2zz = 0;
            for (int j = -span; j <= span; j++)
            {
                double wj = weights[Math.Abs(j)], z2 = j * h, zz = z2 * z2 - 1;
                var (e0, e1, e2) = phi.Evaluate(bc + bs * j);
                e0 *= wj; e1 *= wj; e2 *= wj;
                g0 += e0; g0z += e0 * z2; g0zz += e0 * zz;
                g1 += e1; g1z += e1 * z2; g1zz += e1 * zz;
                g2 += e2; g2z += e2 * z2; g2zz += e2 * zz;
            }
            double z11 = z1 * z1 - 1;
            f0 *= wi; f1 *= wi; f2 *= wi;
            m.V += f0 * g0;
            m.P1 += f1 * z1 * g0;
            m.Q1 += f0 * z1 * g1;
            m.Q2 += f0 * g1z;
            m.M0 += f1 * g1; m.M11 += f1 * z11 * g1; m.M12 += f1 * z1 * g1z; m.M22 += f1 * g1zz;
            m.A0 += f2 * g0; m.A11 += f2 * z11 * g0; m.A12 += f2 * z1 * g0z; m.A22 += f2 * g0zz;
            m.B0 += f0 * g2; m.B11 += f0 * z11 * g2; m.B12 += f0 * z1 * g2z; m.B22 += f0 * g2zz;
        }
    }

    // Trapezoidal weights h·φ(k h), k = 0 … N, h = R/N, for the standard normal density φ; cached per N.
    private static (double H, double[] Weights) Trapezoid(int half) => TrapezoidCache.GetOrAdd(half, static n =>
    {
        double step = TrapezoidRadius / n;
        var w = new double[n + 1];
        for (int k = 0; k <= n; k++) w[k] = step * InvSqrtTwoPi * Math.Exp(-0.5 * (k * step) * (k * step));
        return (step, w);
    });

    // The inner index range |j| ≤ span keeps (z₁, z₂) inside the disc of radius R.
    private static int InnerSpan(int i, double h, int half)
    {
        double z1 = i * h, rest = TrapezoidRadius * TrapezoidRadius - z1 * z1;
        return rest <= 0 ? 0 : Math.Min(half, (int)Math.Floor(Math.Sqrt(rest) / h + 1e-9));
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
