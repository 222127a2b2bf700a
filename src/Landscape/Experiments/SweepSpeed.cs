namespace Landscape.Symmetry.Landscape;

/// <summary>How fast a sweep's runs went: total steps over total run seconds, and the mean seconds per run (null without timed runs).</summary>
/// <param name="StepsPerSecond">Σ steps / Σ seconds over the runs with a recorded time.</param>
/// <param name="SecondsPerRun">Mean seconds of those runs.</param>
public sealed record SweepSpeed(double? StepsPerSecond, double? SecondsPerRun)
{
    /// <summary>The speed of the timed runs among <paramref name="results"/> (each run's own wall time, whatever ran beside it).</summary>
    public static SweepSpeed Of(IEnumerable<SgdRunResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var timed = results.Where(r => r.Seconds is > 0).ToList();
        if (timed.Count == 0) return new SweepSpeed(null, null);
        double seconds = timed.Sum(r => r.Seconds!.Value);
        return new SweepSpeed(timed.Sum(r => (double)r.Steps) / seconds, seconds / timed.Count);
    }
}
