using System.Collections.Immutable;
using System.Numerics;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// One conjugacy class of isotropy subgroups (stabilizers of points) of Γ = ΔS_d or S_k × S_d
/// acting on M(k,d), described by a representative H.
/// </summary>
/// <remarks>Equality is by value over every property.</remarks>
public sealed class IsotropyClass : IEquatable<IsotropyClass>
{
    internal IsotropyClass(int id, BigInteger order, int fixedDimension, ImmutableArray<int> rowPartition,
        ImmutableArray<int> columnPartition, bool maximal, IsotropyType type, ImmutableArray<RowColumnPermutation> generators,
        ImmutableArray<int> cellOrbits)
    {
        Id = id;
        Order = order;
        FixedDimension = fixedDimension;
        RowPartition = rowPartition;
        ColumnPartition = columnPartition;
        Maximal = maximal;
        Type = type;
        Generators = generators;
        CellOrbits = cellOrbits;
    }

    /// <summary>Index in <see cref="IsotropyPoset.Classes"/>: classes are sorted by order, then by decreasing fixed dimension.</summary>
    public int Id { get; }

    /// <summary>|H|.</summary>
    public BigInteger Order { get; }

    /// <summary>dim Fix(H): the number of orbits of H on cells, plus its row orbits with a trainable second layer.</summary>
    public int FixedDimension { get; }

    /// <summary>Sizes of the orbits of H on rows, decreasing (a partition of k).</summary>
    public ImmutableArray<int> RowPartition { get; }

    /// <summary>Sizes of the orbits of H on columns, decreasing (a partition of d; equal to the rows' for ΔS_d).</summary>
    public ImmutableArray<int> ColumnPartition { get; }

    /// <summary>True when H is a maximal proper isotropy subgroup: the only isotropy class above it is Γ.</summary>
    public bool Maximal { get; }

    /// <summary>The type, named as <see cref="MatrixIsotropyGroup.Type"/> names the isotropy of a matrix.</summary>
    public IsotropyType Type { get; }

    /// <summary>
    /// The type name, e.g. <c>ΔS_5×ΔS_1</c>, or a structural description (order and orbit lengths)
    /// when H is not a product of symmetric groups; two classes can share a structural name.
    /// </summary>
    public string Name => Type.Name;

    /// <summary>Generators (π, ρ) of the representative H (π = ρ for ΔS_d).</summary>
    public ImmutableArray<RowColumnPermutation> Generators { get; }

    /// <summary>
    /// The orbits of H on the k·d cells (cell (i, j) = i·d + j) as a colouring numbered by first
    /// occurrence: a point of Fix(H) is exactly a matrix constant on each colour, and H is the
    /// stabilizer of any such matrix with distinct values on distinct colours.
    /// </summary>
    public ImmutableArray<int> CellOrbits { get; }

    /// <summary>The representative as a permutation group on the cells (plus the k second-layer points when asked).</summary>
    public PermutationGroup Representative(bool secondLayer = false)
    {
        int k = RowPartition.Sum(), d = ColumnPartition.Sum();
        return PermutationGroup.CreateWithProvenOrder(MatrixCellAction.Degree(k, d, secondLayer),
            Generators.Select(g => MatrixCellAction.Lift(k, d, g.Row, g.Column, secondLayer)), Order);
    }

    /// <inheritdoc />
    public bool Equals(IsotropyClass? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Id == other.Id && Order == other.Order && FixedDimension == other.FixedDimension && Maximal == other.Maximal &&
             Type.Name == other.Type.Name && Type.Structure == other.Type.Structure && RowPartition.SequenceEqual(other.RowPartition) &&
             ColumnPartition.SequenceEqual(other.ColumnPartition) && Generators.SequenceEqual(other.Generators) &&
             CellOrbits.SequenceEqual(other.CellOrbits)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IsotropyClass);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Order, FixedDimension, Name);

    /// <inheritdoc />
    public override string ToString() => $"#{Id} {Name} (order {Order}, fixed dimension {FixedDimension})";
}
