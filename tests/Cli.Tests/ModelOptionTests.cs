using System.Text.Json;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

/// <summary>explore and sgd take --model two-layer(samples=N,seed=S): the Monte Carlo sample they use is the one loss uses.</summary>
public sealed class ModelOptionTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    private const string Uniform = "uniform(-1,1)";

    private double LossAt(double[][] w, string model) =>
        Json("loss", "--point", dir.Rows("w.json", w), "--d", w[0].Length.ToString(), "--distribution", Uniform, "--model", model, "--json")
            .GetProperty("loss").GetDouble();

    [Fact]
    public void Explore_uses_the_sample_of_the_model_spec()
    {
        // The global minimum W = I has loss 0 on any sample, but its Hessian depends on the sample: explore's λ_min there is
        // the spectrum command's at --point identity on the same sample, and not on another.
        const string model = "two-layer(samples=3000,seed=4)";
        var j = Json("explore", "--d", "3", "--seeds", "1", "--distribution", Uniform, "--model", model, "--json");
        Assert.Contains("3000 samples, seed 4", j.GetProperty("model").GetString());
        var global = j.GetProperty("points").EnumerateArray().Single(q => q.GetProperty("isotropy").GetString() == "ΔS_3");
        double SmallestAtIdentity(string m) =>
            Json("spectrum", "--point", "identity", "--d", "3", "--distribution", Uniform, "--model", m, "--json").GetProperty("smallestEigenvalue").GetDouble();
        Assert.Equal(global.GetProperty("smallestEigenvalue").GetDouble(), SmallestAtIdentity(model), 9);
        Assert.NotEqual(global.GetProperty("smallestEigenvalue").GetDouble(), SmallestAtIdentity("two-layer(samples=3000,seed=5)"), 5);
    }

    [Fact]
    public void Sgd_stops_and_reports_on_the_sample_of_the_model_spec()
    {
        const string model = "two-layer(samples=2000,seed=1)";
        var runs = dir.File("runs.jsonl");
        var r = Run("sgd", "--d", "2", "--runs", "1", "--batch", "20", "--max-steps", "100", "--check-every", "50", "--distribution", Uniform,
            "--model", model, "--out", runs, "--json");
        Assert.Equal(0, r.ExitCode);
        using var line = JsonDocument.Parse(File.ReadLines(runs).First());
        var x = line.RootElement.GetProperty("parameters").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        double[][] w = [x[..2], x[2..]];
        Assert.Equal(line.RootElement.GetProperty("loss").GetDouble(), LossAt(w, model), 12);
        Assert.NotEqual(line.RootElement.GetProperty("loss").GetDouble(), LossAt(w, "two-layer(samples=2000,seed=2)"), 12);
    }
}
