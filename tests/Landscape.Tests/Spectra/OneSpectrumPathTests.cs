using Landscape.Symmetry.Representations;
using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape.Tests.Spectra;

/// <summary>
/// The one reduced spectrum path (<see cref="ReducedSpectrum"/>, which <see cref="FamilySpectrum"/> now calls) on layouts the
/// point commands never produced before — extra student rows (k = d + m) as a rows-only factor, placed first or last —
/// against the dense eigenvalues of the full model's Hessian (MathNet) at the embedded point.
/// </summary>
public class OneSpectrumPathTests
{
    private static double[] RandomPoint(FixedSpaceLayout layout, int seed)
    {
        var rng = new Random(seed);
        return layout.Orbits.Select(o => o.Kind switch
        {
            OrbitKind.Diagonal => 0.8 + 0.2 * rng.NextDouble(),
            OrbitKind.SecondLayer => 0.9 + 0.3 * rng.NextDouble(),
            _ => 0.4 * (rng.NextDouble() - 0.5),
        }).ToArray();
    }

    private static void AssertBlocksAreDense(FixedSpaceLayout layout, IReadOnlyList<IrreducibleSpectrum> blocks, double[] c)
    {
        var loss = new ReducedPopulationLoss(ReluGaussianKernel.Instance, layout);
        var dense = Matrix<double>.Build.DenseOfArray(loss.FullModel().Hessian(loss.Embed(c))).Evd(Symmetricity.Symmetric)
            .EigenValues.Select(z => z.Real).Order().ToArray();
        var fromBlocks = blocks.SelectMany(b => b.Eigenvalues.SelectMany(e => Enumerable.Repeat(e, (int)Math.Round(b.Dimension)))).Order().ToArray();
        Assert.Equal(dense.Length, fromBlocks.Length);
        double scale = Math.Max(1, dense.Max(Math.Abs));
        for (int i = 0; i < dense.Length; i++)
            Assert.True(Math.Abs(dense[i] - fromBlocks[i]) <= 1e-9 * scale, $"eigenvalue {i}: blocks {fromBlocks[i]} vs dense {dense[i]}");
    }

    [Theory]
    [InlineData(new[] { 4, 1 }, 2, false)]
    [InlineData(new[] { 3, 2 }, 1, true)]
    [InlineData(new[] { 5 }, 3, true)]
    public void Extra_rows_first_or_last_give_the_dense_spectrum(int[] parts, int extra, bool secondLayer)
    {
        var coupled = parts.Select(p => new LayoutFactor(FactorKind.Coupled, new double[] { p })).ToList();
        var rows = new LayoutFactor(FactorKind.RowsOnly, new double[] { extra });
        foreach (var factors in new[] { coupled.Append(rows).ToList(), coupled.Prepend(rows).ToList() })
        {
            var layout = new FixedSpaceLayout(factors, secondLayer);
            var c = RandomPoint(layout, parts.Sum() + extra);
            AssertBlocksAreDense(layout, ReducedSpectrum.Compute(ReluGaussianKernel.Instance, layout, c), c);
        }
    }

    [Fact]
    public void A_family_spectrum_is_the_reduced_spectrum_of_the_types_layout_with_labels_in_d()
    {
        var type = FamilyType.Parse("S(d-2) x S(2)", 1);
        const int d = 6;
        var layout = FixedSpaceLayout.ForType(type, d, secondLayerTrainable: true);
        var c = RandomPoint(layout, 3);
        var family = FamilySpectrum.Compute(ReluGaussianKernel.Instance, type, d, true, c);
        AssertBlocksAreDense(layout, family, c);
        Assert.Contains(family, b => b.Name.Contains("d-", StringComparison.Ordinal));
        var reduced = ReducedSpectrum.Compute(ReluGaussianKernel.Instance, layout, c);
        Assert.Equal(reduced.Select(b => b.Eigenvalues), family.Select(b => b.Eigenvalues));
    }
}
