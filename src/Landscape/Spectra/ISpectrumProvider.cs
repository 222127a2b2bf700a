namespace Landscape.Symmetry.Landscape;

/// <summary>
/// Computes the Hessian spectrum at a point. The seam for symmetry-adapted (isotypic) methods: a provider
/// may use the isotropy group of the point to split the Hessian into its isotypic components; <see cref="DenseSpectrumProvider"/>
/// ignores it.
/// </summary>
public interface ISpectrumProvider
{
    /// <summary>The eigenvalues of ∇²L(x), ascending.</summary>
    /// <param name="objective">The loss.</param>
    /// <param name="x">The point.</param>
    /// <param name="isotropy">A group fixing x (acting on parameter indices), or null when unknown.</param>
    /// <param name="cancellationToken">Cancels long computations.</param>
    HessianSpectrum Compute(IObjective objective, double[] x, Groups.PermutationGroup? isotropy, CancellationToken cancellationToken = default);
}
