using BenchmarkDotNet.Attributes;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Benchmarks;

/// <summary>
/// Families in real d: one point of the ΔS_{d−1}×ΔS₁ spurious family evaluated at d (loss, gradient, all irreducible
/// blocks, classification) — the cost does not depend on d — and the family followed over a range of d.
/// </summary>
[MemoryDiagnoser]
public class FamilyBenchmarks
{
    private FamilyModel model = null!;
    private double[] atSix = null!, atD = null!;

    [Params(1e3, 1e6)]
    public double D { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        model = new FamilyModel(FamilyType.Parse("S(d-1) x S(1)"), ReluGaussianKernel.Instance);
        atSix = FamilyStarts.Find(model, 6, attempts: 4).Starts
            .Where(s => !s.LargerIsotropy).OrderBy(s => model.Evaluate(6, s.Coordinates).Loss).First().Coordinates;
        var stations = Enumerable.Range(1, 40).Select(i => 6 * Math.Pow(D / 6, i / 40.0)).ToArray();
        stations[^1] = D;
        atD = FamilyContinuation.Follow(model, 6, atSix, D, new ContinuationOptions { Step = double.MaxValue, Stations = stations }).Rows[^1].Coordinates;
    }

    [Benchmark]
    public FamilyRow EvaluatePoint() => model.Evaluate(D, atD);

    [Benchmark]
    public FamilyTrace FollowSixToHundred() => FamilyContinuation.Follow(model, 6, atSix, 100, new ContinuationOptions { Step = 1 });
}
