using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape.Tests.Readings;

/// <summary>
/// <see cref="PointReading"/> and <see cref="EigenvalueClusters"/>: the spectrum on every road against MathNet's dense
/// eigensolver applied to the model's dense Hessian, the loss and ‖∇L‖ against the model, and the clusters against a
/// naive single-linkage grouping of the sorted eigenvalues.
/// </summary>
public class PointReadingTests
{
    private static double[] DenseEigenvalues(IObjective model, double[] x)
    {
        var h = Matrix<double>.Build.DenseOfArray(model.Hessian(x));
        return h.Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).Order().ToArray();
    }

    private static double[] Expanded(PointReading r) => r.Spectrum.Spectrum.Eigenvalues.Order().ToArray();

    [Theory]
    [InlineData(new[] { 5 }, SpectrumMethod.Auto)]
    [InlineData(new[] { 4, 1 }, SpectrumMethod.Reduced)]
    [InlineData(new[] { 3, 2 }, SpectrumMethod.Isotypic)]
    [InlineData(new[] { 3, 1, 1 }, SpectrumMethod.Dense)]
    public void Every_road_gives_the_dense_eigenvalues_of_the_dense_hessian(int[] parts, SpectrumMethod method)
    {
        int d = parts.Sum();
        var model = TwoLayerPopulationLoss.IdentityTeacher(d, d);
        var x = BruteForceIsotropy.BlockConstant(parts, 17 + d);
        var reading = PointReading.Of(model, x, method, twoLayer: true);
        var expected = DenseEigenvalues(model, x);
        var got = Expanded(reading);
        Assert.Equal(expected.Length, got.Length);
        double scale = expected.Max(Math.Abs);
        for (int i = 0; i < got.Length; i++) Assert.True(Math.Abs(expected[i] - got[i]) <= 1e-8 * scale, $"{method}: eigenvalue {i}: {got[i]} vs {expected[i]}");
        Assert.Equal(model.Value(x), reading.Loss, 1e-12);
        Assert.Equal(Math.Sqrt(Support.Gradient(model, x).Sum(v => v * v)), reading.GradientNorm, 1e-10);
        Assert.Equal(DiagonalYoungTypes.Name(parts), reading.Isotropy!.Name);
    }

    [Fact]
    public void Reduced_on_a_model_that_is_not_reducible_is_refused()
    {
        // k ≠ d: the diagonal Young types, and so the reduced model, need k = d.
        var model = TwoLayerPopulationLoss.IdentityTeacher(3, 2);
        Assert.Throws<ArgumentException>(() => PointReading.Of(model, Support.RandomVector(6, new Random(1)), SpectrumMethod.Reduced, twoLayer: true));
    }

    [Fact]
    public void Clusters_are_single_linkage_groups_with_weighted_means()
    {
        double[] eig = { 3 + 4e-9, 1, 2, 1 + 1e-9, 3, 3 + 2e-9, 7 };
        var spectrum = new PointSpectrum(new double[1], SpectrumMethod.Dense, new HessianSpectrum(eig, "dense"), null, null);
        var clusters = EigenvalueClusters.Of(spectrum, 1e-6);
        Assert.Equal(new long[] { 2, 1, 3, 1 }, clusters.Select(c => c.Multiplicity).ToArray());
        Assert.Equal(1 + 0.5e-9, clusters[0].Value, 1e-15);
        Assert.Equal(3 + 2e-9, clusters[2].Value, 1e-15);
        Assert.All(clusters, c => Assert.Null(c.Irreducibles));
        // A tolerance below every gap keeps every eigenvalue apart; one above every gap merges them all.
        Assert.Equal(eig.Length, EigenvalueClusters.Of(spectrum, 1e-10).Length);
        var one = Assert.Single(EigenvalueClusters.Of(spectrum, 10));
        Assert.Equal(eig.Average(), one.Value, 1e-12);
    }

    [Property(Replay = "(31,1753)", MaxTest = 50)]
    public bool Clusters_match_a_naive_grouping(int seed)
    {
        var rng = new Random(seed);
        int n = rng.Next(1, 30);
        var eig = Enumerable.Range(0, n).Select(_ => Math.Round(rng.NextDouble() * 4, rng.Next(1, 3))).ToArray();
        double tol = 0.05;
        var clusters = EigenvalueClusters.Of(new PointSpectrum(new double[1], SpectrumMethod.Dense, new HessianSpectrum(eig, "dense"), null, null), tol);
        // Naive: every pair closer than tol in the sorted order joins a group (union by index).
        var sorted = eig.Order().ToArray();
        var group = Enumerable.Range(0, n).ToArray();
        for (int i = 1; i < n; i++) if (sorted[i] - sorted[i - 1] <= tol) group[i] = group[i - 1];
        var naive = Enumerable.Range(0, n).GroupBy(i => group[i]).Select(g => (Mean: g.Average(i => sorted[i]), Count: (long)g.Count())).ToList();
        return clusters.Length == naive.Count
            && clusters.Zip(naive).All(p => p.First.Multiplicity == p.Second.Count && Math.Abs(p.First.Value - p.Second.Mean) < 1e-12);
    }
}
