namespace Landscape.Symmetry.Groups;

/// <summary>
/// An element (π, ρ) of S_k × S_d acting on a k×d matrix: row i goes to row π(i) and column j to
/// column ρ(j), so W ↦ W' with W'[π(i), ρ(j)] = W[i, j] (and a'[π(i)] = a[i] for a second layer).
/// </summary>
/// <param name="Row">π, on the k rows.</param>
/// <param name="Column">ρ, on the d columns.</param>
public sealed record RowColumnPermutation(Permutation Row, Permutation Column)
{
    /// <summary>GAP-style text: the row and column cycles, 1-based, e.g. <c>rows (1,2) columns (1,2)</c>.</summary>
    public override string ToString() => $"rows {Row} columns {Column}";
}
