using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape.Tests.Families;

/// <summary>
/// <see cref="FamilyExplorer.Follow"/> against independent oracles: the full model (gradient, value, dense Hessian)
/// at integer d, a search in the full model's fixed space, the dense eigensolver on the fixed-space Hessian at folds,
/// Newton from many starts around a fold on both sides of it, and a loss value quoted in the issue that asked for
/// families born inside the range (0.0553 at d = 7).
/// </summary>
public class FamilyExplorerTests
{
    private static readonly FamilyType Type = FamilyType.Parse("S(d-1) x S(1)");

    private static double Smallest(double[,] h) =>
        Matrix<double>.Build.DenseOfArray(h).Evd(Symmetricity.Symmetric).EigenValues.Min(e => e.Real);

    [Fact]
    public void Finds_the_family_born_inside_the_range_and_it_agrees_with_the_full_model()
    {
        var model = new FamilyModel(Type, ReluGaussianKernel.Instance);
        var result = FamilyExplorer.Follow(model, 5, 12);
        Assert.False(result.Cancelled);
        Assert.Equal(new double[] { 5, 6, 7, 8, 9, 10, 11, 12 }, result.Grid);
        // The family of the issue: loss 0.0553 at d = 7, a minimum there.
        var family = Assert.Single(result.Families, f => f.At(7).Any(r => Math.Abs(r.Loss - 0.0553) < 5e-5));
        var row = Assert.Single(family.At(7));
        Assert.Equal(CriticalPointKind.Minimum, row.Kind);
        Assert.Equal(5, family.MinD);
        Assert.Equal(12, family.MaxD);
        Assert.Contains(Enumerable.Range(5, 8), d => family.At(d).Count == 1);

        // Full model at every integer d: a critical point (‖∇L‖ ≤ 1e-9) with the same loss.
        foreach (int d in Enumerable.Range(5, 8))
        {
            var r = Assert.Single(family.At(d));
            var reduced = model.At(d);
            var full = reduced.FullModel();
            var x = reduced.Embed(r.Coordinates);
            var g = new double[x.Length];
            double value = full.Gradient(x, g);
            Assert.True(Math.Sqrt(g.Sum(v => v * v)) <= 1e-9, $"d = {d}: ‖∇L‖ = {Math.Sqrt(g.Sum(v => v * v))}");
            Assert.Equal(value, r.Loss, 1e-12);
        }

        // An independent search in the full model's Fix(ΔS₆×ΔS₁) at d = 7, from a perturbed start, lands on the same point.
        var at7 = model.At(7);
        var fullAt7 = at7.FullModel();
        var search = new FixedSpaceSearch(fullAt7, MatrixCellAction.DiagonalYoung(new[] { 6, 1 }));
        var x7 = at7.Embed(row.Coordinates);
        var found = search.Search(search.RandomStart(3, 1e-4, x7));
        Assert.True(found.GradientNorm <= 1e-9);
        Assert.Equal(row.Loss, found.Value, 1e-12);
        Assert.True(found.X.Zip(x7, (a, b) => Math.Abs(a - b)).Max() < 1e-7);

        // Its crossing: the full model's dense Hessian has a negative eigenvalue at d = 6 and none at d = 7.
        var crossing = Assert.Single(family.Crossings);
        Assert.InRange(crossing.D, 6, 7);
        Assert.True(crossing.Upward);
        Assert.Equal("(d-3,1,1) × (1)", crossing.Irrep);
        var at6 = model.At(6);
        Assert.True(Smallest(at6.FullModel().Hessian(at6.Embed(Assert.Single(family.At(6)).Coordinates))) < -1e-4);
        Assert.True(Smallest(fullAt7.Hessian(x7)) > 1e-4);
    }

    [Fact]
    public void Folds_of_the_over_parameterised_model_are_where_the_fixed_space_Hessian_is_singular_and_the_branch_count_changes()
    {
        // k = d + 1: a family that folds twice between d = 4 and 4.3 (an S-shaped branch).
        var type = FamilyType.Parse("S(d-1) x S(1)", 1);
        var model = new FamilyModel(type, ReluGaussianKernel.Instance);
        var result = FamilyExplorer.Follow(model, 3, 6);
        var folds = result.Families.SelectMany(f => f.Folds).ToList();
        Assert.Contains(folds, f => f.Kind == FoldKind.Birth);
        Assert.Contains(folds, f => f.Kind == FoldKind.Death);
        foreach (var fold in folds)
        {
            // The dense eigensolver on the fixed-space Hessian there: an eigenvalue at zero.
            var eig = Matrix<double>.Build.DenseOfArray(model.At(fold.D).OrthonormalHessian(fold.Coordinates)).Evd(Symmetricity.Symmetric)
                .EigenValues.Select(e => Math.Abs(e.Real)).Min();
            Assert.True(eig < 1e-6, $"fold at {fold.D}: smallest |eigenvalue| {eig}");
            // Newton from many starts around the fold point: two critical points nearby on the side where the branch
            // exists, none on the other.
            const double delta = 1e-4;
            int Count(double d)
            {
                var rng = new Random(7);
                var points = new List<double[]>();
                for (int i = 0; i < 60; i++)
                {
                    var guess = fold.Coordinates.Select(v => v + 0.04 * (rng.NextDouble() - 0.5)).ToArray();
                    var (c, r) = model.Correct(d, guess, 60);
                    if (r.Stop != StopReason.Converged || c.Zip(fold.Coordinates, (a, b) => Math.Abs(a - b)).Max() > 0.05) continue;
                    if (!points.Any(p => p.Zip(c, (a, b) => Math.Abs(a - b)).Max() < 1e-7)) points.Add(c);
                }
                return points.Count;
            }
            int above = Count(fold.D + delta), below = Count(fold.D - delta);
            Assert.Equal(fold.Kind == FoldKind.Birth ? (2, 0) : (0, 2), (above, below));
        }
    }

    [Fact]
    public void Every_row_is_a_critical_point_and_families_are_distinct()
    {
        var model = new FamilyModel(FamilyType.Parse("S(d)"), ReluGaussianKernel.Instance);
        var result = FamilyExplorer.Follow(model, 4, 9, new FamilyExplorerOptions { Attempts = 3 });
        Assert.NotEmpty(result.Families);
        foreach (var f in result.Families)
            Assert.All(f.Rows, r => Assert.True(r.GradientNorm <= FamilyModel.GradientToleranceAt(r.D) * 10, $"d = {r.D}: {r.GradientNorm}"));
        // No two families share a point at a common integer d.
        for (int i = 0; i < result.Families.Count; i++)
            for (int j = i + 1; j < result.Families.Count; j++)
                foreach (var a in result.Families[i].Rows.Where(r => r.D == Math.Floor(r.D)))
                    foreach (var b in result.Families[j].At(a.D))
                        Assert.True(a.Coordinates.Zip(b.Coordinates, (x, y) => Math.Abs(x - y)).Max() > 1e-6);
    }

    [Fact]
    public void With_a_trained_second_layer_the_spurious_family_crosses_where_the_fixed_one_does()
    {
        // ReLU with a trained second layer: the branch is a curve only once the rescalings are fixed (|wᵢ| = |aᵢ|); its
        // (d-2,1) × (1) crossing is where the a = 1 family's is (the rescaled a = 1 point is a critical point of it).
        var fixedA = FamilyExplorer.Follow(new FamilyModel(Type, ReluGaussianKernel.Instance), 5, 6, new FamilyExplorerOptions { Attempts = 3 });
        var trained = FamilyExplorer.Follow(new FamilyModel(Type, ReluGaussianKernel.Instance, secondLayerTrainable: true), 5, 6, new FamilyExplorerOptions { Attempts = 3 });
        double Crossing(FamilyExploration r) => Assert.Single(r.Families.SelectMany(f => f.Crossings), c => c.Irrep == "(d-2,1) × (1)" && c.D > 5.5 && c.D < 5.7).D;
        Assert.Equal(Crossing(fixedA), Crossing(trained), 1e-8);
        Assert.All(trained.Families.SelectMany(f => f.Rows), r => Assert.True(r.GradientNorm < 1e-9));
    }

    [Fact]
    public void A_cancelled_exploration_says_so_instead_of_throwing()
    {
        var model = new FamilyModel(Type, ReluGaussianKernel.Instance);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var result = FamilyExplorer.Follow(model, 5, 8, cancellationToken: cts.Token);
        Assert.True(result.Cancelled);
        Assert.Empty(result.Families);
    }

    [Fact]
    public void Cancelling_while_following_keeps_the_families_complete_so_far()
    {
        var model = new FamilyModel(Type, ReluGaussianKernel.Instance);
        using var cts = new CancellationTokenSource();
        var progress = new Recorder(p => { if (p.Stage == "follow" && p.Families >= 2) cts.Cancel(); });
        var result = FamilyExplorer.Follow(model, 5, 8, new FamilyExplorerOptions { Attempts = 3 }, progress, cts.Token);
        Assert.True(result.Cancelled);
        Assert.Equal(2, result.Families.Count);
        Assert.All(result.Families, f => Assert.Equal((5.0, 8.0), (f.MinD, f.MaxD)));
        Assert.Contains(progress.Seen, p => p.Stage == "search");
    }

    private sealed class Recorder(Action<FamilyExplorerProgress> onReport) : IProgress<FamilyExplorerProgress>
    {
        public List<FamilyExplorerProgress> Seen { get; } = new();

        public void Report(FamilyExplorerProgress value)
        {
            lock (Seen) Seen.Add(value);
            onReport(value);
        }
    }

    [Theory]
    [InlineData(7, 5, "from < to")]
    [InlineData(5, 5, "from < to")]
    [InlineData(double.NaN, 5, "finite")]
    [InlineData(5, double.PositiveInfinity, "finite")]
    [InlineData(2, 5, "not valid at d = 2")]
    public void Bad_ranges_are_refused(double from, double to, string expected)
    {
        var model = new FamilyModel(Type, ReluGaussianKernel.Instance);
        var e = Assert.Throws<ArgumentException>(() => FamilyExplorer.Follow(model, from, to));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Searches_above_the_limits_are_refused()
    {
        var model = new FamilyModel(Type, ReluGaussianKernel.Instance);
        var grid = Assert.Throws<ArgumentException>(() => FamilyExplorer.Follow(model, 5, 12, new FamilyExplorerOptions { GridStep = 1e-3, GridRatio = 1.0001 }));
        Assert.Contains($"more than {FamilyExplorerOptions.MaxGridPoints} points", grid.Message);
        var starts = Assert.Throws<ArgumentException>(() => FamilyExplorer.Follow(model, 5, 12, new FamilyExplorerOptions { Attempts = 10_000 }));
        Assert.Contains($"above the limit of {FamilyExplorerOptions.MaxStarts}", starts.Message);
        Assert.Throws<ArgumentException>(() => FamilyExplorer.Follow(model, 5, 12, new FamilyExplorerOptions { GridRatio = 1 }));
    }
}
