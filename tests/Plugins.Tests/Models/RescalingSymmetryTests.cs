namespace Landscape.Symmetry.Plugins.Tests.Models;

public class RescalingSymmetryTests
{
    private static double[] IdentityPoint(ParameterLayout layout)
    {
        var x = new double[layout.Dimension];
        for (int i = 0; i < layout.K; i++)
        {
            x[layout.WeightIndex(i, i)] = 1;
            x[layout.SecondLayerIndex(i)] = 1;
        }
        return x;
    }

    // W = I, a = 1 is the global minimum (zero loss) for the identity teacher. With relu and a trainable second layer the
    // k rescalings (wᵢ, aᵢ) → (c·wᵢ, aᵢ/c) keep the loss at zero, so their tangents (wᵢ, −aᵢ) are in the Hessian's kernel:
    // the dense spectrum has exactly k zero eigenvalues, and the point is a minimum once they are declared flat.
    [Theory]
    [InlineData("relu")]
    [InlineData("leaky-relu(alpha=0.2)")]
    public void A_homogeneous_minimum_with_a_trainable_second_layer_has_k_flat_directions_and_is_a_minimum(string act)
    {
        const int k = 3;
        var model = PluginModels.TwoLayer(PluginRegistry.Activation(act), StandardGaussian.Instance, PluginModels.IdentityTeacher(k), null, k, secondLayerTrainable: true);
        var layout = model.Layout;
        var x = IdentityPoint(layout);
        Assert.True(model.Value(x) < 1e-12);
        Assert.Equal(k, model.FlatDirections);

        var h = model.Hessian(x);
        for (int i = 0; i < k; i++)
        {
            var tangent = new double[layout.Dimension];
            for (int j = 0; j < k; j++) tangent[layout.WeightIndex(i, j)] = x[layout.WeightIndex(i, j)];
            tangent[layout.SecondLayerIndex(i)] = -x[layout.SecondLayerIndex(i)];
            for (int r = 0; r < layout.Dimension; r++)
            {
                double hv = 0;
                for (int c = 0; c < layout.Dimension; c++) hv += h[r, c] * tangent[c];
                Assert.True(Math.Abs(hv) < 1e-8, $"(H t_{i})[{r}] = {hv}");
            }
        }

        var spectrum = DenseSpectrumProvider.Instance.Compute(model, x, null, default);
        var sorted = spectrum.Eigenvalues.Order().ToArray();
        Assert.All(sorted.Take(k), l => Assert.True(Math.Abs(l) < 1e-8, $"zero eigenvalue {l}"));
        Assert.True(sorted[k] > 1e-3, $"first nonzero eigenvalue {sorted[k]}");
        Assert.Equal(CriticalPointKind.Degenerate, Classification.Of(spectrum).Kind);
        Assert.Equal(CriticalPointKind.Minimum, Classification.Of(spectrum, flatDirections: model.FlatDirections).Kind);
    }

    [Fact]
    public void Only_homogeneous_activations_with_a_trainable_second_layer_have_flat_directions()
    {
        var teacher = PluginModels.IdentityTeacher(3);
        var uniform = PluginRegistry.Distribution("uniform(-1,1)");
        Assert.Equal(4, TwoLayerPopulationLoss.IdentityTeacher(4, 3, secondLayerTrainable: true).FlatDirections);
        Assert.Equal(0, TwoLayerPopulationLoss.IdentityTeacher(4, 3, secondLayerTrainable: false).FlatDirections);
        Assert.Equal(2, PluginModels.TwoLayer(Relu.Instance, uniform, teacher, null, 2, true, samples: 50).FlatDirections);
        foreach (var act in new[] { "tanh", "softplus", "erf", "gelu" })
            Assert.Equal(0, PluginModels.TwoLayer(PluginRegistry.Activation(act), StandardGaussian.Instance, teacher, null, 3, true).FlatDirections);
        Assert.True(Relu.Instance.PositivelyHomogeneous);
        Assert.True(new LeakyRelu(0.3).PositivelyHomogeneous);
        Assert.False(new Softplus().PositivelyHomogeneous);
        Assert.Equal(0, ((IObjective)DeepNetworkLoss.AgainstTeacher([3], 3, Relu.Instance, StandardGaussian.Instance, false, 20, 0)).FlatDirections);
    }
}
