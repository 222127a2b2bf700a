using System.Text.Json;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

/// <summary>
/// The point commands on the reduced road against the full model at small d: <c>critical --type --method auto|reduced</c>
/// finds the point <c>--method full</c> finds from the same seed, and <c>loss --method reduced</c> gives the full model's loss
/// and gradient there (also with a diagonal input covariance); the type may be written in d.
/// </summary>
public sealed class ReducedRoadCommandTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    private static double[] Flat(JsonElement rows) => rows.EnumerateArray().SelectMany(r => r.EnumerateArray().Select(v => v.GetDouble())).ToArray();

    [Theory]
    [InlineData("6", "S(d-1) x S(1)", "3")]
    [InlineData("7", "S_5 x S_2", "1")]
    [InlineData("8", "S(d-2) x S(1) x S(1)", "2")]
    public void Critical_in_the_reduced_model_finds_the_full_models_point(string d, string type, string seed)
    {
        var full = Json("critical", "--d", d, "--type", type, "--seed", seed, "--method", "full", "--json");
        var auto = Json("critical", "--d", d, "--type", type, "--seed", seed, "--json");
        Assert.Contains("searched in the full model", full.GetProperty("start").GetString());
        Assert.Contains("searched in the reduced model", auto.GetProperty("start").GetString());
        Assert.Equal(full.GetProperty("loss").GetDouble(), auto.GetProperty("loss").GetDouble(), 10);
        var a = Flat(full.GetProperty("point"));
        var b = Flat(auto.GetProperty("point"));
        Assert.True(a.Zip(b, (x, y) => Math.Abs(x - y)).Max() < 1e-7);
        Assert.Equal("full model", auto.GetProperty("gradientNormFrom").GetString());
        Assert.True(auto.GetProperty("gradientNorm").GetDouble() <= 1e-10);
        Assert.Equal(full.GetProperty("classification").GetString(), auto.GetProperty("classification").GetString());
        Assert.Equal(full.GetProperty("smallestEigenvalue").GetDouble(), auto.GetProperty("smallestEigenvalue").GetDouble(), 9);
    }

    [Fact]
    public void Loss_on_the_reduced_road_is_the_full_models_loss_and_gradient()
    {
        string path = dir.File("point.json");
        Json("critical", "--d", "6", "--type", "S_4 x S_2", "--seed", "1", "--out", path, "--json");
        var cov = dir.File("cov.txt");
        File.WriteAllText(cov, "1 0 0 0 0 0\n0 1 0 0 0 0\n0 0 1 0 0 0\n0 0 0 1 0 0\n0 0 0 0 3 0\n0 0 0 0 0 3\n");
        foreach (var extra in new[] { Array.Empty<string>(), new[] { "--distribution", $"gaussian(cov={cov})" } })
        {
            var full = Json(["loss", "--d", "6", "--point", path, "--method", "full", "--json", .. extra]);
            var reduced = Json(["loss", "--d", "6", "--point", path, "--method", "reduced", "--json", .. extra]);
            Assert.Equal(full.GetProperty("loss").GetDouble(), reduced.GetProperty("loss").GetDouble(), 12);
            var g = full.GetProperty("gradient").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            var h = reduced.GetProperty("gradient").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            Assert.Equal(g.Length, h.Length);
            Assert.True(g.Zip(h, (x, y) => Math.Abs(x - y)).Max() < 1e-12);
            Assert.Equal(full.GetProperty("isotropy").GetProperty("name").GetString(), reduced.GetProperty("isotropy").GetProperty("name").GetString());
        }
    }

    [Fact]
    public void The_reduced_road_refuses_what_it_cannot_read()
    {
        Assert.Contains("block constant", AssertInvalidInput("loss", "--d", "5", "--point", "random", "--method", "reduced"));
        Assert.Contains("--type", AssertInvalidInput("critical", "--d", "5", "--method", "reduced"));
        Assert.Contains("k = d", AssertInvalidInput("critical", "--d", "5", "--k", "6", "--type", "S_4 x S_1"));
    }
}
