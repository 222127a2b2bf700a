using Landscape.Symmetry.Plugins.Tests.Naive;

namespace Landscape.Symmetry.Plugins.Tests.Kernels;

public class QuadratureKernelTests
{
    // Pairs at generic, nearly parallel, antiparallel and orthogonal angles, norms 0.3 … 1.8.
    public static IEnumerable<object[]> Pairs()
    {
        var rng = new Random(11);
        for (int t = 0; t < 4; t++)
        {
            var w = KernelCalculus.Gaussian(4, rng, 0.6);
            var v = KernelCalculus.Gaussian(4, rng, 0.6);
            yield return new object[] { w, v };
        }
        yield return new object[] { new[] { 1.0, 0, 0 }, new[] { 1.2, 1e-5, 0 } };
        yield return new object[] { new[] { 0.7, 0.2, 0 }, new[] { -0.7, -0.21, 0.01 } };
        yield return new object[] { new[] { 1.5, 0, 0.3 }, new[] { 0, 1.1, 0 } };
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Smooth_quadrature_matches_closed_forms_to_1e10(double[] w, double[] v)
    {
        var erf = new GaussianQuadratureKernel(Erf.Instance);
        Assert.Equal(ClosedForms.ErfKernel(w, v), KernelCalculus.Value(erf, w, v), 1e-10);
        var square = new GaussianQuadratureKernel(new SquareActivation());
        Assert.Equal(ClosedForms.SquareKernel(w, v), KernelCalculus.Value(square, w, v), 1e-10);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Kinked_polar_quadrature_matches_closed_forms_to_1e10(double[] w, double[] v)
    {
        var relu = new GaussianQuadratureKernel(Relu.Instance);
        Assert.Equal(ReluGaussianKernel.Instance.Value(KernelCalculus.Geometry(w, v)), KernelCalculus.Value(relu, w, v), 1e-10);
        var leaky = new GaussianQuadratureKernel(new LeakyRelu(0.1));
        Assert.Equal(ClosedForms.LeakyReluKernel(0.1, w, v), KernelCalculus.Value(leaky, w, v), 1e-10);
        var abs = new GaussianQuadratureKernel(new AbsActivation());
        Assert.Equal(ClosedForms.AbsKernel(w, v), KernelCalculus.Value(abs, w, v), 1e-10);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Quadrature_derivatives_of_relu_and_erf_match_the_closed_forms(double[] w, double[] v)
    {
        foreach (var (quad, exact) in new (IPairKernel, IPairKernel)[]
                 {
                     (new GaussianQuadratureKernel(Relu.Instance), ReluGaussianKernel.Instance),
                     (new GaussianQuadratureKernel(Erf.Instance), ErfGaussianKernel.Instance),
                 })
        {
            var a = KernelCalculus.Expand(quad, w, v);
            var b = KernelCalculus.Expand(exact, w, v);
            Assert.True(KernelCalculus.MaxAbsDiff(KernelCalculus.Joint(a), KernelCalculus.Joint(b)) < 1e-9, $"{quad.Name} gradient");
            Assert.True(KernelCalculus.MaxAbsDiff(KernelCalculus.JointHessian(a), KernelCalculus.JointHessian(b)) < 1e-8, $"{quad.Name} Hessian");
        }
    }

    public static IEnumerable<object[]> Kernels() => new[]
    {
        new object[] { ErfGaussianKernel.Instance },
        new object[] { new GaussianQuadratureKernel(Tanh.Instance) },
        new object[] { new GaussianQuadratureKernel(new Softplus(2)) },
        new object[] { new GaussianQuadratureKernel(Gelu.Instance) },
        new object[] { new GaussianQuadratureKernel(new LeakyRelu(0.2)) },
        new object[] { new GaussianQuadratureKernel(new AbsActivation()) },
    };

    [Theory]
    [MemberData(nameof(Kernels))]
    public void Derivatives_match_finite_differences(IPairKernel kernel)
    {
        foreach (var pair in Pairs())
        {
            var (w, v) = ((double[])pair[0], (double[])pair[1]);
            // A kinked σ has a Hessian that varies on the scale of θ itself near θ = 0 (its third derivatives
            // grow like 1/θ), so differences with step 1e-5 are no oracle there; the ReLU closed form covers it.
            if (!kernel.DifferentiableAtZero && KernelCalculus.Geometry(w, v).Sin < 1e-3) continue;
            var e = KernelCalculus.Expand(kernel, w, v);
            var fd = KernelCalculus.FdGradient(kernel, w, v, 1e-5);
            Assert.True(KernelCalculus.MaxAbsDiff(KernelCalculus.Joint(e), fd) < 1e-6, $"{kernel.Name} gradient at w={string.Join(",", w)}");
            var fh = KernelCalculus.FdHessian(kernel, w, v, 1e-5);
            Assert.True(KernelCalculus.MaxAbsDiff(KernelCalculus.JointHessian(e), fh) < 1e-6, $"{kernel.Name} Hessian at w={string.Join(",", w)}");
        }
    }

    [Fact]
    public void Tanh_quadrature_agrees_with_Monte_Carlo_within_five_standard_errors()
    {
        var rng = new Random(5);
        double[] w = { 0.8, -0.3, 0.5 }, v = { 0.1, 0.9, -0.4 };
        var kernel = new GaussianQuadratureKernel(Tanh.Instance);
        int n = 200_000;
        double sum = 0, sumSq = 0;
        for (int s = 0; s < n; s++)
        {
            var x = KernelCalculus.Gaussian(3, rng);
            double y = Math.Tanh(KernelCalculus.Dot(w, x)) * Math.Tanh(KernelCalculus.Dot(v, x));
            sum += y; sumSq += y * y;
        }
        double mean = sum / n, se = Math.Sqrt((sumSq / n - mean * mean) / n);
        Assert.True(Math.Abs(KernelCalculus.Value(kernel, w, v) - mean) < 5 * se);
    }

    // Norms up to 5 (erf, against its closed form) and up to 3 (tanh, softplus, gelu, against nested composite
    // Gauss–Legendre): the smooth rule's step shrinks with the norm, so the accuracy must not.
    public static IEnumerable<object[]> LargeNormPairs() => new[]
    {
        new object[] { 0.3, 0.2, 0.3 },
        new object[] { 1.3, 1.2, -0.7 },
        new object[] { 2.0, 1.5, 0.6 },
        new object[] { 3.0, 2.5, 0.9 },
        new object[] { 3.0, 0.5, 0.2 },
        new object[] { 2.5, 3.0, -0.999 },
    };

    [Theory]
    [MemberData(nameof(LargeNormPairs))]
    public void Smooth_quadrature_is_accurate_to_1e10_at_large_norms(double a, double b, double cos)
    {
        double[] w = { a, 0, 0 }, v = { b * cos, b * Math.Sqrt(1 - cos * cos), 0 };
        foreach (var act in new Activation[] { Tanh.Instance, new Softplus(1), new Softplus(2), Gelu.Instance })
        {
            var kernel = new GaussianQuadratureKernel(act);
            double reference = CompositeGaussianReference.Kernel(act.Value, a, b, cos);
            Assert.True(Math.Abs(KernelCalculus.Value(kernel, w, v) - reference) < 1e-10, $"{act.Spec} at |w| = {a}, |v| = {b}, cos = {cos}");
        }
        var erf = new GaussianQuadratureKernel(Erf.Instance);
        double[] w5 = { 5 * a / 3, 0, 0 }, v5 = { 5 * v[0] / 3, 5 * v[1] / 3, 0 };
        Assert.Equal(ClosedForms.ErfKernel(w5, v5), KernelCalculus.Value(erf, w5, v5), 1e-10);
    }

    [Fact]
    public void Derivatives_at_norm_3_match_finite_differences_and_the_erf_closed_form()
    {
        double[] w = { 3.0, 0.4, 0 }, v = { 0.5, -2.6, 0.9 };
        foreach (var act in new Activation[] { Tanh.Instance, new Softplus(1) })
        {
            var kernel = new GaussianQuadratureKernel(act);
            var e = KernelCalculus.Expand(kernel, w, v);
            Assert.True(KernelCalculus.MaxAbsDiff(KernelCalculus.Joint(e), KernelCalculus.FdGradient(kernel, w, v, 1e-5)) < 1e-6, $"{act.Spec} gradient");
            Assert.True(KernelCalculus.MaxAbsDiff(KernelCalculus.JointHessian(e), KernelCalculus.FdHessian(kernel, w, v, 1e-4)) < 1e-5, $"{act.Spec} Hessian");
        }
        var a = KernelCalculus.Expand(new GaussianQuadratureKernel(Erf.Instance), w, v);
        var b = KernelCalculus.Expand(ErfGaussianKernel.Instance, w, v);
        Assert.True(KernelCalculus.MaxAbsDiff(KernelCalculus.Joint(a), KernelCalculus.Joint(b)) < 1e-10, "erf gradient");
        Assert.True(KernelCalculus.MaxAbsDiff(KernelCalculus.JointHessian(a), KernelCalculus.JointHessian(b)) < 1e-10, "erf Hessian");
    }

    [Fact]
    public void Tanh_at_norm_1_2_is_converged_against_a_finer_step()
    {
        double[] w = { 1.2, 0, 0 }, v = { 0.6, 0.9, 0.4 };
        var adaptive = new GaussianQuadratureKernel(Tanh.Instance);
        var reference = new GaussianQuadratureKernel(Tanh.Instance, step: 0.05);
        Assert.Equal(KernelCalculus.Value(reference, w, v), KernelCalculus.Value(adaptive, w, v), 1e-10);
    }
}
