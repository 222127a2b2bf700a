using System.Numerics;
using System.Text.Json;
using Landscape.Symmetry.Groups;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

public class MaximalCommandTests
{
    private static PermutationGroup Rebuild(JsonElement subgroup, int n) =>
        PermutationGroup.Create(n, subgroup.GetProperty("generators").EnumerateArray().Select(g => Permutation.Parse(g.GetString()!, n)));

    [Fact]
    public void S6_lists_its_six_classes_and_the_generators_rebuild_each_group()
    {
        var j = Json("maximal", "--n", "6", "--json");
        Assert.Equal("S_6", j.GetProperty("group").GetString());
        Assert.True(j.GetProperty("complete").GetBoolean());
        Assert.Equal(JsonValueKind.Null, j.GetProperty("note").ValueKind);
        var subgroups = j.GetProperty("subgroups").EnumerateArray().ToArray();
        // S₆: A₆, S₅, S₄ × S₂, S₂ ≀ S₃, S₃ ≀ S₂, PGL(2,5) — orders 360, 120, 48, 48, 72, 120 (the ATLAS; GAP agrees).
        Assert.Equal(new[] { "120", "120", "360", "48", "48", "72" }, subgroups.Select(s => s.GetProperty("order").GetString()).Order(StringComparer.Ordinal));
        foreach (var s in subgroups)
        {
            var g = Rebuild(s, 6);
            Assert.Equal(BigInteger.Parse(s.GetProperty("order").GetString()!), g.Order);
            Assert.Equal(s.GetProperty("transitive").GetBoolean(), g.IsTransitive);
            Assert.Equal(s.GetProperty("primitive").GetBoolean(), g.IsPrimitive);
            Assert.Equal(g.Orbits.Select(o => o.Length).OrderDescending(), Ints(s.GetProperty("orbitLengths")));
        }
        var pgl = Assert.Single(subgroups, s => s.GetProperty("name").GetString() == "PGL(2,5)");
        Assert.Equal("almostSimple", pgl.GetProperty("kind").GetString());
    }

    [Fact]
    public void A7_has_two_classes_of_PSL27_that_are_not_conjugate_in_A7()
    {
        var subgroups = Json("maximal", "--n", "7", "--alternating", "--json").GetProperty("subgroups").EnumerateArray()
            .Where(s => s.GetProperty("order").GetString() == "168").ToArray();
        Assert.Equal(2, subgroups.Length);
        var (a, b) = (Rebuild(subgroups[0], 7), Rebuild(subgroups[1], 7));
        Assert.All(a.Generators.Concat(b.Generators), g => Assert.Equal(1, g.Sign()));
        Assert.Null(SubgroupConjugacy.FindConjugatorInAlternating(a, b));
        Assert.NotNull(SubgroupConjugacy.FindConjugator(a, b));
    }

    [Fact]
    public void Above_12_the_JSON_says_incomplete_and_stderr_warns()
    {
        var result = Run("maximal", "--n", "15", "--json");
        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("warning: ", line);
        using var doc = JsonDocument.Parse(result.Stdout);
        var j = doc.RootElement;
        Assert.False(j.GetProperty("complete").GetBoolean());
        Assert.Contains("not enumerated", j.GetProperty("note").GetString());
        // A₁₅, S_{15−k} × S_k for k = 1..7, S₃ ≀ S₅ and S₅ ≀ S₃.
        Assert.Equal(10, j.GetProperty("subgroups").GetArrayLength());
    }

    [Fact]
    public void The_table_names_the_groups()
    {
        var result = Run("maximal", "--n", "12", "--alternating");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Maximal subgroups of A_12 — 11 conjugacy classes", result.Stdout);
        Assert.Contains("M_12 (class 2 of 2", result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("1000000")]
    [InlineData("many")]
    public void Bad_degrees_exit_2_with_one_error_line(string n) => AssertInvalidInput("maximal", "--n", n);

    [Fact]
    public void Conjugate_finds_a_conjugator_and_checks_it_in_Sn_and_An()
    {
        var j = Json("conjugate", "Group(4; (1,2),(3,4))", "Group(4; (1,3),(2,4))", "--json");
        Assert.True(j.GetProperty("conjugate").GetBoolean());
        var sigma = Permutation.Parse(j.GetProperty("conjugator").GetString()!, 4);
        var k = PermutationGroup.Create(4, new[] { Permutation.Parse("(1,3)", 4), Permutation.Parse("(2,4)", 4) });
        Assert.True(k.Contains(Permutation.Parse("(1,2)", 4).ConjugateBy(sigma)));
        Assert.True(k.Contains(Permutation.Parse("(3,4)", 4).ConjugateBy(sigma)));

        var even = Json("conjugate", "Group(4; (1,2),(3,4))", "Group(4; (1,3),(2,4))", "--alternating", "--json");
        Assert.Equal(1, Permutation.Parse(even.GetProperty("conjugator").GetString()!, 4).Sign());

        var no = Json("conjugate", "Group(4; (1,2)(3,4))", "Group(4; (1,2))", "--json");
        Assert.False(no.GetProperty("conjugate").GetBoolean());
        Assert.Contains("orbit lengths", no.GetProperty("reason").GetString());
    }

    [Fact]
    public void Conjugate_rejects_groups_of_different_degrees() =>
        Assert.Contains("same degree", AssertInvalidInput("conjugate", "S(3)", "S(4)"));
}
