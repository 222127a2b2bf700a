using Landscape.Symmetry.Representations;
using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape.Tests.Families;

/// <summary>Per-irreducible eigenvalues against the dense eigenvalues of the full model's Hessian at integer d.</summary>
public class FamilySpectrumTests
{
    [Theory]
    [InlineData("S(d-1) x S(1)", 5, 0, false)]
    [InlineData("S(d-1) x S(1)", 6, 0, true)]
    [InlineData("S(d-2) x S(2)", 7, 0, false)]
    [InlineData("S(d-2) x S(1) x S(1)", 6, 0, false)]
    [InlineData("S(d)", 5, 0, true)]
    [InlineData("S(d-1) x S(1)", 5, 1, false)]
    [InlineData("S(d-1) x S(1)", 4, 2, true)]
    [InlineData("S(d-1) x S(1)", 20, 0, false)]
    public void Blocks_repeated_by_dimension_are_the_dense_spectrum(string spec, int d, int extra, bool trainable)
    {
        var type = FamilyType.Parse(spec, extra);
        var layout = FixedSpaceLayout.ForType(type, d, trainable);
        var f = new ReducedPopulationLoss(ReluGaussianKernel.Instance, layout);
        var rng = new Random(d + 100 * extra);
        var c = new double[f.Dimension];
        for (int i = 0; i < c.Length; i++)
            c[i] = layout.Orbits[i].Kind switch { OrbitKind.Diagonal => 0.9, OrbitKind.SecondLayer => 1.1, _ => 0.3 * (rng.NextDouble() - 0.5) };
        var blocks = FamilySpectrum.Compute(ReluGaussianKernel.Instance, type, d, trainable, c);
        var fromBlocks = new List<double>();
        foreach (var b in blocks)
        {
            int dim = (int)Math.Round(b.Dimension);
            Assert.Equal(b.Dimension, dim, 1e-9);
            foreach (var e in b.Eigenvalues) fromBlocks.AddRange(Enumerable.Repeat(e, dim));
        }
        var full = f.FullModel();
        var dense = Matrix<double>.Build.DenseOfArray(full.Hessian(f.Embed(c))).Evd(Symmetricity.Symmetric)
            .EigenValues.Select(z => z.Real).Order().ToArray();
        Assert.Equal(dense.Length, fromBlocks.Count);
        var sorted = fromBlocks.Order().ToArray();
        double scale = Math.Max(1, dense.Max(Math.Abs));
        for (int i = 0; i < dense.Length; i++)
            Assert.True(Math.Abs(dense[i] - sorted[i]) <= 1e-9 * scale, $"eigenvalue {i}: blocks {sorted[i]} vs dense {dense[i]}");
        Assert.True(blocks[0].Label.IsTrivial);
    }
}
