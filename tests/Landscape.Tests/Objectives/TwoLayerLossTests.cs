using Landscape.Symmetry.Landscape.Tests.Naive;
using static Landscape.Symmetry.Landscape.Tests.Support;

namespace Landscape.Symmetry.Landscape.Tests.Objectives;

public class TwoLayerLossTests
{
    private static TwoLayerPopulationLoss RandomModel(int k, int d, int kt, bool trainable, Random rng, out double[,] v, out double[] u)
    {
        v = RandomMatrix(kt, d, rng);
        u = RandomVector(kt, rng).Select(x => 1 + 0.5 * x).ToArray();
        return new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, v, u, k, trainable);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Value_agrees_with_Monte_Carlo(bool trainable)
    {
        var rng = new Random(5);
        var model = RandomModel(3, 4, 2, trainable, rng, out var v, out var u);
        var x = RandomPoint(model.Layout, rng);
        var w = model.Layout.Weights(x);
        var a = trainable ? x[^3..] : new[] { 1.0, 1, 1 };
        var (mean, se) = MonteCarloLoss.Estimate(w, a, v, u, samples: 400_000, seed: 17);
        // 400 000 samples: the standard error is ~0.2% of the loss; 5 standard errors is a 1-in-a-million miss.
        Assert.True(Math.Abs(model.Value(x) - mean) <= 5 * se, $"closed form {model.Value(x)}, Monte Carlo {mean} ± {se}");
    }

    [Theory]
    [InlineData(3, 4, 2, false, 1)]
    [InlineData(3, 4, 2, true, 2)]
    [InlineData(5, 3, 5, true, 3)]
    [InlineData(2, 6, 4, false, 4)]
    [InlineData(3, 13, 4, true, 5)]   // d = 13: the vectorized loops (4 doubles wide) and their tails
    public void Gradient_agrees_with_central_differences(int k, int d, int kt, bool trainable, int seed)
    {
        var rng = new Random(seed);
        var model = RandomModel(k, d, kt, trainable, rng, out _, out _);
        for (int trial = 0; trial < 5; trial++)
        {
            var x = RandomPoint(model.Layout, rng);
            var g = Gradient(model, x);
            var fd = FiniteDifferenceGradient(model, x, 1e-6);
            // Central differences: truncation O(h²) ~ 1e-12, rounding ~ 1e-16·L/h ~ 1e-9.
            Assert.True(MaxAbsDifference(g, fd) < 1e-7 * (1 + MaxAbs(g)), $"max diff {MaxAbsDifference(g, fd)}");
            Assert.Equal(model.Value(x), model.Gradient(x, new double[x.Length]), 12);
        }
    }

    [Theory]
    [InlineData(3, 4, 2, false, 1)]
    [InlineData(3, 4, 3, true, 2)]
    [InlineData(4, 3, 4, true, 3)]
    public void Hessian_agrees_with_differences_of_the_gradient(int k, int d, int kt, bool trainable, int seed)
    {
        var rng = new Random(seed);
        var model = RandomModel(k, d, kt, trainable, rng, out _, out _);
        for (int trial = 0; trial < 3; trial++)
        {
            var x = RandomPoint(model.Layout, rng);
            var h = model.Hessian(x);
            var fd = FiniteDifferenceHessian(model, x, 1e-5);
            double worst = 0, scale = 1;
            for (int i = 0; i < x.Length; i++)
                for (int j = 0; j < x.Length; j++)
                {
                    worst = Math.Max(worst, Math.Abs(h[i, j] - fd[i, j]));
                    scale = Math.Max(scale, Math.Abs(h[i, j]));
                    Assert.Equal(h[i, j], h[j, i], 12);
                }
            Assert.True(worst < 1e-6 * scale, $"max diff {worst}");
        }
    }

    [Theory]
    [InlineData(4, 5, 3, false, 1)]
    [InlineData(4, 5, 3, true, 2)]
    [InlineData(7, 11, 6, true, 3)]   // d = 11: the vectorized loops and their scalar tails
    public void Hessian_vector_product_matches_the_dense_Hessian(int k, int d, int kt, bool trainable, int seed)
    {
        var rng = new Random(seed);
        var model = RandomModel(k, d, kt, trainable, rng, out _, out _);
        for (int trial = 0; trial < 3; trial++)
        {
            var x = RandomPoint(model.Layout, rng);
            var dir = RandomVector(x.Length, rng);
            var hv = new double[x.Length];
            model.HessianVectorProduct(x, dir, hv);
            var dense = Multiply(model.Hessian(x), dir);
            Assert.True(MaxAbsDifference(hv, dense) < 1e-11 * (1 + MaxAbs(dense)), $"max diff {MaxAbsDifference(hv, dense)}");
        }
    }

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 10)]
    public Property Hessian_vector_products_are_symmetric_and_linear_at_sizes_beyond_the_dense_oracle()
    {
        // k = d = 40 (1640 parameters with a): uᵀ(H v) = vᵀ(H u) and H(αu + v) = αHu + Hv, checked on random vectors.
        var model = TwoLayerPopulationLoss.IdentityTeacher(40, 40, secondLayerTrainable: true);
        var rng = new Random(12);
        var x = RandomPoint(model.Layout, rng);
        return Prop.ForAll(Generators.Seeds.ToArbitrary(), seed =>
        {
            var r = new Random(seed);
            var u = RandomVector(x.Length, r);
            var v = RandomVector(x.Length, r);
            double alpha = r.NextDouble() * 4 - 2;
            var hu = new double[x.Length];
            var hv = new double[x.Length];
            var hc = new double[x.Length];
            model.HessianVectorProduct(x, u, hu);
            model.HessianVectorProduct(x, v, hv);
            model.HessianVectorProduct(x, u.Zip(v, (a, b) => alpha * a + b).ToArray(), hc);
            double uhv = u.Zip(hv, (a, b) => a * b).Sum(), vhu = v.Zip(hu, (a, b) => a * b).Sum();
            double scale = 1 + MaxAbs(hu) + MaxAbs(hv);
            bool symmetric = Math.Abs(uhv - vhu) <= 1e-10 * scale * x.Length;
            bool linear = MaxAbsDifference(hc, hu.Zip(hv, (a, b) => alpha * a + b).ToArray()) <= 1e-11 * scale;
            return symmetric && linear;
        });
    }

    [Fact]
    public void Derivatives_stay_accurate_for_nearly_parallel_rows()
    {
        // Student row 0 at angle 1e-9 from teacher row 0, row 1 at 1e-9 from −(teacher row 1): the Hessian is
        // continuous there, so it must be within O(1e-9) of the Hessian at the exactly (anti)parallel point,
        // and the Hessian–vector product must agree with it.
        const int d = 4;
        var model = TwoLayerPopulationLoss.IdentityTeacher(3, d, secondLayerTrainable: true);
        double t = 1e-9;
        var near = model.Layout.Pack(new double[,] { { 1, t, 0, 0 }, { 0.2, -1.5, 0, 0 }, { 0.3, 0.4, 0.5, -0.6 } }, new[] { 1.0, 0.8, 1.1 });
        var exact = model.Layout.Pack(new double[,] { { 1, 0, 0, 0 }, { 0.2, -1.5, 0, 0 }, { 0.3, 0.4, 0.5, -0.6 } }, new[] { 1.0, 0.8, 1.1 });
        near[d + 0] = t; // row 1 = (t, −1.5, 0, 0): nearly antiparallel to e₂ after scaling
        exact[d + 0] = 0;
        var hn = model.Hessian(near);
        var he = model.Hessian(exact);
        for (int i = 0; i < near.Length; i++)
            for (int j = 0; j < near.Length; j++)
                Assert.True(Math.Abs(hn[i, j] - he[i, j]) < 1e-7, $"H[{i},{j}]: {hn[i, j]} vs {he[i, j]}");
        var dir = RandomVector(near.Length, new Random(9));
        var hv = new double[near.Length];
        model.HessianVectorProduct(near, dir, hv);
        Assert.True(MaxAbsDifference(hv, Multiply(hn, dir)) < 1e-12 * (1 + MaxAbs(hv)));
        // Gradients agree with differences of the value even here (the value is smooth along these directions).
        Assert.True(MaxAbsDifference(Gradient(model, near), FiniteDifferenceGradient(model, near, 1e-6)) < 1e-7);
    }

    [Fact]
    public void Zero_student_row_has_a_value_but_no_derivatives()
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(3, 3);
        var x = model.Layout.Pack(new double[,] { { 1, 0.2, 0 }, { 0, 0, 0 }, { 0.1, 0.3, 1 } });
        var tiny = (double[])x.Clone();
        tiny[4] = 1e-12;
        // The value is continuous at a zero row (the kernel is O(|w|)).
        Assert.Equal(model.Value(tiny), model.Value(x), 10);
        var e = Assert.Throws<ArgumentException>(() => model.Gradient(x, new double[9]));
        Assert.Contains("Row 1", e.Message);
        Assert.Throws<ArgumentException>(() => model.Hessian(x));
        Assert.Throws<ArgumentException>(() => model.HessianVectorProduct(x, x, new double[9]));
        // The one-sided derivatives really differ: approaching 0 along ±e₁ gives different gradients of row 1.
        var plus = (double[])x.Clone(); plus[3] = 1e-9;
        var minus = (double[])x.Clone(); minus[3] = -1e-9;
        Assert.True(MaxAbsDifference(Gradient(model, plus)[3..6], Gradient(model, minus)[3..6]) > 0.1);
    }

    [Fact]
    public void Bad_input_is_refused_with_a_message()
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(2, 3);
        Assert.Contains("6 entries", Assert.Throws<ArgumentException>(() => model.Value(new double[5])).Message);
        var nan = new double[6]; nan[2] = double.NaN;
        Assert.Contains("NaN", Assert.Throws<ArgumentException>(() => model.Value(nan)).Message);
        Assert.Throws<ArgumentException>(() => new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, Identity(3), new double[2], 2));
    }
}
