namespace Landscape.Symmetry.Landscape;

/// <summary>
/// Population descent in the full parameter space: L-BFGS, then Newton with the dense Hessian; when Newton does not
/// converge, L-BFGS to the tighter <see cref="SearchOptions.RetryDescent"/> tolerance and Newton once more.
/// </summary>
public static class CriticalPointSearch
{
    /// <summary>The largest dimension refined with the dense Hessian.</summary>
    public const int MaxNewtonDimension = 2500;

    /// <summary>
    /// The check <see cref="Search"/> makes before any work, for callers that announce the search first: x0 fits the
    /// objective's layout and has at most <see cref="MaxNewtonDimension"/> entries.
    /// </summary>
    /// <exception cref="ArgumentException">x0 has the wrong length, or more than <see cref="MaxNewtonDimension"/> entries; the message names the limit and x0.</exception>
    public static void CheckStart(IObjective objective, double[] x0)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(x0);
        objective.Layout.CheckLength(x0.Length, nameof(x0));
        if (x0.Length > MaxNewtonDimension)
            throw new ArgumentException(
                $"The full-space search refines with Newton's dense Hessian, which is limited to CriticalPointSearch.MaxNewtonDimension = {MaxNewtonDimension} " +
                $"parameters; x0 has {x0.Length}. Search a fixed-point space instead (FixedSpaceSearch, or DiagonalTypeSearch for a diagonal type of a two-layer model with k = d).",
                nameof(x0));
    }

    /// <summary>Descends from x0 and refines to ‖∇L‖ ≤ the Newton tolerance (reporting the norm reached).</summary>
    /// <exception cref="ArgumentException">x0 has the wrong length, or more than <see cref="MaxNewtonDimension"/> entries (then search a fixed-point space: <see cref="FixedSpaceSearch"/>, <see cref="DiagonalTypeSearch"/>); checked before any work.</exception>
    public static CriticalPointResult Search(IObjective objective, double[] x0, SearchOptions? options = null, CancellationToken cancellationToken = default)
    {
        CheckStart(objective, x0);
        var o = options ?? new SearchOptions();
        ValueAndGradient f = (x, g) => objective.Gradient(x, g);
        OptimizationResult? descent = null;
        var start = x0;
        if (!o.NewtonOnly)
        {
            descent = Lbfgs.Minimize(f, x0, o.Descent, cancellationToken);
            start = descent.X;
        }
        Func<double[], double[,]> hessian = x => objective.Hessian(x);
        var refined = NewtonRefinement.Refine(f, hessian, start, o.Refinement, cancellationToken);
        if (refined.Stop != StopReason.Converged && descent is not null)
        {
            var further = Lbfgs.Minimize(f, descent.X, o.RetryDescent, cancellationToken);
            var again = NewtonRefinement.Refine(f, hessian, further.X, o.Refinement, cancellationToken);
            if (again.GradientNorm < refined.GradientNorm)
            {
                descent = further with { Iterations = descent.Iterations + further.Iterations, Evaluations = descent.Evaluations + further.Evaluations };
                refined = again;
            }
        }
        return new CriticalPointResult(refined.X, refined.Value, refined.GradientNorm, refined.GradientNorm, descent, refined);
    }
}
