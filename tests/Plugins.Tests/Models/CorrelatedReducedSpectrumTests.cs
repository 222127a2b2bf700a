using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins.Tests.Models;

/// <summary>
/// The reduced road for N(0, diag(σ²)) inputs: <see cref="PointSpectrum"/> with <see cref="SpectrumMethod.Auto"/> at a
/// block-constant point of a <see cref="CorrelatedGaussianLoss"/> with a diagonal covariance takes the reduced model
/// (input scales per block), and its eigenvalues equal the dense eigensolver's on the model's own Hessian.
/// </summary>
public class CorrelatedReducedSpectrumTests
{
    // Σ = I_3 ⊕ 2·I_2 and V = I_3 ⊕ 1.5·I_2 (so blocks must respect both); W block constant for ΔS_2×ΔS_1×ΔS_2 placed
    // as blocks {0,1}, {2}, {3,4} (inside the covariance blocks), second layer trained or not.
    private static (CorrelatedGaussianLoss Model, double[] X) Setting(bool secondLayer)
    {
        const int d = 5;
        var covariance = new double[d, d];
        var teacher = new double[d, d];
        for (int i = 0; i < d; i++) { covariance[i, i] = i < 3 ? 1 : 2; teacher[i, i] = i < 3 ? 1 : 1.5; }
        var model = new CorrelatedGaussianLoss(Relu.Instance, new CorrelatedGaussian(covariance), teacher, null, d, secondLayer);
        int[] block = { 0, 0, 1, 2, 2 };
        double[,] off = { { 0.12, -0.2, 0.07 }, { 0.3, 0.0, -0.15 }, { 0.05, 0.22, -0.1 } };
        double[] diag = { 0.9, 1.2, 0.7 }, a = { 1.05, 0.9, 1.2 };
        var x = new double[model.Layout.Dimension];
        for (int i = 0; i < d; i++)
        {
            for (int j = 0; j < d; j++) x[i * d + j] = i == j ? diag[block[i]] : off[block[i], block[j]];
            if (secondLayer) x[d * d + i] = a[block[i]];
        }
        return (model, x);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_reduced_spectrum_equals_the_dense_one(bool secondLayer)
    {
        var (model, x) = Setting(secondLayer);
        Assert.NotNull(model.ReducibleTerms());
        var reduced = PointSpectrum.Compute(model, x, SpectrumMethod.Auto);
        Assert.Equal(SpectrumMethod.Reduced, reduced.Method);
        var dense = PointSpectrum.Compute(model, x, SpectrumMethod.Dense);
        Assert.Equal(dense.Spectrum.Eigenvalues.Length, reduced.Spectrum.Eigenvalues.Length);
        for (int i = 0; i < dense.Spectrum.Eigenvalues.Length; i++)
            Assert.Equal(dense.Spectrum.Eigenvalues[i], reduced.Spectrum.Eigenvalues[i], 1e-9);
    }

    [Fact]
    public void Blocks_never_cross_the_covariance_blocks()
    {
        var (model, _) = Setting(false);
        // Values constant on {0,1} and on {2,3,4}: a block {2,3,4} would mix σ = 1 with σ = √2 (and two teacher scales),
        // so the reading must split it into {2} and {3,4}, and the spectrum still equals the dense one.
        int[] block = { 0, 0, 1, 1, 1 };
        double[,] off = { { 0.12, -0.2 }, { 0.3, -0.15 } };
        double[] diag = { 0.9, 1.2 };
        var x = new double[25];
        for (int i = 0; i < 5; i++)
            for (int j = 0; j < 5; j++) x[i * 5 + j] = i == j ? diag[block[i]] : off[block[i], block[j]];
        var read = ReducedPoint.TryRead(model, x);
        Assert.NotNull(read);
        Assert.Equal(new[] { "0,1", "2", "3,4" }, read!.Blocks.Select(b => string.Join(",", b)).Order());
        var dense = PointSpectrum.Compute(model, x, SpectrumMethod.Dense).Spectrum.Eigenvalues;
        var reduced = PointSpectrum.Compute(model, x, SpectrumMethod.Reduced).Spectrum.Eigenvalues;
        for (int i = 0; i < dense.Length; i++) Assert.Equal(dense[i], reduced[i], 1e-9);
    }

    [Fact]
    public void A_correlated_covariance_has_no_reduced_model() =>
        Assert.Null(new CorrelatedGaussianLoss(Relu.Instance, new CorrelatedGaussian(new double[,] { { 1, 0.5 }, { 0.5, 1 } }),
            new double[,] { { 1, 0 }, { 0, 1 } }, null, 2).ReducibleTerms());
}
