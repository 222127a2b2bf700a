using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape;

/// <summary>Settings of <see cref="NewtonRefinement"/>.</summary>
public sealed record NewtonOptions
{
    /// <summary>Stop when ‖∇f‖ ≤ this. Default 1e-12.</summary>
    public double GradientTolerance { get; init; } = 1e-12;

    /// <summary>Iteration limit. Default 60.</summary>
    public int MaxIterations { get; init; } = 60;

    /// <summary>
    /// Eigenvalues of the Hessian with |λ| ≤ this × max|λ| are treated as zero (their directions are not
    /// stepped along): flat directions such as the rescaling symmetry of a trainable second layer.
    /// </summary>
    public double RelativeEigenvalueCutoff { get; init; } = 1e-12;

    /// <summary>
    /// Newton steps still tried after the tolerance is met, each kept only if it lowers ‖∇f‖: one more
    /// quadratic step takes 1e-13 down to rounding (1e-16 for small models). Default 1.
    /// </summary>
    public int PolishSteps { get; init; } = 1;
}

/// <summary>
/// Newton's method for a critical point of any index: x ← x − H⁺∇f with the exact Hessian (a pseudo-inverse
/// through the symmetric eigendecomposition), damped by halving until the gradient norm decreases. It
/// converges quadratically near a nondegenerate critical point, so it takes an L-BFGS point to ‖∇f‖ ~ 1e-13.
/// </summary>
public static class NewtonRefinement
{
    /// <summary>Refines x0 towards a critical point of f.</summary>
    /// <param name="f">Value and gradient.</param>
    /// <param name="hessian">The dense symmetric Hessian (small dimension).</param>
    /// <param name="x0">The start, typically an L-BFGS result.</param>
    /// <param name="options">Tolerances.</param>
    /// <param name="cancellationToken">Cancels between iterations.</param>
    public static OptimizationResult Refine(ValueAndGradient f, Func<double[], double[,]> hessian, double[] x0,
        NewtonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(hessian);
        var o = options ?? new NewtonOptions();
        int n = x0.Length, evaluations = 1;
        var x = (double[])x0.Clone();
        var g = new double[n];
        double fx = f(x, g);
        double gnorm = Lbfgs.Norm(g);
        int polish = 0;
        for (int iter = 0; iter < o.MaxIterations; iter++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (gnorm <= o.GradientTolerance && polish++ >= o.PolishSteps) return new(x, fx, gnorm, iter, evaluations, StopReason.Converged);
            var h = Matrix<double>.Build.DenseOfArray(hessian(x));
            var evd = h.Evd(Symmetricity.Symmetric);
            var lambda = evd.EigenValues.Select(z => z.Real).ToArray();
            var q = evd.EigenVectors;
            double cutoff = o.RelativeEigenvalueCutoff * Math.Max(lambda.Max(Math.Abs), 1e-300);
            var gv = Vector<double>.Build.DenseOfArray(g);
            var coeff = q.TransposeThisAndMultiply(gv);
            for (int i = 0; i < n; i++) coeff[i] = Math.Abs(lambda[i]) > cutoff ? -coeff[i] / lambda[i] : 0;
            var step = (q * coeff).ToArray();

            bool improved = false;
            double t = 1;
            var xNew = new double[n];
            var gNew = new double[n];
            for (int ls = 0; ls < 40; ls++)
            {
                for (int i = 0; i < n; i++) xNew[i] = x[i] + t * step[i];
                double fNew;
                try { fNew = f(xNew, gNew); evaluations++; }
                catch (ArgumentException) { t *= 0.5; continue; }
                double nNew = Lbfgs.Norm(gNew);
                if (double.IsFinite(fNew) && nNew < gnorm)
                {
                    (x, xNew) = (xNew, x);
                    (g, gNew) = (gNew, g);
                    fx = fNew;
                    gnorm = nNew;
                    improved = true;
                    break;
                }
                t *= 0.5;
            }
            if (!improved) return new(x, fx, gnorm, iter, evaluations, gnorm <= o.GradientTolerance ? StopReason.Converged : StopReason.Stalled);
        }
        return new(x, fx, gnorm, o.MaxIterations, evaluations, gnorm <= o.GradientTolerance ? StopReason.Converged : StopReason.IterationLimit);
    }
}
