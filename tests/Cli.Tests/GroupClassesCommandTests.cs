using System.Diagnostics;
using System.Numerics;
using System.Text.Json;
using Landscape.Symmetry.Groups;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

/// <summary>
/// <c>symmetry group</c> on groups too large to enumerate: class sizes and their verification, the
/// bound that keeps large specs fast, progress lines, and Ctrl+C.
/// </summary>
public class GroupClassesCommandTests
{
    // S_6 ≀ S_2 with its points relabelled: the swap of the blocks, a 6-cycle and a transposition in one block.
    private const string S6WrS2 = "(1,7)(2,10)(3,8)(4,12)(5,9)(6,11),(2,7,9,6,4,8),(2,7)";

    [Fact]
    public void S6_wreath_S2_from_bare_generators_reports_77_verified_classes()
    {
        var j = Json("group", S6WrS2, "--degree", "12", "--json");
        Assert.Equal("1036800", j.GetProperty("order").GetString());
        Assert.Equal(77, j.GetProperty("conjugacyClasses").GetInt64());
        var list = j.GetProperty("conjugacyClassList").EnumerateArray().ToArray();
        Assert.Equal(77, list.Length);
        Assert.Equal(new BigInteger(1_036_800), list.Aggregate(BigInteger.Zero, (s, c) => s + BigInteger.Parse(c.GetProperty("size").GetString()!)));
        // Each representative's cycle type is the one reported, and the representatives are distinct.
        foreach (var c in list)
        {
            var p = Permutation.Parse(c.GetProperty("representative").GetString()!, 12);
            Assert.Equal(p.CycleType().ToString(), c.GetProperty("cycleType").GetString());
        }
        Assert.Contains("centralizer orders and pairwise non-conjugacy", j.GetProperty("conjugacyClassCheck").GetString());
    }

    [Fact]
    public void A_6144_point_iterated_wreath_product_spec_answers_without_its_stabilizer_chain()
    {
        string spec = "S(3)" + string.Concat(Enumerable.Repeat(" wr S(2)", 11));
        var j = Json("group", spec, "--json");
        Assert.Equal(6144, j.GetProperty("degree").GetInt32());
        Assert.Equal(JsonValueKind.Null, j.GetProperty("base").ValueKind);
        Assert.Contains($"above {GroupSummary.SpecBaseDegreeLimit}", j.GetProperty("baseReason").GetString());
        // |S_3 ≀ S_2 ≀ … ≀ S_2| = 6^2048 · 2^(1024 + 512 + … + 1).
        Assert.Equal((BigInteger.Pow(6, 2048) * BigInteger.Pow(2, 2047)).ToString(), j.GetProperty("order").GetString());
    }

    [Fact]
    public void Progress_lines_name_each_step_on_stderr()
    {
        var r = Run("group", "S(4) wr S(3)", "--progress");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"group: step {i}/5:"), r.ErrorLines.Select(l => l[..l.IndexOf(':', 7)] + ":"));
    }

    [Fact]
    public void Ctrl_C_stops_a_long_computation_with_one_error_line()
    {
        // A 6144-point iterated wreath product given by bare generators needs its stabilizer chain: tens of seconds.
        string spec = "S(3)" + string.Concat(Enumerable.Repeat(" wr S(2)", 11));
        var generators = string.Join(",", Json("group", spec, "--json").GetProperty("generators").EnumerateArray().Select(g => g.GetString()));
        var dll = typeof(SymmetryCli).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { dll, "group", generators, "--degree", "6144", "--progress" }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var lines = new List<string>();
        while (process.StandardError.ReadLine() is { } line)
        {
            lines.Add(line);
            if (line.StartsWith("group: step 2/5")) break;
        }
        Assert.Contains(lines, l => l.StartsWith("group: step 2/5"));
        Thread.Sleep(500);
        using (var kill = Process.Start("kill", new[] { "-INT", process.Id.ToString() })!) kill.WaitForExit();
        var rest = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the process did not stop within a minute of Ctrl+C");
        Assert.Equal(130, process.ExitCode);
        Assert.Equal("", stdout.Result);
        var error = Assert.Single(rest.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("error: stopped by Ctrl+C at step 2/5, order and stabilizer chain (degree 6144).", error);
    }
}
