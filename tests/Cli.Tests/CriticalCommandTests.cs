using System.Text.Json;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

public sealed class CriticalCommandTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    private static double[][] Rows(JsonElement e) => e.EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();

    [Fact]
    public void A_search_in_Fix_of_DS5xDS1_finds_the_spurious_minimum_and_its_file_reads_back()
    {
        // Random starts in Fix(ΔS_5×ΔS_1) at d = 6 end at the spurious minimum of that type, at saddles, or at critical points of
        // larger isotropy inside the same fixed space (W = I, a ΔS_6 minimum of loss 0.056); take the first spurious minimum whose
        // isotropy is exactly ΔS_5×ΔS_1, then check what the command said about it independently.
        JsonElement? found = null;
        string path = dir.File("spurious.json");
        for (int seed = 0; seed < 12 && found is null; seed++)
        {
            var j = Json("critical", "--type", "ΔS_5×ΔS_1", "--d", "6", "--seed", seed.ToString(), "--out", path, "--json");
            if (j.GetProperty("classification").GetString() == "minimum" && j.GetProperty("loss").GetDouble() > 1e-3
                && j.GetProperty("isotropy").GetProperty("name").GetString() == "ΔS_5×ΔS_1") found = j;
        }
        Assert.NotNull(found);
        var p = found.Value;
        Assert.True(p.GetProperty("gradientNorm").GetDouble() <= 1e-10);
        Assert.Equal(720 * 6, p.GetProperty("isotropy").GetProperty("orbitSize").GetInt64()); // (6!)²/5!
        Assert.True(p.GetProperty("smallestEigenvalue").GetDouble() > 0);
        Assert.Equal(0, p.GetProperty("index").GetInt32());

        // The file holds the point: loss at it agrees, it is critical, and the dense spectrum is positive.
        var w = Rows(p.GetProperty("point"));
        var back = Json("loss", "--point", path, "--d", "6", "--json");
        Assert.Equal(p.GetProperty("loss").GetDouble(), back.GetProperty("loss").GetDouble(), 15);
        Assert.True(back.GetProperty("gradientNorm").GetDouble() <= 1e-10);
        var spectrum = Json("spectrum", "--point", path, "--d", "6", "--method", "dense", "--json");
        Assert.All(spectrum.GetProperty("eigenvalues").EnumerateArray(), e => Assert.True(e.GetProperty("value").GetDouble() > 0));
        // Its symmetry, read from the printed W: the first five rows and columns are alike, the last row and column differ.
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(w[0][0], w[i][i], 9);
            Assert.Equal(w[0][5], w[i][5], 9);
            Assert.Equal(w[5][0], w[5][i], 9);
            for (int c = 0; c < 5; c++) if (c != i) Assert.Equal(w[0][1], w[i][c], 9);
        }
        Assert.NotEqual(w[0][0], w[5][5], 3);
    }

    [Theory]
    [InlineData("p.json")]
    [InlineData("p.npy")]
    public void The_out_file_round_trips_exactly_through_point(string name)
    {
        var path = dir.File(name);
        var j = Json("critical", "--d", "3", "--seed", "2", "--second-layer", "--activation", "softplus", "--out", path, "--json");
        var found = Rows(j.GetProperty("point"));
        Assert.Equal(3, found.Length);
        Assert.All(found, row => Assert.Equal(4, row.Length)); // W with a as the last column
        // loss at the file gives the same value and gradient norm, bit for bit.
        var back = Json("loss", "--point", path, "--d", "3", "--second-layer", "--activation", "softplus", "--json");
        Assert.Equal(j.GetProperty("loss").GetDouble(), back.GetProperty("loss").GetDouble());
        Assert.Equal(j.GetProperty("gradientNorm").GetDouble(), back.GetProperty("gradientNorm").GetDouble());
        // Starting critical at the file converges at once to the same point.
        var again = Json("critical", "--point", path, "--d", "3", "--second-layer", "--activation", "softplus", "--json");
        var twice = Rows(again.GetProperty("point"));
        for (int i = 0; i < 3; i++)
            for (int c = 0; c < 4; c++) Assert.Equal(found[i][c], twice[i][c], 9);
    }

    [Fact]
    public void A_deep_net_with_one_hidden_layer_of_width_d_is_fitted_exactly()
    {
        // The teacher is the layered identity (1ᵀ, I) of the same shape, so the global minimum has loss 0 and, with more
        // samples than parameters, a positive definite Hessian.
        const string model = "deep(widths=3,activation=tanh,samples=100,seed=1)";
        var path = dir.File("deep.json");
        var j = Json("critical", "--model", model, "--d", "3", "--out", path, "--json");
        Assert.True(j.GetProperty("gradientNorm").GetDouble() <= 1e-10);
        Assert.True(j.GetProperty("loss").GetDouble() < 1e-20);
        Assert.Equal(JsonValueKind.Null, j.GetProperty("isotropy").ValueKind);
        Assert.Equal("minimum", j.GetProperty("classification").GetString());
        var point = Rows(j.GetProperty("point"));
        Assert.Single(point);
        Assert.Equal(12, point[0].Length); // 3·3 + 1·3, no biases

        // The teacher itself, written by hand in the documented layout (W1 row-major, then W2), has loss 0 too.
        var teacher = dir.Rows("teacher.json", [[1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1]]);
        Assert.Equal(0, Json("loss", "--model", model, "--d", "3", "--point", teacher, "--json").GetProperty("loss").GetDouble(), 15);
    }

    [Fact]
    public void Text_output_reports_the_search_and_progress_goes_to_stderr()
    {
        var r = Run("critical", "--type", "S_2 x S_1", "--d", "3");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("random start in Fix(ΔS_2×ΔS_1)", r.Stdout);
        Assert.Contains("classification", r.Stdout);
        Assert.Contains("Searching Fix(ΔS_2×ΔS_1)", r.Stderr);
        Assert.DoesNotContain("error", r.Stderr);
    }
}
