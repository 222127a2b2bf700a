using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape.Tests.Families;

/// <summary>
/// Families followed past the ends of the range (<see cref="FamilyBeyond"/>): folds outside the range are the folds an
/// exploration over a wider range finds inside it; the issue's 0.0553 family has none down to where the type starts, and
/// there it is the global minimum (W a permutation matrix, loss 0 in the full model). Families are distinct orbits
/// (the full model's dense spectra tell them apart).
/// </summary>
public class FamilyBeyondTests
{
    [Fact]
    public void Folds_below_the_range_are_the_folds_a_wider_range_finds()
    {
        // k = d + 1: an S-shaped family folds twice between d = 4 and 4.3 (found inside [3, 6]).
        var model = new FamilyModel(FamilyType.Parse("S(d-1) x S(1)", 1), ReluGaussianKernel.Instance);
        var wide = FamilyExplorer.Follow(model, 3, 6, new FamilyExplorerOptions { BeyondRatio = 1 });
        var inside = wide.Families.SelectMany(f => f.Folds).Select(f => f.D).ToList();
        Assert.NotEmpty(inside);
        Assert.All(wide.Families, f => Assert.Null(f.Below));

        var narrow = FamilyExplorer.Follow(model, 4.5, 6);
        var beyond = narrow.Families.Select(f => f.Below).OfType<FamilyBeyond>().SelectMany(b => b.Folds).ToList();
        Assert.NotEmpty(beyond);
        Assert.All(narrow.Families.SelectMany(f => f.Folds), f => Assert.InRange(f.D, 4.5, 6));
        foreach (var fold in beyond)
        {
            Assert.InRange(fold.D, 3, 4.5);
            Assert.Contains(inside, d => Math.Abs(d - fold.D) < 1e-7);
            // The fixed-space Hessian (dense eigensolver) is singular there.
            var eig = Matrix<double>.Build.DenseOfArray(model.At(fold.D).OrthonormalHessian(fold.Coordinates)).Evd(Symmetricity.Symmetric)
                .EigenValues.Select(e => Math.Abs(e.Real)).Min();
            Assert.True(eig < 1e-6, $"fold at {fold.D}: smallest |eigenvalue| {eig}");
        }
    }

    [Fact]
    public void The_issues_family_has_no_fold_down_to_where_the_type_starts_and_ends_at_the_global_minimum()
    {
        var model = new FamilyModel(FamilyType.Parse("S(d-1) x S(1)"), ReluGaussianKernel.Instance);
        var result = FamilyExplorer.Follow(model, 5, 12);
        var family = Assert.Single(result.Families, f => f.At(7).Any(r => Math.Abs(r.Loss - 0.0553) < 5e-5));
        Assert.Empty(family.Folds);
        var below = family.Below!;
        Assert.NotNull(below);
        Assert.Equal(3, below.Limit);
        Assert.True(below.LimitIsTypeStart);
        Assert.Empty(below.Folds);
        Assert.Equal("reached d = 3", below.Stop);
        var above = family.Above!;
        Assert.Equal(24, above.Limit);
        Assert.Empty(above.Folds);

        // Independently: the family's point at d = 3 (the tracer's row there) in the full model is W = a permutation matrix
        // with loss 0, and at d = 4 the branch is still regular (fixed-space Hessian far from singular).
        var wider = FamilyExplorer.Follow(model, 3, 5, new FamilyExplorerOptions { BeyondRatio = 1 });
        var atThree = wider.Families.SelectMany(f => f.At(3)).ToList();
        var same = Assert.Single(wider.Families, f => f.At(5).Any(r => family.At(5).Any(q => q.Coordinates.Zip(r.Coordinates, (a, b) => Math.Abs(a - b)).Max() < 1e-6)));
        var row3 = Assert.Single(same.At(3));
        var loss3 = model.At(3);
        var x = loss3.Embed(row3.Coordinates);
        Assert.Equal(0, loss3.FullModel().Value(x), 1e-12);
        for (int i = 0; i < 3; i++)
        {
            var rowValues = x.Skip(3 * i).Take(3).ToArray();
            Assert.Equal(1, rowValues.Max(), 1e-6);
            Assert.Equal(1, rowValues.Sum(), 1e-6);
        }
        var row4 = Assert.Single(same.At(4));
        var eig = Matrix<double>.Build.DenseOfArray(model.At(4).OrthonormalHessian(row4.Coordinates)).Evd(Symmetricity.Symmetric)
            .EigenValues.Select(e => Math.Abs(e.Real)).Min();
        Assert.True(eig > 1e-3, $"smallest |fixed-space eigenvalue| at d = 4: {eig}");
    }

    [Theory]
    [InlineData("S(d-1) x S(1)", 5, 12)]
    [InlineData("S(d-2) x S(2)", 4, 8)]
    public void No_two_families_are_one_orbit_at_a_common_integer_d(string spec, double from, double to)
    {
        // Points of one S_k × S_d orbit have equal loss and equal Hessian spectra; the full model's dense spectrum at d = 7
        // separates every pair of families (some pairs share a loss: the same network function, m equal rows u against one
        // row m·u by the positive homogeneity of ReLU, but different critical points). With ΔS_{d−2}×ΔS₂ every family used
        // to come twice: the exchange of the two rows of the size-2 block (diagonal ↔ off-diagonal value) was not merged.
        var model = new FamilyModel(FamilyType.Parse(spec), ReluGaussianKernel.Instance);
        var result = FamilyExplorer.Follow(model, from, to, new FamilyExplorerOptions { BeyondRatio = 1, Attempts = 4 });
        var at7 = model.At(7);
        var full = at7.FullModel();
        var points = result.Families.SelectMany(f => f.At(7)).Select(r =>
        {
            var x = at7.Embed(r.Coordinates);
            return (r.Loss, Spectrum: Matrix<double>.Build.DenseOfArray(full.Hessian(x)).Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).Order().ToArray());
        }).ToList();
        Assert.True(points.Count >= result.Families.Count);
        for (int i = 0; i < points.Count; i++)
            for (int j = i + 1; j < points.Count; j++)
            {
                bool sameLoss = Math.Abs(points[i].Loss - points[j].Loss) < 1e-9;
                double spectrumGap = points[i].Spectrum.Zip(points[j].Spectrum, (a, b) => Math.Abs(a - b)).Max();
                Assert.True(!sameLoss || spectrumGap > 1e-6, $"points {i} and {j} at d = 7 look like one orbit");
            }
    }
}
