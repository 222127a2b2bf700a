namespace Landscape.Symmetry.Landscape;

/// <summary>
/// One family: a connected branch of critical points of a type's restricted loss in (coordinates, d), followed by
/// pseudo-arclength continuation through its folds until it leaves [from, to] or stops.
/// </summary>
/// <param name="Rows">The points in order along the branch (not necessarily monotone in d: a fold turns it back), with
/// every station (grid point, integer d, the ends of the range) the branch passes, the continuation points between them and the folds.</param>
/// <param name="Folds">Turning points in d, in order along the branch.</param>
/// <param name="Crossings">Zero crossings of Hessian eigenvalues per irreducible (saddle ↔ minimum changes), in order along the branch.</param>
/// <param name="FirstEnd">Why the branch ends at <c>Rows[0]</c> (e.g. "reached d = 5").</param>
/// <param name="LastEnd">Why the branch ends at <c>Rows[^1]</c>.</param>
/// <param name="FoundAt">The grid d where the search first found a point of this branch.</param>
/// <param name="Start">The point found there.</param>
/// <param name="LargerIsotropy">True when the found point is fixed by a larger group than the type (two blocks hold the same values).</param>
public sealed record FamilyBranch(IReadOnlyList<FamilyRow> Rows, IReadOnlyList<FamilyFold> Folds, IReadOnlyList<FamilyCrossing> Crossings,
    string FirstEnd, string LastEnd, double FoundAt, double[] Start, bool LargerIsotropy)
{
    /// <summary>The family followed below the range, when it reaches its lower end (null otherwise).</summary>
    public FamilyBeyond? Below { get; init; }

    /// <summary>The family followed above the range, when it reaches its upper end (null otherwise).</summary>
    public FamilyBeyond? Above { get; init; }

    /// <summary>The smallest d the branch reaches in range.</summary>
    public double MinD => Rows.Min(r => r.D);

    /// <summary>The largest d the branch reaches in range.</summary>
    public double MaxD => Rows.Max(r => r.D);

    /// <summary>The branch's rows at d (within 1e-9): one per passage (two or more when the branch folds back over d).</summary>
    public IReadOnlyList<FamilyRow> At(double d) => Rows.Where(r => Math.Abs(r.D - d) <= 1e-9 * Math.Max(1, Math.Abs(d))).ToList();
}

/// <summary>What <see cref="FamilyExplorer.Follow"/> found.</summary>
/// <param name="Type">The type.</param>
/// <param name="From">Lower end of the range.</param>
/// <param name="To">Upper end of the range.</param>
/// <param name="Grid">The d where starts were searched.</param>
/// <param name="StartsTried">Search starts tried over the whole grid.</param>
/// <param name="PointsFound">Distinct critical points the searches found (before they were recognised as points of one family).</param>
/// <param name="Families">The families, in order of the grid point where each was first found.</param>
/// <param name="Cancelled">True when the exploration was cancelled: the families are those complete so far.</param>
public sealed record FamilyExploration(FamilyType Type, double From, double To, IReadOnlyList<double> Grid, int StartsTried, int PointsFound,
    IReadOnlyList<FamilyBranch> Families, bool Cancelled);

/// <summary>Progress of <see cref="FamilyExplorer.Follow"/>.</summary>
/// <param name="Stage">"search" (looking for critical points on the grid) or "follow" (continuing families).</param>
/// <param name="Done">Grid points searched, or starts processed.</param>
/// <param name="Total">Grid points, or starts found.</param>
/// <param name="Families">Families so far.</param>
/// <param name="D">The d of the last grid point (search) or of the start being followed.</param>
public sealed record FamilyExplorerProgress(string Stage, int Done, int Total, int Families, double D);
