using System.Collections.Immutable;
using System.Numerics;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// The isotropy group of a weight matrix W ∈ M(k,d) (and second layer a ∈ ℝᵏ): the pairs (π, ρ)
/// of row and column permutations that leave W (and a) unchanged up to the clustering tolerance —
/// or, for <see cref="IsotropyAction.Diagonal"/>, the permutations π with (π, π) doing so.
/// Built by <see cref="MatrixIsotropy"/>.
/// </summary>
public sealed class MatrixIsotropyGroup
{
    private readonly Lazy<UnionFind> cellOrbits;
    private readonly Lazy<int> fixedDimension;
    private readonly Lazy<ImmutableArray<ImmutableArray<int>>> fixedBasis;
    private readonly Lazy<(IsotropyType Type, Permutation? Conjugator)> type;

    internal MatrixIsotropyGroup(int k, int d, bool secondLayer, IsotropyAction action, PermutationGroup pointGroup)
    {
        Rows = k;
        Columns = d;
        HasSecondLayer = secondLayer;
        Action = action;
        PointGroup = pointGroup;
        Order = pointGroup.Order;
        if (action == IsotropyAction.Diagonal)
        {
            Generators = pointGroup.Generators.Select(p => new RowColumnPermutation(p, p)).ToImmutableArray();
            RowPartition = pointGroup.Orbits;
            ColumnPartition = pointGroup.Orbits;
            OrbitSize = Factorials.Of(d) / Order;
        }
        else
        {
            Generators = pointGroup.Generators.Select(p => Split(k, d, p)).ToImmutableArray();
            var orbits = pointGroup.Orbits;
            RowPartition = orbits.Where(o => o[0] < k).ToImmutableArray();
            ColumnPartition = orbits.Where(o => o[0] >= k).Select(o => o.Select(x => x - k).ToImmutableArray()).ToImmutableArray();
            OrbitSize = Factorials.Of(k) * Factorials.Of(d) / Order;
        }
        cellOrbits = new Lazy<UnionFind>(ComputeCellOrbits);
        fixedDimension = new Lazy<int>(() =>
        {
            var uf = cellOrbits.Value;
            int count = 0;
            for (int x = 0; x < MatrixCellAction.Degree(Rows, Columns, HasSecondLayer); x++) if (uf.Find(x) == x) count++;
            return count;
        });
        fixedBasis = new Lazy<ImmutableArray<ImmutableArray<int>>>(() => cellOrbits.Value.Classes());
        type = new Lazy<(IsotropyType, Permutation?)>(ComputeType);
    }

    /// <summary>k, the number of rows.</summary>
    public int Rows { get; }

    /// <summary>d, the number of columns.</summary>
    public int Columns { get; }

    /// <summary>Whether a second layer a ∈ ℝᵏ was part of the input (it moves with the rows).</summary>
    public bool HasSecondLayer { get; }

    /// <summary>Which group acted: S_k × S_d, or ΔS_d on a square matrix.</summary>
    public IsotropyAction Action { get; }

    /// <summary>Generators (π, ρ); for the diagonal action each has ρ = π.</summary>
    public ImmutableArray<RowColumnPermutation> Generators { get; }

    /// <summary>|G|, exact.</summary>
    public BigInteger Order { get; }

    /// <summary>The orbits of G on the rows: 0-based, each sorted, ordered by first element.</summary>
    public ImmutableArray<ImmutableArray<int>> RowPartition { get; }

    /// <summary>The orbits of G on the columns: 0-based, each sorted, ordered by first element (for the diagonal action, the same as <see cref="RowPartition"/>).</summary>
    public ImmutableArray<ImmutableArray<int>> ColumnPartition { get; }

    /// <summary>The size of W's orbit under the acting group: k!·d!/|G| (for the diagonal action d!/|G|).</summary>
    public BigInteger OrbitSize { get; }

    /// <summary>
    /// G as a permutation group on points: for S_k × S_d, rows are points 0..k−1 and columns points
    /// k..k+d−1; for the diagonal action, the d indices. Its order is known.
    /// </summary>
    public PermutationGroup PointGroup { get; }

    /// <summary>
    /// A basis of the fixed-point subspace of G acting on M(k,d) (⊕ ℝᵏ with a second layer): one
    /// orbit indicator per orbit of cells, each orbit a sorted list of points in the
    /// <see cref="MatrixCellAction"/> layout (cell (i, j) = i·d + j, second-layer entry i = k·d + i),
    /// ordered by first point.
    /// </summary>
    public ImmutableArray<ImmutableArray<int>> FixedBasis => fixedBasis.Value;

    /// <summary>The dimension of the fixed-point subspace: the number of cell orbits (plus row orbits with a second layer).</summary>
    public int FixedDimension => fixedDimension.Value;

    /// <summary>A conjugacy-invariant name such as <c>ΔS_5×ΔS_1</c>, or a structural description.</summary>
    public IsotropyType Type => type.Value.Type;

    /// <summary>Whether G is conjugate to a subgroup of ΔS_d (always true for the diagonal action).</summary>
    public bool IsConjugateToDiagonal => Type.IsDiagonal;

    /// <summary>
    /// When G is conjugate into ΔS_d, a bijection φ from rows to columns (as a permutation of
    /// 0..d−1, row i ↦ column φ(i)) with φ(π(i)) = ρ(φ(i)) for all (π, ρ) ∈ G; otherwise null.
    /// </summary>
    public Permutation? DiagonalConjugator => type.Value.Conjugator;

    /// <summary>G acting on the cells of M(k,d) (and the second layer when present), with its order known.</summary>
    public PermutationGroup AsCellGroup() =>
        PermutationGroup.CreateWithProvenOrder(
            MatrixCellAction.Degree(Rows, Columns, HasSecondLayer),
            Generators.Select(g => MatrixCellAction.Lift(Rows, Columns, g.Row, g.Column, HasSecondLayer)),
            Order);

    /// <summary>A one-line summary: type and order.</summary>
    public override string ToString() => $"{Type.Name} (order {Order})";

    private static RowColumnPermutation Split(int k, int d, Permutation p)
    {
        var rows = new int[k];
        var columns = new int[d];
        for (int i = 0; i < k; i++) rows[i] = p[i];
        for (int j = 0; j < d; j++) columns[j] = p[k + j] - k;
        return new RowColumnPermutation(Permutation.Trusted(rows), Permutation.Trusted(columns));
    }

    private UnionFind ComputeCellOrbits()
    {
        int k = Rows, d = Columns;
        var uf = new UnionFind(MatrixCellAction.Degree(k, d, HasSecondLayer));
        var movedRows = new List<int>();
        var movedColumns = new List<int>();
        foreach (var g in Generators)
        {
            // A cell whose row and column are both fixed is fixed, so only cells in a moved row or a
            // moved column need a union: the search's generators are sparse (S_d on I_d: transpositions).
            movedRows.Clear();
            movedColumns.Clear();
            for (int i = 0; i < k; i++) if (g.Row[i] != i) movedRows.Add(i);
            for (int j = 0; j < d; j++) if (g.Column[j] != j) movedColumns.Add(j);
            foreach (int i in movedRows)
            {
                int ri = g.Row[i] * d;
                for (int j = 0; j < d; j++) uf.Union(i * d + j, ri + g.Column[j]);
                if (HasSecondLayer) uf.Union(k * d + i, k * d + g.Row[i]);
            }
            for (int i = 0; i < k; i++)
            {
                if (g.Row[i] != i) continue;
                foreach (int j in movedColumns) uf.Union(i * d + j, i * d + g.Column[j]);
            }
        }
        return uf;
    }

    private (IsotropyType, Permutation?) ComputeType()
    {
        var rowLengths = RowPartition.Select(o => o.Length).ToArray();
        var columnLengths = ColumnPartition.Select(o => o.Length).ToArray();
        if (Action == IsotropyAction.Diagonal)
            return (IsotropyType.Describe(Order, rowLengths, columnLengths, diagonal: true), Permutation.Identity(Columns));
        var phi = DiagonalConjugacy.Find(Rows, Columns, Generators,
            RowPartition.Select(o => (IReadOnlyList<int>)o).ToArray(), ColumnPartition.Select(o => (IReadOnlyList<int>)o).ToArray());
        var conjugator = phi is null ? null : Permutation.Trusted(phi);
        return (IsotropyType.Describe(Order, rowLengths, columnLengths, diagonal: conjugator is not null), conjugator);
    }
}
