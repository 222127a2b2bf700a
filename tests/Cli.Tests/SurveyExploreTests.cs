using System.Text.Json;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

/// <summary>
/// explore as the survey's door: types inside the joint symmetry of a structured teacher, points checked against the
/// full model through other commands (loss with the teacher file, spectrum dense), the reduced road of spectrum and
/// loss, and the bad inputs of the survey.
/// </summary>
public sealed class SurveyExploreTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    private static double[][] Weights(JsonElement point) =>
        point.GetProperty("weights").EnumerateArray().Select(r => r.EnumerateArray().Select(e => e.GetDouble()).ToArray()).ToArray();

    [Fact]
    public void A_block_scalar_teacher_searches_only_types_inside_its_symmetry_and_its_points_are_critical_in_the_full_model()
    {
        var j = Json("explore", "--d", "6", "--teacher", "blocks(3,3;1,2)", "--seeds", "4", "--json");
        Assert.Equal("V = I_3 ⊕ 2·I_3", j.GetProperty("teacher").GetString());
        // |S_6 × (S_3 × S_3)| = 720 · 36.
        Assert.Equal((720 * 36).ToString(), j.GetProperty("symmetryOrder").GetString());
        var types = j.GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToList();
        Assert.Equal("ΔS_3×ΔS_3", types[0]); // the joint symmetry itself, maximal first
        Assert.DoesNotContain("ΔS_6", types);
        Assert.DoesNotContain("ΔS_5×ΔS_1", types);
        // The teacher as a file for the full model: each point's loss and ‖∇L‖ from loss (full model) agree.
        var teacher = dir.File("v.txt");
        File.WriteAllLines(teacher, Enumerable.Range(0, 6).Select(i => string.Join(" ", Enumerable.Range(0, 6).Select(c => c == i ? (i < 3 ? "1" : "2") : "0"))));
        foreach (var p in j.GetProperty("points").EnumerateArray().Take(4))
        {
            var w = Weights(p);
            // Rounded to 6 decimals in the JSON: the full gradient is then about 1e-6, not 1e-12.
            var full = Json("loss", "--point", dir.Rows("w.json", w), "--teacher", teacher, "--d", "6", "--json");
            Assert.Equal(p.GetProperty("loss").GetDouble(), full.GetProperty("loss").GetDouble(), 5);
            Assert.True(full.GetProperty("gradientNorm").GetDouble() < 1e-4);
        }
    }

    [Fact]
    public void Explore_lists_spectra_by_irreducible_whose_multiplicities_fill_the_parameter_space()
    {
        var j = Json("explore", "--d", "7", "--seeds", "4", "--json");
        foreach (var p in j.GetProperty("points").EnumerateArray())
        {
            long total = p.GetProperty("irreducibles").EnumerateArray().Sum(b => b.GetProperty("dimension").GetInt64() * b.GetProperty("eigenvalues").GetArrayLength());
            Assert.Equal(49, total);
            double min = p.GetProperty("irreducibles").EnumerateArray().SelectMany(b => b.GetProperty("eigenvalues").EnumerateArray()).Min(e => e.GetDouble());
            Assert.Equal(min, p.GetProperty("smallestEigenvalue").GetDouble(), 12);
        }
    }

    [Fact]
    public void Reduced_and_dense_spectra_agree_at_a_survey_point_and_auto_takes_the_reduced_road()
    {
        var j = Json("explore", "--d", "6", "--type", "S_5 x S_1", "--json");
        var minimum = j.GetProperty("points").EnumerateArray().First(p => p.GetProperty("classification").GetString() == "minimum" && p.GetProperty("loss").GetDouble() > 1e-3);
        // The weights printed to 6 decimals are not critical to 1e-12; refine with critical, then compare spectra there.
        var path = dir.File("p.json");
        Run("critical", "--point", dir.Rows("start.json", Weights(minimum)), "--type", "S_5 x S_1", "--d", "6", "--out", path, "--json");
        var dense = Json("spectrum", "--point", path, "--d", "6", "--method", "dense", "--json");
        var auto = Json("spectrum", "--point", path, "--d", "6", "--json");
        Assert.Equal("reduced", auto.GetProperty("method").GetString());
        var a = dense.GetProperty("eigenvalues").EnumerateArray().Select(e => (V: e.GetProperty("value").GetDouble(), M: e.GetProperty("multiplicity").GetInt64())).ToList();
        var b = auto.GetProperty("eigenvalues").EnumerateArray().Select(e => (V: e.GetProperty("value").GetDouble(), M: e.GetProperty("multiplicity").GetInt64())).ToList();
        Assert.Equal(a.Count, b.Count);
        for (int i = 0; i < a.Count; i++)
        {
            Assert.Equal(a[i].V, b[i].V, 9);
            Assert.Equal(a[i].M, b[i].M);
        }
        Assert.Equal(dense.GetProperty("loss").GetDouble(), auto.GetProperty("loss").GetDouble(), 12);
    }

    [Fact]
    public void Loss_of_a_block_constant_point_takes_the_reduced_road_and_agrees_with_the_full_model()
    {
        // A block-constant point of ΔS_40×ΔS_10 (d = 50, where loss starts to take the reduced road) with exact values.
        const int d = 50;
        var w = Enumerable.Range(0, d).Select(i => Enumerable.Range(0, d).Select(c =>
            i == c ? (i < 40 ? 0.9 : -0.7) : (i < 40 ? (c < 40 ? 0.05 : 0.2) : (c < 40 ? -0.1 : 0.3))).ToArray()).ToArray();
        var reduced = Json("loss", "--point", dir.Rows("b.json", w), "--d", "50", "--json");
        // The same point with one off-block entry nudged by 1e-9: not exactly block constant, so the full model answers
        // (an independent oracle for the reduced value and gradient).
        var nudged = w.Select(r => r.ToArray()).ToArray();
        nudged[0][1] += 1e-9;
        var full = Json("loss", "--point", dir.Rows("n.json", nudged), "--d", "50", "--json");
        Assert.Equal(full.GetProperty("loss").GetDouble(), reduced.GetProperty("loss").GetDouble(), 7);
        var g1 = reduced.GetProperty("gradient").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var g2 = full.GetProperty("gradient").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        for (int i = 0; i < g1.Length; i++) Assert.Equal(g2[i], g1[i], 7);
        Assert.Equal("ΔS_40×ΔS_10", reduced.GetProperty("isotropy").GetProperty("name").GetString());
    }

    [Fact]
    public void Progress_goes_to_stderr_and_names_each_type()
    {
        var r = Run("explore", "--d", "5", "--seeds", "1", "--progress");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("explore: type 1/", r.Stderr);
        Assert.Contains("ΔS_5", r.Stderr);
    }

    [Theory]
    [InlineData("the joint symmetry", "explore", "--d", "6", "--teacher", "blocks(3,3;1,2)", "--type", "S_4 x S_2")]
    [InlineData("trivial", "explore", "--teacher", "blocks(1,1,1;1,2,3)")]
    [InlineData("5000", "explore", "--d", "5000", "--blocks", "4")]
    [InlineData("blocks(", "explore", "--teacher", "blocks(3,3)")]
    [InlineData("off-diagonal", "explore", "--d", "2", "--teacher", "TEACHER")]
    [InlineData("k = d", "explore", "--d", "8", "--k", "9", "--teacher", "blocks(4,4;1,2)")]
    public void Bad_survey_input_is_one_error_line_naming_the_problem(string expected, params string[] args)
    {
        var full = dir.File("t.txt");
        File.WriteAllLines(full, new[] { "1 0.5", "0 1" });
        var line = AssertInvalidInput(args.Select(a => a == "TEACHER" ? full : a).ToArray());
        Assert.Contains(expected, line);
    }
}
