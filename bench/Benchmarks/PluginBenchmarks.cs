using BenchmarkDotNet.Attributes;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Benchmarks;

/// <summary>
/// Plug-in costs: one quadrature pair-kernel evaluation (value, and value with all derivatives) for a smooth σ
/// (tensor Gauss–Hermite) and a kinked σ (polar); the softplus population loss + gradient at k = d = 100; a deep
/// net (depth 4, width 50) gradient over 1000 samples, and its Hessian–vector product — exact (R-operator) against the
/// central differences of the gradient with one Richardson step that it replaced; the quadrature error estimate of one smooth evaluation, and the
/// half-width calibration of activations that declare none (swish: δ = 1 suffices; z/(1 + 4z²): down to δ = 0.25).
/// </summary>
[MemoryDiagnoser]
public class PluginBenchmarks
{
    private GaussianQuadratureKernel softplus = null!, leaky = null!;
    private PairGeometry pair;
    private TwoLayerPopulationLoss softplusLoss = null!;
    private double[] x = null!, gradient = null!;
    private DeepNetworkLoss deep = null!;
    private double[] deepX = null!, deepGradient = null!, deepDirection = null!, deepProduct = null!;

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
        deepDirection = deep.RandomPoint(3);
        deepProduct = new double[deepX.Length];
    }

    [Benchmark]
    public double SmoothKernelValue() => softplus.Value(pair);

    [Benchmark]
    public double SmoothKernelDerivatives() => softplus.Derivatives(pair).Ww.NN;

    [Benchmark]
    public double SmoothKernelErrorEstimate() => softplus.EstimateError(pair).MaxError;

    // A fresh instance each time: calibrations are cached per instance.
    [Benchmark]
    public double CalibrationSwish() => HalfWidthCalibration.For(new Swish()).HalfWidth;

    [Benchmark]
    public double CalibrationNearPole() => HalfWidthCalibration.For(new NearPole()).HalfWidth;

    [Benchmark]
    public double KinkedKernelDerivatives() => leaky.Derivatives(pair).Ww.NN;

    [Benchmark]
    public double SoftplusLossGradient_k100_d100() => softplusLoss.Gradient(x, gradient);

    [Benchmark]
    public double DeepNetGradient_depth4_width50_1000samples() => deep.Gradient(deepX, deepGradient);

    [Benchmark]
    public double DeepNetHessianVectorProduct_depth4_width50_1000samples()
    {
        deep.HessianVectorProduct(deepX, deepDirection, deepProduct);
        return deepProduct[0];
    }

    // The product the R-operator replaced: (4 D(h/2) − D(h))/3, D(h) = (∇L(x + h v̂) − ∇L(x − h v̂))/(2h), h = 2e-3,
    // four gradients plus the vector work, as DeepNetworkLoss did it before.
    [Benchmark]
    public double DeepNetFiniteDifferenceProduct_depth4_width50_1000samples()
    {
        int n = deepX.Length;
        double norm = Math.Sqrt(deepDirection.Sum(t => t * t));
        double[] Central(double h)
        {
            var plus = new double[n];
            var minus = new double[n];
            for (int t = 0; t < n; t++) { plus[t] = deepX[t] + h * deepDirection[t] / norm; minus[t] = deepX[t] - h * deepDirection[t] / norm; }
            var gp = new double[n];
            var gm = new double[n];
            deep.Gradient(plus, gp);
            deep.Gradient(minus, gm);
            for (int t = 0; t < n; t++) gp[t] = (gp[t] - gm[t]) / (2 * h);
            return gp;
        }
        var d1 = Central(2e-3);
        var d2 = Central(1e-3);
        for (int t = 0; t < n; t++) deepProduct[t] = (4 * d2[t] - d1[t]) / 3 * norm;
        return deepProduct[0];
    }

    /// <summary>swish(z) = z/(1 + e^{−z}), declaring no half-width (poles at ±iπ).</summary>
    private sealed class Swish : Activation
    {
        public override string Name => "swish";
        public override double Value(double z) => z * S(z);
        public override double Derivative(double z) => S(z) * (1 + z * (1 - S(z)));
        public override double SecondDerivative(double z)
        {
            double s = S(z);
            return s * (1 - s) * (2 + z * (1 - 2 * s));
        }
        private static double S(double z) => 1 / (1 + Math.Exp(-z));
    }

    /// <summary>z/(1 + 4z²), declaring no half-width (poles at ±i/2).</summary>
    private sealed class NearPole : Activation
    {
        public override string Name => "z/(1+4z^2)";
        public override double Value(double z) => z / (1 + 4 * z * z);
        public override double Derivative(double z)
        {
            double q = 1 + 4 * z * z;
            return (1 - 4 * z * z) / (q * q);
        }
        public override double SecondDerivative(double z)
        {
            double q = 1 + 4 * z * z;
            return (32 * z * z * z - 24 * z) / (q * q * q);
        }
    }
}
