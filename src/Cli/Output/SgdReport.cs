using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>The JSON output of <c>symmetry sgd</c>: the sweep's settings and one row per run of this shard.</summary>
internal sealed record SgdReport(string Model, int? K, int D, bool SecondLayer, string Activation, string Distribution, string Protocol,
    SortedDictionary<string, string> Settings, string Shard, string File, int Skipped, int Ran, double? StepsPerSecond, double? SecondsPerRun,
    IReadOnlyList<SgdRunRow> Runs);

/// <summary>One run as sgd reports it: the raw end point, and the refined (or gd) analysis when there is one.</summary>
internal sealed record SgdRunRow(int Seed, int Steps, string Stop, double? Loss, double? GradientNorm,
    double? RefinedLoss, double? RefinedGradientNorm, string? Classification, double? SmallestEigenvalue, string? Isotropy, bool? Spurious, double? Seconds)
{
    /// <summary>The row of a line as analysed (<see cref="SweepEndPoints.Analysed"/>): its refined point or gd analysis as written.</summary>
    public static SgdRunRow Of(SgdRunResult r)
    {
        var e = r.Refined ?? r.EndPoint;
        return new SgdRunRow(r.Seed, r.Steps, r.Stop, r.Loss, r.GradientNorm, r.Refined?.Loss, r.Refined?.GradientNorm,
            e?.Classification, e?.SmallestEigenvalue, e?.Isotropy ?? (e is null ? null : "n/a"), r.Spurious, r.Seconds);
    }
}
