using System.Diagnostics;
using System.Text.Json;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

/// <summary>
/// The gd protocol, sweep safety and Slurm sharding through the command line — including real child processes of the
/// built tool (<c>dotnet symmetry.dll</c>) killed with SIGKILL and two processes on one file.
/// </summary>
[Collection("environment")] // the Slurm cases set process environment variables
public sealed class SweepProtocolCommandTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    private static readonly string[] Tiny = ["--d", "3", "--batch", "40", "--max-steps", "150", "--check-every", "50"];

    [Fact]
    public void Experiment_with_the_gd_protocol_reports_spurious_runs_with_an_interval_and_speed()
    {
        var j = Json(["experiment", "--protocol", "gd", "--d", "4", "--runs", "3", "--out", dir.File("gd.jsonl"), "--json"]);
        Assert.Equal("gd", j.GetProperty("protocol").GetString());
        var s = j.GetProperty("spurious");
        Assert.Equal(3, s.GetProperty("runs").GetInt32());
        Assert.InRange(s.GetProperty("fraction").GetDouble(), s.GetProperty("lower99").GetDouble(), s.GetProperty("upper99").GetDouble());
        Assert.True(j.GetProperty("stepsPerSecond").GetDouble() > 0);
        Assert.True(j.GetProperty("secondsPerRun").GetDouble() > 0);
        foreach (var line in File.ReadAllLines(dir.File("gd.jsonl")))
        {
            var e = JsonDocument.Parse(line).RootElement;
            Assert.Equal("gd", e.GetProperty("protocol").GetString());
            Assert.Equal("0.1", e.GetProperty("settings").GetProperty("step").GetString());
            Assert.Equal("converged", e.GetProperty("stop").GetString());
            Assert.False(string.IsNullOrEmpty(e.GetProperty("endPoint").GetProperty("classification").GetString()));
        }
    }

    [Fact]
    public void Sgd_summaries_report_steps_per_second_and_seconds_per_run()
    {
        var j = Json(["sgd", .. Tiny, "--runs", "2", "--out", dir.File("s.jsonl"), "--json"]);
        Assert.True(j.GetProperty("stepsPerSecond").GetDouble() > 0);
        Assert.True(j.GetProperty("secondsPerRun").GetDouble() > 0);
        Assert.Equal("sgd", j.GetProperty("protocol").GetString());
    }

    public static TheoryData<string[]> BadSweeps => new()
    {
        new[] { "sgd", "--d", "3", "--protocol", "newton" },
        new[] { "sgd", "--d", "3", "--step", "0" },
        new[] { "sgd", "--d", "3", "--step", "-0.5" },
        new[] { "sgd", "--d", "3", "--step", "NaN" },
        new[] { "sgd", "--d", "3", "--step", "Infinity" },
        new[] { "sgd", "--d", "3", "--batch", "0" },
        new[] { "sgd", "--d", "3", "--shard", "5/4" },
        new[] { "sgd", "--d", "3", "--shard", "0/4" },
        new[] { "sgd", "--d", "3", "--protocol", "gd", "--batch", "100" },
        new[] { "sgd", "--d", "3", "--protocol", "gd", "--distribution", "uniform(-1,1)" },
        new[] { "sgd", "--d", "3", "--refine", "--distribution", "uniform(-1,1)" },
        new[] { "experiment", "--d", "3", "--protocol", "GD!" },
        new[] { "experiment", "--d", "3", "--step", "-1" },
        new[] { "experiment", "--d", "3", "--protocol", "gd", "--refine" },
    };

    [Theory]
    [MemberData(nameof(BadSweeps))]
    public void Bad_settings_are_one_error_line_and_touch_no_file(string[] args)
    {
        var path = dir.File("never.jsonl");
        AssertInvalidInput([.. args, "--out", path]);
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData(null, "4")]
    [InlineData("2", null)]
    [InlineData("two", "4")]
    [InlineData("7", "4")]
    public void Missing_or_malformed_Slurm_variables_are_one_error_line(string? id, string? count)
    {
        var path = dir.File("slurm.jsonl");
        try
        {
            Environment.SetEnvironmentVariable("SLURM_ARRAY_TASK_ID", id);
            Environment.SetEnvironmentVariable("SLURM_ARRAY_TASK_COUNT", count);
            Assert.Contains("SLURM_ARRAY_TASK", AssertInvalidInput(["sgd", .. Tiny, "--shard", "slurm", "--out", path]));
            Assert.False(File.Exists(path));
        }
        finally
        {
            Environment.SetEnvironmentVariable("SLURM_ARRAY_TASK_ID", null);
            Environment.SetEnvironmentVariable("SLURM_ARRAY_TASK_COUNT", null);
        }
    }

    [Fact]
    public void Slurm_array_tasks_cover_the_seeds_and_from_tabulates_them_without_running()
    {
        var files = new List<string>();
        try
        {
            for (int task = 0; task < 3; task++)
            {
                Environment.SetEnvironmentVariable("SLURM_ARRAY_TASK_ID", task.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Environment.SetEnvironmentVariable("SLURM_ARRAY_TASK_COUNT", "3");
                files.Add(dir.File($"shard{task}.jsonl"));
                var j = Json(["sgd", .. Tiny, "--runs", "7", "--shard", "slurm", "--out", files[^1], "--json"]);
                Assert.Equal($"{task + 1}/3", j.GetProperty("shard").GetString());
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable("SLURM_ARRAY_TASK_ID", null);
            Environment.SetEnvironmentVariable("SLURM_ARRAY_TASK_COUNT", null);
        }
        var before = files.Select(File.ReadAllBytes).ToList();
        var t = Json(["experiment", .. Tiny, "--runs", "7", "--from", .. files, "--json"]);
        Assert.Equal(7, t.GetProperty("runs").GetInt32());
        Assert.Empty(t.GetProperty("lost").EnumerateArray());
        Assert.Empty(t.GetProperty("duplicated").EnumerateArray());
        Assert.Equal(before, files.Select(File.ReadAllBytes).ToList()); // nothing rerun or rewritten

        // One shard lost, one duplicated.
        var lost = Json(["experiment", .. Tiny, "--runs", "7", "--from", files[0], files[0], files[2], "--json"]);
        Assert.Equal([1, 4], Ints(lost.GetProperty("lost")));
        Assert.Equal([0, 3, 6], Ints(lost.GetProperty("duplicated")));

        // A shard of another sweep (another step) is refused.
        var other = dir.File("other.jsonl");
        Json(["sgd", .. Tiny, "--step", "0.02", "--runs", "1", "--out", other, "--json"]);
        Assert.Contains("different sweeps", AssertInvalidInput(["experiment", .. Tiny, "--from", files[0], other]));
        Assert.Contains("does not exist", AssertInvalidInput(["experiment", .. Tiny, "--from", dir.File("nope.jsonl")]));
    }

    [Fact]
    public void Sgd_refine_keeps_the_refined_point_in_the_file()
    {
        var path = dir.File("r.jsonl");
        Json(["sgd", .. Tiny, "--runs", "1", "--refine", "--out", path, "--json"]);
        var e = JsonDocument.Parse(File.ReadAllLines(path).Single()).RootElement;
        var refined = e.GetProperty("refined");
        Assert.Equal(9, refined.GetProperty("parameters").GetArrayLength());
        Assert.Equal(9, refined.GetProperty("eigenvalues").GetArrayLength());
        Assert.True(refined.GetProperty("gradientNorm").GetDouble() <= 1e-8);
        Assert.NotEqual(refined.GetProperty("loss").GetDouble(), e.GetProperty("loss").GetDouble());
    }

    // ----- real processes -----

    private static ProcessStartInfo Tool(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "symmetry.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        return info;
    }

    private static readonly string[] Killable = ["sgd", "--d", "3", "--batch", "50", "--max-steps", "4000", "--check-every", "100", "--runs", "10", "--parallel", "2", "--json"];

    [Fact]
    public void A_sweep_killed_at_random_moments_and_rerun_yields_exactly_the_requested_runs()
    {
        var path = dir.File("killed.jsonl");
        var rng = new Random(2026);
        for (int attempt = 0; attempt < 4; attempt++)
        {
            using var p = Process.Start(Tool([.. Killable, "--out", path]))!;
            Thread.Sleep(rng.Next(300, 2500));
            if (!p.HasExited) p.Kill(entireProcessTree: true); // SIGKILL
            p.WaitForExit();
            // Whatever was cut, every whole line so far is a valid result and no seed is there twice (a torn last line,
            // cut off by the next run, is the only thing allowed not to parse).
            var seeds = Lines(path, allowTornLast: true).Select(l => l.GetProperty("seed").GetInt32()).ToList();
            Assert.Equal(seeds.Count, seeds.Distinct().Count());
        }
        using (var last = Process.Start(Tool([.. Killable, "--out", path]))!)
        {
            string stderr = last.StandardError.ReadToEnd();
            last.WaitForExit();
            Assert.True(last.ExitCode == 0, stderr);
        }
        var lines = Lines(path);
        Assert.Equal(Enumerable.Range(0, 10), lines.Select(l => l.GetProperty("seed").GetInt32()).Order());
        Assert.EndsWith("\n", File.ReadAllText(path));
        // Interrupted or not, each seed's run is the same numbers as an uninterrupted sweep's.
        var clean = dir.File("clean.jsonl");
        Json([.. Killable, "--out", clean]);
        var expected = Lines(clean).ToDictionary(l => l.GetProperty("seed").GetInt32(), l => l.GetProperty("parameters").GetRawText());
        foreach (var l in lines) Assert.Equal(expected[l.GetProperty("seed").GetInt32()], l.GetProperty("parameters").GetRawText());
    }

    [Fact]
    public void A_second_writer_is_refused_at_once_naming_the_lock()
    {
        var path = dir.File("shared.jsonl");
        // Runs of 10⁹ steps never end while the test waits: the first writer holds the file until it is killed.
        string[] endless = ["sgd", "--d", "3", "--batch", "50", "--max-steps", "1000000000", "--check-every", "100000000", "--runs", "2", "--parallel", "1", "--out", path];
        using var first = Process.Start(Tool(endless))!;
        try
        {
            // The sweep reports "[0/2] starting" only after SweepFile.Open has locked the file: no guess at a delay.
            string? line;
            while ((line = first.StandardOutput.ReadLine()) is not null && !line.StartsWith("[0/2]", StringComparison.Ordinal)) { }
            if (line is null) Assert.Fail("the first writer ended before it started its runs: " + first.StandardError.ReadToEnd());
            // A second process of the tool; its runs are short, so a missing lock fails the test at once instead of hanging it.
            using var second = Process.Start(Tool(["sgd", "--d", "3", "--batch", "50", "--max-steps", "1000", "--check-every", "100", "--runs", "2", "--out", path]))!;
            string output = second.StandardOutput.ReadToEnd(), errors = second.StandardError.ReadToEnd();
            second.WaitForExit();
            Assert.Equal(ExitCodes.InvalidInput, second.ExitCode);
            Assert.Equal("", output);
            var refusal = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("error: ", refusal);
            Assert.Contains("locked", refusal);
            Assert.Contains(path, refusal);
            Assert.False(first.HasExited, "the first writer must still hold the file when the second is refused");
        }
        finally
        {
            if (!first.HasExited) first.Kill(entireProcessTree: true);
            first.WaitForExit();
        }
    }

    private static List<JsonElement> Lines(string path, bool allowTornLast = false)
    {
        if (!File.Exists(path)) return [];
        var text = File.ReadAllText(path);
        var parts = text.Split('\n');
        var result = new List<JsonElement>();
        for (int i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length == 0) continue;
            bool unterminated = i == parts.Length - 1;
            if (allowTornLast && unterminated)
            {
                try { result.Add(JsonDocument.Parse(parts[i]).RootElement.Clone()); } catch (JsonException) { }
                continue;
            }
            Assert.False(unterminated, "the last line has no newline");
            result.Add(JsonDocument.Parse(parts[i]).RootElement.Clone());
        }
        return result;
    }
}
