namespace Landscape.Symmetry.Plugins.Tests.Models;

public sealed class DeepSgdTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "deep-sgd-" + Guid.NewGuid().ToString("N"));

    public DeepSgdTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static readonly SgdProtocol Tiny = new() { BatchSize = 40, StepSize = 0.05, CheckEvery = 50, Patience = 2, MaxSteps = 200 };

    // The average of many mini-batch gradients and the gradient of a loss on one large independent sample both estimate
    // the population gradient; they must agree within their combined Monte Carlo error, coordinate by coordinate.
    [Fact]
    public void The_minibatch_gradient_is_an_unbiased_estimate_of_the_population_gradient()
    {
        var big = DeepNetworkLoss.AgainstTeacher([3, 2], 3, Tanh.Instance, StandardGaussian.Instance, bias: true, 100_000, seed: 1);
        var source = DeepStochasticGradient.For(big);
        var x = big.RandomPoint(9);
        var reference = new double[x.Length];
        big.Gradient(x, reference);
        var referenceError = big.GradientStandardError(x);

        int batches = 400, batchSize = 100, n = x.Length;
        var sum = new double[n];
        var sq = new double[n];
        var g = new double[n];
        var rng = new Random(3);
        for (int b = 0; b < batches; b++)
        {
            source.BatchGradient(x, batchSize, rng, g);
            for (int t = 0; t < n; t++) { sum[t] += g[t]; sq[t] += g[t] * g[t]; }
        }
        double worst = 0;
        for (int t = 0; t < n; t++)
        {
            double mean = sum[t] / batches;
            double batchError = Math.Sqrt(Math.Max(0, sq[t] / batches - mean * mean) / (batches - 1));
            double z = Math.Abs(mean - reference[t]) / Math.Sqrt(batchError * batchError + referenceError[t] * referenceError[t]);
            worst = Math.Max(worst, z);
        }
        // 5 standard errors over 17 coordinates: a false alarm has probability below 1e-5.
        Assert.True(worst < 5, $"largest deviation {worst} standard errors");
        // And the check has teeth: the gradient is far larger than the error it is tested against.
        Assert.True(reference.Max(Math.Abs) > 20 * referenceError.Max(), "the test point must have a clearly nonzero gradient");
    }

    // One batch gradient equals the exact gradient of the loss on exactly that batch. A non-Gaussian batch is the
    // distribution's own Sample with the step's seed, so AgainstTeacher with that seed rebuilds its inputs and the
    // teacher's targets (the layered identity teacher does not depend on the seed); a standard Gaussian batch is
    // GaussianBatch.Fill of the step's 64-bit seed, d × B as columns, rebuilt here by hand.
    [Theory]
    [InlineData("tanh", "gaussian", false)]
    [InlineData("relu", "gaussian", true)]
    [InlineData("relu", "uniform(-1,1)", true)]
    public void A_batch_gradient_is_the_gradient_of_the_loss_on_that_batch(string act, string dist, bool bias)
    {
        var activation = PluginRegistry.Activation(act);
        var distribution = PluginRegistry.Distribution(dist);
        var problem = PluginModels.DeepSgd([3, 3], 3, activation, distribution, bias, samples: 50, seed: 0);
        var x = ((DeepNetworkLoss)problem.Objective).RandomPoint(4);
        var g = new double[x.Length];
        problem.Gradient.BatchGradient(x, 30, new Random(8), g);
        DeepNetworkLoss oracle;
        if (distribution is StandardGaussian)
        {
            var columns = new double[3 * 30];
            GaussianBatch.Fill((ulong)new Random(8).NextInt64(), columns);
            var inputs = new double[30 * 3];
            for (int b = 0; b < 30; b++)
                for (int j = 0; j < 3; j++) inputs[b * 3 + j] = columns[j * 30 + b];
            var teacher = ((DeepNetworkLoss)problem.Objective).Teacher!;
            var net = new DeepNetwork([3, 3, 3, 1], activation, bias);
            var work = net.CreateWorkspace();
            var targets = Enumerable.Range(0, 30).Select(b => net.Output(teacher, inputs.AsSpan(b * 3, 3), work)).ToArray();
            oracle = new DeepNetworkLoss([3, 3, 3, 1], activation, bias, inputs, targets);
        }
        else oracle = DeepNetworkLoss.AgainstTeacher([3, 3], 3, activation, distribution, bias, 30, new Random(8).Next());
        var expected = new double[x.Length];
        oracle.Gradient(x, expected);
        for (int t = 0; t < x.Length; t++) Assert.Equal(expected[t], g[t], 12);
        Assert.True(expected.Max(Math.Abs) > 1e-3, "the test point must have a clearly nonzero gradient");
    }

    [Fact]
    public void A_student_at_the_teacher_stays_there()
    {
        var problem = PluginModels.DeepSgd([3, 3], 3, Tanh.Instance, StandardGaussian.Instance, bias: true, samples: 200, seed: 0);
        var teacher = ((DeepNetworkLoss)problem.Objective).Teacher!;
        var g = new double[teacher.Length];
        problem.Gradient.BatchGradient(teacher, 100, new Random(1), g);
        Assert.All(g, v => Assert.Equal(0.0, v));
        var r = SgdRun.Run(Starting(problem, _ => (double[])teacher.Clone()), Tiny, seed: 2);
        Assert.Equal(teacher, r.Parameters);
        Assert.Equal(0.0, r.Loss);
    }

    // Near the teacher the residuals are small, and so is the batch noise: SGD converges to the zero loss of the teacher
    // instead of hovering at a noise floor. (The parameters approach the teacher only slowly along its flattest directions,
    // so the test watches the loss and the gradient.)
    [Fact]
    public void A_student_started_near_the_teacher_converges_to_zero_loss()
    {
        var problem = PluginModels.DeepSgd([3, 3], 3, Tanh.Instance, StandardGaussian.Instance, bias: false, samples: 500, seed: 0);
        var loss = (DeepNetworkLoss)problem.Objective;
        var teacher = loss.Teacher!;
        var start = teacher.Select((v, i) => v + 0.1 * Math.Sin(3.7 * i + 1)).ToArray();
        double before = loss.Value(start);
        var g0 = new double[start.Length];
        loss.Gradient(start, g0);
        var r = SgdRun.Run(Starting(problem, _ => (double[])start.Clone()), new SgdProtocol { BatchSize = 50, StepSize = 0.3, CheckEvery = 500, MaxSteps = 3000 }, seed: 3);
        Assert.True(r.Loss < 1e-3 * before, $"loss {r.Loss} from {before}");
        Assert.True(r.GradientNorm < 0.05 * Math.Sqrt(g0.Sum(v => v * v)), $"‖∇L‖ {r.GradientNorm}");
    }

    [Fact]
    public void Xavier_initialization_draws_each_layer_in_its_Glorot_range_with_zero_biases()
    {
        var net = new DeepNetwork([30, 20, 10, 1], Tanh.Instance, bias: true);
        var x = net.XavierInitialization(new Random(5));
        for (int l = 0; l < net.Depth; l++)
        {
            int fanIn = net.Widths[l], fanOut = net.Widths[l + 1];
            double r = Math.Sqrt(6.0 / (fanIn + fanOut));
            var w = Enumerable.Range(0, fanOut).SelectMany(i => Enumerable.Range(0, fanIn).Select(j => x[net.WeightIndex(l, i, j)])).ToArray();
            Assert.All(w, v => Assert.InRange(v, -r, r));
            if (w.Length >= 200) Assert.InRange(w.Select(v => v * v).Average(), 0.8 * r * r / 3, 1.2 * r * r / 3); // variance of U(−r, r)
            Assert.All(Enumerable.Range(0, fanOut), i => Assert.Equal(0.0, x[net.BiasIndex(l, i)]));
        }
    }

    [Fact]
    public void Deep_sweeps_shard_resume_and_refuse_another_model()
    {
        var problem = PluginModels.DeepSgd([3], 2, Tanh.Instance, StandardGaussian.Instance, bias: false, samples: 100, seed: 0);
        var path = Path.Combine(dir, "deep.jsonl");
        var seeds = new[] { 0, 1, 2, 3, 4 };
        SgdSweep.Run(problem, Tiny, seeds, path, Shard.Parse("1/2"), maxParallelism: 2);
        var second = SgdSweep.Run(problem, Tiny, seeds, path, Shard.Parse("2/2"), maxParallelism: 2);
        Assert.Equal(new[] { 1, 3 }, second.NewResults.Select(r => r.Seed).Order().ToArray());
        var lines = SgdSweep.ReadResults(path);
        Assert.Equal(seeds, lines.Select(r => r.Seed).Order().ToArray());
        Assert.All(lines, r =>
        {
            Assert.Null(r.K);
            Assert.Equal(2, r.D);
            Assert.Equal("deep(widths=3,bias=false,samples=100,seed=0)", r.Model);
            Assert.Equal("tanh", r.Activation);
        });
        // Equal seeds give equal runs alone or in a parallel sweep.
        Assert.Equal(SgdRun.Run(problem, Tiny, 3).Parameters, lines.Single(r => r.Seed == 3).Parameters);
        var again = SgdSweep.Run(problem, Tiny, seeds, path);
        Assert.Equal(5, again.Skipped.Count);
        Assert.Empty(again.NewResults);

        var otherSample = PluginModels.DeepSgd([3], 2, Tanh.Instance, StandardGaussian.Instance, bias: false, samples: 101, seed: 0);
        var otherWidths = PluginModels.DeepSgd([4], 2, Tanh.Instance, StandardGaussian.Instance, bias: false, samples: 100, seed: 0);
        var twoLayer = PluginModels.Sgd(Tanh.Instance, StandardGaussian.Instance, PluginModels.IdentityTeacher(2), 3);
        foreach (var other in new[] { otherSample, otherWidths, twoLayer })
            Assert.Throws<InvalidOperationException>(() => SgdSweep.Run(other, Tiny, seeds, path));
    }

    [Fact]
    public void A_two_layer_sweep_refuses_a_file_of_another_Monte_Carlo_sample()
    {
        var uniform = PluginRegistry.Distribution("uniform(-1,1)");
        var teacher = PluginModels.IdentityTeacher(2);
        var path = Path.Combine(dir, "mc.jsonl");
        var first = PluginModels.Sgd(Relu.Instance, uniform, teacher, 2, samples: 300, seed: 1);
        Assert.Equal("two-layer(samples=300,seed=1)", first.ModelSpec);
        SgdSweep.Run(first, Tiny, new[] { 0, 1 }, path);
        Assert.All(SgdSweep.ReadResults(path), r => Assert.Equal("two-layer(samples=300,seed=1)", r.Model));
        Assert.Empty(SgdSweep.Run(PluginModels.Sgd(Relu.Instance, uniform, teacher, 2, samples: 300, seed: 1), Tiny, new[] { 0, 1 }, path).NewResults);
        Assert.Throws<InvalidOperationException>(() => SgdSweep.Run(PluginModels.Sgd(Relu.Instance, uniform, teacher, 2, samples: 300, seed: 2), Tiny, new[] { 0, 1 }, path));
        Assert.Throws<InvalidOperationException>(() => SgdSweep.Run(PluginModels.Sgd(Relu.Instance, uniform, teacher, 2, samples: 400, seed: 1), Tiny, new[] { 0, 1 }, path));
        // The default sample, and any population loss, records no model spec: their lines read as those of earlier versions.
        Assert.Null(PluginModels.Sgd(Relu.Instance, uniform, teacher, 2).ModelSpec);
        Assert.Null(PluginModels.Sgd(Relu.Instance, StandardGaussian.Instance, teacher, 2, samples: 300, seed: 1).ModelSpec);
    }

    // The problem with its initialization replaced: SgdRun's loop from a chosen point.
    private static SgdProblem Starting(SgdProblem problem, Func<Random, double[]> start) =>
        new(problem.Objective, new StartingAt(problem.Gradient, start), problem.ActivationSpec, problem.DistributionSpec, problem.ModelSpec);

    private sealed class StartingAt(IStochasticGradient inner, Func<Random, double[]> start) : IStochasticGradient
    {
        public ParameterLayout Layout => inner.Layout;

        public int InputDimension => inner.InputDimension;

        public double[] Initialize(Random random) => start(random);

        public void BatchGradient(double[] x, int batchSize, Random random, double[] gradient) => inner.BatchGradient(x, batchSize, random, gradient);
    }
}
