namespace Landscape.Symmetry.Plugins.Tests.Models;

/// <summary>Exact population losses against Monte Carlo on seeded samples of the same distribution.</summary>
public class MonteCarloAgreementTests
{
    private static readonly double[] Point = { 0.5, -0.2, 0.7, 0.1, 0.9, -0.4, 0.3, 0.6 };

    [Theory]
    [InlineData("tanh")]
    [InlineData("leaky-relu(alpha=0.1)")]
    [InlineData("softplus(beta=2)")]
    public void Standard_gaussian_population_loss_is_within_five_standard_errors_of_Monte_Carlo(string spec)
    {
        var act = PluginRegistry.Activation(spec);
        var teacher = PluginModels.IdentityTeacher(4);
        var exact = PluginModels.TwoLayer(act, StandardGaussian.Instance, teacher, null, 2);
        var mc = new SampledTwoLayerLoss(act, StandardGaussian.Instance, teacher, null, 2, sampleCount: 40_000, seed: 9);
        Assert.True(Math.Abs(exact.Value(Point) - mc.Value(Point)) < 5 * mc.StandardError(Point),
            $"exact {exact.Value(Point)}, MC {mc.Value(Point)} ± {mc.StandardError(Point)}");
    }

    [Fact]
    public void Correlated_gaussian_loss_is_within_five_standard_errors_of_Monte_Carlo()
    {
        var sigma = new double[,] { { 1, 0.3, 0, 0 }, { 0.3, 1, 0, 0 }, { 0, 0, 2, -0.5 }, { 0, 0, -0.5, 1.5 } };
        var dist = new CorrelatedGaussian(sigma);
        var teacher = PluginModels.IdentityTeacher(4);
        var exact = new CorrelatedGaussianLoss(Erf.Instance, dist, teacher, null, 2);
        var mc = new SampledTwoLayerLoss(Erf.Instance, dist, teacher, null, 2, sampleCount: 40_000, seed: 4);
        Assert.True(Math.Abs(exact.Value(Point) - mc.Value(Point)) < 5 * mc.StandardError(Point),
            $"exact {exact.Value(Point)}, MC {mc.Value(Point)} ± {mc.StandardError(Point)}");
        // Declared: S_2 on the student rows × the column swap (1 2) (Σ₁₁ = Σ₂₂ and their other entries agree);
        // columns 3 and 4 differ on the diagonal, so order 2 · 2 = 4.
        Assert.Equal(4, (int)exact.InvarianceGroup.Order);
    }

    [Fact]
    public void Samples_are_reproducible_and_have_the_right_moments()
    {
        var cube = UniformCube.Shifted(1);
        var a = cube.Sample(3, 20_000, 5);
        Assert.Equal(a, cube.Sample(3, 20_000, 5));
        Assert.Equal(1.0, a.Average(), 2); // mean of U([0,2]) with SE ≈ 0.004
        Assert.True(a.All(x => x >= 0 && x <= 2));
        var g = StandardGaussian.Instance.Sample(2, 20_000, 1);
        Assert.Equal(1.0, g.Select(x => x * x).Average(), 1);
    }
}
