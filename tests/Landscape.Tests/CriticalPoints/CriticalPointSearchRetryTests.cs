namespace Landscape.Symmetry.Landscape.Tests.CriticalPoints;

/// <summary>When Newton fails from the L-BFGS hand-over, the search descends further and tries Newton again.</summary>
public class CriticalPointSearchRetryTests
{
    [Fact]
    public void A_newton_phase_that_fails_from_the_hand_over_succeeds_after_further_descent()
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(3, 3);
        var random = new Random(5);
        var x0 = Enumerable.Range(0, 9).Select(i => (i % 4 == 0 ? 1.0 : 0.0) + 0.1 * (random.NextDouble() - 0.5)).ToArray();
        // A coarse hand-over and a single Newton step: quadratic convergence takes ‖∇L‖ ≈ 1e-3 only to about 1e-6.
        var options = new SearchOptions
        {
            Descent = new LbfgsOptions { GradientTolerance = 1e-3 },
            Refinement = new NewtonOptions { MaxIterations = 1, PolishSteps = 0 },
        };

        var handOver = Lbfgs.Minimize((x, g) => model.Gradient(x, g), x0, options.Descent);
        var newtonAlone = NewtonRefinement.Refine((x, g) => model.Gradient(x, g), x => model.Hessian(x), handOver.X, options.Refinement);
        Assert.NotEqual(StopReason.Converged, newtonAlone.Stop);

        var result = CriticalPointSearch.Search(model, x0, options);
        Assert.Equal(StopReason.Converged, result.Refinement.Stop);
        Assert.True(result.GradientNorm <= 1e-12, $"‖∇L‖ = {result.GradientNorm}");
        var g = new double[9];
        model.Gradient(result.X, g);
        Assert.True(Math.Sqrt(g.Sum(v => v * v)) <= 1e-12);
        Assert.True(result.Descent!.Iterations > handOver.Iterations, "the further descent is counted");
    }
}
