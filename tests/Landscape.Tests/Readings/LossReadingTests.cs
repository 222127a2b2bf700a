using System.Numerics;

namespace Landscape.Symmetry.Landscape.Tests.Readings;

/// <summary>
/// <see cref="LossReading"/>: on the reduced road (d ≥ <see cref="LossReading.ReducedFromD"/>, a block-constant point) the
/// loss and gradient equal the full model's, computed directly; below it they are the full model's and the gradient
/// matches central differences; the isotropy is ΔS_{p1}×… with |G_W| = Π pᵢ! and orbit |S_d × S_d| / |G_W|.
/// </summary>
public class LossReadingTests
{
    [Theory]
    [InlineData(new[] { 49, 1 }, 1)]
    [InlineData(new[] { 30, 20 }, 2)]
    [InlineData(new[] { 40, 8, 2 }, 3)]
    public void The_reduced_road_gives_the_full_models_loss_and_gradient(int[] parts, int seed)
    {
        int d = parts.Sum();
        Assert.True(d >= LossReading.ReducedFromD);
        var model = TwoLayerPopulationLoss.IdentityTeacher(d, d);
        var x = BruteForceIsotropy.BlockConstant(parts, seed);
        var reading = LossReading.Of(model, x, twoLayer: true);

        var g = new double[x.Length];
        double value = model.Gradient(x, g);
        Assert.Equal(value, reading.Loss, 1e-12 * Math.Max(1, Math.Abs(value)));
        double scale = Math.Max(1e-300, g.Max(Math.Abs));
        for (int i = 0; i < g.Length; i++) Assert.True(Math.Abs(g[i] - reading.Gradient[i]) <= 1e-10 * scale, $"gradient entry {i}: {reading.Gradient[i]} vs {g[i]}");
        Assert.Equal(Math.Sqrt(g.Sum(v => v * v)), reading.GradientNorm, 1e-10 * Math.Sqrt(g.Sum(v => v * v)));

        var order = parts.Aggregate(BigInteger.One, (acc, p) => acc * BruteForceIsotropy.Factorial(p));
        var dd = BruteForceIsotropy.Factorial(d);
        Assert.Equal(order, reading.Isotropy!.Order);
        Assert.Equal(dd * dd / order, reading.Isotropy.OrbitSize);
        Assert.Equal(DiagonalYoungTypes.Name(parts), reading.Isotropy.Name);
    }

    [Fact]
    public void Below_the_reduced_road_the_gradient_matches_central_differences()
    {
        const int d = 5;
        var model = TwoLayerPopulationLoss.IdentityTeacher(d, d);
        var x = Support.RandomVector(d * d, new Random(11), 0.5);
        var reading = LossReading.Of(model, x, twoLayer: true);
        Assert.Equal(model.Value(x), reading.Loss, 1e-14);
        var fd = Support.FiniteDifferenceGradient(model, x, 1e-5);
        for (int i = 0; i < fd.Length; i++) Assert.Equal(fd[i], reading.Gradient[i], 1e-7);
        // A generic point has only the trivial isotropy: the orbit is all of S_5 × S_5.
        Assert.Equal(BigInteger.One, reading.Isotropy!.Order);
        Assert.Equal(new BigInteger(120 * 120), reading.Isotropy.OrbitSize);
        Assert.Equal(d * d, reading.Isotropy.FixedDimension);
    }

    [Fact]
    public void Without_the_two_layer_flag_no_isotropy_is_read()
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(3, 3);
        var reading = LossReading.Of(model, Support.RandomVector(9, new Random(3)), twoLayer: false);
        Assert.Null(reading.Isotropy);
    }

    [Fact]
    public void At_the_global_minimum_the_loss_and_gradient_vanish()
    {
        // L(W = I) = 0 for the teacher V = I (the student equals the teacher).
        const int d = 60;
        var model = TwoLayerPopulationLoss.IdentityTeacher(d, d);
        var x = new double[d * d];
        for (int i = 0; i < d; i++) x[i * d + i] = 1;
        var reading = LossReading.Of(model, x, twoLayer: true);
        Assert.True(Math.Abs(reading.Loss) < 1e-10, $"loss {reading.Loss}");
        Assert.True(reading.GradientNorm < 1e-10, $"‖∇L‖ {reading.GradientNorm}");
        Assert.Equal("ΔS_60", reading.Isotropy!.Name);
        Assert.Equal(2, reading.Isotropy.FixedDimension);
    }
}
