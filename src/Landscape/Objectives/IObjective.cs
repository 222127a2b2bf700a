using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// A smooth loss on a flat parameter vector, with exact derivatives and the permutation symmetry it
/// declares: what solvers, spectra and experiments talk to.
/// </summary>
/// <remarks>
/// Implementations must be safe for concurrent calls (no mutable state shared between calls).
/// Invalid points (wrong length, non-finite entries, points where the loss is not differentiable)
/// raise <see cref="ArgumentException"/> with a message naming the problem.
/// </remarks>
public interface IObjective
{
    /// <summary>Where the parameters sit in the vector.</summary>
    ParameterLayout Layout { get; }

    /// <summary>The loss at x.</summary>
    double Value(ReadOnlySpan<double> x);

    /// <summary>Writes ∇L(x) into <paramref name="gradient"/> and returns L(x).</summary>
    double Gradient(ReadOnlySpan<double> x, Span<double> gradient);

    /// <summary>The dense Hessian ∇²L(x), row-major n×n (small n only).</summary>
    double[,] Hessian(ReadOnlySpan<double> x);

    /// <summary>Writes ∇²L(x)·v into <paramref name="result"/> without forming the Hessian.</summary>
    void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result);

    /// <summary>
    /// A group of permutations of parameter indices under which the loss is invariant
    /// (L(x∘g) = L(x)), in <see cref="MatrixCellAction"/>'s numbering. It may be a subgroup of the
    /// full symmetry; implementations say which.
    /// </summary>
    PermutationGroup InvarianceGroup { get; }

    /// <summary>
    /// Zero Hessian eigenvalues the model has at every point because of a continuous symmetry, so that a minimum is
    /// not "degenerate" for them: pass it as <c>flatDirections</c> to <see cref="Classification.Of"/>. Two-layer models
    /// with a trainable second layer and a positively homogeneous σ have k — aᵢσ(wᵢ·x) = (aᵢ/c)σ(c·wᵢ·x) for c &gt; 0 —
    /// one rescaling curve per hidden unit. Default 0.
    /// </summary>
    int FlatDirections => 0;
}
