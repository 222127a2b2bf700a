using static Landscape.Symmetry.Landscape.Tests.Support;

namespace Landscape.Symmetry.Landscape.Tests.Spectra;

/// <summary>
/// <see cref="PointSpectrum"/>: the block path at a point whose isotropy is a diagonal Young type only up to a relabelling of
/// the rows (so the relabelling is exercised) against the dense eigensolver at the same point, and its refusals.
/// </summary>
public class PointSpectrumTests
{
    // Pattern of ΔS_3×ΔS_2 on M(5,5) (blocks {0,1,2}, {3,4}), with the rows then moved by the cycle (0 1 2 3 4): the isotropy
    // is conjugate to ΔS_3×ΔS_2 but acts as (φπφ⁻¹, π), not as (π, π).
    private static double[] ShiftedPattern(bool secondLayer)
    {
        double[,] off = { { 0.15, -0.25 }, { 0.35, 0.05 } };
        double[] diag = { 0.8, 1.3 }, a = { 1.1, 0.9 };
        int Block(int i) => i < 3 ? 0 : 1;
        var layout = new ParameterLayout(5, 5, secondLayer);
        var x = new double[layout.Dimension];
        for (int i = 0; i < 5; i++)
        {
            int row = (i + 1) % 5;
            for (int j = 0; j < 5; j++) x[layout.WeightIndex(row, j)] = i == j ? diag[Block(i)] : off[Block(i), Block(j)];
            if (secondLayer) x[layout.SecondLayerIndex(row)] = a[Block(i)];
        }
        return x;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Blocks_at_a_relabelled_point_agree_with_the_dense_spectrum(bool secondLayer)
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(5, 5, secondLayerTrainable: secondLayer);
        var x = ShiftedPattern(secondLayer);
        Assert.Equal("ΔS_3×ΔS_2", PointIsotropy.Of(model.Layout, x).Type.Name);
        var dense = PointSpectrum.Compute(model, x, SpectrumMethod.Dense);
        var block = PointSpectrum.Compute(model, x, SpectrumMethod.Isotypic);
        Assert.Equal(SpectrumMethod.Isotypic, block.Method);
        Assert.NotNull(block.ByIrreducible);
        var (e, f) = (dense.Spectrum.Eigenvalues, block.Spectrum.Eigenvalues);
        Assert.Equal(e.Length, f.Length);
        double scale = Math.Max(1, e.Max(Math.Abs));
        for (int i = 0; i < e.Length; i++) Assert.True(Math.Abs(e[i] - f[i]) <= 1e-9 * scale, $"eigenvalue {i}: dense {e[i]}, blocks {f[i]}");
        // The block path read the spectrum at a relabelled copy: same loss (rows permuted with a is a symmetry).
        Assert.Equal(model.Value(x), model.Value(block.X), 12);
    }

    [Fact]
    public void Auto_is_reduced_at_a_block_constant_point_and_dense_up_to_the_dense_limit_otherwise()
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(4, 4);
        // W = I is block constant (ΔS_4): the reduced road, with the dense eigenvalues.
        var atIdentity = PointSpectrum.Compute(model, model.Layout.Pack(Identity(4)));
        Assert.Equal(SpectrumMethod.Reduced, atIdentity.Method);
        var dense = PointSpectrum.Compute(model, model.Layout.Pack(Identity(4)), SpectrumMethod.Dense).Spectrum.Eigenvalues;
        for (int i = 0; i < dense.Length; i++) Assert.Equal(dense[i], atIdentity.Spectrum.Eigenvalues[i], 9);
        // A point without symmetry: dense.
        var rng = new Random(3);
        var x = Enumerable.Range(0, 16).Select(_ => rng.NextDouble() - 0.5).ToArray();
        Assert.Equal(SpectrumMethod.Dense, PointSpectrum.Compute(model, x).Method);
    }

    [Fact]
    public void The_block_path_refuses_a_point_without_diagonal_Young_isotropy_and_says_which_it_has()
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(2, 2);
        var e = Assert.Throws<InvalidOperationException>(() => PointSpectrum.Compute(model, [1, 1, 2, 2], SpectrumMethod.Isotypic));
        Assert.Contains("diagonal Young type", e.Message);
        Assert.Contains("(columns)", e.Message);
    }
}
