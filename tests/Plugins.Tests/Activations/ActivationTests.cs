namespace Landscape.Symmetry.Plugins.Tests.Activations;

public class ActivationTests
{
    public static IEnumerable<object[]> All() => new[]
    {
        new object[] { Relu.Instance }, new object[] { new LeakyRelu(0.01) }, new object[] { new Softplus(2) }, new object[] { new Softplus(0.5) },
        new object[] { Erf.Instance }, new object[] { Tanh.Instance }, new object[] { Gelu.Instance },
    };

    [Theory]
    [MemberData(nameof(All))]
    public void Derivatives_match_central_differences_away_from_kinks(Activation a)
    {
        foreach (var z in new[] { -3.1, -0.7, -0.05, 0.05, 0.4, 2.2, 25.0, -25.0 })
        {
            double h = 1e-5;
            Assert.Equal((a.Value(z + h) - a.Value(z - h)) / (2 * h), a.Derivative(z), 1e-8);
            Assert.Equal((a.Derivative(z + h) - a.Derivative(z - h)) / (2 * h), a.SecondDerivative(z), 1e-6);
            var (v, d1, d2) = a.Evaluate(z);
            Assert.Equal(a.Value(z), v, 1e-14);
            Assert.Equal(a.Derivative(z), d1, 1e-14);
            Assert.Equal(a.SecondDerivative(z), d2, 1e-14);
        }
    }

    [Fact]
    public void Kinks_and_values_at_the_origin()
    {
        Assert.Equal(1, Relu.Instance.DerivativeJumpAtOrigin);
        Assert.Equal(0.99, new LeakyRelu(0.01).DerivativeJumpAtOrigin, 1e-15);
        Assert.Equal(0, Tanh.Instance.DerivativeJumpAtOrigin);
        Assert.Equal(Math.Log(2) / 2, new Softplus(2).Value(0), 1e-15);
        Assert.Equal(0, Erf.Instance.Value(0));
        Assert.Equal(800, new Softplus(1).Value(800), 1e-12); // no overflow
    }
}
