using System.Text.Json;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

public sealed class DeepSgdCommandTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    // d = 2 and one hidden layer of width 2: the layered identity teacher, whose zero-loss minimum SGD end points refine to.
    private const string Deep = "deep(widths=2,activation=tanh,samples=200)";
    private const string DeepSpec = "deep(widths=2,bias=false,samples=200,seed=0)";

    private static readonly string[] Tiny = { "sgd", "--d", "2", "--batch", "20", "--max-steps", "150", "--check-every", "50", "--parallel", "2" };

    [Fact]
    public void A_deep_sweep_records_its_model_shards_resumes_and_refines()
    {
        var path = dir.File("deep.jsonl");
        var a = Json([.. Tiny, "--model", Deep, "--runs", "4", "--out", path, "--shard", "1/2", "--json"]);
        Assert.Equal(DeepSpec, a.GetProperty("model").GetString());
        Assert.Equal(JsonValueKind.Null, a.GetProperty("k").ValueKind);
        Assert.Equal("tanh", a.GetProperty("activation").GetString());
        Json([.. Tiny, "--model", Deep, "--runs", "4", "--out", path, "--shard", "2/2", "--json"]);
        var lines = File.ReadAllLines(path).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(new[] { 0, 1, 2, 3 }, lines.Select(l => l.GetProperty("seed").GetInt32()).Order().ToArray());
        Assert.All(lines, l =>
        {
            Assert.Equal(DeepSpec, l.GetProperty("model").GetString());
            Assert.False(l.TryGetProperty("k", out _));
            Assert.Equal(2 * 2 + 2, l.GetProperty("parameters").GetArrayLength()); // W1 (2×2) and W2 (1×2)
        });

        // Rerunning resumes (nothing new) and --refine classifies each end point; isotropy is a two-layer notion.
        var again = Json([.. Tiny, "--model", Deep, "--runs", "4", "--out", path, "--refine", "--json"]);
        Assert.Equal(4, again.GetProperty("skipped").GetInt32());
        Assert.Equal(0, again.GetProperty("ran").GetInt32());
        foreach (var r in again.GetProperty("runs").EnumerateArray())
        {
            Assert.True(r.GetProperty("refinedGradientNorm").GetDouble() <= 1e-12, r.ToString());
            Assert.True(r.GetProperty("refinedLoss").GetDouble() < 1e-20, r.ToString());
            Assert.Equal("minimum", r.GetProperty("classification").GetString());
            Assert.Equal("n/a", r.GetProperty("isotropy").GetString());
        }
    }

    [Theory]
    [InlineData("deep(widths=2,activation=tanh,samples=300)")]
    [InlineData("deep(widths=3,activation=tanh,samples=200)")]
    [InlineData("deep(widths=2,activation=tanh,samples=200,seed=1)")]
    [InlineData("deep(widths=2,activation=tanh,bias=true,samples=200)")]
    [InlineData("two-layer")]
    public void A_resume_with_another_model_is_refused(string other)
    {
        var path = dir.File("m.jsonl");
        Json([.. Tiny, "--model", Deep, "--runs", "1", "--out", path, "--json"]);
        var line = AssertInvalidInput([.. Tiny, "--model", other, "--activation", "tanh", "--runs", "2", "--out", path]);
        Assert.Contains("use another file", line);
        Assert.Single(File.ReadAllLines(path));
    }

    [Fact]
    public void A_two_layer_resume_with_another_Monte_Carlo_sample_is_refused()
    {
        var path = dir.File("mc.jsonl");
        string[] cube = [.. Tiny, "--distribution", "uniform(-1,1)", "--runs", "1", "--out", path];
        Json([.. cube, "--model", "two-layer(samples=300,seed=1)", "--json"]);
        Assert.Equal("two-layer(samples=300,seed=1)", JsonDocument.Parse(File.ReadAllLines(path)[0]).RootElement.GetProperty("model").GetString());
        Assert.Equal(1, Json([.. cube, "--model", "two-layer(samples=300,seed=1)", "--json"]).GetProperty("skipped").GetInt32());
        Assert.Contains("two-layer(samples=300,seed=1)", AssertInvalidInput([.. cube, "--model", "two-layer(samples=300,seed=2)"]));
        AssertInvalidInput([.. cube, "--model", "two-layer(samples=400,seed=1)"]);
        AssertInvalidInput([.. cube]); // the default sample (100000, seed 0) is another sample too
    }

    [Theory]
    [InlineData("--k", "3", "--k")]
    [InlineData("--second-layer", null, "--second-layer")]
    public void Two_layer_options_are_refused_for_a_deep_model(string option, string? value, string named)
    {
        string[] extra = value is null ? [option] : [option, value];
        var line = AssertInvalidInput([.. Tiny, "--model", Deep, "--runs", "1", "--out", dir.File("x.jsonl"), .. extra]);
        Assert.Contains(named, line);
        Assert.False(File.Exists(dir.File("x.jsonl")));
    }

    [Fact]
    public void A_teacher_file_is_refused_for_a_deep_model()
    {
        var teacher = dir.Rows("t.json", [[1, 0], [0, 1]]);
        var line = AssertInvalidInput([.. Tiny, "--model", Deep, "--runs", "1", "--out", dir.File("x.jsonl"), "--teacher", teacher]);
        Assert.Contains("--teacher", line);
    }

    // With a trainable second layer, ReLU SGD end points refine to W = I, a = 1 up to the rescalings — a minimum, not
    // "degenerate" (the k flat rescaling directions are declared).
    [Fact]
    public void Relu_runs_with_a_second_layer_refine_to_minima()
    {
        var j = Json(["sgd", "--d", "3", "--batch", "50", "--max-steps", "2000", "--check-every", "500", "--parallel", "2",
            "--second-layer", "--runs", "2", "--out", dir.File("a.jsonl"), "--refine", "--json"]);
        Assert.True(j.GetProperty("secondLayer").GetBoolean());
        foreach (var r in j.GetProperty("runs").EnumerateArray())
        {
            Assert.True(r.GetProperty("refinedLoss").GetDouble() < 1e-12, r.ToString());
            Assert.Equal("minimum", r.GetProperty("classification").GetString());
        }
    }
}
