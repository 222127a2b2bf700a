using Landscape.Symmetry.Plugins.Tests.Naive;

namespace Landscape.Symmetry.Plugins.Tests.Kernels;

/// <summary>
/// <see cref="GaussianQuadratureKernel.EstimateError"/> against independent references (closed forms, nested composite
/// Gauss–Legendre, a much finer trapezoidal step), and the half-width calibration of activations that declare none.
/// </summary>
public class QuadratureErrorEstimateTests
{
    // Rounding of the reference itself (hundreds of thousands of terms) and of the kernel: a few 1e-15 of the scale.
    private const double RoundingSlack = 2e-14;

    private static PairGeometry Pair(double a, double b, double cos)
    {
        double sin = Math.Sqrt(Math.Max(0, 1 - cos * cos));
        return KernelCalculus.Geometry(new[] { a, 0.0, 0 }, new[] { b * cos, b * sin, 0 });
    }

    private static (double Value, double[] Gradient, double[] Hessian) Parts(PairKernelDerivatives q) =>
        (q.Value, new[] { q.GradWAlongW, q.GradWAlongV, q.GradVAlongV, q.GradVAlongW },
            new[] { q.Ww, q.Wv, q.Vv }.SelectMany(b => new[] { b.Identity, b.WW, b.WN, b.NW, b.NN }).ToArray());

    private static double MaxDiff(double[] a, double[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Max();

    /// <summary>
    /// Asserts that each part of the estimate bounds that part's error against <paramref name="reference"/>, and unless told
    /// otherwise that the rules were seen to converge geometrically (the case in which the estimate is documented as a bound).
    /// </summary>
    private static void AssertBounds(KernelAccuracy estimate, PairKernelDerivatives actual, PairKernelDerivatives reference, string what, bool geometric = true)
    {
        if (geometric) Assert.True(estimate.ConvergesGeometrically, $"{what}: {estimate}");
        var (v, g, h) = Parts(actual);
        var (rv, rg, rh) = Parts(reference);
        double slack = RoundingSlack * (1 + estimate.Scale);
        Assert.True(Math.Abs(v - rv) <= estimate.ValueError + slack, $"{what}: value error {Math.Abs(v - rv):E2} > estimate {estimate.ValueError:E2}");
        Assert.True(MaxDiff(g, rg) <= estimate.GradientError + slack, $"{what}: gradient error {MaxDiff(g, rg):E2} > estimate {estimate.GradientError:E2}");
        Assert.True(MaxDiff(h, rh) <= estimate.HessianError + slack, $"{what}: Hessian error {MaxDiff(h, rh):E2} > estimate {estimate.HessianError:E2}");
    }

    // Norms 0.3 … 3 at generic, self, nearly antiparallel and orthogonal angles.
    public static IEnumerable<object[]> Pairs() => new[]
    {
        new object[] { 0.5, 0.3, 0.6 }, new object[] { 1.0, 1.0, 1.0 }, new object[] { 1.5, 1.0, -0.7 },
        new object[] { 3.0, 2.0, 0.3 }, new object[] { 2.0, 2.0, 1.0 }, new object[] { 3.0, 1.0, -0.95 }, new object[] { 0.3, 2.5, 0.0 },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Estimate_bounds_the_error_of_the_built_in_smooth_kernels(double a, double b, double cos)
    {
        var g = Pair(a, b, cos);
        foreach (var act in new Activation[] { Tanh.Instance, new Softplus(1), new Softplus(2), Gelu.Instance })
        {
            var kernel = new GaussianQuadratureKernel(act);
            // Step 0.02: error e^{−2π(π/2)/(3·0.02)} ≈ 1e-71 for tanh at norm 3, far below rounding.
            var reference = new GaussianQuadratureKernel(act, step: 0.02).Derivatives(g);
            var estimate = kernel.EstimateError(g);
            AssertBounds(estimate, kernel.Derivatives(g), reference, $"{act.Spec} at ({a}, {b}, {cos})");
            // The value also against the independent nested Gauss–Legendre reference.
            double gl = CompositeGaussianReference.Kernel(act.Value, a, b, cos);
            Assert.True(Math.Abs(kernel.Value(g) - gl) <= estimate.ValueError + RoundingSlack * (1 + estimate.Scale), $"{act.Spec} value vs Gauss–Legendre");
        }
        // erf against its closed form, derivatives included.
        var erf = new GaussianQuadratureKernel(Erf.Instance);
        AssertBounds(erf.EstimateError(g), erf.Derivatives(g), ErfGaussianKernel.Instance.Derivatives(g), $"erf at ({a}, {b}, {cos})");
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Estimate_bounds_the_error_of_the_polar_rule_against_the_relu_closed_form(double a, double b, double cos)
    {
        var g = Pair(a, b, cos);
        var relu = new GaussianQuadratureKernel(Relu.Instance);
        AssertBounds(relu.EstimateError(g), relu.Derivatives(g), ReluGaussianKernel.Instance.Derivatives(g), $"relu at ({a}, {b}, {cos})");
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Estimate_bounds_the_error_for_a_pole_near_the_axis_at_the_old_default_and_calibrated(double a, double b, double cos)
    {
        var g = Pair(a, b, cos);
        foreach (var act in new Activation[] { new NearPoleActivation(), new SteepTanhActivation() })
        {
            // Pole at distance ≈ 0.5/3: step 0.01 leaves e^{−2π·0.167/0.01} ≈ 1e-46.
            var reference = new GaussianQuadratureKernel(act, step: 0.01).Derivatives(g);
            var old = new GaussianQuadratureKernel(act, halfWidth: 1);
            var estimate = old.EstimateError(g);
            // At δ = 1 the rules are still far from their asymptotic regime (errors 1e-7 … 1e-4): whether or not they
            // look geometric, the estimate must hold here and be loud.
            AssertBounds(estimate, old.Derivatives(g), reference, $"{act.Spec}, δ = 1, at ({a}, {b}, {cos})", geometric: false);
            Assert.True(estimate.RelativeError > 1e-6, $"{act.Spec}, δ = 1, at ({a}, {b}, {cos}): {estimate}");
            var calibrated = new GaussianQuadratureKernel(act);
            AssertBounds(calibrated.EstimateError(g), calibrated.Derivatives(g), reference, $"{act.Spec}, calibrated, at ({a}, {b}, {cos})");
        }
    }

    [Fact]
    public void Calibration_reaches_1e10_where_the_old_default_half_width_does_not()
    {
        foreach (var act in new Activation[] { new NearPoleActivation(), new SteepTanhActivation() })
        {
            var calibrated = new GaussianQuadratureKernel(act);
            Assert.NotNull(calibrated.Calibration);
            Assert.Equal(calibrated.Calibration!.HalfWidth, calibrated.HalfWidth);
            Assert.True(calibrated.HalfWidth < 1, $"{act.Spec}: calibrated δ = {calibrated.HalfWidth}");
            Assert.True(calibrated.Calibration.WorstRelativeError <= HalfWidthCalibration.TargetRelativeError);
            // What the activation would have got before: the fixed default δ = 1.
            var old = new GaussianQuadratureKernel(act, halfWidth: 1);
            double worstOld = 0, worstNew = 0;
            foreach (var (a, b, cos) in new[] { (1.0, 1.0, 1.0), (1.5, 1.0, -0.7), (2.0, 1.2, 0.4) })
            {
                var g = Pair(a, b, cos);
                // Value against nested composite Gauss–Legendre (pole at 0.5/2 from the axis: below 1e-15 there).
                double gl = CompositeGaussianReference.Kernel(act.Value, a, b, cos);
                worstOld = Math.Max(worstOld, Math.Abs(old.Value(g) - gl));
                worstNew = Math.Max(worstNew, Math.Abs(calibrated.Value(g) - gl));
                // All derivatives against a much finer step.
                var (rv, rg, rh) = Parts(new GaussianQuadratureKernel(act, step: 0.01).Derivatives(g));
                var (v, gr, h) = Parts(calibrated.Derivatives(g));
                var (ov, og, oh) = Parts(old.Derivatives(g));
                worstNew = Math.Max(worstNew, Math.Max(MaxDiff(gr, rg), MaxDiff(h, rh)));
                worstOld = Math.Max(worstOld, Math.Max(MaxDiff(og, rg), MaxDiff(oh, rh)));
            }
            Assert.True(worstNew <= 1e-10, $"{act.Spec}: calibrated error {worstNew:E2}");
            Assert.True(worstOld >= 1e-7, $"{act.Spec}: the old default's error {worstOld:E2} was expected to be much worse");
        }
    }

    [Fact]
    public void A_kink_away_from_the_origin_is_refused_with_a_clear_error()
    {
        var act = new ShiftedReluActivation();
        var e = Assert.Throws<ArgumentException>(() => new GaussianQuadratureKernel(act));
        Assert.Contains("relu(z-0.5) declares no AnalyticHalfWidth", e.Message);
        Assert.Contains("falls like a power of the step", e.Message);
        Assert.Contains("kink", e.Message);
        Assert.Contains("override AnalyticHalfWidth", e.Message);
        // Cached per instance: the same refusal again, without recomputation.
        Assert.Equal(e.Message, Assert.Throws<ArgumentException>(() => HalfWidthCalibration.For(act)).Message);
    }

    [Theory]
    [InlineData(0.6)]
    [InlineData(1.0)]
    [InlineData(2.0)]
    public void A_kink_forced_through_the_smooth_rule_reports_a_large_estimate_that_bounds_its_error(double a)
    {
        var act = new ShiftedReluActivation();
        var kernel = new GaussianQuadratureKernel(act, halfWidth: 1);
        var g = PairGeometry.Self(a);
        var estimate = kernel.EstimateError(g);
        double error = Math.Abs(kernel.Value(g) - ShiftedReluActivation.SelfKernel(a));
        Assert.True(error <= estimate.ValueError, $"value error {error:E2} > estimate {estimate.ValueError:E2}");
        Assert.True(estimate.RelativeError > 1e-4, $"estimate {estimate.RelativeError:E2} should flag the kink");
        Assert.False(estimate.ConvergesGeometrically);
    }

    [Fact]
    public void Declared_half_widths_are_used_and_smooth_user_activations_calibrate_once()
    {
        var tanh = new GaussianQuadratureKernel(Tanh.Instance);
        Assert.Null(tanh.Calibration);
        Assert.Equal(Math.PI / 2, tanh.HalfWidth);
        Assert.Null(new GaussianQuadratureKernel(Relu.Instance).HalfWidth);
        Assert.Null(new GaussianQuadratureKernel(Tanh.Instance, step: 0.1).HalfWidth);
        var square = new SquareActivation();
        var first = HalfWidthCalibration.For(square);
        Assert.Same(first, HalfWidthCalibration.For(square));
        Assert.Same(first, new GaussianQuadratureKernel(square).Calibration);
        // z² is entire and the kernel a polynomial: the first δ already meets the target.
        Assert.Equal(HalfWidthCalibration.InitialHalfWidth, first.HalfWidth);
        Assert.Throws<ArgumentException>(() => HalfWidthCalibration.For(Relu.Instance));
        Assert.Throws<ArgumentException>(() => new GaussianQuadratureKernel(Tanh.Instance, halfWidth: 0));
    }

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 30)]
    public Property Property_the_estimate_bounds_the_value_error_at_any_step_and_pair()
    {
        // Random fixed steps 0.1 … 0.8 put the rule anywhere from 1e-2 to rounding accuracy: pre-asymptotic coarse
        // levels, geometric convergence, a change of the dominant error term and the rounding floor are all met.
        // tanh (poles at ±iπ/2) at norms up to 3, z/(1 + 4z²) (poles at ±i/2) up to 2, where the Gauss–Legendre
        // reference is exact to rounding.
        return Prop.ForAll(Generators.QuadratureCases.ToArbitrary(), t =>
        {
            Activation act = t.Near ? new NearPoleActivation() : Tanh.Instance;
            var kernel = new GaussianQuadratureKernel(act, step: t.Step);
            var g = Pair(t.A, t.B, t.Cos);
            var estimate = kernel.EstimateError(g);
            double error = Math.Abs(kernel.Value(g) - CompositeGaussianReference.Kernel(act.Value, t.A, t.B, t.Cos));
            // A bound when the rules converge geometrically; otherwise at least a loud warning.
            return estimate.ConvergesGeometrically
                ? error <= estimate.ValueError + RoundingSlack * (1 + estimate.Scale)
                : error <= estimate.ValueError || estimate.RelativeError > 1e-3;
        });
    }
}
