namespace Landscape.Symmetry.Landscape.Tests.Readings;

/// <summary>
/// <see cref="MainTypeSearch"/> at d = 4: the types searched are the papers' main types with fixed dimensions counted by
/// brute force (orbits of ΔS_{p1}×… on the cells); every point reported is critical by the model's own gradient, its
/// isotropy has the brute-force order, and the global minimum L = 0 (W a permutation matrix) is found first.
/// </summary>
public class MainTypeSearchTests
{
    [Fact]
    public void Points_are_critical_with_the_brute_force_isotropy_and_the_global_minimum_first()
    {
        const int d = 4;
        var model = TwoLayerPopulationLoss.IdentityTeacher(d, d);
        var result = MainTypeSearch.Run(model, startsPerType: 3);

        var main = DiagonalYoungTypes.MainTypes(d);
        Assert.Equal(main.Select(p => DiagonalYoungTypes.Name(p)).ToArray(), result.Types.Select(t => t.Name).ToArray());
        foreach (var (parts, searched) in main.Zip(result.Types))
        {
            // ΔS_{p1}×… as pairs (π, π) with π preserving the parts: enumerate S_4 and keep those.
            var partOf = parts.SelectMany((p, s) => Enumerable.Repeat(s, p)).ToArray();
            var group = BruteForceIsotropy.Permutations(d).Where(p => Enumerable.Range(0, d).All(i => partOf[p[i]] == partOf[i])).Select(p => (Rows: p, Columns: p)).ToList();
            Assert.Equal(BruteForceIsotropy.CellOrbits(group, d), searched.FixedDimension);
        }

        Assert.NotEmpty(result.Points);
        Assert.True(result.Points[0].Loss < 1e-12, $"the lowest point has L = {result.Points[0].Loss}");
        Assert.Equal("ΔS_4", result.Points[0].Isotropy.Type.Name);
        foreach (var p in result.Points)
        {
            double norm = Math.Sqrt(Support.Gradient(model, p.X).Sum(v => v * v));
            Assert.True(norm <= 1e-9, $"‖∇L‖ = {norm} at a point of {p.FoundIn}");
            Assert.Equal(model.Value(p.X), p.Loss, 1e-12);
            Assert.Equal(BruteForceIsotropy.Pairs(p.X, d, 1e-7).Count, (int)p.Isotropy.Order);
            Assert.NotNull(p.Analysis);
        }
        // Points are distinct orbits: their losses and sorted entries are not all equal.
        for (int i = 0; i < result.Points.Length; i++)
            for (int j = i + 1; j < result.Points.Length; j++)
                Assert.False(Math.Abs(result.Points[i].Loss - result.Points[j].Loss) < 1e-9
                    && result.Points[i].X.Order().Zip(result.Points[j].X.Order()).All(t => Math.Abs(t.First - t.Second) < 1e-6));
    }

    [Fact]
    public void A_cancelled_search_stops_within_the_start_it_is_in()
    {
        const int d = 4;
        using var cts = new CancellationTokenSource();
        var model = new CancellingObjective(TwoLayerPopulationLoss.IdentityTeacher(d, d), cts, cancelAfter: 5);
        Assert.Throws<OperationCanceledException>(() => MainTypeSearch.Run(model, startsPerType: 50, cts.Token));
        // 4 main types × 50 starts would take thousands of gradients; the search stops a few after the cancellation.
        Assert.InRange(model.Gradients, 5, 50);
        Assert.Throws<OperationCanceledException>(() => MainTypeSearch.Run(TwoLayerPopulationLoss.IdentityTeacher(d, d), 1, new CancellationToken(true)));
    }

    // Cancels its token at the n-th gradient, as Ctrl+C would in the middle of a start.
    private sealed class CancellingObjective(IObjective inner, CancellationTokenSource cts, int cancelAfter) : IObjective
    {
        public int Gradients { get; private set; }

        public ParameterLayout Layout => inner.Layout;

        public Groups.PermutationGroup InvarianceGroup => inner.InvarianceGroup;

        public double Value(ReadOnlySpan<double> x) => inner.Value(x);

        public double Gradient(ReadOnlySpan<double> x, Span<double> gradient)
        {
            if (++Gradients == cancelAfter) cts.Cancel();
            return inner.Gradient(x, gradient);
        }

        public double[,] Hessian(ReadOnlySpan<double> x) => inner.Hessian(x);

        public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result) => inner.HessianVectorProduct(x, v, result);
    }

    [Fact]
    public void Rectangular_models_and_zero_starts_are_refused()
    {
        Assert.Throws<ArgumentException>(() => MainTypeSearch.Run(TwoLayerPopulationLoss.IdentityTeacher(3, 4), 1));
        Assert.Throws<ArgumentException>(() => MainTypeSearch.Run(TwoLayerPopulationLoss.IdentityTeacher(3, 3), 0));
    }
}
