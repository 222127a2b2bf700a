namespace Landscape.Symmetry.Groups;

/// <summary>
/// The action of row and column permutations on the cells of a k×d matrix, the symmetry of a
/// two-layer network's weight matrix W ∈ M(k,d).
/// </summary>
/// <remarks>
/// Cell (i, j) is point i·d + j (0-based, row-major). A pair (π, ρ) ∈ S_k × S_d sends cell (i, j) to
/// (π(i), ρ(j)); with a trainable second layer a ∈ ℝᵏ, the k extra points k·d + i carry aᵢ and move
/// with the rows (π) while columns fix them.
/// </remarks>
public static class MatrixCellAction
{
    /// <summary>Number of points: k·d cells, plus k second-layer points when requested.</summary>
    public static int Degree(int k, int d, bool secondLayer)
    {
        Constructions.CheckPositive(k, nameof(k));
        Constructions.CheckPositive(d, nameof(d));
        long n = (long)k * d + (secondLayer ? k : 0);
        Constructions.CheckCombinedDegree(n);
        return (int)n;
    }

    /// <summary>The permutation of cells (and second-layer points) induced by a row permutation π and column permutation ρ.</summary>
    /// <exception cref="ArgumentException">π does not have degree k or ρ does not have degree d.</exception>
    public static Permutation Lift(int k, int d, Permutation rows, Permutation columns, bool secondLayer = false)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        if (rows.Degree != k) throw new ArgumentException($"The row permutation has degree {rows.Degree}; expected k = {k}.", nameof(rows));
        if (columns.Degree != d) throw new ArgumentException($"The column permutation has degree {columns.Degree}; expected d = {d}.", nameof(columns));
        var a = new int[Degree(k, d, secondLayer)];
        for (int i = 0; i < k; i++)
        {
            int ri = rows[i] * d;
            for (int j = 0; j < d; j++) a[i * d + j] = ri + columns[j];
            if (secondLayer) a[k * d + i] = k * d + rows[i];
        }
        return Permutation.Trusted(a);
    }

    /// <summary>
    /// The group R × C acting on cells, for a row group R ≤ S_k and a column group C ≤ S_d; the
    /// action is faithful, so its order is |R|·|C|.
    /// </summary>
    public static PermutationGroup Of(PermutationGroup rows, PermutationGroup columns, bool secondLayer = false)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        int k = rows.Degree, d = columns.Degree;
        var idRows = Permutation.Identity(k);
        var idColumns = Permutation.Identity(d);
        var gens = rows.Generators.Select(r => Lift(k, d, r, idColumns, secondLayer))
            .Concat(columns.Generators.Select(c => Lift(k, d, idRows, c, secondLayer)));
        return PermutationGroup.CreateWithProvenOrder(Degree(k, d, secondLayer), gens, rows.Order * columns.Order);
    }

    /// <summary>S_k × S_d acting on the cells of a k×d matrix (the spec <c>Cells(k,d)</c>).</summary>
    public static PermutationGroup Full(int k, int d, bool secondLayer = false) =>
        Of(Constructions.Symmetric(k), Constructions.Symmetric(d), secondLayer);

    /// <summary>
    /// A subgroup H ≤ S_d acting diagonally, (π, π), on the cells of a d×d matrix: the isotropy
    /// groups ΔH of the identity-teacher problem. Faithful for d ≥ 1, so its order is |H|.
    /// </summary>
    public static PermutationGroup Diagonal(PermutationGroup h, bool secondLayer = false)
    {
        ArgumentNullException.ThrowIfNull(h);
        int d = h.Degree;
        var gens = h.Generators.Select(p => Lift(d, d, p, p, secondLayer));
        return PermutationGroup.CreateWithProvenOrder(Degree(d, d, secondLayer), gens, h.Order);
    }

    /// <summary>
    /// The diagonal Young subgroup Δ(S_{p₁} × … × S_{p_r}) acting as (π, π) on the cells of M(d,d) (and the second
    /// layer), d = Σ pᵢ: the isotropy types of the identity-teacher problem named in the papers, e.g. ΔS_{d−1}×ΔS₁
    /// for the spurious minima of Safran and Shamir.
    /// </summary>
    public static PermutationGroup DiagonalYoung(IReadOnlyList<int> parts, bool secondLayer = false) =>
        Diagonal(Constructions.Young(parts), secondLayer);

    /// <summary>ΔS_d acting on the cells of a d×d matrix (the spec <c>DiagonalCells(d)</c>).</summary>
    public static PermutationGroup DiagonalSymmetric(int d, bool secondLayer = false) =>
        Diagonal(Constructions.Symmetric(d), secondLayer);
}
