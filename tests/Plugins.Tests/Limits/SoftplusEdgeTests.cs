using Landscape.Symmetry.Plugins.Tests.Naive;

namespace Landscape.Symmetry.Plugins.Tests.Limits;

/// <summary>
/// softplus_β at every β, against independent oracles: the Taylor series of τ = softplus − log 2/β (β → 0), the linear
/// model |Σaᵢwᵢ − Σvⱼ|²/8 (+ the log 2 term below) as β → 0, the ReLU closed form as β → ∞, composite Gauss–Legendre and
/// the plain trapezoidal kernel at moderate β, Monte Carlo, and finite differences.
/// </summary>
/// <remarks>
/// The small-β limit with a constant carried apart (see <see cref="IOffsetPairKernel"/>): with τ(z) = z/2 + βz²/8 + O(β³z⁴)
/// and S = Σaᵢ − Σuⱼ, L = ½E(D_τ)² + cS E[D_τ] + ½c²S², c = log 2/β, D_τ = Σaᵢτ(wᵢ·x) − Σuⱼτ(vⱼ·x). As β → 0:
/// ½E(D_τ)² → |A|²/8 with A = Σaᵢwᵢ − Σuⱼvⱼ, and c·E[D_τ] = c(β/8)(Σaᵢ|wᵢ|² − Σuⱼ|vⱼ|²) + O(β²) → (log 2/8)(Σaᵢ|wᵢ|² − Σuⱼ|vⱼ|²).
/// So at S = 0 the loss tends to |A|²/8 and ∂L/∂aᵢ (= E[σ(wᵢ·x)·residual]) to wᵢ·A/4 + (log 2/8)(Σⱼaⱼ|wⱼ|² − Σⱼuⱼ|vⱼ|²).
/// </remarks>
public class SoftplusEdgeTests
{
    private const int D = 3;
    private static readonly double[,] Teacher = { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };
    // W (3×3) then a, with Σa = 3 = Σu: S = 0 but a ≠ 1.
    private static readonly double[] W = { 0.9, 0.2, -0.1, 0.1, 1.2, 0.3, -0.2, 0.1, 0.7 };
    private static readonly double[] A = { 1.5, 0.5, 1.0 };

    private static double[] WithA(double[] w, double[] a) => w.Concat(a).ToArray();

    private static TwoLayerPopulationLoss Loss(double beta, bool trainable, int k = D) =>
        new(GaussianKernels.For(new Softplus(beta)), Teacher, null, k, trainable);

    // A = Σ aᵢ wᵢ − Σ vⱼ for the identity teacher.
    private static double[] Residual(double[] w, double[] a, int k)
    {
        var r = new double[D];
        for (int i = 0; i < k; i++)
            for (int t = 0; t < D; t++) r[t] += a[i] * w[i * D + t];
        for (int t = 0; t < D; t++) r[t] -= 1;
        return r;
    }

    [Theory]
    [InlineData(1e-8)]
    [InlineData(1e-300)]
    [InlineData(1e-307)]
    public void Shifted_softplus_is_its_Taylor_series_at_tiny_beta(double beta)
    {
        var s = new Softplus(beta);
        foreach (var z in new[] { -1e6, -2.0, -1e-3, 1e-200, 0.8, 3.0, 1e6 })
        {
            double t = beta * z, expected = z / 2 + (t * t / 8 - Math.Pow(t, 4) / 192 + Math.Pow(t, 6) / 2880) / beta;
            Assert.Equal(expected, s.ShiftedValue(z), 1e-15 * Math.Abs(expected));
            var (v, d1, d2) = s.Evaluate(z);
            Assert.True(double.IsFinite(v) && double.IsFinite(d1) && double.IsFinite(d2));
            // σ' = (1 + tanh(t/2))/2 and σ'' = β/(4 cosh²(t/2)): the hyperbolic forms, independent of the code's exponentials.
            Assert.Equal(0.5 + 0.5 * Math.Tanh(t / 2), d1, 1e-15);
            double ch = Math.Cosh(t / 2);
            Assert.Equal(beta / (4 * ch * ch), d2, 1e-14 * beta);
        }
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.02)]
    [InlineData(30.0)]
    public void Shifted_softplus_is_softplus_minus_its_constant_at_moderate_beta(double beta)
    {
        var s = new Softplus(beta);
        foreach (var z in new[] { -20.0, -1.0, -1e-4, 0.0, 1e-4, 0.5, 4.0 })
        {
            // log(1 + e^{βz})/β − log 2/β, the textbook form, loses nothing at these arguments.
            double naive = (Math.Log(1 + Math.Exp(beta * z)) - Math.Log(2)) / beta;
            Assert.Equal(naive, s.ShiftedValue(z), 1e-13 * (1 + Math.Abs(naive)) / Math.Min(1, beta));
        }
    }

    [Theory]
    [InlineData(1e308)]
    [InlineData(1e6)]
    public void Second_derivative_keeps_its_tail_and_never_overflows(double beta)
    {
        var s = new Softplus(beta);
        foreach (var t in new[] { 0.0, 1.0, 40.0, 100.0, 700.0 })
        {
            double z = t / beta;
            // log σ'' = log β − t − 2 log(1 + e^{−t}), formed in logarithms: an independent route.
            double expected = Math.Exp(Math.Log(beta) - t - 2 * Math.Log(1 + Math.Exp(-t)));
            Assert.Equal(expected, s.SecondDerivative(z), 1e-12 * expected);
            Assert.Equal(expected, s.SecondDerivative(-z), 1e-12 * expected);
        }
        Assert.Equal(0, s.SecondDerivative(1e300));
        Assert.Equal(1, s.Derivative(1e300));
        Assert.Equal(0, s.Derivative(-1e300));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1e-300)]
    [InlineData(1e-308)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Beta_that_is_not_a_usable_positive_number_is_refused(double beta)
    {
        var e = Assert.Throws<ArgumentException>(() => new Softplus(beta));
        Assert.Contains("beta", e.Message);
    }

    [Theory]
    [InlineData(1e-8, 1.0)]
    [InlineData(1e-300, 0.7)]
    [InlineData(1e-3, 2.0)]
    public void Mean_kernel_follows_its_small_beta_series(double beta, double r)
    {
        // E[τ(rz)] = βr²/8 − 3β³r⁴/192 + O(β⁵r⁶) (E z⁴ = 3); m' = βr/4 − β³r³/16 + …; m'' = β/4 − 3β³r²/16 + …
        var m = ((IOffsetPairKernel)GaussianKernels.For(new Softplus(beta))).Mean(r);
        double b3 = beta * beta * beta, next = 10 * Math.Pow(beta, 5) * Math.Pow(r, 6);
        Assert.Equal(beta * r * r / 8 - b3 * Math.Pow(r, 4) / 64, m.Value, 1e-13 * beta * r * r + next);
        Assert.Equal(beta * r / 4 - b3 * r * r * r / 16, m.Derivative, 1e-13 * beta * r + next);
        Assert.Equal(beta / 4 - 3 * b3 * r * r / 16, m.SecondDerivative, 1e-13 * beta + next);
        Assert.Equal(m.Derivative / r, m.SlopeOverNorm, 1e-14 * Math.Abs(m.SlopeOverNorm));
    }

    [Theory]
    [InlineData(1.0, 0.8)]
    [InlineData(50.0, 1.3)]
    [InlineData(1e7, 0.9)]
    public void Mean_kernel_agrees_with_direct_quadrature_and_its_own_finite_differences(double beta, double r)
    {
        var s = new Softplus(beta);
        var kernel = (IOffsetPairKernel)GaussianKernels.For(s);
        // E[τ(rz)] by 1-D composite Gauss–Legendre on panels of width 1e-3 (resolving βr ≤ 1500); at β = 1e7 the reference
        // is relu's mean r/√(2π) minus log 2/β, within ∫(softplus − relu) = π²/(6β²) over the density ≤ 1/r.
        double reference = beta <= 1e3
            ? CompositeGaussianReference.Mean(z => s.ShiftedValue(r * z))
            : r / Math.Sqrt(2 * Math.PI) - Math.Log(2) / beta;
        double tolerance = beta <= 1e3 ? 1e-13 : Math.PI * Math.PI / (6 * beta * beta * r) + 1e-15;
        var m = kernel.Mean(r);
        Assert.Equal(reference, m.Value, tolerance);
        const double h = 1e-4;
        var plus = kernel.Mean(r + h);
        var minus = kernel.Mean(r - h);
        Assert.Equal((plus.Value - minus.Value) / (2 * h), m.Derivative, 1e-7);
        if (beta <= 50) Assert.Equal((plus.Derivative - minus.Derivative) / (2 * h), m.SecondDerivative, 1e-6 * (1 + beta));
    }

    [Theory]
    [InlineData(5.0)]
    [InlineData(30.0)]
    public void Graded_rule_agrees_with_the_trapezoid_and_composite_reference(double beta)
    {
        var s = new Softplus(beta);
        var graded = new GaussianQuadratureKernel(s, graded: true);
        var trapezoid = new GaussianQuadratureKernel(s, step: 0.009);
        foreach (var (a, b, cos) in new[] { (1.0, 1.0, 1.0), (1.3, 0.7, Math.Cos(0.4)), (2.0, 0.5, Math.Cos(2.5)), (0.6, 0.0, 0.0) })
        {
            var g = new PairGeometry
            {
                NormW = a, NormV = b, Cos = cos, Sin = Math.Sqrt(1 - cos * cos), Theta = Math.Acos(cos), PiMinusTheta = Math.PI - Math.Acos(cos),
            };
            var p = graded.Derivatives(g);
            var q = trapezoid.Derivatives(g);
            double scale = Math.Max(1, beta * Math.Max(a, b));
            Assert.Equal(q.Value, p.Value, 1e-13);
            Assert.Equal(q.GradWAlongW, p.GradWAlongW, 1e-13);
            Assert.Equal(q.GradVAlongW, p.GradVAlongW, 1e-13);
            Assert.Equal(q.Ww.Identity, p.Ww.Identity, 1e-12 * scale);
            Assert.Equal(q.Ww.WW, p.Ww.WW, 1e-12 * scale);
            Assert.Equal(q.Vv.NN, p.Vv.NN, 1e-12 * scale);
            Assert.Equal(q.Wv.WN, p.Wv.WN, 1e-12 * scale);
            if (beta <= 5) Assert.Equal(CompositeGaussianReference.Kernel(s.Value, a, b, cos), p.Value, 1e-13);
        }
    }

    [Theory]
    [InlineData(1e-3)]
    [InlineData(3.0)]
    [InlineData(2e3)]
    public void Kernel_derivatives_match_finite_differences_in_every_rule(double beta)
    {
        var kernel = (IOffsetPairKernel)GaussianKernels.For(new Softplus(beta));
        double[] w = { 0.7, -0.3, 0.2 }, v = { 0.1, 0.8, -0.4 };
        foreach (var k in new[] { kernel.Shifted, beta >= SoftplusGaussianKernel.MinFullKernelBeta ? kernel : kernel.Shifted })
        {
            var e = KernelCalculus.Expand(k, w, v);
            double h = 1e-5 / Math.Max(1, beta / 100);
            var fd = KernelCalculus.FdGradient(k, w, v, h);
            var g = KernelCalculus.Joint(e);
            for (int i = 0; i < g.Length; i++) Assert.Equal(fd[i], g[i], 1e-7);
            var fh = KernelCalculus.FdHessian(k, w, v, h);
            var hess = KernelCalculus.JointHessian(e);
            for (int i = 0; i < 2 * D; i++)
                for (int j = 0; j < 2 * D; j++) Assert.Equal(fh[i, j], hess[i, j], 1e-6 * Math.Max(1, Math.Abs(hess[i, j])));
        }
    }

    [Theory]
    [InlineData(1e-8)]
    [InlineData(1e-300)]
    public void Population_loss_at_tiny_beta_is_the_linear_model(double beta)
    {
        var fixedLayer = Loss(beta, false);
        var a1 = Residual(W, new[] { 1.0, 1, 1 }, D);
        double linear = a1.Sum(t => t * t) / 8;
        Assert.Equal(linear, fixedLayer.Value(W), 1e-13 * linear);

        var trainable = Loss(beta, true);
        var x = WithA(W, A);
        var r = Residual(W, A, D);
        Assert.Equal(r.Sum(t => t * t) / 8, trainable.Value(x), 1e-13);
        var g = new double[x.Length];
        trainable.Gradient(x, g);
        double norms = 0;
        for (int i = 0; i < D; i++) norms += A[i] * (W[i * D] * W[i * D] + W[i * D + 1] * W[i * D + 1] + W[i * D + 2] * W[i * D + 2]);
        norms -= D; // Σ uⱼ|vⱼ|² for the identity teacher
        for (int i = 0; i < D; i++)
        {
            double wr = W[i * D] * r[0] + W[i * D + 1] * r[1] + W[i * D + 2] * r[2];
            Assert.Equal(wr / 4 + Math.Log(2) / 8 * norms, g[D * D + i], 1e-12);
            // ∂L/∂wᵢ → aᵢ A/4
            for (int t = 0; t < D; t++) Assert.Equal(A[i] * r[t] / 4, g[i * D + t], 1e-12);
        }
    }

    [Fact]
    public void Hessian_of_the_second_layer_beyond_the_double_range_is_refused()
    {
        var loss = Loss(1e-300, true);
        var e = Assert.Throws<ArgumentException>(() => loss.Hessian(WithA(W, A)));
        Assert.Contains("beyond the double range", e.Message);
        // The same at β = 1e-8 is finite: its aa block is E[σσ] ≈ (log 2/β)² ≈ 4.8e15.
        var h = Loss(1e-8, true).Hessian(WithA(W, A));
        double c = Math.Log(2) / 1e-8;
        Assert.Equal(c * c, h[D * D, D * D + 1], 1e-9 * c * c);
    }

    [Theory]
    [InlineData(1e-3, 2)]
    [InlineData(0.5, 3)]
    [InlineData(40.0, 2)]
    public void Trainable_loss_with_unequal_output_sums_matches_finite_differences(double beta, int k)
    {
        var loss = Loss(beta, true, k);
        var x = WithA(W[..(k * D)], new[] { 0.8, 1.4, 0.3 }[..k]);
        var g = new double[x.Length];
        loss.Gradient(x, g);
        var hess = loss.Hessian(x);
        var hv = new double[x.Length];
        var dir = x.Select((_, i) => Math.Sin(i + 1.0)).ToArray();
        loss.HessianVectorProduct(x, dir, hv);
        double value = loss.Value(x), h = 1e-5;
        for (int i = 0; i < x.Length; i++)
        {
            var xp = (double[])x.Clone(); xp[i] += h;
            var xm = (double[])x.Clone(); xm[i] -= h;
            double fd = (loss.Value(xp) - loss.Value(xm)) / (2 * h);
            Assert.Equal(fd, g[i], 1e-6 * Math.Max(1, Math.Abs(value)));
            var gp = new double[x.Length];
            var gm = new double[x.Length];
            loss.Gradient(xp, gp);
            loss.Gradient(xm, gm);
            double rowHv = 0;
            for (int j = 0; j < x.Length; j++)
            {
                Assert.Equal((gp[j] - gm[j]) / (2 * h), hess[j, i], 1e-5 * Math.Max(1, Math.Abs(hess[j, i])));
                rowHv += hess[i, j] * dir[j];
            }
            Assert.Equal(rowHv, hv[i], 1e-9 * Math.Max(1, Math.Abs(rowHv)));
        }
    }

    [Theory]
    [InlineData(0.7, 2)]
    [InlineData(3.0, 3)]
    public void Separated_constant_gives_the_loss_of_the_full_kernel(double beta, int k)
    {
        // The old route: every pair through the plain trapezoidal kernel of σ itself, constant included.
        var full = new TwoLayerPopulationLoss(new GaussianQuadratureKernel(new Softplus(beta), step: 0.02), Teacher, null, k, true);
        var split = Loss(beta, true, k);
        var x = WithA(W[..(k * D)], new[] { 0.8, 1.4, 0.3 }[..k]);
        Assert.Equal(full.Value(x), split.Value(x), 1e-11);
        var g1 = new double[x.Length];
        var g2 = new double[x.Length];
        full.Gradient(x, g1);
        split.Gradient(x, g2);
        for (int i = 0; i < x.Length; i++) Assert.Equal(g1[i], g2[i], 1e-10);
    }

    [Theory]
    [InlineData(1e-8, 2)]
    [InlineData(2.0, 3)]
    public void Population_loss_is_within_five_standard_errors_of_Monte_Carlo(double beta, int k)
    {
        var act = new Softplus(beta);
        var x = WithA(W[..(k * D)], new[] { 0.8, 1.4, 0.3 }[..k]);
        if (beta < 1) x[^1] = 3 - x[(k * D)..^1].Sum(); // S = 0: the loss is O(1), not (log 2/β)²
        var exact = Loss(beta, true, k);
        var mc = new SampledTwoLayerLoss(act, StandardGaussian.Instance, Teacher, null, k, true, sampleCount: 40_000, seed: 5);
        Assert.True(Math.Abs(exact.Value(x) - mc.Value(x)) < 5 * mc.StandardError(x), $"exact {exact.Value(x)}, MC {mc.Value(x)} ± {mc.StandardError(x)}");
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(100.0)]
    public void Loss_is_continuous_across_the_old_refusal_thresholds(double beta)
    {
        double below = Loss(beta * (1 - 1e-9), true).Value(WithA(W, A));
        double above = Loss(beta * (1 + 1e-9), true).Value(WithA(W, A));
        Assert.Equal(below, above, 1e-9 * beta * 4); // dL/dβ is O(1): the two differ by about 2e-9 β
        Assert.NotEqual(below, above);
    }

    [Fact]
    public void Kernel_is_continuous_across_its_rule_switches()
    {
        // The smooth rule ends at β·(longer norm) = 4, the ReLU rule starts at β·(shorter norm) = 1e8.
        foreach (var (limit, longer, shorter) in new[] { (SoftplusGaussianKernel.SmoothLimit, 1.0, 0.6), (SoftplusGaussianKernel.ReluLimit, 0.85, 0.5) })
        {
            double norm = limit == SoftplusGaussianKernel.SmoothLimit ? longer : shorter, beta = limit / norm;
            var below = (SoftplusGaussianKernel)GaussianKernels.For(new Softplus(beta * (1 - 1e-12)));
            var above = (SoftplusGaussianKernel)GaussianKernels.For(new Softplus(beta * (1 + 1e-12)));
            var g = new PairGeometry { NormW = longer, NormV = shorter, Cos = 0.3, Sin = Math.Sqrt(0.91), Theta = Math.Acos(0.3), PiMinusTheta = Math.PI - Math.Acos(0.3) };
            Assert.NotEqual(below.RuleFor(g.NormW, g.NormV), above.RuleFor(g.NormW, g.NormV));
            var p = below.Shifted.Derivatives(g);
            var q = above.Shifted.Derivatives(g);
            Assert.Equal(p.Value, q.Value, 1e-13);
            Assert.Equal(p.GradWAlongV, q.GradWAlongV, 1e-13);
            Assert.Equal(p.Wv.Identity, q.Wv.Identity, 1e-12);
            Assert.Equal(p.Ww.WW, q.Ww.WW, 1e-12 * Math.Max(1, beta * norm * 1e-8));
        }
    }

    [Theory]
    [InlineData(1e4)]
    [InlineData(1e6)]
    public void Large_beta_approaches_relu_like_one_over_beta_squared(double beta)
    {
        var kernel = (SoftplusGaussianKernel)GaussianKernels.For(new Softplus(beta));
        var g = new PairGeometry { NormW = 1.2, NormV = 0.8, Cos = 0.3, Sin = Math.Sqrt(0.91), Theta = Math.Acos(0.3), PiMinusTheta = Math.PI - Math.Acos(0.3) };
        Assert.Equal(SoftplusKernelRule.Graded, kernel.RuleFor(g.NormW, g.NormV));
        var p = kernel.Derivatives(g);
        var q = ReluGaussianKernel.Instance.Derivatives(g);
        // ∫(softplus_β − relu) = π²/(6β²): the difference in K is a fixed multiple of that (about |w| sin θ/(2π|v|)·2, see the kernel's remarks).
        double unit = Math.PI * Math.PI / (6 * beta * beta);
        double dv = Math.Abs(p.Value - q.Value), dg = Math.Abs(p.GradWAlongW - q.GradWAlongW), dh = Math.Abs(p.Wv.Identity - q.Wv.Identity);
        Assert.InRange(dv, 0.05 * unit, 5 * unit);
        Assert.InRange(dg, 0, 5 * unit);
        Assert.InRange(dh, 0, 5 * unit);
    }

    [Theory]
    [InlineData(1e6)]
    [InlineData(1e308)]
    public void Population_loss_at_huge_beta_is_the_relu_loss(double beta)
    {
        var x = WithA(W, A);
        double softplus = Loss(beta, true).Value(x);
        double relu = new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, Teacher, null, D, true).Value(x);
        // Pairs differ by O(1/β²) (a few times π²/(6β²) per pair, nine pairs of weight up to 2), plus the kernel's 1e-14.
        Assert.Equal(relu, softplus, 100 * Math.PI * Math.PI / (6 * beta * beta) + 1e-13);
    }

    [Theory]
    [InlineData(1e-300, 0.0)]
    [InlineData(1e308, 1.0)]
    public void Sampled_loss_at_extreme_beta_is_its_limit_model_on_the_same_sample(double beta, double reluLimit)
    {
        var dist = UniformCube.Shifted(0);
        const int n = 2000;
        var mc = new SampledTwoLayerLoss(new Softplus(beta), dist, Teacher, null, D, false, n, seed: 3);
        var samples = dist.Sample(D, n, 3);
        double expected = 0;
        for (int s = 0; s < n; s++)
        {
            double r = 0;
            for (int i = 0; i < D; i++)
            {
                double p = 0, q = samples[s * D + i];
                for (int t = 0; t < D; t++) p += W[i * D + t] * samples[s * D + t];
                // β → 0: τ(z) = z/2; β → ∞: relu.
                r += reluLimit == 1 ? Math.Max(p, 0) - Math.Max(q, 0) : (p - q) / 2;
            }
            expected += 0.5 * r * r / n;
        }
        Assert.Equal(expected, mc.Value(W), 1e-13);
        var g = new double[W.Length];
        mc.Gradient(W, g);
        Assert.All(g, v => Assert.True(double.IsFinite(v)));
        var h = mc.Hessian(W);
        foreach (var v in h) Assert.True(double.IsFinite(v));
    }

    [Fact]
    public void Sampled_loss_whose_constant_overflows_is_refused_with_the_reason()
    {
        var mc = new SampledTwoLayerLoss(new Softplus(1e-300), UniformCube.Shifted(0), Teacher, null, 2, false, 100, seed: 3);
        var e = Assert.Throws<ArgumentException>(() => mc.Value(W[..6]));
        Assert.Contains("beyond the double range", e.Message);
    }

    [Theory]
    [InlineData(1e-300)]
    [InlineData(1e-8)]
    public void Sgd_batch_gradient_at_tiny_beta_estimates_the_population_gradient(double beta)
    {
        // Residuals from τ with the constant added once (0 here): the batch mean of the per-sample gradients must agree with the
        // population gradient (the linear model's aᵢA/4) within sampling error; with σ itself the constant 6.9e299 would leave none.
        var loss = Loss(beta, false);
        var problem = PluginModels.Sgd(new Softplus(beta), StandardGaussian.Instance, Teacher, D);
        var batch = new double[W.Length];
        problem.Gradient.BatchGradient((double[])W.Clone(), 200_000, new Random(7), batch);
        var exact = new double[W.Length];
        loss.Gradient(W, exact);
        for (int i = 0; i < W.Length; i++) Assert.Equal(exact[i], batch[i], 0.01);
        Assert.Contains(exact, g => Math.Abs(g) > 0.05); // the check is not vacuous: the gradient is far from 0
    }
}
