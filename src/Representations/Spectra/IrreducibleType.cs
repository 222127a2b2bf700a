using System.Collections.Immutable;

namespace Landscape.Symmetry.Representations;

/// <summary>
/// One isotypic component of a real representation: an irreducible type, its real dimension and how
/// many copies occur.
/// </summary>
/// <param name="Label">
/// How the irreducible is named: a partition tuple such as <c>([3,1],[2])</c> for a (diagonal) Young
/// subgroup, or <c>χ3 (numeric)</c> for one found numerically from the commutant.
/// </param>
/// <param name="Partitions">The partition tuple when the label is one, else null.</param>
/// <param name="Degree">The real dimension of one copy; every eigenvalue of this type has a multiple of it as multiplicity.</param>
/// <param name="Multiplicity">The number of copies m; an equivariant symmetric operator has at most m distinct eigenvalues on the component.</param>
/// <param name="EndomorphismDimension">dim End_H(U): 1 for an irreducible of real type, 2 complex, 4 quaternionic.</param>
/// <param name="Character">χ_U on the decomposition's class representatives when they were listed, else empty.</param>
public sealed record IrreducibleType(
    string Label,
    PartitionTuple? Partitions,
    long Degree,
    int Multiplicity,
    int EndomorphismDimension,
    ImmutableArray<double> Character)
{
    /// <summary>Real, complex or quaternionic, from <see cref="EndomorphismDimension"/>.</summary>
    public string Kind => EndomorphismDimension switch { 1 => "real", 2 => "complex", 4 => "quaternionic", _ => $"End dimension {EndomorphismDimension}" };

    /// <inheritdoc />
    public override string ToString() => Label;
}
