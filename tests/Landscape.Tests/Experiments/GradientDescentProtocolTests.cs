using static Landscape.Symmetry.Landscape.Tests.Support;

namespace Landscape.Symmetry.Landscape.Tests.Experiments;

public sealed class GradientDescentProtocolTests
{
    // One step of the protocol is x − η∇L(x) with ∇L the exact population gradient: checked against central differences
    // of the loss value (an independent oracle of the gradient code).
    [Theory]
    [InlineData(3, 3, false)]
    [InlineData(5, 4, true)]
    [InlineData(6, 6, false)]
    public void One_step_moves_against_the_finite_difference_gradient(int k, int d, bool trainable)
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(k, d, trainable);
        var problem = SgdProblem.Gaussian(model, Relu.Instance);
        var start = GradientDescentRun.GaussianInitialization(model.Layout, new Random(11));
        var r = GradientDescentRun.Run(problem, new GdProtocol { MaxSteps = 1 }, seed: 11, analyze: false);
        Assert.Equal(1, r.Steps);
        Assert.Equal("max-steps", r.Stop);
        const double h = 1e-6;
        for (int t = 0; t < start.Length; t++)
        {
            var plus = (double[])start.Clone();
            var minus = (double[])start.Clone();
            plus[t] += h;
            minus[t] -= h;
            double fd = (model.Value(plus) - model.Value(minus)) / (2 * h);
            Assert.True(Math.Abs(start[t] - 0.1 * fd - r.Parameters[t]) < 1e-8, $"coordinate {t}: {start[t] - 0.1 * fd} vs {r.Parameters[t]}");
        }
    }

    [Fact]
    public void The_start_has_variance_one_over_d()
    {
        var layout = new ParameterLayout(40, 50, false);
        var x = GradientDescentRun.GaussianInitialization(layout, new Random(3));
        double mean = x.Average(), variance = x.Select(v => v * v).Average();
        Assert.InRange(mean, -4 * Math.Sqrt(0.02 / 2000), 4 * Math.Sqrt(0.02 / 2000)); // four standard errors
        // 2000 entries of variance 1/50: the sample variance has relative standard error √(2/2000) ≈ 3%.
        Assert.InRange(variance, 0.85 / 50, 1.15 / 50);
    }

    [Fact]
    public void The_largest_neuron_gradient_norm_is_the_maximum_over_rows()
    {
        var layout = new ParameterLayout(3, 2, true);
        double[] g = [3, 4, 0, 0, 1, 1, /* a: */ 0, 12, 2];
        // Rows: |(3,4,0)| = 5, |(0,0,12)| = 12, |(1,1,2)| = √6.
        Assert.Equal(12, GradientDescentRun.LargestNeuronGradientNorm(layout, g), 12);
    }

    [Fact]
    public void A_run_converges_below_the_tolerance_and_classifies_its_end_point()
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(4, 4);
        var problem = SgdProblem.Gaussian(model, Relu.Instance);
        var r = GradientDescentRun.Run(problem, new GdProtocol(), seed: 2);
        Assert.Equal("converged", r.Stop);
        var g = Gradient(model, r.Parameters);
        Assert.True(GradientDescentRun.LargestNeuronGradientNorm(model.Layout, g) < 1e-9);
        Assert.Equal(model.Value(r.Parameters), r.Loss);
        Assert.Equal(r.Loss >= 1e-3, r.Spurious);
        Assert.NotNull(r.EndPoint);
        // The recorded spectrum against the Hessian from central differences of the gradient (an independent oracle).
        var report = r.EndPoint!;
        int n = r.Parameters.Length;
        var h = new double[n, n];
        for (int t = 0; t < n; t++)
        {
            var plus = (double[])r.Parameters.Clone();
            var minus = (double[])r.Parameters.Clone();
            plus[t] += 1e-6;
            minus[t] -= 1e-6;
            var gp = Gradient(model, plus);
            var gm = Gradient(model, minus);
            for (int s = 0; s < n; s++) h[s, t] = (gp[s] - gm[s]) / 2e-6;
        }
        var sym = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(n, n, (i, j) => 0.5 * (h[i, j] + h[j, i]));
        var fd = sym.Evd().EigenValues.Select(e => e.Real).Order().ToArray();
        Assert.True(MaxAbsDifference(fd, report.Eigenvalues) < 1e-5, $"max diff {MaxAbsDifference(fd, report.Eigenvalues)}");
        Assert.Equal(fd.Count(e => e < -1e-5), report.Index);
        Assert.False(string.IsNullOrEmpty(report.Isotropy));
    }

    [Fact]
    public void Gd_runs_are_bit_identical_whatever_the_parallelism()
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(5, 5);
        var problem = SgdProblem.Gaussian(model, Relu.Instance);
        var protocol = new GdProtocol { MaxSteps = 400 };
        string dir = Path.Combine(Path.GetTempPath(), "gd-bits-" + Guid.NewGuid().ToString("N"));
        try
        {
            var seeds = Enumerable.Range(0, 6).ToArray();
            SgdSweep.Run(problem, SweepPlan.Gd(protocol, analyze: false), seeds, Path.Combine(dir, "one.jsonl"), maxParallelism: 1);
            SgdSweep.Run(problem, SweepPlan.Gd(protocol, analyze: false), seeds, Path.Combine(dir, "two.jsonl"), maxParallelism: 2);
            var one = SgdSweep.ReadResults(Path.Combine(dir, "one.jsonl")).OrderBy(r => r.Seed).ToList();
            var two = SgdSweep.ReadResults(Path.Combine(dir, "two.jsonl")).OrderBy(r => r.Seed).ToList();
            Assert.Equal(one.Select(r => r.Seed), two.Select(r => r.Seed));
            for (int i = 0; i < one.Count; i++)
            {
                Assert.Equal(one[i].Parameters, two[i].Parameters);
                Assert.Equal(one[i].Loss, two[i].Loss);
                Assert.Equal(GradientDescentRun.Run(problem, protocol, one[i].Seed, analyze: false).Parameters, one[i].Parameters);
            }
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_bad_step_is_refused(double step)
    {
        Assert.Throws<ArgumentException>(() => new GdProtocol { StepSize = step }.Validate());
        Assert.Throws<ArgumentException>(() => new SgdProtocol { StepSize = step }.Validate());
    }
}
