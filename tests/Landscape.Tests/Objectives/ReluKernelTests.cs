using Landscape.Symmetry.Landscape.Tests.Naive;

namespace Landscape.Symmetry.Landscape.Tests.Objectives;

public class ReluKernelTests
{
    private static PairGeometry AtAngle(double theta, double nw = 1.3, double nv = 0.7)
    {
        // Vectors in ℝ³ at the given angle, so the geometry goes through the vector path.
        var w = new[] { nw, 0, 0 };
        var v = new[] { nv * Math.Cos(theta), nv * Math.Sin(theta), 0 };
        return PairGeometry.Of(w, v, nw, nv, w[0] * v[0]);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1e-7)]
    [InlineData(0.3)]
    [InlineData(1.0)]
    [InlineData(Math.PI / 2)]
    [InlineData(2.5)]
    [InlineData(3.0)]
    [InlineData(Math.PI - 0.1)]
    [InlineData(Math.PI - 1e-3)]
    public void Value_matches_polar_quadrature_to_relative_accuracy(double theta)
    {
        var g = AtAngle(theta);
        double expected = AngularQuadrature.Kernel(1.3, 0.7, theta);
        double got = ReluGaussianKernel.Instance.Value(g);
        // Simpson with 4000 intervals on an arc of length ≤ π: relative error far below 1e-9, also near θ = π
        // where the value is ~ (π − θ)³/3 and the naive formula loses digits.
        Assert.True(Math.Abs(got - expected) <= 1e-9 * Math.Abs(expected) + 1e-300, $"θ = {theta}: {got} vs {expected}");
    }

    [Fact]
    public void Near_antiparallel_value_keeps_relative_accuracy()
    {
        // φ = π − θ = 1e-4: K = |w||v| φ³/(3·2π)(1 − φ²/10 + …); the naive sin θ + (π − θ)cos θ has absolute error ~1e-16,
        // i.e. relative error ~1e-4 here.
        double phi = 1e-4;
        var w = new[] { 1.0, 0, 0 };
        var v = new[] { -Math.Cos(phi), Math.Sin(phi), 0 };
        var g = PairGeometry.Of(w, v, 1, 1, w[0] * v[0]);
        Assert.True(Math.Abs(g.PiMinusTheta - phi) < 1e-18, $"π − θ = {g.PiMinusTheta}");
        double expected = phi * phi * phi / 3 * (1 - phi * phi / 10) / (2 * Math.PI);
        Assert.Equal(1, ReluGaussianKernel.Instance.Value(g) / expected, 12);
    }

    [Fact]
    public void Nearly_parallel_angle_is_accurate()
    {
        // acos(w·v/|w||v|) would give θ with an error ~1e-8 here; the vector formula keeps it to ~1e-16 relative.
        var rng = new Random(3);
        foreach (double theta in new[] { 1e-9, 3e-12, 1e-6 })
        {
            var a = Support.RandomVector(7, rng);
            var b = Support.RandomVector(7, rng);
            double na = Math.Sqrt(a.Sum(x => x * x));
            for (int j = 0; j < 7; j++) a[j] /= na;
            double ab = a.Zip(b, (x, y) => x * y).Sum();
            for (int j = 0; j < 7; j++) b[j] -= ab * a[j];
            double nb = Math.Sqrt(b.Sum(x => x * x));
            for (int j = 0; j < 7; j++) b[j] /= nb;
            var w = a.Select(x => 2 * x).ToArray();
            var v = a.Zip(b, (x, y) => 3 * (Math.Cos(theta) * x + Math.Sin(theta) * y)).ToArray();
            var g = PairGeometry.Of(w, v, 2, 3, w.Zip(v, (x, y) => x * y).Sum());
            Assert.True(Math.Abs(g.Theta / theta - 1) < 1e-6, $"θ = {theta}: got {g.Theta}");
            Assert.True(Math.Abs(g.Sin / theta - 1) < 1e-6);
        }
    }

    [Fact]
    public void Derivatives_match_finite_differences_of_the_value_in_the_plane()
    {
        // ∇_w K by central differences of K over w, through the geometry (the oracle uses only Value).
        var k = ReluGaussianKernel.Instance;
        var rng = new Random(11);
        for (int trial = 0; trial < 20; trial++)
        {
            var w = Support.RandomVector(4, rng);
            var v = Support.RandomVector(4, rng);
            double K(double[] a, double[] b) => k.Value(PairGeometry.Of(a, b, Norm(a), Norm(b), a.Zip(b, (x, y) => x * y).Sum()));
            var q = k.Derivatives(PairGeometry.Of(w, v, Norm(w), Norm(v), w.Zip(v, (x, y) => x * y).Sum()));
            for (int j = 0; j < 4; j++)
            {
                const double h = 1e-6;
                var wp = (double[])w.Clone(); wp[j] += h;
                var wm = (double[])w.Clone(); wm[j] -= h;
                double fd = (K(wp, v) - K(wm, v)) / (2 * h);
                double exact = q.GradWAlongW * w[j] / Norm(w) + q.GradWAlongV * v[j] / Norm(v);
                Assert.True(Math.Abs(fd - exact) < 1e-8, $"∂K/∂w_{j}: {exact} vs {fd}");
                var vp = (double[])v.Clone(); vp[j] += h;
                var vm = (double[])v.Clone(); vm[j] -= h;
                fd = (K(w, vp) - K(w, vm)) / (2 * h);
                exact = q.GradVAlongV * v[j] / Norm(v) + q.GradVAlongW * w[j] / Norm(w);
                Assert.True(Math.Abs(fd - exact) < 1e-8, $"∂K/∂v_{j}: {exact} vs {fd}");
            }
        }
    }

    [Fact]
    public void Self_value_is_half_the_squared_norm() =>
        // E relu(z)² = Var(z)/2 for z ~ N(0, |w|²).
        Assert.Equal(0.5 * 2.25, ReluGaussianKernel.Instance.Value(PairGeometry.Self(1.5)), 15);

    private static double Norm(double[] a) => Math.Sqrt(a.Sum(x => x * x));
}
