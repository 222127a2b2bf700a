using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape.Tests.Families;

/// <summary>
/// Block relabellings map critical points to critical points of the full model with the same loss and the same dense
/// Hessian spectrum (they are symmetries of the loss), and only the expected ones are produced.
/// </summary>
public class BlockRelabellingsTests
{
    [Theory]
    [InlineData("S(d-1) x S(1)", 0, 0)]
    [InlineData("S(d-1) x S(1)", 1, 1)]  // the special row and the extra row trade places
    [InlineData("S(d-2) x S(2)", 0, 1)]  // the two rows of the size-2 block trade places: its diagonal and off-diagonal values swap
    [InlineData("S(d-2) x S(1) x S(1)", 0, 3)] // the two single rows, the two single columns, or both
    public void Counts_of_non_trivial_relabellings(string spec, int extra, int expected)
    {
        var model = new FamilyModel(FamilyType.Parse(spec, extra), ReluGaussianKernel.Instance);
        Assert.Equal(expected, BlockRelabellings.Of(model, 6).Count);
    }

    [Theory]
    [InlineData("S(d-1) x S(1)", 1)]
    [InlineData("S(d-2) x S(1) x S(1)", 0)]
    [InlineData("S(d-2) x S(2)", 0)]
    public void Images_of_critical_points_are_critical_points_of_the_full_model_with_the_same_spectrum(string spec, int extra)
    {
        var model = new FamilyModel(FamilyType.Parse(spec, extra), ReluGaussianKernel.Instance);
        const int d = 6;
        var reduced = model.At(d);
        var full = reduced.FullModel();
        var maps = BlockRelabellings.Of(model, d);
        var starts = FamilyStarts.Find(model, d, attempts: 3).Starts.Where(s => !s.LargerIsotropy).Take(3).ToList();
        Assert.NotEmpty(starts);
        foreach (var start in starts)
        {
            var x = reduced.Embed(start.Coordinates);
            var spectrum = Eigenvalues(full.Hessian(x));
            foreach (var map in maps)
            {
                var y = reduced.Embed(BlockRelabellings.Apply(map, start.Coordinates));
                var g = new double[y.Length];
                double value = full.Gradient(y, g);
                Assert.True(Math.Sqrt(g.Sum(v => v * v)) < 1e-9);
                Assert.Equal(full.Value(x), value, 1e-12);
                var other = Eigenvalues(full.Hessian(y));
                for (int i = 0; i < spectrum.Length; i++) Assert.Equal(spectrum[i], other[i], 1e-9);
            }
        }
    }

    private static double[] Eigenvalues(double[,] h) =>
        Matrix<double>.Build.DenseOfArray(h).Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).Order().ToArray();
}
