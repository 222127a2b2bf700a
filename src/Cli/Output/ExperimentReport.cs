using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>The JSON output of <c>symmetry experiment</c>.</summary>
internal sealed record ExperimentReport(int K, int D, string Activation, string Distribution, string Protocol, int Runs, bool Refined, double Tolerance,
    string? File, string[]? From, IReadOnlyList<int>? Lost, IReadOnlyList<int>? Duplicated, ExperimentSpurious? Spurious, int Capped,
    double? StepsPerSecond, double? SecondsPerRun, IReadOnlyList<ExperimentType> Types, IReadOnlyList<ExperimentPoint> Points)
{
    /// <summary>The report of <paramref name="census"/>; <paramref name="svgs"/> the heatmap written per type (null: none).</summary>
    public static ExperimentReport Of(SgdProblem problem, SweepPlan plan, IsotropyCensus census, bool refined, double tolerance,
        string? file, string[]? from, SweepTally? tally, IReadOnlyList<string?> svgs) =>
        new(problem.HiddenUnits ?? 0, problem.Layout.D, problem.ActivationSpec, problem.DistributionSpec, plan.Protocol, census.Points.Count, refined, tolerance,
            file, from, tally?.Lost, tally?.Duplicated,
            census.Spurious is { } s ? new ExperimentSpurious(s.Successes, s.Trials, s.Fraction, s.Lower, s.Upper) : null,
            census.Capped, census.Speed.StepsPerSecond, census.Speed.SecondsPerRun,
            census.Types.Select((t, i) => new ExperimentType(t.Type, t.Structure, t.Points.Count, t.MinLoss, t.MaxLoss, t.Seeds, svgs[i])).ToList(),
            census.Points.Select(p => new ExperimentPoint(p.Run.Seed, p.Run.Steps, p.Run.Stop, p.Loss, p.Type, p.Structure,
                p.X is null ? null : p.Classification, p.X is null ? null : p.Run.Spurious)).ToList());
}

/// <summary>Runs judged spurious and the 99% Clopper–Pearson interval of their fraction.</summary>
internal sealed record ExperimentSpurious(int Count, int Runs, double Fraction, double Lower99, double Upper99);

/// <summary>One isotropy type: its runs, loss range, seeds and the heatmap of its representative (--svg-dir).</summary>
internal sealed record ExperimentType(string Type, string Structure, int Count, double? MinLoss, double? MaxLoss, int[] Seeds, string? Svg);

/// <summary>One run's end point and its type.</summary>
internal sealed record ExperimentPoint(int Seed, int Steps, string Stop, double? Loss, string Type, string Structure, string? Classification, bool? Spurious);
