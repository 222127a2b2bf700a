using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace Landscape.Symmetry.SlurmArray.Tests;

/// <summary>
/// The sbatch script of docs/tutorial-slurm.md against a real Slurm: a job array whose tasks each run one shard
/// (<c>--shard slurm</c>), then <c>experiment --from</c> over the shard files. Needs sbatch and a running cluster
/// (scripts/slurm/start-single-node.sh starts a one-node one).
/// </summary>
[Trait("Tier", "Slurm")]
public sealed class SlurmArrayTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "symmetry-slurm-" + Guid.NewGuid().ToString("N"));

    public SlurmArrayTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string Repository([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", ".."));

    [Fact]
    public void An_array_of_three_tasks_covers_every_seed_once_and_tabulates_without_rerunning()
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "symmetry.dll");
        string script = Path.Combine(Repository(), "scripts", "slurm", "sweep.sbatch");
        var info = new ProcessStartInfo("sbatch") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--wait", "--array=0-2", "--export=ALL", script, "sgd", "--protocol", "gd", "--d", "4", "--runs", "11" })
            info.ArgumentList.Add(a);
        info.Environment["SYMMETRY"] = $"dotnet {dll}";
        info.Environment["OUT"] = Path.Combine(dir, "runs");
        using (var p = Process.Start(info)!)
        {
            string stderr = p.StandardError.ReadToEnd();
            Assert.True(p.WaitForExit(600_000), "the array did not finish in 10 minutes");
            Assert.True(p.ExitCode == 0, $"sbatch exit {p.ExitCode}: {stderr}");
        }
        var files = Enumerable.Range(0, 3).Select(i => Path.Combine(dir, "runs", $"shard-{i}.jsonl")).ToArray();
        for (int i = 0; i < 3; i++)
        {
            var seeds = File.ReadAllLines(files[i]).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("seed").GetInt32()).Order().ToArray();
            Assert.Equal(Enumerable.Range(0, 11).Where(s => s % 3 == i), seeds);
        }
        var before = files.Select(File.ReadAllBytes).ToArray();
        var stdout = new StringWriter();
        int code = global::Landscape.Symmetry.Cli.SymmetryCli.Run(["experiment", "--protocol", "gd", "--d", "4", "--runs", "11", "--from", .. files, "--json"], stdout, new StringWriter());
        Assert.Equal(0, code);
        var summary = JsonDocument.Parse(stdout.ToString()).RootElement;
        Assert.Equal(11, summary.GetProperty("runs").GetInt32());
        Assert.Empty(summary.GetProperty("lost").EnumerateArray());
        Assert.Empty(summary.GetProperty("duplicated").EnumerateArray());
        Assert.Equal(before, files.Select(File.ReadAllBytes).ToArray());
    }
}
