using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins.Tests.Models;

public class SgdProblemTests
{
    // One SGD step from the Xavier point must equal x0 − η ∇L̂, where L̂ is the independent Monte Carlo loss
    // (SampledTwoLayerLoss) on exactly the batch the run draws: the distribution's samples for the second number
    // of the run's generator.
    [Theory]
    [InlineData("softplus", "uniform(0,2)", false)]
    [InlineData("relu", "uniform(-1,1)", true)]
    [InlineData("tanh", "uniform(shift=0.5)", false)]
    public void One_step_is_a_gradient_step_on_a_batch_of_the_distribution(string act, string dist, bool secondLayer)
    {
        int k = 3, d = 3, batch = 40, seed = 11;
        double eta = 0.05;
        var activation = PluginRegistry.Activation(act);
        var distribution = PluginRegistry.Distribution(dist);
        var teacher = PluginModels.IdentityTeacher(d);
        var problem = PluginModels.Sgd(activation, distribution, teacher, k, secondLayer, samples: 200);
        var r = SgdRun.Run(problem, new SgdProtocol { BatchSize = batch, StepSize = eta, MaxSteps = 1, CheckEvery = 1 }, seed);
        Assert.Equal(act == "softplus" ? "softplus(beta=1)" : act, r.Activation);
        Assert.Equal(distribution.Spec, r.Distribution);

        var rng = new Random(seed);
        var x0 = SgdRun.XavierInitialization(problem.Layout, rng);
        var oracle = new SampledTwoLayerLoss(activation, distribution, teacher, null, k, secondLayer, batch, rng.Next());
        var g = new double[x0.Length];
        oracle.Gradient(x0, g);
        for (int t = 0; t < x0.Length; t++) Assert.Equal(x0[t] - eta * g[t], r.Parameters[t], 12);
    }

    [Fact]
    public void The_default_pair_reproduces_the_papers_protocol_bit_for_bit()
    {
        var protocol = new SgdProtocol { BatchSize = 30, MaxSteps = 300, CheckEvery = 100 };
        var viaPlugins = SgdRun.Run(PluginModels.Sgd(Relu.Instance, StandardGaussian.Instance, PluginModels.IdentityTeacher(4), 4), protocol, 5);
        var original = SgdRun.Run(TwoLayerPopulationLoss.IdentityTeacher(4, 4), Relu.Instance, protocol, 5);
        Assert.Equal(original.Parameters, viaPlugins.Parameters);
        Assert.Equal(original.Loss, viaPlugins.Loss);
        Assert.Equal("relu", viaPlugins.Activation);
        Assert.Equal("gaussian", viaPlugins.Distribution);
    }
}
