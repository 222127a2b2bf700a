using BenchmarkDotNet.Attributes;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Benchmarks;

/// <summary>
/// Plug-in costs: one quadrature pair-kernel evaluation (value, and value with all derivatives) for a smooth σ
/// (tensor Gauss–Hermite) and a kinked σ (polar); the softplus population loss + gradient at k = d = 100; a deep
/// net (depth 4, width 50) gradient over 1000 samples.
/// </summary>
[MemoryDiagnoser]
public class PluginBenchmarks
{
    private GaussianQuadratureKernel softplus = null!, leaky = null!;
    private PairGeometry pair;
    private TwoLayerPopulationLoss softplusLoss = null!;
    private double[] x = null!, gradient = null!;
    private DeepNetworkLoss deep = null!;
    private double[] deepX = null!, deepGradient = null!;

    [GlobalSetup]
    public void Setup()
    {
        softplus = new GaussianQuadratureKernel(new Softplus(1));
        leaky = new GaussianQuadratureKernel(new LeakyRelu(0.01));
        double[] w = { 0.6, 0.5, -0.3 }, v = { 0.1, 0.9, 0.2 };
        pair = PairGeometry.Of(w, v, Math.Sqrt(0.7), Math.Sqrt(0.86), 0.6 * 0.1 + 0.5 * 0.9 - 0.3 * 0.2);
        softplusLoss = TwoLayerPopulationLoss.IdentityTeacher(100, 100, kernel: softplus);
        x = SgdRun.XavierInitialization(softplusLoss.Layout, new Random(1));
        gradient = new double[x.Length];
        deep = DeepNetworkLoss.AgainstTeacher(new[] { 50, 50, 50 }, 50, Tanh.Instance, StandardGaussian.Instance, bias: true, sampleCount: 1000, seed: 1);
        deepX = deep.RandomPoint(2);
        deepGradient = new double[deepX.Length];
    }

    [Benchmark]
    public double SmoothKernelValue() => softplus.Value(pair);

    [Benchmark]
    public double SmoothKernelDerivatives() => softplus.Derivatives(pair).Ww.NN;

    [Benchmark]
    public double KinkedKernelDerivatives() => leaky.Derivatives(pair).Ww.NN;

    [Benchmark]
    public double SoftplusLossGradient_k100_d100() => softplusLoss.Gradient(x, gradient);

    [Benchmark]
    public double DeepNetGradient_depth4_width50_1000samples() => deep.Gradient(deepX, deepGradient);
}
