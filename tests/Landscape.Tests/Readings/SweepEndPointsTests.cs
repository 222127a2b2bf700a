namespace Landscape.Symmetry.Landscape.Tests.Readings;

/// <summary>
/// <see cref="SweepEndPoints"/> and <see cref="IsotropyCensus"/> on hand-made result lines: which point is analysed, the
/// tolerance it is typed with, the refinement checked by the model's own gradient, and the census's counts, loss ranges,
/// order and the Clopper–Pearson interval against its closed form for n = 2.
/// </summary>
public class SweepEndPointsTests
{
    private const int D = 3;

    private static SgdRunResult Line(int seed, double[] x, double? loss, string protocol = "sgd", string stop = "converged", bool? spurious = null) => new()
    {
        Seed = seed, K = D, D = D, SecondLayer = false, Steps = 100, Loss = loss, GradientNorm = loss is null ? null : 1e-3, Stop = stop,
        Parameters = x, Protocol = protocol, Spurious = spurious,
    };

    private static double[] Identity(double noise, int seed)
    {
        var rng = new Random(seed);
        var x = new double[D * D];
        for (int i = 0; i < D; i++)
            for (int j = 0; j < D; j++) x[i * D + j] = (i == j ? 1 : 0) + noise * (rng.NextDouble() - 0.5);
        return x;
    }

    private static SgdProblem Problem() => SgdProblem.Gaussian(TwoLayerPopulationLoss.IdentityTeacher(D, D), Relu.Instance);

    [Fact]
    public void The_analysed_point_is_the_refined_one_else_the_raw_one_and_none_for_a_diverged_run()
    {
        var raw = Identity(1e-3, 1);
        var refined = Identity(0, 2);
        var report = new EndPointReport { Loss = 0, GradientNorm = 0, Classification = "minimum", Index = 0, SmallestEigenvalue = 0.1, Eigenvalues = [0.1], Parameters = refined };
        Assert.Same(raw, SweepEndPoints.Point(Line(0, raw, 0.1)));
        Assert.Same(refined, SweepEndPoints.Point(Line(0, raw, 0.1) with { Refined = report }));
        Assert.Null(SweepEndPoints.Point(Line(0, [], null, stop: "diverged")));
        Assert.False(SweepEndPoints.IsCritical(Line(0, raw, 0.1)));
        Assert.True(SweepEndPoints.IsCritical(Line(0, raw, 0.1, protocol: "gd")));
        Assert.True(SweepEndPoints.IsCritical(Line(0, raw, 0.1) with { Refined = report }));
    }

    [Fact]
    public void Raw_points_are_typed_loosely_and_critical_points_exactly()
    {
        var layout = new ParameterLayout(D, D, false);
        var noisy = Identity(1e-3, 3);
        // Entries within 1e-3 of I: equal within the raw tolerance 1e-2, so ΔS_3 (order 6); distinct within 1e-7, so trivial.
        Assert.Equal(6, (int)SweepEndPoints.Isotropy(layout, Line(0, noisy, 0.1))!.Order);
        Assert.Equal(1, (int)SweepEndPoints.Isotropy(layout, Line(0, noisy, 0.1, protocol: "gd"))!.Order);
        Assert.Null(SweepEndPoints.Isotropy(layout, Line(0, [], null, stop: "diverged")));
    }

    [Fact]
    public void Refinement_ends_at_a_critical_point_of_the_model()
    {
        var problem = Problem();
        var line = Line(4, Identity(1e-2, 4), 0.1);
        var refined = SweepEndPoints.Refined(problem, line);
        Assert.NotNull(refined.Refined);
        var x = refined.Refined!.Parameters!;
        double norm = Math.Sqrt(Support.Gradient(problem.Objective, x).Sum(v => v * v));
        Assert.True(norm < 1e-9, $"‖∇L‖ = {norm} at the refined point");
        Assert.True(problem.Objective.Value(x) < 1e-12, "the start near I refines to the global minimum L = 0");
        // A line that already holds a refined point is returned as it is.
        Assert.Same(refined, SweepEndPoints.Refined(problem, refined));
        Assert.Same(refined, SweepEndPoints.Analysed(problem, [refined], refine: true)[0]);
        Assert.Same(line, SweepEndPoints.Analysed(problem, [line], refine: false)[0]);
    }

    [Fact]
    public void The_census_counts_types_with_their_loss_ranges_and_the_spurious_interval()
    {
        // ΔS_2×ΔS_1: rows 0 and 1 exchanged together with columns 0 and 1.
        double[] twoOne = [0.9, 0.1, 0.3, 0.1, 0.9, 0.3, -0.2, -0.2, 1.4];
        var lines = new List<SgdRunResult>
        {
            Line(0, Identity(0, 0), 0.0, spurious: false),
            Line(1, Identity(1e-3, 1), 0.002, stop: "max-steps"),
            Line(2, twoOne, 0.3, spurious: true),
            Line(3, [], null, stop: "diverged"),
        };
        var census = IsotropyCensus.Of(Problem(), lines, refine: false, tolerance: 1e-2);
        Assert.Equal(new[] { "ΔS_3", "diverged", "ΔS_2×ΔS_1" }, census.Types.Select(t => t.Type).ToArray());
        var top = census.Types[0];
        Assert.Equal(new[] { 0, 1 }, top.Seeds);
        Assert.Equal(0.0, top.MinLoss!.Value);
        Assert.Equal(0.002, top.MaxLoss!.Value);
        Assert.Equal(0, top.Representative!.Run.Seed);
        Assert.Null(census.Types[1].Representative);
        Assert.Equal(1, census.Capped);
        // One spurious run of two judged, 99%: [1 − √(1 − 0.005), √0.995] (Beta(1,2) and Beta(2,1) quantiles).
        Assert.Equal(1, census.Spurious!.Successes);
        Assert.Equal(2, census.Spurious.Trials);
        Assert.Equal(1 - Math.Sqrt(0.995), census.Spurious.Lower, 1e-9);
        Assert.Equal(Math.Sqrt(0.995), census.Spurious.Upper, 1e-9);
    }

    [Fact]
    public void The_census_refuses_sizes_above_its_limit_and_bad_tolerances()
    {
        int big = IsotropyCensus.MaxSize + 1;
        var problem = SgdProblem.Gaussian(TwoLayerPopulationLoss.IdentityTeacher(big, big), Relu.Instance);
        Assert.Throws<ArgumentException>(() => IsotropyCensus.Of(problem, [], refine: false, tolerance: 1e-2));
        Assert.Throws<ArgumentException>(() => IsotropyCensus.Of(Problem(), [], refine: false, tolerance: 0));
        Assert.Throws<ArgumentException>(() => IsotropyCensus.Of(Problem(), [], refine: false, tolerance: double.NaN));
    }

    [Fact]
    public void Default_tolerances_follow_the_kind_of_end_point()
    {
        Assert.Equal(PointIsotropy.DefaultTolerance, IsotropyCensus.DefaultTolerance(refine: true, gradientDescent: false));
        Assert.Equal(GdProtocol.IsotropyTolerance, IsotropyCensus.DefaultTolerance(refine: false, gradientDescent: true));
        Assert.Equal(SweepEndPoints.RawTolerance, IsotropyCensus.DefaultTolerance(refine: false, gradientDescent: false));
    }
}
