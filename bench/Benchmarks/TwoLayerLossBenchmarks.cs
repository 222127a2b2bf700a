using BenchmarkDotNet.Attributes;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Benchmarks;

/// <summary>
/// Value, gradient and Hessian–vector product of the two-layer ReLU population loss with identity teacher at
/// k = d (k' = d teacher rows), at a Xavier-initialized point: all O(k²d + kk'd).
/// </summary>
[MemoryDiagnoser]
public class TwoLayerLossBenchmarks
{
    private TwoLayerPopulationLoss model = null!;
    private double[] x = null!, v = null!, output = null!;

    [Params(100, 1000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        model = TwoLayerPopulationLoss.IdentityTeacher(Size, Size);
        var rng = new Random(1);
        x = SgdRun.XavierInitialization(model.Layout, rng);
        v = SgdRun.XavierInitialization(model.Layout, rng);
        output = new double[x.Length];
    }

    [Benchmark]
    public double Value() => model.Value(x);

    [Benchmark]
    public double Gradient() => model.Gradient(x, output);

    [Benchmark]
    public double HessianVectorProduct()
    {
        model.HessianVectorProduct(x, v, output);
        return output[0];
    }
}
