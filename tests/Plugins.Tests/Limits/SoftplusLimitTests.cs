namespace Landscape.Symmetry.Plugins.Tests.Limits;

/// <summary>
/// softplus_β at the edges of β, against independent oracles: relu (β → ∞, |softplus_β − relu| ≤ log 2/β), the Taylor
/// series log(1 + e^t) = log 2 + t/2 + t²/8 − t⁴/192 + … (β → 0), and for the Gaussian population loss the closed form
/// of the small-β expansion with the teacher's second layer equal to the student's (a = u = 1, k = k'):
/// L = |Σwᵢ − Σvⱼ|²/8 + (β²/128)((tr M)² + 2 tr M²) + O(β⁴), M = Σ wᵢwᵢᵀ − Σ vⱼvⱼᵀ
/// (from E[(xᵀMx)²] = (tr M)² + 2 tr M² for x ~ N(0, I); odd moments vanish).
/// </summary>
public class SoftplusLimitTests
{
    [Theory]
    [InlineData(1e6)]
    [InlineData(1e3)]
    public void Large_beta_is_relu_within_log2_over_beta_and_never_overflows(double beta)
    {
        var s = new Softplus(beta);
        foreach (var z in new[] { -1e300, -3.0, -1e-3, 0.0, 1e-7, 0.5, 7.0, 1e300 })
        {
            double relu = Math.Max(z, 0);
            double v = s.Value(z);
            Assert.True(double.IsFinite(v), $"σ({z}) = {v}");
            Assert.InRange(v - relu, 0, Math.Log(2) / beta * (1 + 1e-12));
            var (ev, d1, d2) = s.Evaluate(z);
            Assert.True(double.IsFinite(ev) && double.IsFinite(d1) && double.IsFinite(d2));
            Assert.Equal(v, ev, 1e-12 * (1 + Math.Abs(v)));
        }
    }

    [Theory]
    [InlineData(1e-6)]
    [InlineData(1e-3)]
    public void Small_beta_is_the_linear_model_plus_a_constant(double beta)
    {
        var s = new Softplus(beta);
        double c = Math.Log(2) / beta;
        foreach (var z in new[] { -2.0, -0.3, 0.0, 0.8, 2.0 })
        {
            double t = beta * z, taylor = (t / 2 + t * t / 8 - Math.Pow(t, 4) / 192) / beta;
            // The constant costs digits: what is left is about 1e-16 · c of absolute accuracy.
            Assert.Equal(taylor, s.Value(z) - c, 1e-15 * c * 10 + 1e-12);
        }
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.2)]
    public void Population_loss_at_small_beta_follows_the_small_beta_expansion(double beta)
    {
        const int d = 3;
        var w = new double[,] { { 0.9, 0.2, -0.1 }, { 0.1, 1.2, 0.3 }, { -0.2, 0.1, 0.7 } };
        var v = new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };
        var loss = new TwoLayerPopulationLoss(GaussianKernels.For(new Softplus(beta)), v, null, d, false);
        var x = new double[d * d];
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++) x[i * d + j] = w[i, j];

        var delta = new double[d];
        var m = new double[d, d];
        for (int i = 0; i < d; i++)
            for (int p = 0; p < d; p++)
            {
                delta[p] += w[i, p] - v[i, p];
                for (int q = 0; q < d; q++) m[p, q] += w[i, p] * w[i, q] - v[i, p] * v[i, q];
            }
        double trace = 0, traceSquare = 0;
        for (int p = 0; p < d; p++)
        {
            trace += m[p, p];
            for (int q = 0; q < d; q++) traceSquare += m[p, q] * m[q, p];
        }
        double expected = delta.Sum(t => t * t) / 8 + beta * beta / 128 * (trace * trace + 2 * traceSquare);
        // O(β⁴) remainder: at β = 0.2 it is below 1e-3 for entries of this size.
        Assert.Equal(expected, loss.Value(x), 2e-2 * Math.Pow(beta, 4) / Math.Pow(0.1, 4) * 1e-2 + 1e-6);
    }

    [Fact]
    public void Population_loss_at_the_largest_kernel_beta_is_the_relu_loss_within_the_kernel_bound()
    {
        const int d = 3;
        const double beta = 100;
        var v = new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };
        var x = new double[] { 0.9, 0.2, -0.1, 0.1, 1.2, 0.3, -0.2, 0.1, 0.7 };
        double softplus = new TwoLayerPopulationLoss(GaussianKernels.For(new Softplus(beta)), v, null, d, false).Value(x);
        double relu = new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, v, null, d, false).Value(x);
        // |K_β(w,u) − K_relu(w,u)| ≤ ε(|w| + |u|)/√(2π) + ε², ε = log 2/β; the loss sums ½ or 1 times these over all pairs.
        var norms = new[] { Norm(x, 0), Norm(x, 3), Norm(x, 6), 1, 1, 1 };
        double eps = Math.Log(2) / beta, bound = 0;
        // Over ordered pairs every term has weight ½: student–student and teacher–teacher carry ½, each mixed pair appears twice.
        for (int i = 0; i < 6; i++)
            for (int j = 0; j < 6; j++)
                bound += 0.5 * (eps * (norms[i] + norms[j]) / Math.Sqrt(2 * Math.PI) + eps * eps);
        Assert.InRange(Math.Abs(softplus - relu), 0, bound);
        Assert.NotEqual(relu, softplus); // softplus is a different function: the bound is not met by accident of equality
    }

    private static double Norm(double[] x, int start) => Math.Sqrt(x[start] * x[start] + x[start + 1] * x[start + 1] + x[start + 2] * x[start + 2]);
}
