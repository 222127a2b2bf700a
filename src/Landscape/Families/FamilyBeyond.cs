namespace Landscape.Symmetry.Landscape;

/// <summary>
/// What a family that reaches an end of [from, to] does past it: followed by the same continuation a bounded distance
/// beyond the end (<see cref="FamilyExplorerOptions.BeyondRatio"/>, never below the d where the type starts), so that a
/// fold just outside the range — where the family is born or dies — is still reported, or it is said that there is none
/// that close.
/// </summary>
/// <param name="End">The end of the range the family reaches (from or to).</param>
/// <param name="Limit">How far it was followed: from / ratio or to · ratio, or the d where the type starts.</param>
/// <param name="LimitIsTypeStart">True when <see cref="Limit"/> is the lowest d at which the type exists (<see cref="FamilyType.LowestD"/>).</param>
/// <param name="Folds">Folds met beyond the end, in order along the branch (the branch is followed until it comes back to the end or reaches the limit).</param>
/// <param name="Stop">Why the following stopped (e.g. "reached d = 3").</param>
/// <param name="Last">The last point reached (null when the continuation could not take a step).</param>
public sealed record FamilyBeyond(double End, double Limit, bool LimitIsTypeStart, IReadOnlyList<FamilyFold> Folds, string Stop, FamilyRow? Last)
{
    /// <summary>True for the part below the range, false above it.</summary>
    public bool Below => Limit < End;
}
