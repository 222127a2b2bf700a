using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape;

/// <summary>The dense path: form the Hessian and diagonalize it with MathNet's symmetric eigensolver, O(n³).</summary>
public sealed class DenseSpectrumProvider : ISpectrumProvider
{
    /// <summary>The shared instance.</summary>
    public static DenseSpectrumProvider Instance { get; } = new();

    /// <summary>The largest parameter dimension accepted (an n×n eigenproblem; n = 2500 takes tens of seconds).</summary>
    public const int MaxDimension = 2500;

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The dimension exceeds <see cref="MaxDimension"/>.</exception>
    public HessianSpectrum Compute(IObjective objective, double[] x, Groups.PermutationGroup? isotropy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length > MaxDimension)
            throw new InvalidOperationException(
                $"The dense spectrum is limited to {MaxDimension} parameters; got {x.Length}. Use the isotypic spectrum provider.");
        cancellationToken.ThrowIfCancellationRequested();
        var h = Matrix<double>.Build.DenseOfArray(objective.Hessian(x));
        var eig = h.Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).Order().ToArray();
        return new HessianSpectrum(eig, "dense");
    }
}
