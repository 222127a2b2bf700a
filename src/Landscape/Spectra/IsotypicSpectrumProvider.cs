using Landscape.Symmetry.Groups;
using Landscape.Symmetry.Representations;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The symmetry-adapted path: the Hessian at a point with isotropy H commutes with H, so its spectrum is read from
/// one small compression per irreducible type of H, built from Hessian–vector products only (never the dense Hessian).
/// Diagonal Young isotropy ΔS_{p₁}×…×ΔS_{p_r} on M(d,d) (⊕ ℝᵈ) takes the fast path whose number of products does
/// not grow with d; other groups go through the numeric isotypic decomposition of the representations layer.
/// </summary>
public sealed class IsotypicSpectrumProvider : ISpectrumProvider
{
    /// <summary>The shared instance (default tolerance of the equivariance and symmetry checks).</summary>
    public static IsotypicSpectrumProvider Instance { get; } = new();

    /// <summary>Relative tolerance for the checks that the Hessian is symmetric and commutes with the isotropy group.</summary>
    public double Tolerance { get; init; } = SymmetryAdaptedBasis.DefaultTolerance;

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">No isotropy group was given, or the layout is not square (k ≠ d).</exception>
    public HessianSpectrum Compute(IObjective objective, double[] x, PermutationGroup? isotropy, CancellationToken cancellationToken = default)
    {
        var spectrum = ComputeLabelled(objective, x, isotropy, cancellationToken);
        return new HessianSpectrum(spectrum.Expand(), $"isotypic components ({spectrum.OperatorApplications} Hessian–vector products)");
    }

    /// <summary>The spectrum as (eigenvalue, multiplicity, irreducible) triples.</summary>
    /// <inheritdoc cref="Compute"/>
    public IsotypicSpectrum ComputeLabelled(IObjective objective, double[] x, PermutationGroup? isotropy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(x);
        var layout = objective.Layout;
        layout.CheckLength(x.Length, nameof(x));
        if (isotropy is null)
            throw new InvalidOperationException("The isotypic spectrum needs the isotropy group of the point (acting on parameter indices); use the dense provider when it is unknown.");
        if (layout.K != layout.D)
            throw new InvalidOperationException($"The isotypic spectrum handles square layouts (k = d) for now; got k = {layout.K}, d = {layout.D}.");
        if (isotropy.Degree != layout.Dimension)
            throw new ArgumentException($"The isotropy group acts on {isotropy.Degree} points but the model has {layout.Dimension} parameters.", nameof(isotropy));

        var decomposition = SymmetryAdaptedBasis.ForCells(isotropy, layout.D, layout.SecondLayerTrainable, cancellationToken: cancellationToken);
        var hessian = new SymmetricOperator(layout.Dimension, (v, result) => objective.HessianVectorProduct(x, v, result));
        return decomposition.Spectrum(hessian, Tolerance);
    }
}
