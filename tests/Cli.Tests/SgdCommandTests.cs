using System.Text.Json;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

public sealed class SgdCommandTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "symmetry-sgd-" + Guid.NewGuid().ToString("N"));

    public SgdCommandTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static readonly string[] Tiny = { "--d", "3", "--batch", "50", "--max-steps", "200", "--check-every", "50", "--parallel", "2" };

    [Fact]
    public void Shards_fill_one_file_and_a_rerun_resumes()
    {
        var path = Path.Combine(dir, "runs.jsonl");
        var a = Json(["sgd", .. Tiny, "--runs", "5", "--out", path, "--shard", "1/2", "--json"]);
        Assert.Equal(new[] { 0, 2, 4 }, a.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("seed").GetInt32()).ToArray());
        var b = Json(["sgd", .. Tiny, "--runs", "5", "--out", path, "--shard", "2/2", "--json"]);
        Assert.Equal(new[] { 1, 3 }, b.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("seed").GetInt32()).ToArray());
        var lines = File.ReadAllLines(path);
        Assert.Equal(5, lines.Length);
        Assert.Equal(new[] { 0, 1, 2, 3, 4 }, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("seed").GetInt32()).Order().ToArray());
        // The same command again runs nothing new.
        var again = Json(["sgd", .. Tiny, "--runs", "5", "--out", path, "--json"]);
        Assert.Equal(5, again.GetProperty("skipped").GetInt32());
        Assert.Equal(0, again.GetProperty("ran").GetInt32());
        Assert.Equal(5, File.ReadAllLines(path).Length);
    }

    [Fact]
    public void Refine_classifies_each_end_point()
    {
        var path = Path.Combine(dir, "refine.jsonl");
        var j = Json(["sgd", .. Tiny, "--runs", "2", "--out", path, "--refine", "--json"]);
        foreach (var r in j.GetProperty("runs").EnumerateArray())
        {
            Assert.True(r.GetProperty("refinedGradientNorm").GetDouble() <= 1e-12);
            Assert.False(string.IsNullOrEmpty(r.GetProperty("classification").GetString()));
        }
    }

    [Theory]
    [InlineData("--shard", "3/2")]
    [InlineData("--step", "-1")]
    [InlineData("--runs", "0")]
    public void Bad_options_are_invalid_input(string option, string value)
    {
        var line = AssertInvalidInput(["sgd", "--d", "3", "--out", Path.Combine(dir, "x.jsonl"), option, value]);
        Assert.StartsWith("error: ", line);
    }
}
