using System.Numerics;
using System.Text.Json;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

public class ExploreCommandTests
{
    [Fact]
    public void DefaultsRunAsAGroupsDemoAndSaySo()
    {
        var r = Run("explore");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Stderr);
        Assert.DoesNotContain('\u001b', r.Stdout);
        var header = r.Stdout.Split('\n')[0];
        Assert.Contains("Groups demo", header);
        Assert.Contains("Landscape layer", header);
        // k = d = 4: |S4 × S4| = 576, |ΔS4| = 24, |Z2 ≀ S4| = 2^4 · 4! = 384.
        Assert.Contains("k = 4, d = 4", r.Stdout);
        foreach (var expected in new[] { "Cells(4,4)", "CellsWithSecondLayer(4,4)", "DiagonalCells(4)", "Hyperoctahedral(4)", "576", "384" })
            Assert.Contains(expected, r.Stdout);
    }

    [Fact]
    public void JsonForD6MatchesTheClosedForms()
    {
        const int k = 4, d = 6;
        var j = Json("explore", "--d", "6", "--json");
        Assert.Equal(k, j.GetProperty("k").GetInt32());
        Assert.Equal(d, j.GetProperty("d").GetInt32());
        Assert.Contains("Landscape layer", j.GetProperty("note").GetString());
        var groups = j.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("spec").GetString()!);
        Assert.Equal(4, groups.Count);

        var cells = groups[$"Cells({k},{d})"];
        Assert.Equal(k * d, cells.GetProperty("degree").GetInt32());
        Assert.Equal((MathFacts.Factorial(k) * MathFacts.Factorial(d)).ToString(), cells.GetProperty("order").GetString());
        Assert.Equal(1, cells.GetProperty("orbitCount").GetInt32());
        Assert.True(cells.GetProperty("transitive").GetBoolean());
        Assert.False(cells.GetProperty("primitive").GetBoolean());
        Assert.Equal((long)(MathFacts.Partitions(k) * MathFacts.Partitions(d)), cells.GetProperty("conjugacyClasses").GetInt64());

        var second = groups[$"CellsWithSecondLayer({k},{d})"];
        Assert.Equal(k * d + k, second.GetProperty("degree").GetInt32());
        Assert.Equal(cells.GetProperty("order").GetString(), second.GetProperty("order").GetString());
        Assert.Equal(new[] { k, k * d }, Sorted(second.GetProperty("orbitSizes")));
        Assert.False(second.GetProperty("transitive").GetBoolean());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("primitive").ValueKind);

        var diagonal = groups[$"DiagonalCells({d})"];
        Assert.Equal(d * d, diagonal.GetProperty("degree").GetInt32());
        Assert.Equal(MathFacts.Factorial(d).ToString(), diagonal.GetProperty("order").GetString());
        Assert.Equal(new[] { d, d * d - d }, Sorted(diagonal.GetProperty("orbitSizes"))); // diagonal and off-diagonal cells
        Assert.Equal((long)MathFacts.Partitions(d), diagonal.GetProperty("conjugacyClasses").GetInt64());

        var signed = groups[$"Hyperoctahedral({d})"];
        Assert.Equal(2 * d, signed.GetProperty("degree").GetInt32());
        Assert.Equal((BigInteger.Pow(2, d) * MathFacts.Factorial(d)).ToString(), signed.GetProperty("order").GetString());
        Assert.True(signed.GetProperty("transitive").GetBoolean());
        Assert.False(signed.GetProperty("primitive").GetBoolean());
        Assert.Equal((long)MathFacts.Bipartitions(d), signed.GetProperty("conjugacyClasses").GetInt64());
    }

    [Fact]
    public void LargeDimensionFinishesWithoutEnumeratingElements()
    {
        const int d = 200;
        var started = System.Diagnostics.Stopwatch.StartNew();
        var j = Json("explore", "--d", $"{d}", "--json");
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(60), $"took {started.Elapsed}");
        var diagonal = j.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("spec").GetString() == $"DiagonalCells({d})");
        Assert.Equal(d * d, diagonal.GetProperty("degree").GetInt32());
        Assert.Equal(MathFacts.Factorial(d).ToString(), diagonal.GetProperty("order").GetString());
        // p(200) = 3972999029388 fits in 2^53, so it is a JSON number.
        Assert.Equal(3972999029388L, diagonal.GetProperty("conjugacyClasses").GetInt64());
    }

    [Theory]
    [InlineData("--d", "0")]
    [InlineData("--k", "-3")]
    [InlineData("--d", "100000")]
    [InlineData("--k", "four")]
    public void BadSizesAreInvalidInput(string option, string value)
    {
        var line = AssertInvalidInput("explore", option, value);
        Assert.Contains(option, line);
    }

    private static int[] Sorted(JsonElement array) => Ints(array).Order().ToArray();
}
