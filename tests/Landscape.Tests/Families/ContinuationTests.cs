using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape.Tests.Families;

/// <summary>
/// Continuation against independent checks: Newton from scratch at the end point, the full model's gradient, the dense
/// spectrum on both sides of a crossing, step-size independence; and the failure reports.
/// </summary>
public class ContinuationTests
{
    private static readonly FamilyType Type = FamilyType.Parse("S(d-1) x S(1)");

    // The ΔS_{d−1}×ΔS₁ spurious minimum of the a = 1 model at d = 6 (Safran–Shamir), found by a search in the fixed space.
    private static (FamilyModel Model, double[] Start) SpuriousMinimum()
    {
        var model = new FamilyModel(Type, ReluGaussianKernel.Instance);
        var found = FamilyStarts.Find(model, 6, attempts: 4);
        var start = found.Starts.Where(s => !s.LargerIsotropy)
            .Select(s => (s, row: model.Evaluate(6, s.Coordinates)))
            .Where(x => x.row.Kind == CriticalPointKind.Minimum).OrderBy(x => x.row.Loss).First().s;
        return (model, start.Coordinates);
    }

    [Fact]
    public void Lands_on_the_critical_points_that_Newton_finds_from_scratch()
    {
        var (model, start) = SpuriousMinimum();
        var trace = FamilyContinuation.Follow(model, 6, start, 11, new ContinuationOptions { Step = 0.5 });
        Assert.Null(trace.Stop);
        Assert.Equal(Enumerable.Range(6, 6).Select(i => (double)i), trace.Rows.Where(r => r.D == Math.Floor(r.D)).Select(r => r.D));
        var end = trace.Rows[^1];
        var scratch = FamilyStarts.Find(model, 11, attempts: 4);
        Assert.Contains(scratch.Starts, s => s.Coordinates.Zip(end.Coordinates, (a, b) => Math.Abs(a - b)).Max() < 1e-8);
        // The full model at d = 11: a critical point, and its dense Hessian has no negative eigenvalue.
        var f = model.At(11);
        var full = f.FullModel();
        var x = f.Embed(end.Coordinates);
        var g = new double[x.Length];
        full.Gradient(x, g);
        Assert.True(Math.Sqrt(g.Sum(v => v * v)) < 1e-9);
        var dense = Matrix<double>.Build.DenseOfArray(full.Hessian(x)).Evd(Symmetricity.Symmetric).EigenValues.Min(e => e.Real);
        Assert.True(dense > 1e-3);
        Assert.Equal(dense, end.MinEigenvalue, 1e-9);
    }

    [Fact]
    public void Crossing_is_stable_under_step_changes_and_separates_the_dense_classifications()
    {
        var (model, start) = SpuriousMinimum();
        var coarse = FamilyContinuation.Follow(model, 6, start, 4, new ContinuationOptions { Step = 0.5 });
        var fine = FamilyContinuation.Follow(model, 6, start, 4, new ContinuationOptions { Step = 0.1 });
        var c1 = Assert.Single(coarse.Crossings);
        var c2 = Assert.Single(fine.Crossings);
        Assert.Equal(c1.Irrep, c2.Irrep);
        Assert.Equal(c1.D, c2.D, 1e-9);
        Assert.True(c1.Upward); // saddle below, minimum above
        Assert.InRange(c1.D, 5, 6);
        // Dense spectra of the full model at d = 5 and 6 (independent of the block formulas): saddle, then minimum.
        foreach (var (d, negative) in new[] { (5, true), (6, false) })
        {
            var row = fine.Rows.Single(r => r.D == d);
            var f = model.At(d);
            var full = f.FullModel();
            double min = Matrix<double>.Build.DenseOfArray(full.Hessian(f.Embed(row.Coordinates))).Evd(Symmetricity.Symmetric).EigenValues.Min(e => e.Real);
            Assert.Equal(negative, min < -1e-6);
        }
    }

    [Fact]
    public void A_stalled_continuation_keeps_its_rows_and_says_where()
    {
        var (model, start) = SpuriousMinimum();
        // No correction allowed at all: every step is refused, the step shrinks below the minimum.
        var trace = FamilyContinuation.Follow(model, 6, start, 8, new ContinuationOptions { Step = 0.5, MaxCorrection = -1, MinStep = 1e-3 });
        Assert.NotNull(trace.Stop);
        Assert.Contains("stalled after d = 6", trace.Stop);
        Assert.Single(trace.Rows);
    }

    [Fact]
    public void Bad_input_is_refused_with_a_reason()
    {
        var model = new FamilyModel(Type, ReluGaussianKernel.Instance);
        var e = Assert.Throws<ArgumentException>(() => model.At(2.5));
        Assert.Contains("not valid at d = 2.5", e.Message);
        Assert.Throws<ArgumentException>(() => FamilyType.Parse("S(d-1) x S(2)"));
        Assert.Throws<FormatException>(() => FamilyType.Parse("A(d)"));
        // A start with zero rows: the ReLU loss has no derivative there, so no continuation can begin.
        var zero = new double[model.At(6).Dimension];
        var ex = Assert.Throws<ArgumentException>(() => FamilyContinuation.Follow(model, 6, zero, 7));
        Assert.Contains("zero", ex.Message);
    }

    [Theory]
    [InlineData("S(d-1) x S(1)", 6, 0)]
    [InlineData("S(d-2) x S(2)", 6, 0)]
    [InlineData("S(d-1) x S(1)", 4, 1)]
    public void Multiplicity_is_the_orbit_size(string spec, int d, int extra)
    {
        var type = FamilyType.Parse(spec, extra);
        var parts = type.PartsAt(d);
        // |S_k × S_d| from the groups layer, |isotropy| = |Young(parts)| · m!.
        var full = MatrixCellAction.Of(Constructions.Symmetric(d + extra), Constructions.Symmetric(d), false).Order;
        var iso = Constructions.Young(parts).Order * Factorials.Of(extra);
        Assert.Equal(full / iso, type.Multiplicity(d));
    }
}
