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
    public static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = false };

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
    public static SgdSweepSummary Run(TwoLayerPopulationLoss model, IActivation activation, SgdProtocol protocol,
        IReadOnlyList<int> seeds, string outputPath, Shard? shard = null, int? maxParallelism = null,
        IProgress<SgdProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Run(SgdProblem.Gaussian(model, activation), protocol, seeds, outputPath, shard, maxParallelism, progress, cancellationToken);

    /// <summary>Runs the seeds of <paramref name="shard"/> not yet in <paramref name="outputPath"/> on any <see cref="SgdProblem"/>.</summary>
    /// <param name="model">The loss, teacher, activation and batch distribution.</param>
    /// <param name="protocol">SGD settings.</param>
    /// <param name="seeds">All seeds of the sweep (the shard takes its slice).</param>
    /// <param name="outputPath">The JSON-lines file, created if missing, appended to otherwise.</param>
    /// <param name="shard">Which slice to run; <see cref="Shard.All"/> for everything.</param>
    /// <param name="maxParallelism">Concurrent runs; null for the processor count.</param>
    /// <param name="progress">Receives a report at the start and after each run.</param>
    /// <param name="cancellationToken">Stops the sweep; finished runs stay in the file.</param>
    /// <exception cref="InvalidOperationException">The file holds runs of another model (sizes or specs).</exception>
    public static SgdSweepSummary Run(SgdProblem model, SgdProtocol protocol,
        IReadOnlyList<int> seeds, string outputPath, Shard? shard = null, int? maxParallelism = null,
        IProgress<SgdProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        protocol.Validate();
        var mine = (shard ?? Shard.All).Select(seeds).Distinct().ToList();
        var done = ReadCompletedSeeds(outputPath, model);
        var skipped = mine.Where(done.Contains).ToList();
        var todo = mine.Where(s => !done.Contains(s)).ToList();
        EnsureEndsWithNewline(outputPath);
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
            var r = SgdRun.Run(model, protocol, seed, options.CancellationToken);
            var line = JsonSerializer.Serialize(r, JsonOptions);
            lock (gate)
            {
                File.AppendAllText(outputPath, line + "\n");
                results.Add(r);
                completed++;
                progress?.Report(new SgdProgress(completed, mine.Count, r));
            }
        });
        return new SgdSweepSummary(skipped, results);
    }

    /// <summary>Reads every complete result line of a JSON-lines file (torn or foreign lines are ignored).</summary>
    public static IReadOnlyList<SgdRunResult> ReadResults(string path)
    {
        var list = new List<SgdRunResult>();
        if (!File.Exists(path)) return list;
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                var r = JsonSerializer.Deserialize<SgdRunResult>(line, JsonOptions);
                if (r is not null) list.Add(r);
            }
            catch (JsonException)
            {
                // A line cut by an interrupted write: its seed is simply rerun.
            }
        }
        return list;
    }

    // Every line must come from the same model, activation and distribution: mixing runs of another sample or
    // architecture into one file would make its statistics meaningless, so such a file is refused, not resumed.
    private static HashSet<int> ReadCompletedSeeds(string path, SgdProblem problem)
    {
        var set = new HashSet<int>();
        string mine = Describe(problem.HiddenUnits, problem.InputDimension, problem.SecondLayer, problem.ModelSpec);
        foreach (var r in ReadResults(path))
        {
            if (r.K != problem.HiddenUnits || r.D != problem.InputDimension || r.SecondLayer != problem.SecondLayer ||
                (r.Model ?? SgdProblem.DefaultModelSpec) != (problem.ModelSpec ?? SgdProblem.DefaultModelSpec))
                throw new InvalidOperationException(
                    $"{path} holds a run of {Describe(r.K, r.D, r.SecondLayer, r.Model)}, not this sweep's {mine}; use another file.");
            string act = r.Activation ?? SgdProblem.DefaultActivationSpec, dist = r.Distribution ?? SgdProblem.DefaultDistributionSpec;
            if (act != problem.ActivationSpec || dist != problem.DistributionSpec)
                throw new InvalidOperationException(
                    $"{path} holds a run for activation {act} and distribution {dist}, not this sweep's {problem.ActivationSpec} and {problem.DistributionSpec}; use another file.");
            set.Add(r.Seed);
        }
        return set;
    }

    private static string Describe(int? k, int d, bool secondLayer, string? model) =>
        $"{model ?? SgdProblem.DefaultModelSpec}{(k is { } kk ? $" k = {kk}," : "")} d = {d}{(secondLayer ? " with a second layer" : "")}";

    private static void EnsureEndsWithNewline(string path)
    {
        if (!File.Exists(path)) return;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        if (stream.Length == 0) return;
        stream.Seek(-1, SeekOrigin.End);
        if (stream.ReadByte() != '\n')
        {
            stream.Seek(0, SeekOrigin.End);
            stream.WriteByte((byte)'\n');
        }
    }
}
