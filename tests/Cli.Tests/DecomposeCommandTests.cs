using System.Text.Json;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

public class DecomposeCommandTests
{
    private static Dictionary<string, (int Degree, int Multiplicity)> Constituents(JsonElement j) =>
        j.GetProperty("constituents").EnumerateArray().ToDictionary(
            c => c.GetProperty("label").GetString()!,
            c => (c.GetProperty("degree").GetInt32(), c.GetProperty("multiplicity").GetInt32()));

    [Theory]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(12)]
    public void Diagonal_symmetric_group_gives_the_known_decomposition(int d)
    {
        // Design notes: M(d,d) ≅ 2·[d] ⊕ 3·[d−1,1] ⊕ [d−2,2] ⊕ [d−2,1,1] under ΔS_d; degrees by the hook formula:
        // [d−1,1] has d−1, [d−2,2] has d(d−3)/2, [d−2,1,1] has (d−1)(d−2)/2.
        var j = Json("decompose", "--d", d.ToString(), "--subgroup", $"S({d})", "--json");
        var c = Constituents(j);
        Assert.Equal(4, c.Count);
        Assert.Equal((1, 2), c[$"([{d}])"]);
        Assert.Equal((d - 1, 3), c[$"([{d - 1},1])"]);
        Assert.Equal((d * (d - 3) / 2, 1), c[$"([{d - 2},2])"]);
        Assert.Equal(((d - 1) * (d - 2) / 2, 1), c[$"([{d - 2},1,1])"]);
        Assert.Equal(d * d, j.GetProperty("dimension").GetInt32());
        Assert.Equal(7, j.GetProperty("distinctEigenvaluesBound").GetInt32());
    }

    [Fact]
    public void Second_layer_adds_one_trivial_and_one_standard_copy()
    {
        var j = Json("decompose", "--d", "6", "--subgroup", "S(6)", "--second-layer", "--json");
        var c = Constituents(j);
        Assert.Equal((1, 3), c["([6])"]);
        Assert.Equal((5, 4), c["([5,1])"]);
        Assert.Equal(6 * 6 + 6, j.GetProperty("dimension").GetInt32());
        Assert.Equal(9, j.GetProperty("distinctEigenvaluesBound").GetInt32());
    }

    [Fact]
    public void Trivial_multiplicity_is_the_fixed_space_dimension_of_the_type()
    {
        // Fix(ΔS_{d−1}×ΔS_1) in M(d,d) has dimension 5, and 7 with the second layer.
        var c = Constituents(Json("decompose", "--d", "9", "--subgroup", "S(8) x S(1)", "--json"));
        Assert.Equal(5, c["([8],[1])"].Multiplicity);
        c = Constituents(Json("decompose", "--d", "9", "--subgroup", "S(8) x S(1)", "--second-layer", "--json"));
        Assert.Equal(7, c["([8],[1])"].Multiplicity);
    }

    [Fact]
    public void Table_output_names_the_constituents()
    {
        var r = Run("decompose", "--d", "5", "--subgroup", "S(3) x S(2)");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("([3],[2])", r.Stdout);
        Assert.Contains("dimension 25", r.Stdout);
    }

    [Theory]
    [InlineData("6", "S(3) wr S(2)", "Young subgroups")]
    [InlineData("5", "S(3)", "acts on 3 points")]
    [InlineData("0", "S(1)", "at least 1")]
    [InlineData("1000", "S(999) x S(1)", "2000 classes")]
    [InlineData("4", "S(4", "Missing ')'")]
    public void Bad_input_is_one_error_line(string d, string subgroup, string mentions)
    {
        var line = AssertInvalidInput("decompose", "--d", d, "--subgroup", subgroup);
        Assert.Contains(mentions, line);
    }
}
