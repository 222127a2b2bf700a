using System.Text.Json;
using Landscape.Symmetry.Groups;
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

    [Fact]
    public void Large_Young_types_use_the_fixed_space_path()
    {
        // ℝ^d = 2·t ⊕ s under S_{d−1}, so M(d,d) = 5·t ⊕ 5·s ⊕ [d−3,2] ⊕ [d−3,1,1] (s ⊗ s = t ⊕ s ⊕ [d−3,2] ⊕ [d−3,1,1]).
        var j = Json("decompose", "--d", "1000", "--subgroup", "S(999) x S(1)", "--json");
        var c = Constituents(j);
        Assert.Equal((1, 5), c["([999],[1])"]);
        Assert.Equal((998, 5), c["([998,1],[1])"]);
        Assert.Equal((997 * 998 / 2 - 1, 1), c["([997,2],[1])"]);
        Assert.Equal((998 * 997 / 2, 1), c["([997,1,1],[1])"]);
        Assert.Equal(1_000_000, j.GetProperty("dimension").GetInt32());
        Assert.StartsWith("fixed spaces", j.GetProperty("method").GetString());
    }

    private static int OrbitsOnPairs(PermutationGroup h)
    {
        // Brute force: orbits of H on ordered pairs of points, by applying every element.
        var seen = new HashSet<(int, int)>();
        int orbits = 0;
        var elements = h.Elements().ToList();
        for (int p = 0; p < h.Degree; p++)
            for (int q = 0; q < h.Degree; q++)
            {
                if (seen.Contains((p, q))) continue;
                orbits++;
                foreach (var g in elements) seen.Add((g[p], g[q]));
            }
        return orbits;
    }

    [Theory]
    [InlineData("6", "S(3) wr S(2)")]
    [InlineData("5", "D(5)")]
    [InlineData("4", "C(4)")]
    [InlineData("5", "(1,2,3),(4,5)")]
    public void Other_subgroups_are_decomposed_numerically_with_characters(string d, string subgroup)
    {
        var j = Json("decompose", "--d", d, "--subgroup", subgroup, "--json");
        int size = int.Parse(d);
        var spec = GroupSpec.Parse(subgroup, size);
        var h = spec.Build();
        var c = Constituents(j);
        // The trivial multiplicity is dim Fix(ΔH) on M(d,d): the number of orbits of H on ordered pairs.
        Assert.Equal(OrbitsOnPairs(h), c["trivial"].Multiplicity);
        Assert.Equal(size * size, j.GetProperty("dimension").GetInt32());
        Assert.Equal(size * size, c.Values.Sum(x => x.Degree * x.Multiplicity));
        Assert.Equal(c.Values.Sum(x => x.Multiplicity), j.GetProperty("distinctEigenvaluesBound").GetInt32());
        // Characters are irreducible: Σ_C |C| χ(C)² = e·|H| with e = 1, 2, 4 for real, complex, quaternionic types.
        var sizes = j.GetProperty("classes").EnumerateArray().Select(x => x.GetProperty("size").GetDouble()).ToArray();
        foreach (var x in j.GetProperty("constituents").EnumerateArray())
        {
            var chi = x.GetProperty("character").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            int e = x.GetProperty("kind").GetString() switch { "real" => 1, "complex" => 2, _ => 4 };
            Assert.Equal(e * (double)h.Order, chi.Zip(sizes).Sum(p => p.Second * p.First * p.First), 6);
            Assert.Equal(x.GetProperty("degree").GetDouble(), chi[0], 9);
        }
        Assert.StartsWith("numeric", j.GetProperty("method").GetString());
    }

    [Fact]
    public void With_k_the_space_is_M_k_d_under_a_subgroup_of_S_k_times_S_d()
    {
        // M(2,3) = (t ⊕ sgn) ⊗ (t ⊕ [2,1]): four constituents, each once.
        var c = Constituents(Json("decompose", "--k", "2", "--d", "3", "--subgroup", "S(2) x S(3)", "--json"));
        Assert.Equal(new[] { "([2],[3])", "([2],[2,1])", "([1,1],[3])", "([1,1],[2,1])" }, c.Keys);
        Assert.All(c.Values, x => Assert.Equal(1, x.Multiplicity));
        // Rows and columns moved together with k = d is the diagonal action: same degrees and multiplicities.
        var withK = Constituents(Json("decompose", "--k", "4", "--d", "4", "--subgroup", "Diagonal(S(4))", "--second-layer", "--json"));
        var diagonal = Constituents(Json("decompose", "--d", "4", "--subgroup", "S(4)", "--second-layer", "--json"));
        Assert.Equal(diagonal.Values.OrderBy(x => x), withK.Values.OrderBy(x => x));
    }

    [Theory]
    [InlineData(new[] { "--d", "5", "--subgroup", "S(3)" }, "acts on 3 points")]
    [InlineData(new[] { "--d", "0", "--subgroup", "S(1)" }, "--d must be between 1 and 100000; got 0.")]
    [InlineData(new[] { "--d", "100001", "--subgroup", "S(1)" }, "--d must be between 1 and 100000; got 100001.")]
    [InlineData(new[] { "--d", "4", "--subgroup", "S(4" }, "Missing ')'")]
    [InlineData(new[] { "--d", "60", "--subgroup", "S(30) wr S(2)" }, "limited to dimension 2500")]
    [InlineData(new[] { "--k", "0", "--d", "3", "--subgroup", "S(3)" }, "--k must be between 1 and 100000; got 0.")]
    [InlineData(new[] { "--k", "2", "--d", "3", "--subgroup", "S(3)" }, "on 5 points")]
    [InlineData(new[] { "--k", "2", "--d", "3", "--subgroup", "(1,3)" }, "not a subgroup of S_2 × S_3")]
    public void Bad_input_is_one_error_line(string[] args, string mentions)
    {
        var line = AssertInvalidInput(new[] { "decompose" }.Concat(args).ToArray());
        Assert.Contains(mentions, line);
    }
}
