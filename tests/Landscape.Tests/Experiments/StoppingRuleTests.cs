using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Landscape.Tests.Experiments;

/// <summary>
/// The sgd stopping rule on a model whose gradient-norm history is known in closed form: L = ½|x|² (so ‖∇L‖ = |x|) and a
/// "stochastic" gradient c·x, which shrinks |x| by the factor (1 − ηc) per step.
/// </summary>
public sealed class StoppingRuleTests
{
    private sealed class HalfSquaredNorm(ParameterLayout layout) : IObjective
    {
        public ParameterLayout Layout => layout;
        public double Value(ReadOnlySpan<double> x) { double s = 0; foreach (var v in x) s += v * v; return s / 2; }
        public double Gradient(ReadOnlySpan<double> x, Span<double> gradient) { x.CopyTo(gradient); return Value(x); }
        public double[,] Hessian(ReadOnlySpan<double> x) => throw new NotSupportedException();
        public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result) => v.CopyTo(result);
        public PermutationGroup InvarianceGroup => throw new NotSupportedException();
    }

    private sealed class Shrinking(ParameterLayout layout, double c) : IStochasticGradient
    {
        public ParameterLayout Layout => layout;
        public int InputDimension => layout.D;
        public double[] Initialize(Random random) => Enumerable.Repeat(1.0, layout.Dimension).ToArray();
        public void BatchGradient(double[] x, int batchSize, Random random, double[] gradient)
        {
            for (int t = 0; t < x.Length; t++) gradient[t] = c * x[t];
        }
    }

    private static SgdRunResult Run(double c, SgdProtocol protocol)
    {
        var layout = new ParameterLayout(2, 2, false);
        var problem = new SgdProblem(new HalfSquaredNorm(layout), new Shrinking(layout, c), "relu", "gaussian");
        return SgdRun.Run(problem, protocol, seed: 0);
    }

    [Fact]
    public void No_progress_stops_after_patience_checks_past_the_first()
    {
        // The first check sets the best norm; each of the next Patience checks fails to improve it.
        var r = Run(0, new SgdProtocol { CheckEvery = 10, Patience = 3, MaxSteps = 10_000 });
        Assert.Equal("stalled", r.Stop);
        Assert.Equal(10 * (1 + 3), r.Steps);
    }

    [Fact]
    public void Improvement_below_the_threshold_does_not_count()
    {
        // Per check |x| shrinks by (1 − 0.01·0.05)^10 ≈ 0.995: a 0.5% drop, below the 1% that counts as significant, so
        // with patience 2 the run stops at the third check. (Against the best norm the drops add up: 0.995³ < 0.99, so a
        // patience of 3 or more would see the third check as significant and go on.)
        var r = Run(0.05, new SgdProtocol { StepSize = 0.01, CheckEvery = 10, Patience = 2, RelativeImprovement = 0.01, MaxSteps = 10_000 });
        Assert.Equal("stalled", r.Stop);
        Assert.Equal(10 * (1 + 2), r.Steps);
        var longer = Run(0.05, new SgdProtocol { StepSize = 0.01, CheckEvery = 10, Patience = 3, RelativeImprovement = 0.01, MaxSteps = 2_000 });
        Assert.Equal("max-steps", longer.Stop);
    }

    [Fact]
    public void Steady_improvement_runs_to_the_cap()
    {
        // (1 − 0.01·0.5)^10 ≈ 0.951 per check: a 4.9% drop every time.
        var r = Run(0.5, new SgdProtocol { StepSize = 0.01, CheckEvery = 10, Patience = 2, RelativeImprovement = 0.01, MaxSteps = 500 });
        Assert.Equal("max-steps", r.Stop);
        Assert.Equal(500, r.Steps);
        Assert.Equal(2 * Math.Pow(1 - 0.005, 1000), r.Loss!.Value, 12); // each entry 0.995^500: |x|² = 4·0.995^1000, L = 2·0.995^1000
    }
}
