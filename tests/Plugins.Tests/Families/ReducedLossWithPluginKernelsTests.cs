using Landscape.Symmetry.Representations;
using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Plugins.Tests.Families;

/// <summary>
/// The reduced loss and the per-irreducible blocks are generic over the pair kernel: with plug-in activations they
/// agree with the full two-layer model (value, gradient and dense spectrum) at integer d.
/// </summary>
public class ReducedLossWithPluginKernelsTests
{
    [Theory]
    [InlineData("erf", "S(d-1) x S(1)", 5, false)]
    [InlineData("tanh", "S(d-2) x S(2)", 6, true)]
    public void Agrees_with_the_full_model(string activation, string spec, int d, bool trainable)
    {
        var kernel = GaussianKernels.For(PluginRegistry.Activation(activation));
        var type = FamilyType.Parse(spec);
        var layout = FixedSpaceLayout.ForType(type, d, trainable);
        var f = new ReducedPopulationLoss(kernel, layout);
        var rng = new Random(3);
        var c = new double[f.Dimension];
        for (int i = 0; i < c.Length; i++)
            c[i] = layout.Orbits[i].Kind switch { OrbitKind.Diagonal => 0.9 + 0.2 * rng.NextDouble(), OrbitKind.SecondLayer => 1.1, _ => 0.3 * (rng.NextDouble() - 0.5) };
        var full = f.FullModel();
        var x = f.Embed(c);
        Assert.Equal(full.Value(x), f.Value(c), 1e-10);
        // Jᵀ∇L: sum the full gradient over the cells of each orbit (the embedding of a unit coordinate marks them).
        var g = new double[x.Length];
        full.Gradient(x, g);
        var gr = new double[f.Dimension];
        f.Gradient(c, gr);
        for (int o = 0; o < f.Dimension; o++)
        {
            var e = new double[f.Dimension];
            e[o] = 1;
            double expected = f.Embed(e).Zip(g, (a, b) => a * b).Sum();
            Assert.Equal(expected, gr[o], 1e-9);
        }
        var blocks = FamilySpectrum.Compute(kernel, type, d, trainable, c);
        var fromBlocks = blocks.SelectMany(b => Enumerable.Repeat(b.Eigenvalues, (int)Math.Round(b.Dimension)).SelectMany(v => v)).Order().ToArray();
        var dense = Matrix<double>.Build.DenseOfArray(full.Hessian(x)).Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).Order().ToArray();
        Assert.Equal(dense.Length, fromBlocks.Length);
        for (int i = 0; i < dense.Length; i++) Assert.Equal(dense[i], fromBlocks[i], 1e-8);
    }
}
