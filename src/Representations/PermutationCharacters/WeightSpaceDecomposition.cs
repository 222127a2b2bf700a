using System.Numerics;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Representations;

/// <summary>
/// The irreducible constituents of a weight space under a subgroup: M(d,d) (⊕ ℝᵈ) under a subgroup H of S_d acting
/// diagonally on rows and columns, or M(k,d) (⊕ ℝᵏ) under a subgroup of S_k × S_d written on k + d points (rows first).
/// Young subgroups get exact partition-tuple labels (class sums, or fixed spaces of Young subgroups when there are too
/// many classes); any other subgroup is decomposed numerically from the commutant, with its characters on its classes.
/// </summary>
/// <param name="Space">The space and the group, in words.</param>
/// <param name="Method">How the decomposition was computed.</param>
/// <param name="Constituents">Label, degree, multiplicity (and for the numeric road the type and character).</param>
/// <param name="Classes">The numeric road's conjugacy classes (representative, size); null otherwise or when there are too many.</param>
public sealed record WeightSpaceDecomposition(string Space, string Method, IReadOnlyList<WeightSpaceConstituent> Constituents, IReadOnlyList<WeightSpaceClass>? Classes)
{
    /// <summary>Σ degree × multiplicity: the dimension of the space.</summary>
    public BigInteger Dimension => Constituents.Aggregate(BigInteger.Zero, (s, c) => s + c.Degree * c.Multiplicity);

    /// <summary>Σ multiplicity: the most distinct eigenvalues an equivariant symmetric operator on the space can have.</summary>
    public BigInteger Bound => Constituents.Aggregate(BigInteger.Zero, (s, c) => s + c.Multiplicity);

    /// <summary>
    /// The decomposition for the subgroup <paramref name="subgroup"/> (a group spec; bare generators name only the points they
    /// move, the rest are fixed up to the space's degree): of M(k,d) when <paramref name="k"/> is given, else of M(d,d) diagonally.
    /// </summary>
    /// <exception cref="ArgumentException">The subgroup does not fit the space, or the numeric road's dimension limit is exceeded.</exception>
    public static (GroupSpec Spec, WeightSpaceDecomposition Decomposition) Of(string subgroup, int d, int? k, bool secondLayer)
    {
        ArgumentNullException.ThrowIfNull(subgroup);
        var spec = GroupSpec.Parse(subgroup);
        int points = d + (k ?? 0);
        if (spec is GeneratedGroupSpec && spec.Degree < points) spec = GroupSpec.Parse(subgroup, points);
        return (spec, k is { } rows ? RowsAndColumns(spec, rows, d, secondLayer) : Diagonal(spec, d, secondLayer));
    }

    /// <summary>M(d,d) (⊕ ℝᵈ with <paramref name="layer"/>) under Δ(<paramref name="spec"/>), a subgroup of S_d acting on rows and columns alike.</summary>
    /// <exception cref="ArgumentException">The subgroup does not act on d points, or the numeric road's dimension limit is exceeded.</exception>
    public static WeightSpaceDecomposition Diagonal(GroupSpec spec, int d, bool layer)
    {
        if (spec.Degree != d)
            throw new ArgumentException($"The subgroup {spec} acts on {spec.Degree} points, but d = {d}: it must be a subgroup of S_{d}.");
        string space = $"M({d},{d}){(layer ? $" ⊕ ℝ^{d}" : "")} under Δ({spec})";
        if (YoungFactors(spec) is { } sizes && (ProductCharacters.ClassCount(sizes) <= PermutationCharacterDecomposition.MaxClassCount
            || sizes.Count <= DiagonalYoungDecomposition.MaxBlocks))
        {
            if (ProductCharacters.ClassCount(sizes) <= PermutationCharacterDecomposition.MaxClassCount)
                return new WeightSpaceDecomposition(space, "class sums (exact)", Exact(MatrixCellCharacters.Diagonal(sizes, layer)), null);
            var fast = DiagonalYoungDecomposition.FromFactorSizes(sizes, layer);
            return new WeightSpaceDecomposition(space, "fixed spaces of Young subgroups (exact: integer eigenvalues of a central element)",
                fast.Types.Select(t => new WeightSpaceConstituent(t.Label, t.Degree, t.Multiplicity, null, null)).ToList(), null);
        }
        var h = spec.Build();
        return Numeric(space, h, MatrixCellAction.Diagonal(h, layer), g => MatrixCellAction.Lift(d, d, g, g, layer));
    }

    /// <summary>M(k,d) (⊕ ℝᵏ with <paramref name="layer"/>) under <paramref name="spec"/>, a subgroup of S_k × S_d on k + d points (rows 1..k first).</summary>
    /// <exception cref="ArgumentException">The subgroup does not act on k + d points, moves a row to a column, or the numeric road's dimension limit is exceeded.</exception>
    public static WeightSpaceDecomposition RowsAndColumns(GroupSpec spec, int k, int d, bool layer)
    {
        if (spec.Degree != k + d)
            throw new ArgumentException(
                $"The subgroup {spec} acts on {spec.Degree} points, but with k = {k} rows and d = {d} columns it must be a subgroup of S_{k} × S_{d} on {k + d} points (rows 1..{k}, then columns {k + 1}..{k + d}).");
        string space = $"M({k},{d}){(layer ? $" ⊕ ℝ^{k}" : "")} under {spec} (rows 1..{k}, columns {k + 1}..{k + d})";
        var h = spec.Build();
        foreach (var g in h.Generators)
            for (int p = 0; p < k; p++)
                if (g[p] >= k)
                    throw new ArgumentException(
                        $"The subgroup {spec} is not a subgroup of S_{k} × S_{d}: its generator {g} sends row {p + 1} to point {g[p] + 1}, a column.");
        if (YoungFactors(spec) is { } sizes)
        {
            int split = 0, prefix = 0;
            while (split < sizes.Count && prefix < k) prefix += sizes[split++];
            if (prefix == k)
                return new WeightSpaceDecomposition(space, "class sums (exact)",
                    Exact(MatrixCellCharacters.RowsAndColumns(sizes.Take(split).ToList(), sizes.Skip(split).ToList(), layer)), null);
        }
        Permutation Lift(Permutation g)
        {
            var rowPart = Permutation.FromImages(Enumerable.Range(0, k).Select(p => g[p]).ToArray());
            var columnPart = Permutation.FromImages(Enumerable.Range(k, d).Select(p => g[p] - k).ToArray());
            return MatrixCellAction.Lift(k, d, rowPart, columnPart, layer);
        }
        int n = MatrixCellAction.Degree(k, d, layer);
        return Numeric(space, h, PermutationGroup.Create(n, h.Generators.Select(Lift), h.Order), Lift);
    }

    private static WeightSpaceDecomposition Numeric(string space, PermutationGroup h, PermutationGroup cells, Func<Permutation, Permutation> lift)
    {
        if (cells.Degree > IsotypicDecomposition.MaxDimension)
            throw new ArgumentException(
                $"The space has dimension {cells.Degree}; subgroups other than Young subgroups are decomposed numerically (dense, from the commutant), which is limited to dimension {IsotypicDecomposition.MaxDimension}.");
        var decomposition = IsotypicDecomposition.Of(cells);
        IReadOnlyList<ConjugacyClass>? classes;
        try { classes = ConjugacyClasses.Of(h); }
        catch (InvalidOperationException) { classes = null; }
        var lifted = classes?.Select(c => lift(c.Representative)).ToArray();
        var constituents = decomposition.Types.Select((t, i) => new WeightSpaceConstituent(t.Label, t.Degree, t.Multiplicity, t.Kind,
            lifted?.Select(g => Math.Round(decomposition.Character(i, g), 6) + 0.0).ToArray())).ToList();
        return new WeightSpaceDecomposition(space, "numeric (commutant): labels are not names of irreducibles, characters are on the listed classes",
            constituents, classes?.Select(c => new WeightSpaceClass(c.Representative.ToString(), c.Size)).ToList());
    }

    private static List<WeightSpaceConstituent> Exact(PermutationCharacterDecomposition decomposition) =>
        decomposition.Components.Select(c => new WeightSpaceConstituent(c.Label.ToString(), c.Degree, c.Multiplicity, null, null)).ToList();

    private static List<int>? YoungFactors(GroupSpec spec) => spec switch
    {
        SymmetricGroupSpec s => new List<int> { s.N },
        DirectProductGroupSpec p when YoungFactors(p.Left) is { } left && YoungFactors(p.Right) is { } right => left.Concat(right).ToList(),
        _ => null,
    };
}

/// <summary>One irreducible constituent.</summary>
/// <param name="Label">Partition tuple (exact roads) or <c>numeric χk</c>.</param>
/// <param name="Degree">Its degree.</param>
/// <param name="Multiplicity">How often it occurs.</param>
/// <param name="Kind">real, complex or quaternionic (numeric road), else null.</param>
/// <param name="Character">Its character on <see cref="WeightSpaceDecomposition.Classes"/> (numeric road), else null.</param>
public sealed record WeightSpaceConstituent(string Label, BigInteger Degree, BigInteger Multiplicity, string? Kind, double[]? Character);

/// <summary>A conjugacy class of the subgroup: a representative in cycle notation and its size.</summary>
public sealed record WeightSpaceClass(string Representative, BigInteger Size);
