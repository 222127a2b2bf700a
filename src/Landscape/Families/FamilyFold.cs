namespace Landscape.Symmetry.Landscape;

/// <summary>Which way a family turns at a fold, read as d increases.</summary>
public enum FoldKind
{
    /// <summary>d has a local minimum along the branch: two critical points are born as d increases past the fold.</summary>
    Birth,

    /// <summary>d has a local maximum along the branch: two critical points meet and die as d increases past the fold.</summary>
    Death,
}

/// <summary>
/// A fold (turning point in d) of a family: the branch of critical points turns back in d, so on one side of
/// <see cref="D"/> it has two points nearby and on the other none. There the fixed-space Hessian is singular (one
/// eigenvalue of the trivial irreducible passes through zero along the branch, not across it in d).
/// </summary>
/// <param name="D">Where (the root of the d-component of the branch's tangent, located to the requested tolerance).</param>
/// <param name="Coordinates">The point (block values, as <see cref="FixedSpaceLayout.ForType"/>).</param>
/// <param name="Loss">L there.</param>
/// <param name="Kind">Birth (local minimum of d along the branch) or death (local maximum).</param>
/// <param name="SmallestFixedSpaceEigenvalue">The eigenvalue of the orthonormal fixed-space Hessian closest to zero there (≈ 0 at a fold).</param>
public sealed record FamilyFold(double D, double[] Coordinates, double Loss, FoldKind Kind, double SmallestFixedSpaceEigenvalue)
{
    /// <summary>"birth" or "death".</summary>
    public string KindName => Kind == FoldKind.Birth ? "birth" : "death";
}
