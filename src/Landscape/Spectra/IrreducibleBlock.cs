namespace Landscape.Symmetry.Landscape;

/// <summary>The Hessian eigenvalues carried by one irreducible, each with multiplicity <see cref="Dimension"/>.</summary>
/// <param name="Label">The irreducible.</param>
/// <param name="Name">Its text with sizes in d, e.g. "(d-2,1) × (1)".</param>
/// <param name="Dimension">dim λ at this d (a polynomial in d, real).</param>
/// <param name="Eigenvalues">The eigenvalues of the λ-block, ascending (as many as λ's multiplicity in M(k,d) ⊕ ℝᵏ).</param>
public sealed record IrreducibleBlock(IrreducibleLabel Label, string Name, double Dimension, double[] Eigenvalues)
{
    /// <summary>The smallest eigenvalue of the block.</summary>
    public double Smallest => Eigenvalues[0];
}
