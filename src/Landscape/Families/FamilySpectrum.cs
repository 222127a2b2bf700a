namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The Hessian spectrum of the full model at a block-constant point of a family type, per irreducible, for real d: the
/// type's layout at d (<see cref="FixedSpaceLayout.ForType"/>, the k = d + m rows as a rows-only factor) read by the one
/// reduced spectrum path, <see cref="ReducedSpectrum"/>, with labels written in d ("(d-2,1) × (1)"). Every step there is
/// a polynomial in the block sizes, so the eigenvalues are functions of real d; at integer d they are the full
/// Hessian's eigenvalues, those of λ's isotypic component repeated dim λ times.
/// </summary>
public static class FamilySpectrum
{
    /// <summary>The spectra of all irreducibles that occur at this d (multiplicity ≥ 1), trivial first.</summary>
    /// <param name="kernel">The pair kernel.</param>
    /// <param name="type">The family type.</param>
    /// <param name="d">Real d (the type must be valid there).</param>
    /// <param name="secondLayerTrainable">Whether a trains.</param>
    /// <param name="coordinates">The point in the coordinates of <see cref="FixedSpaceLayout.ForType"/> (unsplit).</param>
    /// <param name="only">Optionally, which labels to compute (others are skipped).</param>
    /// <param name="excludeRescalings">
    /// Leave out the directions wᵢ → (1+ε)wᵢ, aᵢ → (1−ε)aᵢ (per refined row block): at a critical point of a ReLU model
    /// with a trainable second layer they are exact zero modes, which would otherwise hide the eigenvalue that crosses
    /// zero in the same isotypic component. Only meaningful with a trainable second layer.
    /// </param>
    public static IReadOnlyList<IrreducibleSpectrum> Compute(IPairKernel kernel, FamilyType type, double d, bool secondLayerTrainable,
        ReadOnlySpan<double> coordinates, Func<IrreducibleLabel, bool>? only = null, bool excludeRescalings = false)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(type);
        type.CheckValidAt(d);
        var layout = FixedSpaceLayout.ForType(type, d, secondLayerTrainable);
        if (coordinates.Length != layout.Dimension)
            throw new ArgumentException($"The type's fixed space has {layout.Dimension} coordinates; got {coordinates.Length}.", nameof(coordinates));
        var sizeText = type.Parts.Select(p => p.ToString()).Concat(type.ExtraRows > 0 ? new[] { type.ExtraRows.ToString() } : Array.Empty<string>()).ToArray();
        return ReducedSpectrum.PerIrreducible(kernel, layout, coordinates, sizeText, only, excludeRescalings && secondLayerTrainable, skipEmpty: false, CancellationToken.None);
    }
}
