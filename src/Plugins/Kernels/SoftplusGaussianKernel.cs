using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// The pair kernel of softplus_β with standard Gaussian inputs for every β ≥ <see cref="Softplus.MinBeta"/>, with the
/// constant c = log 2/β carried apart (<see cref="IOffsetPairKernel"/>): K_σ = K_τ + c(m(|w|) + m(|v|)) + c².
/// </summary>
/// <remarks>
/// <para>Three rules by the sharpness β·|w| of the pair (|w| ≥ |v| the longer row), chosen so that the cost does not grow
/// with β and no digit is lost to c:</para>
/// <list type="bullet">
/// <item>β|w| ≤ <see cref="SmoothLimit"/>: τ is analytic in a strip of half-width π/β wide against the Gaussian, and K_τ
/// comes from the trapezoidal <see cref="GaussianQuadratureKernel"/> of τ itself (step about 0.15 or more) — no c in
/// it, so the small-β limit (τ → z/2, the linear model) keeps every digit.</item>
/// <item>β|v| ≥ <see cref="ReluLimit"/> for both rows: the ReLU closed form. softplus_β = relu + e with
/// 0 ≤ e(z) = log1p(e^{−β|z|})/β ≤ log 2/β and ∫e = π²/(6β²); the errors of K, ∇K and ∇²K are integrals of e (or of
/// σ' − step, σ'' − δ, odd resp. of unit mass) against functions smooth on the scale of the norms, so they are
/// O((β|v|)⁻²) relative: below 10⁻¹⁶ here, under the kernel's own accuracy (the tests check the (β|v|)⁻² law against the
/// graded rule).</item>
/// <item>Between: the graded rule of <see cref="GaussianQuadratureKernel"/> on σ, composite Gauss–Legendre on panels
/// graded toward the layers w·x = 0 and v·x = 0 of width 1/(β·norm): cost O(log(β|w|)²) node pairs, the same at β = 1e6
/// as at 1e308 once β|v| passes the ReLU limit. c ≤ log 2/4 here, so K_τ = K_σ − c(…) − c² loses nothing.</item>
/// </list>
/// <para>The mean kernel m(r) = E[τ(rz)] and its derivatives are 1-D integrals of the even part of τ and the odd part of
/// σ' (formed without cancellation) on panels graded toward 0 (<see cref="GradedPanels"/>).</para>
/// <para>The full kernel E[σσ] (the <see cref="IPairKernel"/> members of this type) is served for
/// β ≥ <see cref="MinFullKernelBeta"/> only: below, its c² swamps the rest and only a consumer that separates c
/// (<see cref="TwoLayerPopulationLoss"/>) gets a right answer.</para>
/// </remarks>
public sealed class SoftplusGaussianKernel : IOffsetPairKernel
{
    /// <summary>β·|w| up to which K_τ comes from the trapezoidal rule on τ.</summary>
    public const double SmoothLimit = 4;

    /// <summary>β·min(|w|, |v|) from which the ReLU closed form serves (relative error O((β|v|)⁻²) ≈ 10⁻¹⁶).</summary>
    public const double ReluLimit = 1e8;

    /// <summary>
    /// The thinnest layer π/(4β|w|) the graded rule resolves: 1e-290, well inside the normal doubles so that its panels keep
    /// their digits. Only a pair with one row shorter than about 1e8/β (essentially zero) at β|w| ≳ 10²⁹⁰ goes below.
    /// </summary>
    public const double MinLayerWidth = 1e-290;

    /// <summary>The smallest β for which the full kernel E[σσ] (not separating c) is served: 0.1.</summary>
    public const double MinFullKernelBeta = 0.1;

    private const double Radius = 9;
    private const int MeanOrder = 20;
    private static readonly double InvSqrtTwoPi = 1 / Math.Sqrt(2 * Math.PI);
    private readonly GaussianQuadratureKernel smooth, graded;

    /// <summary>The kernel of <paramref name="activation"/>.</summary>
    public SoftplusGaussianKernel(Softplus activation)
    {
        ArgumentNullException.ThrowIfNull(activation);
        Activation = activation;
        Beta = activation.Beta;
        Offset = activation.Offset;
        smooth = new GaussianQuadratureKernel(new ShiftedSoftplus(activation));
        graded = new GaussianQuadratureKernel(activation, graded: true);
        Shifted = new ShiftedKernel(this);
    }

    /// <summary>σ.</summary>
    public Softplus Activation { get; }

    /// <summary>β.</summary>
    public double Beta { get; }

    /// <inheritdoc />
    public double Offset { get; }

    /// <inheritdoc />
    public IPairKernel Shifted { get; }

    /// <inheritdoc />
    public string Name => Activation.Spec;

    /// <inheritdoc />
    public bool DifferentiableAtZero => true;

    /// <summary>Which rule serves a pair of norms (see the remarks).</summary>
    public SoftplusKernelRule RuleFor(double normW, double normV)
    {
        double longer = Math.Max(normW, normV), shorter = Math.Min(normW, normV);
        if (Beta * longer <= SmoothLimit) return SoftplusKernelRule.SmoothShifted;
        if (shorter > 0 && Beta * shorter >= ReluLimit) return SoftplusKernelRule.Relu;
        if (Math.PI / 4 / Beta / longer < MinLayerWidth)
            throw new ArgumentException(
                $"{Name}: a pair of rows with norms {longer:G3} and {shorter:G3} is not supported: the layer of width 1/(beta·{longer:G3}) " +
                $"at the kink is below {MinLayerWidth:G} (the double range), and the shorter row (beta·norm = {Beta * shorter:G3} < {ReluLimit:G}) " +
                "is too short for the relu limit. Move the row off zero or use a smaller beta.");
        return SoftplusKernelRule.Graded;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">β &lt; <see cref="MinFullKernelBeta"/> (see the remarks).</exception>
    public double Value(in PairGeometry g) => Derivatives(g).Value;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">β &lt; <see cref="MinFullKernelBeta"/> (see the remarks).</exception>
    public PairKernelDerivatives Derivatives(in PairGeometry g)
    {
        if (Beta < MinFullKernelBeta)
            throw new ArgumentException(
                $"{Name}: this computation uses the full kernel E[σσ], whose constant (log(2)/beta)² swamps the loss below beta = {MinFullKernelBeta}; " +
                "the two-layer population loss (loss, critical, spectrum, sgd) separates the constant and takes any beta.");
        return RuleFor(g.NormW, g.NormV) switch
        {
            SoftplusKernelRule.SmoothShifted => Add(smooth.Derivatives(g), OffsetTerms(g), 1),
            SoftplusKernelRule.Relu => ReluGaussianKernel.Instance.Derivatives(g),
            _ => graded.Derivatives(g),
        };
    }

    // K_τ: directly where τ is analytic on the Gaussian's scale, else K_σ minus the (then small) offset terms.
    private PairKernelDerivatives ShiftedDerivatives(in PairGeometry g) => RuleFor(g.NormW, g.NormV) switch
    {
        SoftplusKernelRule.SmoothShifted => smooth.Derivatives(g),
        SoftplusKernelRule.Relu => Add(ReluGaussianKernel.Instance.Derivatives(g), OffsetTerms(g), -1),
        _ => Add(graded.Derivatives(g), OffsetTerms(g), -1),
    };

    private double ShiftedValue(in PairGeometry g) =>
        RuleFor(g.NormW, g.NormV) == SoftplusKernelRule.SmoothShifted ? smooth.Value(g) : ShiftedDerivatives(g).Value;

    /// <summary>
    /// The quadrature kernel behind a pair of norms: the trapezoid on τ in the smooth rule, the graded rule otherwise (also
    /// for the ReLU rule, whose error is the stated bound of <see cref="EstimateError"/>).
    /// </summary>
    public GaussianQuadratureKernel QuadratureKernelFor(double normW, double normV) =>
        RuleFor(normW, normV) == SoftplusKernelRule.SmoothShifted ? smooth : graded;

    /// <summary>
    /// The estimated quadrature error at a pair, from the rule that serves it: the trapezoid's or the graded rule's own
    /// estimate (<see cref="GaussianQuadratureKernel.EstimateError"/>), or for the ReLU rule the bound π²/(6(β|v|)²)
    /// times the scale |w||v| (from ∫e = π²/(6β²)).
    /// </summary>
    public KernelAccuracy EstimateError(in PairGeometry g)
    {
        switch (RuleFor(g.NormW, g.NormV))
        {
            case SoftplusKernelRule.SmoothShifted: return smooth.EstimateError(g);
            case SoftplusKernelRule.Graded: return graded.EstimateError(g);
            default:
                double shorter = Math.Min(g.NormW, g.NormV), scale = g.NormW * g.NormV, t = Beta * shorter;
                double bound = Math.PI * Math.PI / 6 / (t * t) * Math.Max(scale, 1);
                return new KernelAccuracy
                {
                    Step = null, ValueError = bound, GradientError = bound, HessianError = bound, Scale = scale, ConvergesGeometrically = true,
                };
        }
    }

    /// <inheritdoc />
    public MeanKernel Mean(double norm)
    {
        if (!(norm >= 0) || !double.IsFinite(norm)) throw new ArgumentException($"A norm must be finite and ≥ 0; got {norm}.", nameof(norm));
        if (Beta * norm >= ReluLimit)
        {
            // relu's mean r/√(2π) plus ∫(softplus − relu) = π²/(6β²) times the density 1/(√(2π) r) at the kink, minus c;
            // the next terms are O((βr)⁻⁴) relative.
            double e = Math.PI * Math.PI / (6 * Beta * Beta * norm) * InvSqrtTwoPi / norm;
            double ratio = InvSqrtTwoPi / norm - e / norm;
            return new MeanKernel(norm * InvSqrtTwoPi + e * norm - Offset, ratio * norm, 2 * e / norm, ratio);
        }
        // The layer's half-width π/(4β r), floored at 1e-280 (a thinner layer adds below 1e-280 to m, m' and m'').
        double beta = Beta, x0 = norm > 0 ? Math.Max(Math.PI / 4 / beta / norm, 1e-280) : double.PositiveInfinity;
        double m = 0, m1 = 0, m2 = 0, slope = 0;
        foreach (var (z, w) in GradedPanels.Nodes(x0, 0, Radius, MeanOrder))
        {
            double weight = 2 * w * InvSqrtTwoPi * Math.Exp(-0.5 * z * z), y = norm * z, t = beta * y;
            double e = Math.Exp(-t);
            // Even part of τ, (τ(y) + τ(−y))/2 = y/2 + log1p(expm1(−t)/2)/β, from its series at small t.
            double even = t < 1e-3 ? 0.125 * beta * y * y * (1 - t * t / 24 * (1 - t * t / 15)) : 0.5 * y + StableMath.Log1p(0.5 * StableMath.Expm1(-t)) / beta;
            // Odd part of σ', tanh(t/2)/2, and that over r (βz/4 at r = 0).
            double oddOverNorm = t < 1e-3 ? 0.25 * beta * z * (1 - t * t / 12) : -0.5 * StableMath.Expm1(-t) / (1 + e) / norm;
            double second = beta * (e / (1 + e)) / (1 + e);
            m += weight * even;
            slope += weight * oddOverNorm * z;
            m2 += weight * second * z * z;
        }
        m1 = slope * norm;
        return new MeanKernel(m, m1, m2, slope);
    }

    // c(m(|w|) + m(|v|)) + c² with its derivatives in the frame (ŵ, n) of the pair.
    private PairKernelDerivatives OffsetTerms(in PairGeometry g)
    {
        double c = Offset;
        var mw = Mean(g.NormW);
        var mv = Mean(g.NormV);
        double xw = mw.SecondDerivative - mw.SlopeOverNorm, xv = mv.SecondDerivative - mv.SlopeOverNorm, cs = g.Cos, sn = g.Sin;
        return new PairKernelDerivatives
        {
            Value = c * (mw.Value + mv.Value) + c * c,
            GradWAlongW = c * mw.Derivative,
            GradWAlongV = 0,
            GradVAlongV = c * mv.Derivative,
            GradVAlongW = 0,
            Ww = new FrameMatrix(c * mw.SlopeOverNorm, c * xw, 0, 0, 0),
            Wv = new FrameMatrix(0, 0, 0, 0, 0),
            Vv = new FrameMatrix(c * mv.SlopeOverNorm, c * xv * cs * cs, c * xv * cs * sn, c * xv * cs * sn, c * xv * sn * sn),
        };
    }

    private static PairKernelDerivatives Add(in PairKernelDerivatives p, in PairKernelDerivatives q, double sign) => new()
    {
        Value = p.Value + sign * q.Value,
        GradWAlongW = p.GradWAlongW + sign * q.GradWAlongW,
        GradWAlongV = p.GradWAlongV + sign * q.GradWAlongV,
        GradVAlongV = p.GradVAlongV + sign * q.GradVAlongV,
        GradVAlongW = p.GradVAlongW + sign * q.GradVAlongW,
        Ww = Add(p.Ww, q.Ww, sign),
        Wv = Add(p.Wv, q.Wv, sign),
        Vv = Add(p.Vv, q.Vv, sign),
    };

    private static FrameMatrix Add(FrameMatrix p, FrameMatrix q, double sign) =>
        new(p.Identity + sign * q.Identity, p.WW + sign * q.WW, p.WN + sign * q.WN, p.NW + sign * q.NW, p.NN + sign * q.NN);

    // K_τ as a kernel of its own (what TwoLayerPopulationLoss sums over pairs).
    private sealed class ShiftedKernel(SoftplusGaussianKernel parent) : IPairKernel
    {
        public string Name => parent.Name;

        public bool DifferentiableAtZero => true;

        public double Value(in PairGeometry g) => parent.ShiftedValue(g);

        public PairKernelDerivatives Derivatives(in PairGeometry g) => parent.ShiftedDerivatives(g);
    }

    // τ = softplus_β − log 2/β as an activation, for the trapezoidal rule of the small-β regime.
    private sealed class ShiftedSoftplus(Softplus softplus) : Activation
    {
        public override string Name => "softplus";

        public override string Spec => softplus.Spec;

        public override double? AnalyticHalfWidth => softplus.AnalyticHalfWidth;

        public override double Value(double z) => softplus.ShiftedValue(z);

        public override double Derivative(double z) => softplus.Derivative(z);

        public override double SecondDerivative(double z) => softplus.SecondDerivative(z);

        public override (double Value, double Derivative, double SecondDerivative) Evaluate(double z)
        {
            var (_, d1, d2) = softplus.Evaluate(z);
            return (softplus.ShiftedValue(z), d1, d2);
        }
    }
}

/// <summary>The rule <see cref="SoftplusGaussianKernel"/> uses for a pair.</summary>
public enum SoftplusKernelRule
{
    /// <summary>The trapezoidal rule on τ = softplus − log 2/β (β|w| ≤ 4).</summary>
    SmoothShifted,

    /// <summary>The graded Gauss–Legendre rule on softplus.</summary>
    Graded,

    /// <summary>The ReLU closed form (β·min(|w|, |v|) ≥ 10⁸).</summary>
    Relu,
}
