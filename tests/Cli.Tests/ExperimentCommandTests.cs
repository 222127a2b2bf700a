using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

public sealed class ExperimentCommandTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "symmetry-exp-" + Guid.NewGuid().ToString("N"));

    public ExperimentCommandTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static readonly string[] Tiny = { "--d", "3", "--batch", "40", "--max-steps", "150", "--check-every", "50" };

    [Fact]
    public void Sgd_with_plugins_records_the_specs_and_a_seed_gives_the_same_line_at_any_parallelism()
    {
        string a = Path.Combine(dir, "a.jsonl"), b = Path.Combine(dir, "b.jsonl");
        string[] plugins = { "--activation", "softplus", "--distribution", "uniform(0,2)" };
        Json(["sgd", .. Tiny, .. plugins, "--runs", "3", "--out", a, "--parallel", "2", "--json"]);
        Json(["sgd", .. Tiny, .. plugins, "--runs", "1", "--first-seed", "2", "--out", b, "--parallel", "1", "--json"]);
        var lines = File.ReadAllLines(a);
        Assert.Equal(3, lines.Length);
        foreach (var l in lines)
        {
            var e = JsonDocument.Parse(l).RootElement;
            Assert.Equal("softplus(beta=1)", e.GetProperty("activation").GetString());
            Assert.Equal("uniform(0,2)", e.GetProperty("distribution").GetString());
        }
        // Equal lines but for the wall time each run took.
        static string Untimed(string line) => System.Text.RegularExpressions.Regex.Replace(line, ",\"seconds\":[^,}]*", "");
        Assert.Equal(Untimed(File.ReadAllLines(b).Single()), Untimed(lines.Single(l => JsonDocument.Parse(l).RootElement.GetProperty("seed").GetInt32() == 2)));

        // Resuming the file with other specs is refused, as for other model changes.
        var line = AssertInvalidInput(["sgd", .. Tiny, "--runs", "3", "--out", a, "--activation", "tanh", "--distribution", "uniform(0,2)"]);
        Assert.Contains("tanh", line);
    }

    [Fact]
    public void Lines_written_before_specs_were_recorded_resume_as_relu_on_gaussian_inputs()
    {
        string path = Path.Combine(dir, "old.jsonl");
        Json(["sgd", .. Tiny, "--runs", "2", "--out", path, "--json"]);
        // Strip the two spec fields, as in a file from before they existed.
        var old = File.ReadAllLines(path).Select(l =>
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(l)!.AsObject();
            Assert.Equal("relu", (string?)node["activation"]);
            Assert.Equal("gaussian", (string?)node["distribution"]);
            node.Remove("activation");
            node.Remove("distribution");
            return node.ToJsonString();
        }).ToArray();
        File.WriteAllLines(path, old);
        Assert.Equal(2, Json(["sgd", .. Tiny, "--runs", "2", "--out", path, "--json"]).GetProperty("skipped").GetInt32());
        AssertInvalidInput(["sgd", .. Tiny, "--runs", "2", "--out", path, "--distribution", "uniform(-1,1)"]);
    }

    [Fact]
    public void Experiment_counts_every_run_once_and_draws_one_heatmap_per_type()
    {
        string runs = Path.Combine(dir, "runs.jsonl"), svgs = Path.Combine(dir, "svg");
        var j = Json(["experiment", .. Tiny, "--runs", "3", "--out", runs, "--svg-dir", svgs, "--json"]);
        var types = j.GetProperty("types").EnumerateArray().ToList();
        Assert.Equal(3, types.Sum(t => t.GetProperty("count").GetInt32()));
        Assert.Equal(new[] { 0, 1, 2 }, types.SelectMany(t => t.GetProperty("seeds").EnumerateArray().Select(s => s.GetInt32())).Order().ToArray());
        Assert.Equal(types.Count, Directory.GetFiles(svgs, "*.svg").Length);

        // Each heatmap is a well-formed SVG document (PlotTests checks what the heatmap renderer draws, cell by cell).
        foreach (var t in types)
            Assert.Equal("svg", XDocument.Load(t.GetProperty("svg").GetString()!).Root!.Name.LocalName);
    }

    [Fact]
    public void Refined_gaussian_runs_land_on_typed_critical_points_and_the_text_table_lists_them()
    {
        var result = Run(["experiment", .. Tiny, "--runs", "2", "--refine"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("isotropy type", result.Stdout);
        Assert.Contains("refined", result.Stdout);
    }

    [Theory]
    [InlineData("--activation", "nope")]
    [InlineData("--distribution", "uniform(2,1)")]
    [InlineData("--tolerance", "0")]
    public void Bad_options_are_invalid_input(string option, string value)
    {
        Assert.StartsWith("error: ", AssertInvalidInput(["experiment", .. Tiny, "--runs", "1", option, value]));
        Assert.StartsWith("error: ", AssertInvalidInput(["sgd", .. Tiny, "--runs", "1", "--out", Path.Combine(dir, "x.jsonl"), option == "--tolerance" ? "--step" : option, value]));
    }

    [Fact]
    public void Refine_on_a_monte_carlo_loss_is_refused()
    {
        Assert.Contains("population loss", AssertInvalidInput(["experiment", .. Tiny, "--runs", "1", "--distribution", "uniform(0,2)", "--refine"]));
    }
}
