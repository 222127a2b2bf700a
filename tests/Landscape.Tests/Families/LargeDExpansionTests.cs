namespace Landscape.Symmetry.Landscape.Tests.Families;

/// <summary>The large-d fits against functions with known expansions, and the global-minimum family W = I.</summary>
public class LargeDExpansionTests
{
    private static List<(double D, double Value)> Samples(Func<double, double> f) =>
        Enumerable.Range(0, 40).Select(i => 1000 * Math.Pow(1000, i / 39.0)).Select(d => (d, f(d))).ToList();

    [Fact]
    public void Recovers_the_coefficients_of_a_known_series()
    {
        var e = LargeDExpansion.Fit("f", Samples(d => 2 - 3 / Math.Sqrt(d) + 0.5 / d + 7 / (d * Math.Sqrt(d))));
        Assert.Equal(0, e.Terms[0].HalfPower);
        Assert.Equal(2, e.Limit, 1e-9);
        Assert.Equal(-3, e.Terms[1].Coefficient, 1e-6);
        Assert.Equal(0.5, e.Terms[2].Coefficient, 1e-3);
        Assert.True(e.LimitError < 1e-6);
    }

    [Fact]
    public void Keeps_a_growing_leading_term()
    {
        var e = LargeDExpansion.Fit("g", Samples(d => 0.25 * d + 1 + 1 / Math.Sqrt(d)));
        Assert.Equal(-2, e.Terms[0].HalfPower);
        Assert.Equal(0.25, e.Terms[0].Coefficient, 1e-9);
        Assert.Equal(double.PositiveInfinity, e.Limit);
    }

    [Fact]
    public void The_global_minimum_family_has_zero_loss_and_the_closed_form_spectrum_limit()
    {
        // W = I is critical for every d with loss 0; the smallest eigenvalue of its Hessian (a = 1) is 1/4 − 1/(2π),
        // the curvature of K along a row direction orthogonal to the teacher (Safran–Shamir, Arjevani–Field).
        var model = new FamilyModel(FamilyType.Parse("S(d)"), ReluGaussianKernel.Instance);
        var start = new[] { 0.0, 1.0 };
        var (trace, fits) = LargeDExpansion.FitFamily(model, 50, start, 1e5, count: 30);
        Assert.Null(trace.Stop);
        var loss = fits.Single(f => f.Quantity == "loss");
        Assert.Equal(0, loss.Limit, 1e-9);
        double minLimit = fits.Where(f => f.Quantity.StartsWith("λ_min", StringComparison.Ordinal)).Min(f => f.Limit);
        Assert.Equal(0.25 - 1 / (2 * Math.PI), minLimit, 1e-8);
    }

    [Fact]
    public void The_negative_diagonal_family_tends_to_half_minus_one_over_pi()
    {
        // Arjevani & Field, "A tale of symmetry II", Theorem 1 case 1(b): a second family of ΔS_d minima whose diagonal tends to −1 and whose loss tends
        // to a positive constant (the formula was lost from our copy). Limit derived by hand, independent of the code:
        // take wᵢ = −eᵢ + (c/d)·1, so wᵢ·x = −xᵢ + ε with ε = cS/d, S = Σxⱼ. From relu(−z + ε) = relu(z − ε) − z + ε and
        // relu(z − ε) − relu(z) = −ε·1{z > 0} + (ε²/2)·δ(z) + …, the output error is
        //   f − g = (c/2 − 1)·S − (c/d)·S·T + (c²/2d²)·S²·Σδ(xⱼ) + O(1/√d),  T = Σ(1{xⱼ > 0} − ½).
        // c = 2 cancels the O(√d) term; with s = S/√d and t = 2T/√d (standard normals of correlation ρ = √(2/π)) and
        // Σδ(xⱼ) ≈ d·φ(0) the rest is s·(ρs − t) = −√(1 − ρ²)·s·u with u ⊥ s, so L → ½(1 − ρ²) = ½ − 1/π,
        // with diagonal −1 + 2/d and off-diagonal 2/d.
        var model = new FamilyModel(FamilyType.Parse("S(d)"), ReluGaussianKernel.Instance);
        const double d0 = 50;
        var start = new[] { 2 / d0, -1 + 2 / d0 };
        var (trace, fits) = LargeDExpansion.FitFamily(model, d0, start, 1e6, count: 30);
        Assert.Null(trace.Stop);
        var loss = fits.Single(f => f.Quantity == "loss");
        Assert.Equal(0.5 - 1 / Math.PI, loss.Limit, 1e-6);
        var last = trace.Rows[^1];
        Assert.Equal(CriticalPointKind.Minimum, last.Kind);
        Assert.Equal(2, last.Coordinates[0] * last.D, 1e-2);
        Assert.Equal(-1 + 2 / last.D, last.Coordinates[1], 1e-6);
    }
}
