namespace Landscape.Symmetry.Landscape.Tests.CriticalPoints;

/// <summary>
/// The search in Fix(ΔH) done in the reduced model (<see cref="ReducedFixedSpaceSearch"/>) against the full model restricted
/// to Fix(H) (<see cref="FixedSpaceSearch"/>, the oracle): from one seed both start at the same point and end at the same
/// critical point, and the lifted point is critical for the full model (its gradient computed by the full model here).
/// </summary>
public class ReducedFixedSpaceSearchTests
{
    private static double MaxDifference(double[] a, double[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Max();

    private static double FullGradientNorm(IObjective model, double[] x)
    {
        var g = new double[x.Length];
        model.Gradient(x, g);
        return Math.Sqrt(g.Sum(v => v * v));
    }

    public static TheoryData<int, int[], bool> Cases() => new()
    {
        { 5, new[] { 4, 1 }, false }, { 6, new[] { 5, 1 }, false }, { 7, new[] { 5, 2 }, false }, { 8, new[] { 7, 1 }, false },
        { 8, new[] { 5, 2, 1 }, false }, { 6, new[] { 3, 3 }, false }, { 6, new[] { 5, 1 }, true }, { 7, new[] { 4, 3 }, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reduced_and_full_searches_from_one_seed_find_the_same_critical_point(int d, int[] parts, bool secondLayer)
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(d, d, secondLayer);
        var full = new FixedSpaceSearch(model, MatrixCellAction.DiagonalYoung(parts, secondLayer));
        var reduced = ReducedFixedSpaceSearch.TryCreate(model, parts)!;
        Assert.NotNull(reduced);
        Assert.Equal(full.Dimension, reduced.Dimension);
        for (int seed = 0; seed < 4; seed++)
        {
            // The same start: the full search's orthonormal coordinates embedded, the reduced search's orbit values lifted.
            var fullStart = full.XavierStart(seed);
            var reducedStart = reduced.XavierStart(seed);
            Assert.True(MaxDifference(full.Subspace.Embed(fullStart), reduced.Lift(reducedStart)) < 1e-13, $"seed {seed}: the starts differ");

            var a = full.Search(fullStart);
            var b = reduced.Search(reducedStart);
            if (a.Refinement.Stop != StopReason.Converged || b.Refinement.Stop != StopReason.Converged) continue;
            Assert.Equal(a.Value, b.Value, 1e-10);
            // Same start, same optimizer path up to rounding: the same point, entry by entry — up to the rescalings
            // wᵢ → c·wᵢ, aᵢ → aᵢ/c of ReLU with a trained second layer (a flat direction of every critical point, along
            // which rounding decides where Newton stops), compared at the balanced representative |wᵢ| = |aᵢ|.
            var (pa, pb) = secondLayer
                ? (reduced.Loss.Balanced(reduced.Coordinates(a.X)), reduced.Loss.Balanced(b.Coordinates!))
                : (a.X, b.X);
            Assert.True(MaxDifference(pa, pb) < 1e-7, $"seed {seed}: points differ by {MaxDifference(pa, pb):E2}");
            Assert.True(FullGradientNorm(model, b.X) <= 1e-10, $"seed {seed}: full-model gradient {FullGradientNorm(model, b.X):E2} at the lifted point");
            Assert.True(b.GradientFromFullModel);
            Assert.Equal(FullGradientNorm(model, b.X), b.GradientNorm, 1e-15);
            // The lifted point is fixed by the type: it lies in Fix(H) of the full search.
            Assert.True(MaxDifference(full.Subspace.Project(b.X), b.X) < 1e-14);
        }
    }

    [Fact]
    public void A_block_scalar_teacher_is_searched_in_the_reduced_model_when_the_blocks_follow_its_scales()
    {
        // V = I_4 ⊕ 2·I_2: ΔS_4×ΔS_2 respects the teacher's classes, ΔS_3×ΔS_3 does not.
        var teacher = new double[6, 6];
        for (int j = 0; j < 6; j++) teacher[j, j] = j < 4 ? 1 : 2;
        var model = new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, teacher, null, 6);
        Assert.Null(ReducedFixedSpaceSearch.TryCreate(model, new[] { 3, 3 }));
        var reduced = ReducedFixedSpaceSearch.TryCreate(model, new[] { 4, 2 })!;
        var full = new FixedSpaceSearch(model, MatrixCellAction.DiagonalYoung(new[] { 4, 2 }));
        int compared = 0;
        for (int seed = 0; seed < 4; seed++)
        {
            var a = full.Search(full.XavierStart(seed));
            var b = reduced.Search(reduced.XavierStart(seed));
            if (a.Refinement.Stop != StopReason.Converged || b.Refinement.Stop != StopReason.Converged) continue;
            compared++;
            Assert.Equal(a.Value, b.Value, 1e-10);
            Assert.True(MaxDifference(a.X, b.X) < 1e-7);
            Assert.True(FullGradientNorm(model, b.X) <= 1e-10);
        }
        Assert.True(compared >= 2);
    }

    [Fact]
    public void Auto_takes_the_reduced_model_and_falls_back_to_the_full_one_where_it_does_not_apply()
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(6, 6);
        var auto = DiagonalTypeSearch.Run(model, "S(d-1) x S(1)", FixedSpaceMethod.Auto, seed: 2);
        var full = DiagonalTypeSearch.Run(model, "ΔS_5×ΔS_1", FixedSpaceMethod.Full, seed: 2);
        Assert.Equal(FixedSpaceMethod.Reduced, auto.Method);
        Assert.Equal(FixedSpaceMethod.Full, full.Method);
        Assert.Equal(new[] { 5, 1 }, auto.Parts);
        Assert.Equal(full.Result.Value, auto.Result.Value, 1e-10);
        Assert.True(MaxDifference(full.Result.X, auto.Result.X) < 1e-7);

        // A teacher whose scales cut a block: auto searches the full model, which refuses a type that is no symmetry of the loss.
        var teacher = new double[6, 6];
        for (int j = 0; j < 6; j++) teacher[j, j] = j < 4 ? 1 : 2;
        var structured = new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, teacher, null, 6);
        Assert.Throws<ArgumentException>(() => DiagonalTypeSearch.Run(structured, "S_3 x S_3", FixedSpaceMethod.Auto));
        var e = Assert.Throws<ArgumentException>(() => DiagonalTypeSearch.Run(structured, "S_3 x S_3", FixedSpaceMethod.Reduced));
        Assert.Contains("equal teacher and input scales", e.Message);
        Assert.Throws<ArgumentException>(() => DiagonalTypeSearch.Run(TwoLayerPopulationLoss.IdentityTeacher(7, 6), "S_5 x S_1"));
    }

    [Fact]
    public void A_given_start_is_projected_onto_the_fixed_space_in_both_models()
    {
        const int d = 6;
        var model = TwoLayerPopulationLoss.IdentityTeacher(d, d);
        var rng = new Random(5);
        var x = Enumerable.Range(0, d * d).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var reduced = ReducedFixedSpaceSearch.TryCreate(model, new[] { 4, 2 })!;
        var full = new FixedSpaceSearch(model, MatrixCellAction.DiagonalYoung(new[] { 4, 2 }));
        Assert.True(MaxDifference(full.Subspace.Project(x), reduced.Lift(reduced.Coordinates(x))) < 1e-14);
    }
}
