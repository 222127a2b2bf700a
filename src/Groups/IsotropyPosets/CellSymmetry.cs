namespace Landscape.Symmetry.Groups;

/// <summary>
/// An element (π, ρ) of S_k × S_d acting on the cells of M(k,d): cell (i, j) goes to (π(i), ρ(j)).
/// Elements of ΔS_d have π = ρ.
/// </summary>
/// <param name="Rows">π, of degree k.</param>
/// <param name="Columns">ρ, of degree d.</param>
public sealed record CellSymmetry(Permutation Rows, Permutation Columns)
{
    /// <summary>The permutation of cells (and of the k second-layer points when asked), as in <see cref="MatrixCellAction.Lift"/>.</summary>
    public Permutation OnCells(bool secondLayer = false) =>
        MatrixCellAction.Lift(Rows.Degree, Columns.Degree, Rows, Columns, secondLayer);

    /// <summary>For example <c>rows (1,2), columns (1,2,3)</c>, in 1-based cycle notation.</summary>
    public override string ToString() => $"rows {Rows}, columns {Columns}";
}
