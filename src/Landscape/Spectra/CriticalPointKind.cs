namespace Landscape.Symmetry.Landscape;

/// <summary>What the Hessian says about a critical point.</summary>
public enum CriticalPointKind
{
    /// <summary>All eigenvalues above the tolerance (apart from declared flat directions): a strict local minimum.</summary>
    Minimum,

    /// <summary>At least one eigenvalue below −tolerance: a saddle, of index the number of such eigenvalues.</summary>
    Saddle,

    /// <summary>No negative eigenvalue, but more eigenvalues within ±tolerance than declared flat directions: the second-order test is inconclusive.</summary>
    Degenerate,
}
