namespace Landscape.Symmetry.Landscape.Tests.Spectra;

public class ClassificationTests
{
    [Fact]
    public void Spectra_are_classified_by_signs_with_a_tolerance()
    {
        Assert.Equal(CriticalPointKind.Minimum, Classification.Of(new HessianSpectrum(new[] { 1e-3, 0.5, 2 }, "t")).Kind);
        var saddle = Classification.Of(new HessianSpectrum(new[] { -0.2, -1e-4, 0.5, 2 }, "t"));
        Assert.Equal(CriticalPointKind.Saddle, saddle.Kind);
        Assert.Equal(2, saddle.Index);
        Assert.Equal("saddle (index 2)", saddle.ToString());
        Assert.Equal(CriticalPointKind.Degenerate, Classification.Of(new HessianSpectrum(new[] { 1e-14, 0.5, 2 }, "t")).Kind);
        // A declared flat direction (rescaling symmetry) does not make a minimum degenerate.
        Assert.Equal(CriticalPointKind.Minimum, Classification.Of(new HessianSpectrum(new[] { -1e-14, 0.5, 2 }, "t"), flatDirections: 1).Kind);
    }

    [Fact]
    public void Distinct_eigenvalues_are_clustered()
    {
        var s = new HessianSpectrum(new[] { 1.0, 1.0 + 1e-12, 2.0, 2.0, 2.0, 5.0 }, "t");
        Assert.Equal(new[] { 2, 3, 1 }, s.Distinct(1e-9).Select(c => c.Multiplicity).ToArray());
    }

    [Fact]
    public void The_global_minimum_is_a_minimum_and_the_second_layer_adds_flat_directions()
    {
        int d = 4;
        var fixedA = TwoLayerPopulationLoss.IdentityTeacher(d, d);
        var x = fixedA.Layout.Pack(Support.Identity(d));
        Assert.Equal(CriticalPointKind.Minimum, CriticalPointReport.Analyze(fixedA, x).Classification.Kind);
        // With a trainable a, (wᵢ, aᵢ) → (c wᵢ, aᵢ/c) leaves the network unchanged: d zero eigenvalues.
        var withA = TwoLayerPopulationLoss.IdentityTeacher(d, d, secondLayerTrainable: true);
        var xa = withA.Layout.Pack(Support.Identity(d), Enumerable.Repeat(1.0, d).ToArray());
        var report = CriticalPointReport.Analyze(withA, xa);
        Assert.Equal(CriticalPointKind.Degenerate, report.Classification.Kind);
        Assert.Equal(d, report.Classification.NearZero);
        Assert.Equal(CriticalPointKind.Minimum, CriticalPointReport.Analyze(withA, xa, flatDirections: d).Classification.Kind);
    }
}
