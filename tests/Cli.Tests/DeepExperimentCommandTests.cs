using System.Text.Json;
using System.Text.Json.Nodes;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

public sealed class DeepExperimentCommandTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    private const string Deep = "deep(widths=3-3,activation=relu,samples=200)";

    private static readonly string[] Tiny = { "experiment", "--model", Deep, "--d", "3", "--batch", "20", "--max-steps", "100", "--check-every", "50", "--parallel", "1" };

    // W1 = diag(w1), W2 = I_3, W3 = 1ᵀ as the flat layout (row-major W1, W2, W3).
    private static double[] Layered(double[] w1) =>
        [.. Enumerable.Range(0, 9).Select(t => t / 3 == t % 3 ? w1[t / 3] : 0), .. Enumerable.Range(0, 9).Select(t => t / 3 == t % 3 ? 1.0 : 0), 1, 1, 1];

    [Fact]
    public void Deep_end_points_are_typed_layer_by_layer_as_the_symmetry_of_the_layered_identity_predicts()
    {
        var path = dir.File("deep.jsonl");
        var run = Json([.. Tiny, "--runs", "2", "--out", path, "--json"]);
        Assert.Equal(new[] { 3, 3, 3, 1 }, Ints(run.GetProperty("widths")));
        Assert.True(run.GetProperty("inputsPermuted").GetBoolean());
        Assert.Equal(3, run.GetProperty("layers").GetArrayLength());
        Assert.All(run.GetProperty("points").EnumerateArray(), p => Assert.Equal(3, p.GetProperty("types").GetArrayLength()));

        // Replace the end points by the teacher (1ᵀ, I, I), whose stabiliser is ΔS_3 (eq. 4.15), and by a point whose third
        // hidden unit differs in W1 only, which leaves ΔS_2 × ΔS_1 on the first two layers and S_2 × S_1 on the output row.
        var lines = File.ReadAllLines(path).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        lines[0]["parameters"] = new JsonArray(Layered([1, 1, 1]).Select(v => (JsonNode)v).ToArray());
        lines[1]["parameters"] = new JsonArray(Layered([1, 1, 2]).Select(v => (JsonNode)v).ToArray());
        File.WriteAllLines(path, lines.Select(l => l.ToJsonString()));

        var png = dir.File("deep.png");
        var table = Json([.. Tiny, "--runs", "2", "--from", path, "--plot", png, "--json"]);
        var points = table.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal("6", points[0].GetProperty("jointOrder").GetString());
        Assert.Equal("2", points[1].GetProperty("jointOrder").GetString());
        string[] TypesOf(int i) => points[i].GetProperty("types").EnumerateArray().Select(t => t.GetString()!).ToArray();
        Assert.Equal(new[] { "ΔS_3", "ΔS_3", "S_1 (rows) × S_3 (columns)" }, TypesOf(0));
        Assert.Equal(new[] { "ΔS_2×ΔS_1", "ΔS_2×ΔS_1", "S_1 (rows) × S_2×S_1 (columns)" }, TypesOf(1));
        Assert.True(new FileInfo(png).Length > 1000);
    }

    [Fact]
    public void Two_layer_options_and_a_file_of_another_model_are_refused_with_one_line()
    {
        // One wording with sgd (ModelOptions.RefuseTwoLayerOptions).
        Assert.Contains("--k is the hidden units of a two-layer model", AssertInvalidInput([.. Tiny, "--k", "3", "--runs", "1"]));
        Assert.Contains("--teacher is a two-layer teacher", AssertInvalidInput([.. Tiny, "--teacher", dir.Rows("t.json", [[1, 0, 0], [0, 1, 0], [0, 0, 1]]), "--runs", "1"]));
        var path = dir.File("other.jsonl");
        Json([.. Tiny, "--runs", "1", "--out", path, "--json"]);
        var line = AssertInvalidInput("experiment", "--model", "deep(widths=3,activation=relu,samples=200)", "--d", "3", "--from", path);
        Assert.Contains("the same model, d, activation and distribution", line);
    }
}
