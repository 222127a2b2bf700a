namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The result lines of several files of one sweep (the shards of a job array, say) read together without running
/// anything: every line must belong to the same sweep (<see cref="SweepCompatibility"/>), each seed is counted once, and
/// seeds found twice or missing are reported.
/// </summary>
/// <param name="Results">One line per seed (the first found), ordered by seed.</param>
/// <param name="Lost">Requested seeds found in no file.</param>
/// <param name="Duplicated">Seeds found in more than one line.</param>
/// <param name="Files">How many files were read.</param>
/// <param name="AnyLine">One line of the files (they all belong to one sweep), for its model and settings.</param>
public sealed record SweepTally(IReadOnlyList<SgdRunResult> Results, int[] Lost, int[] Duplicated, int Files, SgdRunResult AnyLine)
{
    /// <summary>Reads <paramref name="paths"/>.</summary>
    /// <param name="paths">The files.</param>
    /// <param name="requested">The seeds the sweep asked for; null means every seed from the smallest to the largest found.</param>
    /// <exception cref="InvalidOperationException">A file is missing, holds no runs or non-result lines, or two lines come from different sweeps.</exception>
    public static SweepTally Of(IReadOnlyList<string> paths, IReadOnlyList<int>? requested)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0) throw new ArgumentException("Give at least one result file.", nameof(paths));
        var all = new List<(SgdRunResult Line, string Path)>();
        foreach (var path in paths)
        {
            if (!File.Exists(path)) throw new InvalidOperationException($"The result file {path} does not exist.");
            var lines = SweepFile.Read(path);
            if (lines.Count == 0) throw new InvalidOperationException($"The result file {path} holds no runs.");
            all.AddRange(lines.Select(l => (l, path)));
        }
        var (first, firstPath) = all[0];
        foreach (var (line, path) in all)
            if (SweepCompatibility.Differences(line, first) is { Count: > 0 } diff)
                throw new InvalidOperationException(
                    $"{path} (seed {line.Seed}) and {firstPath} (seed {first.Seed}) come from different sweeps ({string.Join("; ", diff)}); tabulate each sweep on its own.");
        var bySeed = all.GroupBy(x => x.Line.Seed).OrderBy(g => g.Key).ToList();
        var duplicated = bySeed.Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        var seeds = requested ?? Enumerable.Range(bySeed[0].Key, bySeed[^1].Key - bySeed[0].Key + 1).ToArray();
        var found = bySeed.Select(g => g.Key).ToHashSet();
        var lost = seeds.Where(s => !found.Contains(s)).Order().ToArray();
        var wanted = seeds.ToHashSet();
        var results = bySeed.Where(g => wanted.Contains(g.Key)).Select(g => g.First().Line).ToList();
        return new SweepTally(results, lost, duplicated, paths.Count, first);
    }

    /// <summary>
    /// Refuses a tally whose runs are not of <paramref name="problem"/>: another k, d, activation or distribution (the
    /// census would type them in the wrong layout or describe them wrongly).
    /// </summary>
    /// <exception cref="ArgumentException">The lines' k, d, activation or distribution differ from the problem's.</exception>
    public void CheckMatches(SgdProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var line = Results.Count > 0 ? Results[0] : AnyLine;
        // A deep model is named by its spec (widths, depth); a two-layer one by its hidden units.
        bool sameModel = problem.ModelSpec is { } spec ? line.Model == spec : line.K == problem.HiddenUnits;
        string Model(string? spec, int? k) => spec ?? $"k = {k}";
        if (!sameModel || line.D != problem.InputDimension || line.Activation != problem.ActivationSpec || line.Distribution != problem.DistributionSpec)
            throw new ArgumentException($"The files hold runs of {Model(line.Model, line.K)}, d = {line.D}, {line.Activation}, {line.Distribution}; " +
                $"tabulate them with the same model, d, activation and distribution (got {Model(problem.ModelSpec, problem.HiddenUnits)}, d = {problem.InputDimension}, {problem.ActivationSpec}, {problem.DistributionSpec}).");
    }
}
