using System.Text.Json;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

public class ExploreCommandTests
{
    [Fact]
    public void Header_names_the_plugin_activation_and_distribution()
    {
        var r = Run("explore", "--d", "2", "--seeds", "1", "--activation", "tanh");
        Assert.Equal(0, r.ExitCode);
        var first = r.Stdout.Split('\n')[0];
        Assert.Equal("Critical points of the two-layer tanh network (gaussian inputs, teacher V = I_d), by isotropy type.", first.TrimEnd('\r'));
    }

    [Fact]
    public void Defaults_find_the_global_and_a_spurious_minimum()
    {
        var r = Run("explore");
        Assert.StartsWith("Critical points of the two-layer ReLU network (Gaussian inputs, teacher V = I_d), by isotropy type.", r.Stdout);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Stderr);
        Assert.DoesNotContain('\u001b', r.Stdout);
        Assert.Contains("k = d = 6", r.Stdout);
        foreach (var expected in new[] { "ΔS_6", "ΔS_5×ΔS_1", "ΔS_4×ΔS_2", "minimum", "saddle", "spurious local minim" })
            Assert.Contains(expected, r.Stdout);
    }

    [Fact]
    public void Json_points_are_critical_and_the_spurious_minimum_has_the_stated_symmetry()
    {
        const int d = 6;
        var j = Json("explore", "--json", "--seeds", "8");
        Assert.Equal(d, j.GetProperty("d").GetInt32());
        // |S_6 × S_6| = 720².
        Assert.Equal("518400", j.GetProperty("symmetryOrder").GetString());
        var types = j.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("fixedDimension").GetInt32());
        // Fix(ΔS_d) = span{I, J − I}; Fix(ΔS_{d−1}×ΔS_1): two blocks' diagonal and off-diagonal, two cross blocks, the corner.
        Assert.Equal(2, types["ΔS_6"]);
        Assert.Equal(5, types["ΔS_5×ΔS_1"]);
        var points = j.GetProperty("points").EnumerateArray().ToList();
        Assert.All(points, p => Assert.True(p.GetProperty("gradientNorm").GetDouble() <= 1e-10));
        var global = points[0];
        Assert.True(Math.Abs(global.GetProperty("loss").GetDouble()) < 1e-12);
        Assert.Equal("minimum", global.GetProperty("classification").GetString());
        // W = I, checked from the printed matrix rather than from the library.
        var w = global.GetProperty("weights").EnumerateArray().Select(row => row.EnumerateArray().Select(e => e.GetDouble()).ToArray()).ToArray();
        for (int i = 0; i < d; i++)
            for (int c = 0; c < d; c++) Assert.Equal(i == c ? 1.0 : 0.0, w[i][c], 5);
        Assert.Equal("ΔS_6", global.GetProperty("isotropy").GetString());
        Assert.Equal(720, global.GetProperty("orbitSize").GetInt64()); // (6!)²/6!: the permutation matrices
        var spurious = points.Single(p => p.GetProperty("isotropy").GetString() == "ΔS_5×ΔS_1" && p.GetProperty("classification").GetString() == "minimum");
        Assert.Equal(720 * 6, spurious.GetProperty("orbitSize").GetInt64()); // (6!)²/5!
        Assert.Equal(5, spurious.GetProperty("fixedDimension").GetInt32());
        Assert.True(spurious.GetProperty("loss").GetDouble() > 1e-3);
        Assert.True(spurious.GetProperty("smallestEigenvalue").GetDouble() > 0);
        // Its symmetry, read off the printed W: the first five rows and columns are alike.
        var m = spurious.GetProperty("weights").EnumerateArray().Select(row => row.EnumerateArray().Select(e => e.GetDouble()).ToArray()).ToArray();
        for (int i = 0; i < d - 1; i++)
        {
            Assert.Equal(m[0][0], m[i][i], 5);
            Assert.Equal(m[0][d - 1], m[i][d - 1], 5);
            Assert.Equal(m[d - 1][0], m[d - 1][i], 5);
        }
    }

    [Fact]
    public void Beyond_the_dense_limit_spectra_come_from_isotypic_components()
    {
        // d = 51: 2601 parameters, past the dense eigensolver's limit of 2500.
        var j = Json("explore", "--d", "51", "--seeds", "2", "--json");
        Assert.StartsWith("isotypic components", j.GetProperty("spectrum").GetString());
        var points = j.GetProperty("points").EnumerateArray().ToList();
        Assert.All(points, p => Assert.Equal(JsonValueKind.Number, p.GetProperty("smallestEigenvalue").ValueKind));
        var global = points[0];
        Assert.Equal("ΔS_51", global.GetProperty("isotropy").GetString());
        Assert.Equal("minimum", global.GetProperty("classification").GetString());
        // At W = I the smallest Hessian eigenvalue is 1/4 − 1/(2π) (the W = I limit reported with the spectra of Arjevani & Field, "A tale of symmetry II").
        Assert.Equal(0.25 - 1 / (2 * Math.PI), global.GetProperty("smallestEigenvalue").GetDouble(), 3);
    }

    [Theory]
    [InlineData("--d", "0")]
    [InlineData("--d", "1000000")]
    [InlineData("--d", "four")]
    [InlineData("--seeds", "0")]
    public void Bad_sizes_are_invalid_input(string option, string value)
    {
        var line = AssertInvalidInput("explore", option, value);
        Assert.Contains(option, line);
    }

    [Fact]
    public void K_below_d_is_refused_with_the_reason()
    {
        var line = AssertInvalidInput("explore", "--k", "4", "--d", "6");
        Assert.Contains("k ≥ d", line);
        Assert.Contains("k = 4, d = 6", line);
    }
}
