using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// The pair kernel K(w, v) = E[σ(w·x) σ(v·x)] of standard Gaussian inputs for any activation, by quadrature
/// over the plane of (w·x, v·x) — a bivariate Gaussian: w·x = |w| z₁, v·x = |v|(cos θ z₁ + sin θ z₂) with
/// z₁, z₂ independent standard normals.
/// </summary>
/// <remarks>
/// <para>Smooth σ: the tensor trapezoidal rule in (z₁, z₂) on the disc of radius 9 (the Gaussian mass outside is
/// below 3e-18), with step h = min(0.75, 2πδ'/(32 + δ'²/2)) where δ' = min(8, δ/max(|w|,|v|)) and δ is the half-width of the strip
/// where σ is analytic (<see cref="Activation.AnalyticHalfWidth"/> when σ declares it, otherwise calibrated once per
/// activation instance by <see cref="HalfWidthCalibration"/>). For an integrand analytic in that strip the
/// trapezoidal rule on the line has error about e^{δ'²/2 − 2πδ'/h} (the Gaussian grows like e^{y²/2} off the axis;
/// using more of the strip than y = 8 does not help), so this step holds the error near e^{−32} ≈ 1e-14 at every norm, at a cost that grows like max(|w|,|v|)² — unlike Gauss–Hermite, whose nodes spread to
/// ±√(2n) where the weight is negligible. The integrand factors: σ(|w| z₁) depends on the outer index only, so each
/// outer node costs one σ evaluation plus one inner pass. σ with a kink at the origin
/// (<see cref="Activation.KinkAtOrigin"/>): the kinks are the lines w·x = 0 and v·x = 0 of the plane, so the
/// integral is taken in polar coordinates, piecewise between those lines (Gauss–Legendre in angle on each
/// arc, composite Gauss–Legendre in radius on [0, 12]), and the jump of σ' — a delta in σ'' — enters the
/// second derivatives as a line integral along the kink.</para>
/// <para>Derivatives: ∇_w K = E[σ'(w·x)σ(v·x) x] and so on; the component along the frame normal n is
/// rewritten by Stein's lemma (E[f z₂] = E[∂f/∂z₂]) so that the coefficients stay finite for parallel pairs.</para>
/// <para>Error estimate (<see cref="EstimateError"/>): the same computation with twice and four times the step (half
/// and a quarter of the Gauss–Legendre nodes for kinked σ), extrapolated by <see cref="ConvergenceExtrapolation"/>.
/// Thread-safe (rules are immutable and cached).</para>
/// </remarks>
public sealed class GaussianQuadratureKernel : IPairKernel
{
    private const double TrapezoidRadius = 9, MaxStep = 0.75, ErrorExponent = 32, UsefulStripHeight = 8;
    private static readonly double InvSqrtTwoPi = 1 / Math.Sqrt(2 * Math.PI);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, (double, double[])> TrapezoidCache = new();
    // The polar rule of kinked σ (16 Gauss–Legendre nodes in angle per arc and per radial panel) and, for the error
    // estimate, the same rule with 11 and 8 nodes (resolution / √2 and / 2, as the trapezoidal levels).
    private static readonly PolarRule[] PolarLevels = { new(16), new(11), new(8) };
    // Gauss–Legendre orders per panel of the graded rule and of its two coarser levels for the error estimate.
    private static readonly int[] GradedOrders = { 20, 14, 10 };
    private readonly double jump;
    private readonly double? halfWidth;

    /// <summary>A quadrature kernel for <paramref name="activation"/>.</summary>
    /// <param name="activation">σ, with σ' and σ''.</param>
    /// <param name="step">A fixed trapezoidal step for smooth σ, in (0, 1]; null chooses it from the norms.</param>
    /// <param name="halfWidth">
    /// The analytic half-width δ that sets the step of smooth σ, overriding <see cref="Activation.AnalyticHalfWidth"/>;
    /// null takes σ's declaration, or calibrates δ (<see cref="HalfWidthCalibration.For"/>) when σ declares none.
    /// </param>
    /// <exception cref="ArgumentException">
    /// <paramref name="step"/> is not in (0, 1], a half-width is not positive, or σ declares no half-width and the
    /// calibration cannot reach its target (the message says why and what to do).
    /// </exception>
    /// <param name="graded">
    /// Smooth σ with a thin layer at the origin (softplus at large β·|w|): use the graded rule instead of the trapezoid —
    /// composite Gauss–Legendre on panels whose widths grow geometrically away from the layers of σ(w·x) and σ(v·x), on the
    /// scale δ/|w| of the half-width δ, so the cost grows like log(|w|/δ) instead of (|w|/δ)². Needs a declared or given δ.
    /// </param>
    public GaussianQuadratureKernel(Activation activation, double? step = null, double? halfWidth = null, bool graded = false)
    {
        ArgumentNullException.ThrowIfNull(activation);
        if (step is { } st && !(st > 0 && st <= 1)) throw new ArgumentException($"The trapezoidal step must be in (0, 1]; got {st}.", nameof(step));
        if (halfWidth is { } hw && !(hw > 0 && double.IsFinite(hw)))
            throw new ArgumentException($"The analytic half-width must be positive and finite; got {hw}.", nameof(halfWidth));
        if (activation.AnalyticHalfWidth is { } declared && !(declared > 0 && double.IsFinite(declared)))
            throw new ArgumentException($"{activation.Spec}: AnalyticHalfWidth must be positive and finite, or null to calibrate it; got {declared}.", nameof(activation));
        Activation = activation;
        Step = step;
        jump = activation.DerivativeJumpAtOrigin;
        if (graded && (activation.KinkAtOrigin || step is not null || (halfWidth ?? activation.AnalyticHalfWidth) is null))
            throw new ArgumentException($"{activation.Spec}: the graded rule needs a smooth σ with a declared half-width and no fixed step.", nameof(graded));
        Graded = graded;
        if (activation.KinkAtOrigin || step is not null) return;
        this.halfWidth = halfWidth ?? activation.AnalyticHalfWidth;
        if (this.halfWidth is null)
        {
            Calibration = HalfWidthCalibration.For(activation);
            this.halfWidth = Calibration.HalfWidth;
        }
    }

    /// <summary>The activation σ.</summary>
    public Activation Activation { get; }

    /// <summary>Whether the graded rule replaces the trapezoid (see the constructor).</summary>
    public bool Graded { get; }

    /// <summary>The fixed trapezoidal step, or null when it is chosen from the norms.</summary>
    public double? Step { get; }

    /// <summary>
    /// The analytic half-width δ the step of smooth σ is chosen from — given, declared by σ or calibrated (then
    /// <see cref="Calibration"/> says how); null for kinked σ and for a fixed <see cref="Step"/>.
    /// </summary>
    public double? HalfWidth => halfWidth;

    /// <summary>How δ was calibrated, when σ declared no <see cref="Activation.AnalyticHalfWidth"/>; otherwise null.</summary>
    public HalfWidthCalibration? Calibration { get; }

    /// <inheritdoc />
    public string Name => Activation.Spec;

    /// <inheritdoc />
    public bool DifferentiableAtZero => !Activation.KinkAtOrigin;

    /// <inheritdoc />
    public bool PositivelyHomogeneous => Activation.PositivelyHomogeneous;

    /// <summary>
    /// The trapezoidal step used for smooth σ at norms |w|, |v|: R/N for the smallest whole N = ⌈R/h⌉ (R = 9) with
    /// h = min(0.75, 2πδ'/(32 + δ'²/2)), δ' = min(8, δ/max(|w|, |v|)) — or the fixed step rounded down the same way — so that only one rule per N is cached.
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
            if (m > 0 && halfWidth is { } width)
            {
                double delta = Math.Min(UsefulStripHeight, width / m);
                h = Math.Min(MaxStep, 2 * Math.PI * delta / (ErrorExponent + 0.5 * delta * delta));
            }
        }
        // Guard against norms so large that the node count would overflow: 10⁶ nodes per axis is far beyond any use.
        return (int)Math.Min(1_000_000, Math.Ceiling(TrapezoidRadius / h - 1e-9));
    }

    /// <summary>
    /// Estimates the quadrature error of <see cref="Derivatives"/> (and so of <see cref="Value"/>) at <paramref name="g"/>:
    /// the computation is repeated with √2 and 2 times the trapezoidal step (kinked σ: 11 and 8 instead of 16
    /// Gauss–Legendre nodes) and each component's error extrapolated from the two differences.
    /// </summary>
    /// <remarks>
    /// Why this bounds the error: the trapezoidal rule on an integrand analytic in a strip converges geometrically in
    /// 1/h, faster (like e^{−2π²/h²}) while the Gaussian weight rather than the strip limits it, so the logarithm of
    /// the error is concave in 1/h and a straight-line extrapolation through the two coarse levels lies above it;
    /// convergence that is not geometric (a kink away from the origin, a step far too coarse) gives the sum of the two
    /// differences instead and <see cref="KernelAccuracy.ConvergesGeometrically"/> false: then the estimate is only an order
    /// of magnitude, not a bound (<see cref="ConvergenceExtrapolation"/>). Steps √2h and 2h rather than 2h and 4h: at the largest step (0.75) a
    /// rule of step 3 is far from its asymptotic regime, and the curvature of log E in 1/h, which makes the
    /// extrapolation conservative, costs less over a shorter stretch. The tests compare the estimate with independent
    /// references (closed forms, composite Gauss–Legendre, much finer steps). Cost: about 1 + 1/2 + 1/4 times one
    /// <see cref="Derivatives"/> call.
    /// </remarks>
    public KernelAccuracy EstimateError(in PairGeometry g)
    {
        var fine = Flatten(Compute(g, 0));
        var middle = Flatten(Compute(g, 1));
        var coarse = Flatten(Compute(g, 2));
        double p;
        if (Graded) p = (GradedOrders[0] - GradedOrders[1]) / (double)(GradedOrders[1] - GradedOrders[2]);
        else if (Activation.KinkAtOrigin) p = (16 - 11) / (11.0 - 8);
        else
        {
            double t0 = HalfCountAt(g, 0), t1 = HalfCountAt(g, 1), t2 = HalfCountAt(g, 2);
            p = (t0 - t1) / (t1 - t2);
        }
        double scale = 0;
        foreach (var x in fine) scale = Math.Max(scale, Math.Abs(x));
        // Parts: the value (component 0), the gradient coefficients (1 … 4), the Hessian frame matrices (5 … 19).
        var (errors, geometric) = ConvergenceExtrapolation.Estimate(fine, middle, coarse, stackalloc[] { 1, 5, 20 }, p, scale);
        // NaN: σ returned a non-finite value at a node, so the result has no accuracy at all.
        for (int i = 0; i < errors.Length; i++) if (double.IsNaN(errors[i])) errors[i] = double.PositiveInfinity;
        double value = errors[0], gradient = errors[1], hessian = errors[2];
        return new KernelAccuracy
        {
            Step = Activation.KinkAtOrigin || Graded ? null : StepFor(g.NormW, g.NormV),
            ValueError = value,
            GradientError = gradient,
            HessianError = hessian,
            Scale = double.IsFinite(scale) ? scale : double.PositiveInfinity,
            ConvergesGeometrically = geometric,
        };
    }

    // N, N/√2, N/2 (rounded): the rule of the kernel and the two coarser ones of the error estimate.
    private int HalfCountAt(in PairGeometry g, int level)
    {
        int n = HalfCount(g.NormW, g.NormV);
        return level switch
        {
            0 => n,
            1 => Math.Max(2, (int)Math.Round(n / Math.Sqrt(2))),
            _ => Math.Max(1, n / 2),
        };
    }

    // Value, the four gradient coefficients, then the three frame blocks (entries 5 … 19).
    private static double[] Flatten(in PairKernelDerivatives q) => new[]
    {
        q.Value, q.GradWAlongW, q.GradWAlongV, q.GradVAlongV, q.GradVAlongW,
        q.Ww.Identity, q.Ww.WW, q.Ww.WN, q.Ww.NW, q.Ww.NN,
        q.Wv.Identity, q.Wv.WW, q.Wv.WN, q.Wv.NW, q.Wv.NN,
        q.Vv.Identity, q.Vv.WW, q.Vv.WN, q.Vv.NW, q.Vv.NN,
    };

    /// <inheritdoc />
    public double Value(in PairGeometry g)
    {
        if (g.NormW < g.NormV) return Value(g with { NormW = g.NormV, NormV = g.NormW }); // the frame of the longer vector, as in Derivatives
        if (Graded) return Compute(g, 0).Value;
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
        var polar = PolarLevels[0];
        foreach (var (ca, sa, wa) in Angles(g, polar.AngularOrder))
            foreach (var (r, wr) in polar.Radial)
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
    public PairKernelDerivatives Derivatives(in PairGeometry g) => Compute(g, 0);

    // The derivatives by the rule of the given level: 0 the kernel's own, 1 and 2 coarser for the error estimate.
    private PairKernelDerivatives Compute(in PairGeometry g, int level)
    {
        if (g.NormW >= g.NormV) return DerivativesInFrameOfW(g, level);
        var swapped = DerivativesInFrameOfW(g with { NormW = g.NormV, NormV = g.NormW }, level);
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
    private static FrameMatrix FromFrameOfV(FrameMatrix b, double c, double s)
    {
        // R·core
        double r11 = c * b.WW + s * b.NW, r12 = c * b.WN + s * b.NN;
        double r21 = s * b.WW - c * b.NW, r22 = s * b.WN - c * b.NN;
        // (R·core)·Rᵀ
        return new FrameMatrix(b.Identity, r11 * c + r12 * s, r11 * s - r12 * c, r21 * c + r22 * s, r21 * s - r22 * c);
    }

    private PairKernelDerivatives DerivativesInFrameOfW(in PairGeometry g, int level)
    {
        double a = g.NormW, b = g.NormV, c = g.Cos, s = g.Sin;
        var m = new Moments();
        if (Graded)
            GradedMoments(ref m, a, b, c, s, level);
        else if (!Activation.KinkAtOrigin)
            SmoothMoments(ref m, a, b, c, s, HalfCountAt(g, level));
        else
        {
            var polar = PolarLevels[level];
            foreach (var (ca, sa, wa) in Angles(g, polar.AngularOrder))
                foreach (var (r, wr) in polar.Radial)
                {
                    double u1 = a * r * ca;
                    var f = Activation.Evaluate(u1);
                    Accumulate(ref m, f, b, c, s, r * ca, r * sa, wa * wr / (2 * Math.PI));
                }
            AddKinkLines(ref m, a, b, c, s, polar.HalfLine);
        }
        return new PairKernelDerivatives
        {
            Value = m.V,
            GradWAlongW = m.P1 - b * c * m.M0,
            GradWAlongV = b * m.M0,
            GradVAlongV = c * m.Q1 + s * m.Q2 - a * c * m.M0,
            GradVAlongW = a * m.M0,
            Ww = new FrameMatrix(m.A0, m.A11, m.A12, m.A12, m.A22),
            Wv = new FrameMatrix(m.M0, m.M11, m.M12, m.M12, m.M22),
            Vv = new FrameMatrix(m.B0, m.B11, m.B12, m.B12, m.B22),
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
    private void SmoothMoments(ref Moments m, double a, double b, double c, double s, int halfCount)
    {
        var (h, weights) = Trapezoid(halfCount);
        int half = weights.Length - 1;
        var phi = Activation;
        for (int i = -half; i <= half; i++)
        {
            double z1 = i * h;
            int span = InnerSpan(i, h, half);
            double bc = b * c * z1, bs = b * s * h;
            var inner = new InnerSums();
            for (int j = -span; j <= span; j++) inner.Add(phi.Evaluate(bc + bs * j), j * h, weights[Math.Abs(j)]);
            Combine(ref m, phi.Evaluate(a * z1), z1, weights[Math.Abs(i)], inner);
        }
    }

    // The sums over z₂ of σ^(k)(v·x)·{1, z₂, z₂² − 1} (k = 0, 1, 2) at one outer node, weighted by the inner rule.
    private struct InnerSums
    {
        public double G0, G0z, G0zz, G1, G1z, G1zz, G2, G2z, G2zz;

        public void Add((double, double, double) e, double z2, double weight)
        {
            var (e0, e1, e2) = e;
            double zz = z2 * z2 - 1;
            e0 *= weight; e1 *= weight; e2 *= weight;
            G0 += e0; G0z += e0 * z2; G0zz += e0 * zz;
            G1 += e1; G1z += e1 * z2; G1zz += e1 * zz;
            G2 += e2; G2z += e2 * z2; G2zz += e2 * zz;
        }
    }

    // One outer node z₁ of weight wᵢ, with σ^(k)(w·x) = f and the inner sums g, added to the moments.
    private static void Combine(ref Moments m, (double, double, double) f, double z1, double wi, in InnerSums g)
    {
        var (f0, f1, f2) = f;
        double z11 = z1 * z1 - 1;
        f0 *= wi; f1 *= wi; f2 *= wi;
        m.V += f0 * g.G0;
        m.P1 += f1 * z1 * g.G0;
        m.Q1 += f0 * z1 * g.G1;
        m.Q2 += f0 * g.G1z;
        m.M0 += f1 * g.G1; m.M11 += f1 * z11 * g.G1; m.M12 += f1 * z1 * g.G1z; m.M22 += f1 * g.G1zz;
        m.A0 += f2 * g.G0; m.A11 += f2 * z11 * g.G0; m.A12 += f2 * z1 * g.G0z; m.A22 += f2 * g.G0zz;
        m.B0 += f0 * g.G2; m.B11 += f0 * z11 * g.G2; m.B12 += f0 * z1 * g.G2z; m.B22 += f0 * g.G2zz;
    }

    // The graded rule (see GradedPanels): outer panels in z₁ graded toward the layer of σ(|w| z₁) at 0, inner panels in z₂
    // graded toward the layer of σ(v·x) at z₂ = −cos θ z₁/sin θ, both on the scale δ/(norm) of σ's analytic half-width.
    // Inner nodes are offsets t from that point, so the argument |v| sin θ t of σ is formed without cancellation.
    private void GradedMoments(ref Moments m, double a, double b, double c, double s, int level)
    {
        var phi = Activation;
        double width = halfWidth ?? 1;
        int order = GradedOrders[level];
        var outer = GradedPanels.Nodes(width / 4 / a, -TrapezoidRadius, TrapezoidRadius, order);
        double bs = b * s, x0 = width / 4 / bs;
        var plain = GradedPanels.Nodes(double.PositiveInfinity, -TrapezoidRadius, TrapezoidRadius, order);
        foreach (var (z1, w1) in outer)
        {
            var inner = new InnerSums();
            double p = -c * z1 / s;
            // Beyond 60 x₀ from the square the layer's e^{−β|u|} is below rounding: plain panels in z₂ itself.
            if (bs > 0 && Math.Abs(p) <= TrapezoidRadius + 60 * x0)
                foreach (var (t, w2) in GradedPanels.Nodes(x0, -TrapezoidRadius - p, TrapezoidRadius - p, order))
                {
                    double z2 = p + t;
                    inner.Add(phi.Evaluate(bs * t), z2, w2 * InvSqrtTwoPi * Math.Exp(-0.5 * z2 * z2));
                }
            else
                foreach (var (z2, w2) in plain)
                    inner.Add(phi.Evaluate(b * c * z1 + bs * z2), z2, w2 * InvSqrtTwoPi * Math.Exp(-0.5 * z2 * z2));
            Combine(ref m, phi.Evaluate(a * z1), z1, w1 * InvSqrtTwoPi * Math.Exp(-0.5 * z1 * z1), inner);
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
    private void AddKinkLines(ref Moments m, double a, double b, double c, double s, (double T, double W)[] halfLine)
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
    private static IEnumerable<(double Cos, double Sin, double Weight)> Angles(PairGeometry g, int order)
    {
        double theta = g.Theta;
        var cuts = new List<double> { 0.5 * Math.PI, 1.5 * Math.PI, Wrap(theta + 0.5 * Math.PI), Wrap(theta + 1.5 * Math.PI) };
        cuts.Sort();
        var gl = QuadratureRule.GaussLegendre(order);
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

    // Composite Gauss–Legendre in radius (4 panels on [0, 12], e^{−72} ≈ 5e−32 beyond) with the same order in angle.
    private sealed class PolarRule
    {
        private const double RadialCutoff = 12;
        private const int RadialPanels = 4;

        public PolarRule(int order)
        {
            AngularOrder = order;
            var gl = QuadratureRule.GaussLegendre(order);
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
            Radial = r.ToArray();
            HalfLine = h.ToArray();
        }

        public int AngularOrder { get; }

        public (double R, double W)[] Radial { get; }    // ∫₀^∞ f(r) r e^{−r²/2} dr

        public (double T, double W)[] HalfLine { get; }  // ∫₀^∞ f(t) e^{−t²/2}/√(2π) dt
    }
}
