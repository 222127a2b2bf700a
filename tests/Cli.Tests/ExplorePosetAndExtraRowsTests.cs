using System.Text.Json;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

/// <summary>
/// explore with the survey's non-Young types (ΔS_2≀S_3 at d = 6, searched in the full model) and with k = d + m: the
/// types listed, --type naming a non-Young type, the points checked against the full model through loss, and the bad
/// inputs (k below d, a name that is no type, budgets worded with the command's own options).
/// </summary>
public sealed class ExplorePosetAndExtraRowsTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void At_d_6_the_wreath_types_are_searched_in_the_full_model_and_named_by_type()
    {
        var j = Json("explore", "--d", "6", "--seeds", "4", "--json");
        var types = j.GetProperty("types").EnumerateArray().ToList();
        var wreath = types.Single(t => t.GetProperty("name").GetString() == "ΔS_2≀S_3");
        Assert.True(wreath.GetProperty("fullModel").GetBoolean());
        Assert.Equal(3, wreath.GetProperty("fixedDimension").GetInt32());
        Assert.False(types.Single(t => t.GetProperty("name").GetString() == "ΔS_5×ΔS_1").GetProperty("fullModel").GetBoolean());
        var text = Run("explore", "--d", "6", "--seeds", "4");
        Assert.Contains("ΔS_2≀S_3 (dim 3, full model)", text.Stdout);

        // --type in ASCII; the non-Young saddles found in Fix(ΔS_3≀S_2) are critical points of the full model (loss command).
        var named = Json("explore", "--d", "6", "--type", "S3 wr S2", "--seeds", "8", "--json");
        Assert.Equal("ΔS_3≀S_2", Assert.Single(named.GetProperty("types").EnumerateArray()).GetProperty("name").GetString());
        var wreathPoints = named.GetProperty("points").EnumerateArray().Where(p => p.GetProperty("isotropy").GetString() == "ΔS_3≀S_2").ToList();
        Assert.NotEmpty(wreathPoints);
        foreach (var p in wreathPoints)
        {
            var w = p.GetProperty("weights").EnumerateArray().Select(r => r.EnumerateArray().Select(e => e.GetDouble()).ToArray()).ToArray();
            var full = Json("loss", "--point", dir.Rows("w.json", w), "--d", "6", "--json");
            Assert.Equal(p.GetProperty("loss").GetDouble(), full.GetProperty("loss").GetDouble(), 5);
            Assert.True(full.GetProperty("gradientNorm").GetDouble() < 1e-4); // weights rounded to 6 decimals in the JSON
            Assert.Equal("7200", p.GetProperty("orbitSize").ToString()); // 6!·6!/72
        }
    }

    [Fact]
    public void K_above_d_adds_the_extra_rows_as_a_block_and_reports_k()
    {
        var r = Run("explore", "--d", "4", "--k", "5", "--seeds", "4");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("k = 5, d = 4", r.Stdout);
        Assert.Contains("ΔS_3×ΔS_1 × S_1 (extra rows)", r.Stdout);
        var j = Json("explore", "--d", "4", "--k", "5", "--seeds", "4", "--json");
        Assert.Equal(5, j.GetProperty("k").GetInt32());
        // |S_5 × S_4| = 120 · 24.
        Assert.Equal("2880", j.GetProperty("symmetryOrder").GetString());
        foreach (var p in j.GetProperty("points").EnumerateArray())
            Assert.Equal(5, p.GetProperty("weights").GetArrayLength());
    }

    [Theory]
    [InlineData("k ≥ d", "explore", "--d", "6", "--k", "5")]
    [InlineData("k = d", "explore", "--d", "4", "--k", "5", "--teacher", "blocks(2,2;1,2)")]
    [InlineData("ΔS_2≀S_3", "explore", "--d", "6", "--type", "T_3 wr S_2")]
    [InlineData("--blocks", "explore", "--d", "5000", "--blocks", "4")]
    [InlineData("--max-fixed-dim", "explore", "--d", "6", "--max-fixed-dim", "1")]
    public void Bad_input_is_one_error_line_naming_the_problem(string expected, params string[] args)
    {
        var line = AssertInvalidInput(args);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("SurveyOptions", line);
    }
}
