namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The end point of a sweep's run as it is analysed: the refined critical point when there is one (sgd with refinement;
/// a line written without refinement is refined on request), the gradient-descent end point as it is (gd stops at a
/// critical point), else the raw SGD end point.
/// </summary>
public static class SweepEndPoints
{
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
