using System.Text.Json;

namespace Landscape.Symmetry.Landscape;

/// <summary>Progress of a sweep: runs finished (this session and before) out of the shard's total.</summary>
/// <param name="Completed">Runs done, including those found in the file at the start.</param>
/// <param name="Total">Runs in this shard.</param>
/// <param name="Last">The run that just finished, or null for the initial report.</param>
public sealed record SgdProgress(int Completed, int Total, SgdRunResult? Last);

/// <summary>What a sweep did.</summary>
/// <param name="Skipped">Seeds of the shard already in the file (not rerun).</param>
/// <param name="NewResults">Runs finished in this call, in order of completion.</param>
public sealed record SgdSweepSummary(IReadOnlyList<int> Skipped, IReadOnlyList<SgdRunResult> NewResults);

/// <summary>
/// Many seeded <see cref="SgdRun"/>s in parallel, each result appended to a JSON-lines file as soon as it
/// finishes. An interrupted sweep resumes: seeds already in the file are skipped (a torn last line from a kill
/// is ignored and its seed rerun).
/// </summary>
public static class SgdSweep
{
    /// <summary>The JSON conventions of the output lines (camelCase, one object per line).</summary>
    public static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = false, TypeInfoResolver = SweepJsonContext.Default };

    /// <summary>Runs the seeds of <paramref name="shard"/> not yet in <paramref name="outputPath"/>.</summary>
    /// <param name="model">The population loss (its teacher and kernel).</param>
    /// <param name="activation">The matching activation for sampling.</param>
    /// <param name="protocol">SGD settings.</param>
    /// <param name="seeds">All seeds of the sweep (the shard takes its slice).</param>
    /// <param name="outputPath">The JSON-lines file, created if missing, appended to otherwise.</param>
    /// <param name="shard">Which slice to run; <see cref="Shard.All"/> for everything.</param>
    /// <param name="maxParallelism">Concurrent runs; null for the processor count.</param>
    /// <param name="progress">Receives a report at the start and after each run.</param>
    /// <param name="cancellationToken">Stops the sweep; finished runs stay in the file.</param>
    public static SgdSweepSummary Run(TwoLayerPopulationLoss model, Activation activation, SgdProtocol protocol,
        IReadOnlyList<int> seeds, string outputPath, Shard? shard = null, int? maxParallelism = null,
        IProgress<SgdProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Run(SgdProblem.Gaussian(model, activation), protocol, seeds, outputPath, shard, maxParallelism, progress, cancellationToken);

    /// <summary>Runs the seeds of <paramref name="shard"/> not yet in <paramref name="outputPath"/> on any <see cref="SgdProblem"/> with the SGD protocol.</summary>
    /// <exception cref="InvalidOperationException">The file holds runs of another model, specs or settings, or is locked by another sweep.</exception>
    public static SgdSweepSummary Run(SgdProblem model, SgdProtocol protocol,
        IReadOnlyList<int> seeds, string outputPath, Shard? shard = null, int? maxParallelism = null,
        IProgress<SgdProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Run(model, SweepPlan.Sgd(protocol), seeds, outputPath, shard, maxParallelism, progress, cancellationToken);

    /// <summary>
    /// Runs the seeds of <paramref name="shard"/> not yet in <paramref name="outputPath"/> with <paramref name="plan"/>
    /// (SGD or gradient descent). The file is locked for the whole sweep (<see cref="SweepFile"/>), checked before any
    /// run starts, and every line carries the plan's settings: a file written with other settings is refused, not resumed.
    /// </summary>
    /// <param name="problem">The loss, teacher, activation and batch distribution.</param>
    /// <param name="plan">The protocol and its settings.</param>
    /// <param name="seeds">All seeds of the sweep (the shard takes its slice).</param>
    /// <param name="outputPath">The JSON-lines file, created (with its folders) if missing, appended to otherwise.</param>
    /// <param name="shard">Which slice to run; <see cref="Shard.All"/> for everything.</param>
    /// <param name="maxParallelism">Concurrent runs; null for the processor count. Results do not depend on it.</param>
    /// <param name="progress">Receives a report at the start and after each run.</param>
    /// <param name="cancellationToken">Stops the sweep; finished runs stay in the file.</param>
    /// <exception cref="InvalidOperationException">The file holds runs of another model, specs or settings, is locked by
    /// another sweep, or cannot be written.</exception>
    public static SgdSweepSummary Run(SgdProblem problem, SweepPlan plan,
        IReadOnlyList<int> seeds, string outputPath, Shard? shard = null, int? maxParallelism = null,
        IProgress<SgdProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        plan.Check(problem);
        var settings = plan.Settings(problem);
        var mine = (shard ?? Shard.All).Select(seeds).Distinct().ToList();
        using var file = SweepFile.Open(outputPath);
        var template = Template(problem, plan.Protocol, settings);
        foreach (var r in file.Results)
            if (SweepCompatibility.Differences(r, template) is { Count: > 0 } diff)
                throw new InvalidOperationException(
                    $"{outputPath} holds runs of another sweep (the file's value vs this sweep's: {string.Join("; ", diff)}); resume with the same settings or use another file.");
        var done = file.Results.Select(r => r.Seed).ToHashSet();
        var skipped = mine.Where(done.Contains).ToList();
        var todo = mine.Where(s => !done.Contains(s)).ToList();
        int completed = skipped.Count;
        progress?.Report(new SgdProgress(completed, mine.Count, null));
        var results = new List<SgdRunResult>();
        var gate = new object();
        var options = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = maxParallelism ?? Environment.ProcessorCount,
        };
        Parallel.ForEach(todo, options, seed =>
        {
            var r = plan.RunOne(problem, seed, options.CancellationToken) with { Settings = settings };
            lock (gate)
            {
                file.Append(r);
                results.Add(r);
                completed++;
                progress?.Report(new SgdProgress(completed, mine.Count, r));
            }
        });
        return new SgdSweepSummary(skipped, results);
    }

    // What every line of this sweep has in common, as a line (seed and numbers are placeholders).
    private static SgdRunResult Template(SgdProblem problem, string protocol, SortedDictionary<string, string> settings) => new()
    {
        Seed = 0, K = problem.HiddenUnits, D = problem.InputDimension, SecondLayer = problem.SecondLayer, Steps = 0, Loss = null,
        GradientNorm = null, Stop = "", Parameters = Array.Empty<double>(), Activation = problem.ActivationSpec,
        Distribution = problem.DistributionSpec, Model = problem.ModelSpec, Protocol = protocol, Settings = settings,
    };

    /// <summary>
    /// Reads every result line of a JSON-lines file (<see cref="SweepFile.Read"/>: a torn last line is skipped, a line
    /// that is not a result is refused).
    /// </summary>
    public static IReadOnlyList<SgdRunResult> ReadResults(string path) => SweepFile.Read(path);

    /// <summary>
    /// The lines of <paramref name="path"/> whose seeds are the slice <paramref name="shard"/> of <paramref name="seeds"/>,
    /// by seed: what one shard of a sweep has produced so far.
    /// </summary>
    public static IReadOnlyList<SgdRunResult> ReadShard(string path, IReadOnlyList<int> seeds, Shard? shard = null)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        var mine = (shard ?? Shard.All).Select(seeds).ToHashSet();
        return ReadResults(path).Where(r => mine.Contains(r.Seed)).OrderBy(r => r.Seed).ToList();
    }

    /// <summary>
    /// Runs every seed (no shard) and returns their lines by seed: into <paramref name="outputPath"/> when given (created or
    /// resumed, and kept), else into a temporary file deleted afterwards.
    /// </summary>
    /// <exception cref="InvalidOperationException">As <see cref="Run(SgdProblem, SweepPlan, IReadOnlyList{int}, string, Shard?, int?, IProgress{SgdProgress}?, CancellationToken)"/>.</exception>
    public static IReadOnlyList<SgdRunResult> RunAll(SgdProblem problem, SweepPlan plan, IReadOnlyList<int> seeds, string? outputPath,
        int? maxParallelism = null, IProgress<SgdProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        string path = outputPath ?? Path.Combine(Path.GetTempPath(), $"symmetry-experiment-{Guid.NewGuid():N}.jsonl");
        try
        {
            Run(problem, plan, seeds, path, Shard.All, maxParallelism, progress, cancellationToken);
            return ReadShard(path, seeds);
        }
        finally
        {
            if (outputPath is null && File.Exists(path)) File.Delete(path);
        }
    }
}
