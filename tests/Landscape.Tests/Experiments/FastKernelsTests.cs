using static Landscape.Symmetry.Landscape.Tests.Support;

namespace Landscape.Symmetry.Landscape.Tests.Experiments;

public sealed class FastKernelsTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(4, 2, 4)]
    [InlineData(5, 3, 7)]
    [InlineData(9, 33, 13)]
    [InlineData(37, 70, 21)]
    public void Products_equal_the_triple_loop(int m, int p, int n)
    {
        var rng = new Random(m * 100 + p);
        var a = RandomVector(m * n, rng);
        var b = RandomVector(p * n, rng);
        var c = new double[m * p];
        RowProducts.MultiplyTransposed(a, m, b, p, n, c);
        var ab = new double[m * p];
        var bt = new double[n * p];
        RowProducts.Transpose(b, p, n, bt);
        RowProducts.Multiply(a, m, n, bt, p, ab);
        for (int i = 0; i < m; i++)
            for (int j = 0; j < p; j++)
            {
                double s = 0;
                for (int t = 0; t < n; t++) s += a[i * n + t] * b[j * n + t];
                Assert.Equal(s, c[i * p + j], 1e-12);
                Assert.Equal(s, ab[i * p + j], 1e-12);
            }
        var g = new double[m * m];
        RowProducts.Gram(a, m, n, g);
        var full = new double[m * m];
        RowProducts.MultiplyTransposed(a, m, a, m, n, full);
        Assert.Equal(full, g); // the mirrored half is bit for bit the computed one
    }

    [Fact]
    public void Products_are_bit_identical_on_one_thread_or_many()
    {
        var rng = new Random(5);
        int m = 150, p = 130, n = 120; // above the parallel threshold
        var a = RandomVector(m * n, rng);
        var b = RandomVector(p * n, rng);
        var parallel = new double[m * p];
        var serial = new double[m * p];
        RowProducts.MultiplyTransposed(a, m, b, p, n, parallel, parallel: true);
        RowProducts.MultiplyTransposed(a, m, b, p, n, serial, parallel: false);
        Assert.Equal(serial, parallel);
    }

    [Fact]
    public void The_population_gradient_is_bit_identical_whatever_the_thread_count()
    {
        // k = d = 90 runs its rows and products in parallel; a scheduler with one worker runs the same code serially.
        var model = TwoLayerPopulationLoss.IdentityTeacher(90, 90);
        var x = GradientDescentRun.GaussianInitialization(model.Layout, new Random(4));
        var many = new double[x.Length];
        double valueMany = model.Gradient(x, many);
        var one = new double[x.Length];
        double valueOne = 0;
        var single = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, 1).ExclusiveScheduler;
        Task.Factory.StartNew(() => valueOne = model.Gradient(x, one), CancellationToken.None, TaskCreationOptions.None, single).Wait();
        Assert.Equal(many, one);
        Assert.Equal(valueMany, valueOne);
        Assert.Equal(model.Value(x), valueMany, 1e-9);
    }

    [Fact]
    public void The_population_gradient_matches_finite_differences_at_sizes_with_tails()
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(7, 5, secondLayerTrainable: true);
        var x = GradientDescentRun.GaussianInitialization(model.Layout, new Random(8));
        for (int i = 0; i < 7; i++) x[35 + i] = 0.5 + 0.1 * i;
        var g = Gradient(model, x);
        for (int t = 0; t < x.Length; t++)
        {
            var plus = (double[])x.Clone();
            var minus = (double[])x.Clone();
            plus[t] += 1e-6;
            minus[t] -= 1e-6;
            Assert.Equal((model.Value(plus) - model.Value(minus)) / 2e-6, g[t], 1e-7);
        }
    }

    [Fact]
    public void Gaussian_batches_have_standard_normal_moments_and_distribution()
    {
        const int n = 400_000;
        var z = new double[n];
        GaussianBatch.Fill(12345, z);
        double mean = z.Average(), m2 = z.Select(v => v * v).Average(), m4 = z.Select(v => v * v * v * v).Average();
        Assert.InRange(mean, -5 / Math.Sqrt(n), 5 / Math.Sqrt(n));
        Assert.InRange(m2, 1 - 5 * Math.Sqrt(2.0 / n), 1 + 5 * Math.Sqrt(2.0 / n));
        Assert.InRange(m4, 3 - 5 * Math.Sqrt(96.0 / n), 3 + 5 * Math.Sqrt(96.0 / n));
        // Kolmogorov–Smirnov against Φ: the 0.1% critical value is 1.95/√n.
        Array.Sort(z);
        double ks = 0;
        for (int i = 0; i < n; i++)
        {
            double phi = MathNet.Numerics.Distributions.Normal.CDF(0, 1, z[i]);
            ks = Math.Max(ks, Math.Max(Math.Abs(phi - (double)i / n), Math.Abs(phi - (double)(i + 1) / n)));
        }
        Assert.True(ks < 1.95 / Math.Sqrt(n), $"KS {ks}");
        // Neighbours are uncorrelated (the pairs of one Box–Muller draw included).
        var w = new double[n];
        GaussianBatch.Fill(99, w);
        double lag1 = 0, lag4 = 0;
        for (int i = 0; i + 4 < n; i++) { lag1 += w[i] * w[i + 1]; lag4 += w[i] * w[i + 4]; }
        Assert.InRange(lag1 / n, -5 / Math.Sqrt(n), 5 / Math.Sqrt(n));
        Assert.InRange(lag4 / n, -5 / Math.Sqrt(n), 5 / Math.Sqrt(n));
    }

    [Fact]
    public void Gaussian_batches_are_pure_functions_of_seed_and_length()
    {
        var a = new double[16];
        var b = new double[13];
        GaussianBatch.Fill(7, a);
        GaussianBatch.Fill(7, b);
        Assert.Equal(a[..13], b);
        var c = new double[16];
        GaussianBatch.Fill(8, c);
        Assert.NotEqual(a, c);
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(3, 20)]
    [InlineData(20, 20)]
    [InlineData(37, 1000)]
    public void Clopper_Pearson_ends_have_tails_of_half_alpha(int x, int n)
    {
        var ci = BinomialInterval.ClopperPearson(x, n, 0.99);
        // Independent oracle: binomial tails summed term by term.
        double Tail(double p, bool upper)
        {
            double s = 0;
            for (int i = upper ? x : 0; i <= (upper ? n : x); i++)
                s += Math.Exp(MathNet.Numerics.SpecialFunctions.BinomialLn(n, i) + i * Math.Log(p) + (n - i) * Math.Log(1 - p));
            return s;
        }
        if (x > 0) Assert.Equal(0.005, Tail(ci.Lower, upper: true), 1e-6); else Assert.Equal(0, ci.Lower);
        if (x < n) Assert.Equal(0.005, Tail(ci.Upper, upper: false), 1e-6); else Assert.Equal(1, ci.Upper);
        Assert.InRange(ci.Fraction, ci.Lower, ci.Upper);
    }
}
