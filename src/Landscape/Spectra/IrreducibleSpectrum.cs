namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The Hessian spectrum on one isotypic component: the eigenvalues of the Hessian compressed to the multiplicity space
/// of one irreducible, each carried with multiplicity <see cref="Dimension"/> in the full spectrum.
/// </summary>
/// <param name="Label">The irreducible.</param>
/// <param name="Name">Its text with sizes in d, e.g. "(d-2,1) × (1)".</param>
/// <param name="Dimension">dim λ at this d (a polynomial in d, real).</param>
/// <param name="Eigenvalues">The eigenvalues of the compression to λ's isotypic component, ascending (as many as λ's multiplicity in M(k,d) ⊕ ℝᵏ).</param>
public sealed record IrreducibleSpectrum(IrreducibleLabel Label, string Name, double Dimension, double[] Eigenvalues)
{
    /// <summary>The smallest eigenvalue on this isotypic component.</summary>
    public double Smallest => Eigenvalues[0];
}
