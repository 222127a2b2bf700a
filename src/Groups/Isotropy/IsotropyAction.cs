namespace Landscape.Symmetry.Groups;

/// <summary>Which group acts on the weight matrix.</summary>
public enum IsotropyAction
{
    /// <summary>S_k × S_d: rows and columns permuted independently (a two-layer network's hidden units and inputs).</summary>
    RowsAndColumns,

    /// <summary>ΔS_d on a square matrix: one permutation applied to rows and columns together.</summary>
    Diagonal,
}
