using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The end point of a sweep's run as it is analysed: the refined critical point when there is one (sgd with refinement;
/// a line written without refinement is refined on request), the gradient-descent end point as it is (gd stops at a
/// critical point), else the raw SGD end point.
/// </summary>
public static class SweepEndPoints
{
    /// <summary>
    /// Entries of a raw SGD end point closer than this count as equal when it is typed: mini-batch noise of order √(η/B)
    /// stays in every entry, so a raw end point is symmetric only to about this accuracy.
    /// </summary>
    public const double RawTolerance = 1e-2;

    /// <summary>
    /// The isotropy of the run's analysed end point (<see cref="Point"/>): critical points (<see cref="IsCritical"/>) with
    /// <see cref="PointIsotropy.DefaultTolerance"/>, raw SGD end points with <see cref="RawTolerance"/>; null when the run diverged.
    /// </summary>
    public static MatrixIsotropyGroup? Isotropy(ParameterLayout layout, SgdRunResult run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return Point(run) is { } x ? PointIsotropy.Of(layout, x, IsCritical(run) ? PointIsotropy.DefaultTolerance : RawTolerance, cancellationToken) : null;
    }

    /// <summary>
    /// <paramref name="run"/> with its end point refined (L-BFGS, Newton, classified and typed: <see cref="EndPointReport.Refine"/>)
    /// unless the line already holds a refined point, the run diverged (no parameters) or it is a gd run.
    /// </summary>
    public static SgdRunResult Refined(SgdProblem problem, SgdRunResult run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(run);
        if (run.Refined is not null || run.Parameters.Length == 0 || run.Protocol == "gd") return run;
        return run with { Refined = EndPointReport.Refine(problem.Objective, run.Parameters, problem.HiddenUnits is not null, cancellationToken) };
    }

    /// <summary>
    /// Every run of <paramref name="runs"/> as it is analysed, in order: refined (<see cref="Refined"/>) when
    /// <paramref name="refine"/>, else as written.
    /// </summary>
    public static IReadOnlyList<SgdRunResult> Analysed(SgdProblem problem, IReadOnlyList<SgdRunResult> runs, bool refine, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(runs);
        return runs.Select(r => refine ? Refined(problem, r, cancellationToken) : r).ToList();
    }

    /// <summary>The point to analyse: the refined parameters, else the raw end point; null when the run diverged.</summary>
    public static double[]? Point(SgdRunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Refined?.Parameters ?? (run.Parameters.Length == 0 ? null : run.Parameters);
    }

    /// <summary>Whether <see cref="Point"/> is a critical point (refined, or a gd end point), to be typed with the exact tolerance.</summary>
    public static bool IsCritical(SgdRunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Refined is not null || run.Protocol == "gd";
    }
}
