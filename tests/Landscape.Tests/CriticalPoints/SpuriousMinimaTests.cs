using static Landscape.Symmetry.Landscape.Tests.Support;

namespace Landscape.Symmetry.Landscape.Tests.CriticalPoints;

/// <summary>
/// The spurious minima of Safran and Shamir (k = d ≥ 6, V = I): found by search in Fix(ΔS_{d−1}×ΔS₁) from random
/// starts, then checked in the full space against independent oracles (MathNet's dense eigensolver on the full
/// Hessian, the full gradient).
/// </summary>
public class SpuriousMinimaTests
{
    private static (TwoLayerPopulationLoss Model, PermutationGroup H, CriticalPointResult Point) FindSpurious(int d, int[] parts)
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(d, d);
        var h = MatrixCellAction.DiagonalYoung(parts);
        var search = new FixedSpaceSearch(model, h);
        var full = MatrixCellAction.DiagonalSymmetric(d);
        for (int seed = 0; seed < 40; seed++)
        {
            var r = search.Search(search.RandomStart(seed, 1.0 / d));
            // Fix(ΔS_d) ⊂ Fix(H): skip the points with the larger symmetry (the global minimum among them).
            if (r.Value < 1e-6 || r.GradientNorm > 1e-10 || CriticalPointReport.IsFixedBy(r.X, full)) continue;
            var eig = Eigenvalues(model.Hessian(r.X));
            if (eig[0] > 1e-6) return (model, h, r);
        }
        throw new Xunit.Sdk.XunitException($"no spurious minimum of type {DiagonalYoungTypes.Name(parts)} in 40 seeds");
    }

    private static double LowestSpuriousLoss(int d, int[] parts, int seeds)
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(d, d);
        var search = new FixedSpaceSearch(model, MatrixCellAction.DiagonalYoung(parts));
        var full = MatrixCellAction.DiagonalSymmetric(d);
        var best = double.PositiveInfinity;
        for (int seed = 0; seed < seeds; seed++)
        {
            var r = search.Search(search.RandomStart(seed, 1.0 / d));
            if (r.Value < 1e-6 || r.GradientNorm > 1e-10 || CriticalPointReport.IsFixedBy(r.X, full)) continue;
            if (Eigenvalues(model.Hessian(r.X))[0] > 1e-6) best = Math.Min(best, r.Value);
        }
        return best;
    }

    [Theory]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(12)]
    [InlineData(20)]
    public void Type_delta_sd_minus1_times_delta_S1_is_a_spurious_minimum(int d)
    {
        var (model, h, r) = FindSpurious(d, new[] { d - 1, 1 });
        Assert.True(r.GradientNorm <= 1e-10, $"‖∇L‖ = {r.GradientNorm}");
        Assert.True(r.Value > 1e-3, $"L = {r.Value}");
        var eig = Eigenvalues(model.Hessian(r.X));
        Assert.True(eig[0] > 1e-4, $"λ_min = {eig[0]}");
        Assert.True(CriticalPointReport.IsFixedBy(r.X, h));
        // Not the global minimum's symmetry: the point is not fixed by ΔS_d.
        Assert.False(CriticalPointReport.IsFixedBy(r.X, MatrixCellAction.DiagonalSymmetric(d)));
        // The Newton phase reaches ‖∇L‖ ≤ 1e-12 as the issue asks (the full norm is recomputed independently).
        Assert.True(r.Refinement.GradientNorm <= 1e-12);
    }

    [Theory]
    [InlineData(10)]
    public void Type_delta_sd_minus2_times_delta_S2_has_spurious_minima_too(int d)
    {
        var (model, h, r) = FindSpurious(d, new[] { d - 2, 2 });
        Assert.True(r.GradientNorm <= 1e-10 && r.Value > 1e-3);
        Assert.True(Eigenvalues(model.Hessian(r.X))[0] > 1e-4);
        Assert.True(CriticalPointReport.IsFixedBy(r.X, h));
    }

    [Fact]
    public void The_spurious_loss_decreases_along_the_family()
    {
        // Arjevani & Field, "A tale of symmetry II": the ΔS_{d−1}×ΔS_1 family's loss decreases with d. Take the lowest spurious point of the type per d.
        var losses = new[] { 6, 8, 10 }.Select(d => LowestSpuriousLoss(d, new[] { d - 1, 1 }, seeds: 8)).ToArray();
        Assert.True(losses[0] > losses[1] && losses[1] > losses[2], string.Join(", ", losses));
    }

    [Fact]
    public void The_Hessian_commutes_with_the_isotropy_group_at_the_found_point()
    {
        var (model, h, r) = FindSpurious(6, new[] { 5, 1 });
        var hess = model.Hessian(r.X);
        int n = r.X.Length;
        foreach (var g in h.Generators)
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    Assert.True(Math.Abs(hess[g[i], g[j]] - hess[i, j]) < 1e-12, $"H not invariant under {g} at ({i},{j})");
    }

    [Fact]
    public void Full_space_descent_from_a_perturbed_minimum_returns_to_it()
    {
        // Population descent in all 36 coordinates (L-BFGS + dense Newton), started off Fix(H).
        var (model, _, r) = FindSpurious(6, new[] { 5, 1 });
        var rng = new Random(8);
        var start = r.X.Select(v => v + 1e-3 * Naive.Gaussian.Next(rng)).ToArray();
        var again = CriticalPointSearch.Search(model, start);
        Assert.True(again.GradientNorm <= 1e-12, $"‖∇L‖ = {again.GradientNorm}");
        Assert.True(MaxAbsDifference(again.X, r.X) < 1e-6);
    }

    [Fact]
    public void The_reduced_Hessian_is_the_compression_of_the_full_one()
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(5, 5);
        var search = new FixedSpaceSearch(model, MatrixCellAction.DiagonalYoung(new[] { 3, 2 }));
        var c = search.RandomStart(3, 0.2);
        var reduced = search.ReducedHessian(c);
        var b = search.Subspace.BasisMatrix();
        var full = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(model.Hessian(search.Subspace.Embed(c)));
        var expected = b.Transpose() * full * b;
        for (int i = 0; i < search.Dimension; i++)
            for (int j = 0; j < search.Dimension; j++)
                Assert.True(Math.Abs(reduced[i, j] - expected[i, j]) < 1e-12);
        // The reduced gradient has the norm of the full one (the full gradient lies in Fix(H)).
        var gc = new double[search.Dimension];
        search.ReducedValueAndGradient(c, gc);
        Assert.Equal(Math.Sqrt(gc.Sum(v => v * v)), Math.Sqrt(Gradient(model, search.Subspace.Embed(c)).Sum(v => v * v)), 12);
    }

    [Fact]
    public void Subgroups_that_are_not_symmetries_are_refused()
    {
        var v = Identity(4);
        v[0, 0] = 2; // the teacher's column symmetry is now S₃ on columns 1..3
        var model = new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, v, null, 4);
        Assert.Throws<ArgumentException>(() => new FixedSpaceSearch(model, MatrixCellAction.DiagonalYoung(new[] { 4 })));
        _ = new FixedSpaceSearch(model, MatrixCellAction.DiagonalYoung(new[] { 1, 3 })); // fine
    }
}

public class PointIsotropyTests
{
    [Fact]
    public void The_spurious_minimum_has_exactly_the_searched_isotropy_type()
    {
        const int d = 6;
        var model = TwoLayerPopulationLoss.IdentityTeacher(d, d);
        var search = new FixedSpaceSearch(model, MatrixCellAction.DiagonalYoung(new[] { d - 1, 1 }));
        var full = MatrixCellAction.DiagonalSymmetric(d);
        for (int seed = 0; seed < 20; seed++)
        {
            var r = search.Search(search.RandomStart(seed, 1.0 / d));
            if (r.Value < 1e-6 || CriticalPointReport.IsFixedBy(r.X, full)) continue;
            if (Support.Eigenvalues(model.Hessian(r.X))[0] <= 1e-6) continue;
            var iso = PointIsotropy.Of(model.Layout, r.X);
            Assert.Equal("ΔS_5×ΔS_1", iso.Type.Name);
            Assert.Equal(120, (int)iso.Order);
            Assert.Equal(720 * 720 / 120, (int)iso.OrbitSize);
            Assert.Equal(search.Dimension, iso.FixedDimension);
            return;
        }
        Assert.Fail("no spurious minimum found");
    }
}
