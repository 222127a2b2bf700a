using static Landscape.Symmetry.Landscape.Tests.Support;

namespace Landscape.Symmetry.Landscape.Tests.Experiments;

public sealed class SgdTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "landscape-sgd-" + Guid.NewGuid().ToString("N"));

    public SgdTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    // Tiny runs: d = 3, batches of 50, at most 300 steps.
    private static readonly SgdProtocol Tiny = new() { BatchSize = 50, StepSize = 0.05, CheckEvery = 50, Patience = 2, MaxSteps = 300 };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_sampled_gradient_is_an_unbiased_estimate_of_the_population_gradient(bool trainable)
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(3, 3, trainable);
        var x = RandomPoint(model.Layout, new Random(2));
        var sampled = new double[x.Length];
        SgdRun.SampledGradient(model, Relu.Instance, x, 200_000, new Random(7), sampled);
        var exact = Gradient(model, x);
        // 200 000 samples: per-coordinate standard error ~ 0.3%·scale; 0.03 absolute is several standard errors.
        Assert.True(MaxAbsDifference(sampled, exact) < 0.03 * (1 + MaxAbs(exact)), $"max diff {MaxAbsDifference(sampled, exact)}");
    }

    // The SIMD batch products must compute the protocol's steps: compare with the protocol written out sample by sample.
    [Theory]
    [InlineData(false, 4, 3, 30)]
    [InlineData(true, 5, 2, 30)]
    [InlineData(false, 7, 9, 37)]
    [InlineData(true, 20, 20, 101)]
    public void The_default_protocol_agrees_with_the_loop_written_sample_by_sample(bool trainable, int k, int d, int batch)
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(k, d, trainable);
        var protocol = new SgdProtocol { BatchSize = batch, StepSize = 0.02, CheckEvery = 100, Patience = 1000, MaxSteps = 300 };
        var r = SgdRun.Run(model, Relu.Instance, protocol, seed: 6);
        var expected = Naive.NaiveSgd.Run(Identity(d), k, trainable, batch, 0.02, 300, seed: 6);
        Assert.True(MaxAbsDifference(expected, r.Parameters) < 1e-10, $"max diff {MaxAbsDifference(expected, r.Parameters)}");
        Assert.Equal(model.Value(r.Parameters), r.Loss);
        Assert.Equal(k, r.K);
        Assert.Null(r.Model);
    }

    [Fact]
    public void Xavier_entries_lie_in_the_Glorot_range()
    {
        var layout = new ParameterLayout(20, 30, false);
        var x = SgdRun.XavierInitialization(layout, new Random(1));
        double r = Math.Sqrt(6.0 / 50);
        Assert.All(x, v => Assert.InRange(v, -r, r));
        Assert.InRange(x.Select(v => v * v).Average(), 0.9 * r * r / 3, 1.1 * r * r / 3); // variance of U(−r, r)
    }

    [Fact]
    public void Sgd_lowers_the_loss_and_stops_by_the_rule()
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(3, 3);
        var start = model.Value(SgdRun.XavierInitialization(model.Layout, new Random(4)));
        var r = SgdRun.Run(model, Relu.Instance, Tiny with { MaxSteps = 2000, Patience = 3 }, seed: 4);
        Assert.True(r.Loss < start, $"loss {r.Loss} from {start}");
        Assert.Contains(r.Stop, new[] { "stalled", "max-steps" });
        Assert.Equal(model.Value(r.Parameters), r.Loss);
    }

    [Fact]
    public void Equal_seeds_give_equal_results_alone_or_in_parallel()
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(3, 3);
        var alone = SgdRun.Run(model, Relu.Instance, Tiny, seed: 5);
        var path = Path.Combine(dir, "p.jsonl");
        SgdSweep.Run(model, Relu.Instance, Tiny, new[] { 1, 2, 3, 4, 5, 6 }, path, maxParallelism: 3);
        var inSweep = SgdSweep.ReadResults(path).Single(r => r.Seed == 5);
        Assert.Equal(alone.Parameters, inSweep.Parameters);
        Assert.Equal(alone.Steps, inSweep.Steps);
    }

    [Fact]
    public void An_interrupted_sweep_resumes_without_redoing_finished_seeds()
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(2, 3);
        var path = Path.Combine(dir, "r.jsonl");
        var first = SgdSweep.Run(model, Relu.Instance, Tiny, new[] { 0, 1, 2 }, path, maxParallelism: 2);
        Assert.Equal(3, first.NewResults.Count);
        // A write cut by a kill leaves a torn last line; its seed must be rerun, the line ignored.
        File.AppendAllText(path, "{\"seed\":3,\"k\":2,\"d\":3,\"secondL");
        var reports = new List<SgdProgress>();
        var second = SgdSweep.Run(model, Relu.Instance, Tiny, new[] { 0, 1, 2, 3, 4 }, path, maxParallelism: 2,
            progress: new SynchronousProgress(reports));
        Assert.Equal(new[] { 0, 1, 2 }, second.Skipped.Order().ToArray());
        Assert.Equal(new[] { 3, 4 }, second.NewResults.Select(r => r.Seed).Order().ToArray());
        Assert.Equal(new[] { 0, 1, 2, 3, 4 }, SgdSweep.ReadResults(path).Select(r => r.Seed).Order().ToArray());
        Assert.Equal(5, reports[^1].Completed);
        Assert.Equal(3, reports[0].Completed);
        // A file from another model is refused rather than mixed.
        Assert.Throws<InvalidOperationException>(() =>
            SgdSweep.Run(TwoLayerPopulationLoss.IdentityTeacher(3, 3), Relu.Instance, Tiny, new[] { 9 }, path));
    }

    [Fact]
    public void Shards_partition_the_seeds()
    {
        var seeds = Enumerable.Range(100, 23).ToArray();
        var parts = Enumerable.Range(1, 4).Select(i => Shard.Parse($"{i}/4").Select(seeds).ToArray()).ToArray();
        Assert.Equal(seeds, parts.SelectMany(p => p).Order().ToArray());
        Assert.Equal(23, parts.Sum(p => p.Length));
        Assert.Throws<FormatException>(() => Shard.Parse("0/4"));
        Assert.Throws<FormatException>(() => Shard.Parse("5/4"));
        Assert.Throws<FormatException>(() => Shard.Parse("two"));
    }

    [Fact]
    public void Cancellation_stops_the_sweep()
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(2, 3);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            SgdSweep.Run(model, Relu.Instance, Tiny, new[] { 1, 2 }, Path.Combine(dir, "c.jsonl"), cancellationToken: cts.Token));
    }

    private sealed class SynchronousProgress(List<SgdProgress> sink) : IProgress<SgdProgress>
    {
        public void Report(SgdProgress value) => sink.Add(value);
    }
}
