using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>experiment's sweep: into --out when given (resumable), else into a temporary file deleted afterwards.</summary>
internal static class SweepRun
{
    /// <summary>Runs the seeds (all of them, no shard) and returns their lines, by seed.</summary>
    public static IReadOnlyList<SgdRunResult> Temporary(SgdProblem problem, SweepPlan plan, int[] seeds, string? given, int? parallel,
        IProgress<SgdProgress> progress, CancellationToken cancellationToken)
    {
        string path = given ?? Path.Combine(Path.GetTempPath(), $"symmetry-experiment-{Guid.NewGuid():N}.jsonl");
        try
        {
            SgdSweep.Run(problem, plan, seeds, path, Shard.All, parallel, progress, cancellationToken);
            var wanted = seeds.ToHashSet();
            return SgdSweep.ReadResults(path).Where(r => wanted.Contains(r.Seed)).OrderBy(r => r.Seed).ToList();
        }
        finally
        {
            if (given is null && File.Exists(path)) File.Delete(path);
        }
    }
}
