namespace Landscape.Symmetry.Landscape;

/// <summary>Settings of <see cref="FamilyExplorer.Follow"/>. Defaults suit d from 3 to a few thousand.</summary>
public sealed record FamilyExplorerOptions
{
    /// <summary>Most grid points a search may use (<see cref="FamilyExplorer.Grid"/>); more is refused as bad input.</summary>
    public const int MaxGridPoints = 1000;

    /// <summary>Most search starts over the whole grid (grid points × starts per point); more is refused as bad input.</summary>
    public const int MaxStarts = 50_000;

    /// <summary>Spacing of the search grid at small d (default 1).</summary>
    public double GridStep { get; init; } = 1;

    /// <summary>Beyond d = GridStep / (GridRatio − 1) the grid is geometric with this ratio (default 1.1: from d = 10 on, 10 % apart).</summary>
    public double GridRatio { get; init; } = 1.1;

    /// <summary>Random starts per search method at each grid point (<see cref="FamilyStarts.Find"/>; default 6, i.e. 14 starts per point).</summary>
    public int Attempts { get; init; } = 6;

    /// <summary>Seed of the random starts (grid point i uses Seed + i).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Largest continuation step, in arclength of (block values, ln d) (default 0.05: at most ~5 % in d per step).</summary>
    public double MaxArcStep { get; init; } = 0.05;

    /// <summary>Smallest step before a branch is declared stalled (default 1e-7).</summary>
    public double MinArcStep { get; init; } = 1e-7;

    /// <summary>Most continuation steps per direction of a branch (default 20000).</summary>
    public int MaxStepsPerBranch { get; init; } = 20_000;

    /// <summary>Rows at every integer d of the range when there are at most this many (default 200); otherwise rows at the grid points only.</summary>
    public int MaxIntegerRows { get; init; } = 200;

    /// <summary>Folds and crossings are located to this width in d (default 1e-10).</summary>
    public double Tolerance { get; init; } = 1e-10;

    /// <summary>Eigenvalues within this (relative) distance of 0 at either end of a step are not counted as crossings (flat directions).</summary>
    public double ZeroTolerance { get; init; } = 1e-8;

    /// <summary>Two critical points at the same d are the same when no block value differs by more than this (default 1e-6).</summary>
    public double SamePointTolerance { get; init; } = 1e-6;

    /// <summary>
    /// A family that reaches an end of the range is followed past it down to from / ratio (never below where the type
    /// starts) or up to to · ratio, to report folds just outside the range (<see cref="FamilyBeyond"/>). Default 2; 1 turns it off.
    /// </summary>
    public double BeyondRatio { get; init; } = 2;

    /// <summary>Throws unless every setting is usable.</summary>
    /// <exception cref="ArgumentException">A setting out of range, saying which and what would work.</exception>
    public void Validate()
    {
        static void Check(bool ok, string message) { if (!ok) throw new ArgumentException(message); }
        Check(double.IsFinite(GridStep) && GridStep > 0, $"FamilyExplorerOptions.GridStep must be a positive number; got {GridStep}.");
        Check(double.IsFinite(GridRatio) && GridRatio > 1, $"FamilyExplorerOptions.GridRatio must be a number above 1; got {GridRatio}.");
        Check(Attempts >= 1, $"At least one start per search method is needed; got {Attempts}.");
        Check(double.IsFinite(MaxArcStep) && MaxArcStep > 0, $"FamilyExplorerOptions.MaxArcStep (the continuation step) must be a positive number; got {MaxArcStep}.");
        Check(double.IsFinite(MinArcStep) && MinArcStep > 0 && MinArcStep < MaxArcStep, $"FamilyExplorerOptions.MinArcStep must be positive and below FamilyExplorerOptions.MaxArcStep ({MaxArcStep}); got {MinArcStep}.");
        Check(double.IsFinite(BeyondRatio) && BeyondRatio >= 1, $"The ratio to follow families past the range must be a number of at least 1 (1: not at all); got {BeyondRatio}.");
        Check(MaxStepsPerBranch >= 1, $"The step budget must be at least 1; got {MaxStepsPerBranch}.");
        Check(MaxIntegerRows >= 0, $"The integer-row limit must be non-negative; got {MaxIntegerRows}.");
        Check(double.IsFinite(Tolerance) && Tolerance > 0, $"The location tolerance must be a positive number; got {Tolerance}.");
        Check(double.IsFinite(SamePointTolerance) && SamePointTolerance > 0, $"The same-point tolerance must be a positive number; got {SamePointTolerance}.");
    }
}
