namespace Landscape.Symmetry.Representations;

/// <summary>One eigenvalue of an equivariant symmetric operator, found in the isotypic component of one irreducible type.</summary>
/// <param name="Eigenvalue">The eigenvalue.</param>
/// <param name="Multiplicity">How often it occurs in the whole space from this component: the irreducible's degree.</param>
/// <param name="Irreducible">The irreducible type whose isotypic component it came from.</param>
public sealed record SpectralValue(double Eigenvalue, long Multiplicity, IrreducibleType Irreducible)
{
    /// <inheritdoc />
    public override string ToString() => $"{Eigenvalue:G10} × {Multiplicity} ({Irreducible.Label})";
}
