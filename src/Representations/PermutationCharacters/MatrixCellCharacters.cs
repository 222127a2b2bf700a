using System.Numerics;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Representations;

/// <summary>
/// Permutation characters of Young subgroups acting on the cells of a weight matrix, following the
/// conventions of <see cref="MatrixCellAction"/>, and their decompositions into irreducibles. A
/// permutation character is the number of fixed cells, which depends only on the class, so nothing
/// is enumerated element by element.
/// </summary>
/// <remarks>
/// A Young subgroup S_{p₁} × … × S_{p_r} ≤ S_d is given by its factor sizes; which points each factor
/// permutes does not affect the character (conjugate subgroups), so take factor i to permute the
/// consecutive run of pᵢ points after the first p₁ + … + p_{i−1}. A permutation of cycle type
/// (μ₁, …, μ_r) fixes f = Σᵢ (number of parts of μᵢ equal to 1) points.
/// </remarks>
public static class MatrixCellCharacters
{
    /// <summary>The number of points fixed by a permutation of the given per-factor cycle types.</summary>
    public static int FixedPoints(PartitionTuple cycleTypes)
    {
        ArgumentNullException.ThrowIfNull(cycleTypes);
        return cycleTypes.Parts.Sum(mu => mu.Parts.Count(p => p == 1));
    }

    /// <summary>
    /// Fixed cells of σ acting diagonally on M(d,d), (i, j) ↦ (σi, σj): f(σ)², plus f(σ) for the d
    /// second-layer points that move like rows.
    /// </summary>
    public static BigInteger DiagonalFixedCells(PartitionTuple cycleTypes, bool secondLayer = false)
    {
        BigInteger f = FixedPoints(cycleTypes);
        return f * f + (secondLayer ? f : BigInteger.Zero);
    }

    /// <summary>
    /// Fixed cells of (π, ρ) acting on M(k,d) by (i, j) ↦ (πi, ρj): f(π)·f(ρ), plus f(π) for the k
    /// second-layer points that move with the rows.
    /// </summary>
    public static BigInteger FixedCells(PartitionTuple rowCycleTypes, PartitionTuple columnCycleTypes, bool secondLayer = false)
    {
        BigInteger fr = FixedPoints(rowCycleTypes), fc = FixedPoints(columnCycleTypes);
        return fr * fc + (secondLayer ? fr : BigInteger.Zero);
    }

    /// <summary>
    /// The permutation representation of ΔH on M(d,d) (d = Σ pᵢ, with d extra second-layer points when
    /// requested), H = S_{p₁} × … × S_{p_r}, decomposed into irreducibles of H. Its dimension is
    /// d² (+ d).
    /// </summary>
    /// <exception cref="ArgumentException">Bad factor sizes, or too many classes (see <see cref="PermutationCharacterDecomposition.MaxClassCount"/>).</exception>
    public static PermutationCharacterDecomposition Diagonal(IReadOnlyList<int> factorSizes, bool secondLayer = false) =>
        PermutationCharacterDecomposition.FromClassFunction(factorSizes, c => DiagonalFixedCells(c, secondLayer));

    /// <summary>
    /// The permutation representation of H_rows × H_cols on M(k,d) (k = Σ row sizes, d = Σ column sizes,
    /// plus k second-layer points when requested), decomposed into irreducibles of the product. That
    /// product is itself the Young-type group S_{r₁} × … × S_{c₁} × …, so labels and classes are tuples
    /// with the row factors first, then the column factors. Its dimension is k·d (+ k).
    /// </summary>
    /// <exception cref="ArgumentException">Bad factor sizes, or too many classes (see <see cref="PermutationCharacterDecomposition.MaxClassCount"/>).</exception>
    public static PermutationCharacterDecomposition RowsAndColumns(IReadOnlyList<int> rowFactorSizes, IReadOnlyList<int> columnFactorSizes, bool secondLayer = false)
    {
        var rows = ProductCharacters.CheckSizes(rowFactorSizes);
        var columns = ProductCharacters.CheckSizes(columnFactorSizes);
        int r = rows.Length;
        return PermutationCharacterDecomposition.FromClassFunction(
            rows.AddRange(columns),
            c => FixedCells(new PartitionTuple(c.Parts.Take(r)), new PartitionTuple(c.Parts.Skip(r)), secondLayer));
    }
}
