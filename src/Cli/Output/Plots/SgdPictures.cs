using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Cli.Output.Plots;

/// <summary><c>sgd --plot</c>: a sweep's analysed end points as typed points for <see cref="IsotropyPictures"/>.</summary>
internal static class SgdPictures
{
    /// <summary>
    /// The histogram of the end points' types with heatmaps: refined and gd end points (critical points) typed with the
    /// exact tolerance, raw SGD end points with <see cref="SweepEndPoints.RawTolerance"/> (<see cref="SweepEndPoints.Isotropy"/>).
    /// </summary>
    public static Figure Render(SgdProblem problem, SweepPlan plan, IReadOnlyList<SgdRunResult> runs, bool refined, CancellationToken cancellationToken)
    {
        var layout = problem.Layout;
        var typed = runs.Where(r => SweepEndPoints.Point(r) is not null)
            .Select(r => new TypedPoint(r.Seed, r.Refined?.Loss ?? r.Loss, layout.Weights(SweepEndPoints.Point(r)!), SweepEndPoints.Isotropy(layout, r, cancellationToken)!))
            .ToList();
        string title = $"{runs.Count} {plan.Protocol} end points{(refined ? " (refined)" : "")}, k = {problem.HiddenUnits}, d = {problem.InputDimension}, {problem.ActivationSpec}, {problem.DistributionSpec}";
        return IsotropyPictures.Render(title, typed, runs.Count(r => SweepEndPoints.Point(r) is null));
    }
}
