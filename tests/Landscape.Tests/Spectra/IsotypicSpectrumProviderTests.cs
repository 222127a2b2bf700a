using static Landscape.Symmetry.Landscape.Tests.Support;

namespace Landscape.Symmetry.Landscape.Tests.Spectra;

/// <summary>
/// The isotypic block path against the dense eigensolver (the oracle) on the full Hessian, at the global minimum
/// W = I (isotropy ΔS_d) and at a spurious minimum (isotropy ΔS_{d−1}×ΔS₁).
/// </summary>
public class IsotypicSpectrumProviderTests
{
    private static void AssertSameSpectrum(double[] dense, double[] blocks)
    {
        Assert.Equal(dense.Length, blocks.Length);
        var scale = Math.Max(1, dense.Max(Math.Abs));
        for (int i = 0; i < dense.Length; i++)
            Assert.True(Math.Abs(dense[i] - blocks[i]) <= 1e-9 * scale, $"eigenvalue {i}: dense {dense[i]}, blocks {blocks[i]}");
    }

    [Theory]
    [InlineData(4, false, 7)]
    [InlineData(6, false, 7)]
    [InlineData(9, false, 7)]
    [InlineData(5, true, 9)]
    [InlineData(7, true, 9)]
    public void At_the_identity_the_block_path_agrees_with_the_dense_one_and_has_few_distinct_eigenvalues(int d, bool secondLayer, int bound)
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(d, d, secondLayerTrainable: secondLayer);
        var x = model.Layout.Pack(Identity(d), secondLayer ? Enumerable.Repeat(1.0, d).ToArray() : default);
        var isotropy = MatrixCellAction.DiagonalYoung(new[] { d }, secondLayer);

        var labelled = IsotypicSpectrumProvider.Instance.ComputeLabelled(model, x, isotropy);
        var blocks = IsotypicSpectrumProvider.Instance.Compute(model, x, isotropy).Eigenvalues;
        AssertSameSpectrum(Eigenvalues(model.Hessian(x)), blocks);
        // One block eigenvalue per copy of each irreducible: Σ multiplicities = 7 (9 with the second layer).
        Assert.Equal(bound, labelled.Values.Length);
        Assert.True(labelled.Distinct().Count <= bound);
    }

    [Fact]
    public void At_a_spurious_minimum_the_block_path_agrees_with_the_dense_one()
    {
        const int d = 6;
        var model = TwoLayerPopulationLoss.IdentityTeacher(d, d);
        var h = MatrixCellAction.DiagonalYoung(new[] { d - 1, 1 });
        var search = new FixedSpaceSearch(model, h);
        var full = MatrixCellAction.DiagonalSymmetric(d);
        CriticalPointResult? found = null;
        for (int seed = 0; seed < 40 && found is null; seed++)
        {
            var r = search.Search(search.RandomStart(seed, 1.0 / d));
            if (r.Value > 1e-6 && r.GradientNorm <= 1e-10 && !CriticalPointReport.IsFixedBy(r.X, full)) found = r;
        }
        Assert.NotNull(found);

        var dense = Eigenvalues(model.Hessian(found!.X));
        AssertSameSpectrum(dense, IsotypicSpectrumProvider.Instance.Compute(model, found.X, h).Eigenvalues);
    }

    [Fact]
    public void A_group_that_does_not_fix_the_point_is_refused()
    {
        // At a random point the Hessian does not commute with ΔS_d: the equivariance check must say so.
        var model = TwoLayerPopulationLoss.IdentityTeacher(4, 4);
        var x = model.Layout.Pack(RandomMatrix(4, 4, new Random(3)));
        var e = Assert.Throws<ArgumentException>(() => IsotypicSpectrumProvider.Instance.Compute(model, x, MatrixCellAction.DiagonalYoung(new[] { 4 })));
        Assert.Contains("equivariant", e.Message);
    }

    [Fact]
    public void Without_an_isotropy_group_the_block_path_explains_why()
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(3, 3);
        var x = model.Layout.Pack(Identity(3));
        var e = Assert.Throws<InvalidOperationException>(() => IsotypicSpectrumProvider.Instance.Compute(model, x, null));
        Assert.Contains("isotropy", e.Message);
    }
}
