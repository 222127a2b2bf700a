namespace Landscape.Symmetry.Landscape;

/// <summary>
/// Population descent in the full parameter space: L-BFGS, then Newton with the dense Hessian; when Newton does not
/// converge, L-BFGS to the tighter <see cref="SearchOptions.RetryDescent"/> tolerance and Newton once more.
/// </summary>
public static class CriticalPointSearch
{
    /// <summary>The largest dimension refined with the dense Hessian.</summary>
    public const int MaxNewtonDimension = 2500;

    /// <summary>Descends from x0 and refines to ‖∇L‖ ≤ the Newton tolerance (reporting the norm reached).</summary>
    /// <exception cref="InvalidOperationException">The dimension exceeds <see cref="MaxNewtonDimension"/> (use <see cref="FixedSpaceSearch"/>).</exception>
    public static CriticalPointResult Search(IObjective objective, double[] x0, SearchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        objective.Layout.CheckLength(x0.Length, nameof(x0));
        if (x0.Length > MaxNewtonDimension)
            throw new InvalidOperationException(
                $"Newton refinement with a dense Hessian is limited to {MaxNewtonDimension} parameters; got {x0.Length}. Search in a fixed-point space instead.");
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
