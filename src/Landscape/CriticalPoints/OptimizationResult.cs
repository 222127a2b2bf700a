namespace Landscape.Symmetry.Landscape;

/// <summary>Why an optimizer stopped.</summary>
public enum StopReason
{
    /// <summary>The gradient norm reached the tolerance.</summary>
    Converged,

    /// <summary>The iteration limit was reached first.</summary>
    IterationLimit,

    /// <summary>No step improved any more (the line search failed or progress stalled below rounding).</summary>
    Stalled,
}

/// <summary>The outcome of a local optimizer: the point, its value and gradient norm, and the work done.</summary>
/// <param name="X">The final point.</param>
/// <param name="Value">The objective there.</param>
/// <param name="GradientNorm">The Euclidean norm of the gradient there (the norm actually reached).</param>
/// <param name="Iterations">Iterations taken.</param>
/// <param name="Evaluations">Value-and-gradient evaluations.</param>
/// <param name="Stop">Why it stopped.</param>
public sealed record OptimizationResult(double[] X, double Value, double GradientNorm, int Iterations, int Evaluations, StopReason Stop);

/// <summary>A value-and-gradient oracle: writes ∇f(x) into the second argument and returns f(x).</summary>
public delegate double ValueAndGradient(double[] x, double[] gradient);
