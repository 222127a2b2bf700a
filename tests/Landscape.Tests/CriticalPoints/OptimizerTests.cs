namespace Landscape.Symmetry.Landscape.Tests.CriticalPoints;

public class OptimizerTests
{
    // Rosenbrock: the minimum (1, 1) is known in closed form.
    private static double Rosenbrock(double[] x, double[] g)
    {
        double a = 1 - x[0], b = x[1] - x[0] * x[0];
        g[0] = -2 * a - 400 * x[0] * b;
        g[1] = 200 * b;
        return a * a + 100 * b * b;
    }

    private static double[,] RosenbrockHessian(double[] x) => new[,]
    {
        { 2 - 400 * (x[1] - x[0] * x[0]) + 800 * x[0] * x[0], -400 * x[0] },
        { -400 * x[0], 200 },
    };

    [Fact]
    public void Lbfgs_finds_the_Rosenbrock_minimum()
    {
        var r = Lbfgs.Minimize(Rosenbrock, new[] { -1.2, 1.0 }, new LbfgsOptions { GradientTolerance = 1e-9 });
        Assert.Equal(StopReason.Converged, r.Stop);
        Assert.True(r.GradientNorm <= 1e-9);
        Assert.Equal(1, r.X[0], 6);
        Assert.Equal(1, r.X[1], 6);
    }

    [Fact]
    public void Newton_reaches_the_tolerance_quadratically()
    {
        var r = NewtonRefinement.Refine(Rosenbrock, RosenbrockHessian, new[] { 0.9, 0.8 });
        Assert.Equal(StopReason.Converged, r.Stop);
        Assert.True(r.GradientNorm <= 1e-12);
        Assert.Equal(1, r.X[0], 12);
        Assert.True(r.Iterations < 15, $"{r.Iterations} iterations");
    }

    [Fact]
    public void Newton_finds_saddles_too()
    {
        // f = x² − y² + x y³ has a saddle at the origin.
        ValueAndGradient f = (x, g) =>
        {
            g[0] = 2 * x[0] + x[1] * x[1] * x[1];
            g[1] = -2 * x[1] + 3 * x[0] * x[1] * x[1];
            return x[0] * x[0] - x[1] * x[1] + x[0] * x[1] * x[1] * x[1];
        };
        Func<double[], double[,]> h = x => new[,] { { 2, 3 * x[1] * x[1] }, { 3 * x[1] * x[1], -2 + 6 * x[0] * x[1] } };
        var r = NewtonRefinement.Refine(f, h, new[] { 0.2, -0.15 });
        Assert.True(r.GradientNorm <= 1e-12);
        Assert.True(Math.Abs(r.X[0]) < 1e-12 && Math.Abs(r.X[1]) < 1e-12);
    }

    [Fact]
    public void Cancellation_stops_the_descent()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => Lbfgs.Minimize(Rosenbrock, new[] { -1.2, 1.0 }, null, cts.Token));
    }
}
