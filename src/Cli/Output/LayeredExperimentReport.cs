using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>The JSON output of <c>symmetry experiment --model deep(...)</c>: the isotropy types of each layer's H_l (<see cref="LayeredIsotropyCensus"/>).</summary>
internal sealed record LayeredExperimentReport(string Model, int D, IReadOnlyList<int> Widths, string Activation, string Distribution, string Protocol, int Runs,
    bool Refined, double Tolerance, bool InputsPermuted, string? File, string[]? From, IReadOnlyList<int>? Lost, IReadOnlyList<int>? Duplicated, int Capped,
    double? StepsPerSecond, double? SecondsPerRun, IReadOnlyList<LayeredExperimentLayer> Layers, IReadOnlyList<LayeredExperimentPoint> Points)
{
    /// <summary>The report of <paramref name="census"/>; <paramref name="svgs"/>[l][i] the heatmap written for layer l's type i (null: none).</summary>
    public static LayeredExperimentReport Of(SgdProblem problem, SweepPlan plan, LayeredIsotropyCensus census, bool refined, double tolerance,
        string? file, string[]? from, SweepTally? tally, IReadOnlyList<IReadOnlyList<string?>> svgs)
    {
        var network = (ILayeredNetwork)problem.Objective;
        var widths = network.Widths;
        return new(problem.ModelSpec ?? "", problem.InputDimension, widths, problem.ActivationSpec, problem.DistributionSpec, plan.Protocol, census.Points.Count,
            refined, tolerance, network.InputSymmetry, file, from, tally?.Lost, tally?.Duplicated, census.Capped, census.Speed.StepsPerSecond, census.Speed.SecondsPerRun,
            census.Layers.Select((types, l) => new LayeredExperimentLayer(l + 1, widths[l + 1], widths[l],
                types.Select((t, i) => new ExperimentType(t.Type, t.Structure, t.Points.Count, t.MinLoss, t.MaxLoss, t.Seeds, svgs[l][i])).ToList())).ToList(),
            census.Points.Select(p => new LayeredExperimentPoint(p.Run.Seed, p.Run.Steps, p.Run.Stop, p.Loss,
                p.Isotropy is null ? null : Json.Order(p.Isotropy.Joint.Order),
                Enumerable.Range(0, widths.Count - 1).Select(p.TypeOf).ToList(), p.X is null ? null : (p.Run.Refined ?? p.Run.EndPoint)?.Classification)).ToList());
    }
}

/// <summary>One layer W_l (rows × columns) and the types of H_l, most frequent first.</summary>
internal sealed record LayeredExperimentLayer(int Layer, int Rows, int Columns, IReadOnlyList<ExperimentType> Types);

/// <summary>One run's end point: the order of its joint stabiliser and the type of H_l per layer (W_1 first).</summary>
internal sealed record LayeredExperimentPoint(int Seed, int Steps, string Stop, double? Loss, string? JointOrder, IReadOnlyList<string> Types, string? Classification);
