namespace Landscape.Symmetry.Landscape;

/// <summary>Settings of <see cref="Lbfgs"/>.</summary>
public sealed record LbfgsOptions
{
    /// <summary>Stop when ‖∇f‖ ≤ this. Default 1e-10.</summary>
    public double GradientTolerance { get; init; } = 1e-10;

    /// <summary>Iteration limit. Default 5000.</summary>
    public int MaxIterations { get; init; } = 5000;

    /// <summary>Number of correction pairs kept. Default 10.</summary>
    public int History { get; init; } = 10;
}

/// <summary>
/// Limited-memory BFGS (Nocedal's two-loop recursion) with a backtracking Armijo line search (quadratic
/// interpolation, and Hager and Zhang's approximate Armijo test once the decrease is below the rounding of f);
/// curvature pairs with sᵀy ≤ 0 are skipped so the implicit inverse Hessian stays positive definite.
/// </summary>
public static class Lbfgs
{
    /// <summary>Minimizes f from x0.</summary>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static OptimizationResult Minimize(ValueAndGradient f, double[] x0, LbfgsOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x0);
        var o = options ?? new LbfgsOptions();
        int n = x0.Length, evaluations = 0;
        var x = (double[])x0.Clone();
        var g = new double[n];
        double fx = f(x, g);
        evaluations++;
        var s = new List<double[]>();
        var y = new List<double[]>();
        var rho = new List<double>();
        var alpha = new double[o.History];
        int stalls = 0;
        for (int iter = 0; iter < o.MaxIterations; iter++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double gnorm = Norm(g);
            if (gnorm <= o.GradientTolerance) return new(x, fx, gnorm, iter, evaluations, StopReason.Converged);

            // Two-loop recursion: d = −H g.
            var d = (double[])g.Clone();
            for (int m = s.Count - 1; m >= 0; m--)
            {
                alpha[m] = rho[m] * Dot(s[m], d);
                Axpy(-alpha[m], y[m], d);
            }
            double gamma = s.Count > 0 ? Dot(s[^1], y[^1]) / Dot(y[^1], y[^1]) : 1 / Math.Max(gnorm, 1);
            for (int t = 0; t < n; t++) d[t] *= gamma;
            for (int m = 0; m < s.Count; m++)
            {
                double beta = rho[m] * Dot(y[m], d);
                Axpy(alpha[m] - beta, s[m], d);
            }
            for (int t = 0; t < n; t++) d[t] = -d[t];
            double slope = Dot(g, d);
            if (!(slope < 0))
            {
                // Not a descent direction (rounding): restart from steepest descent.
                s.Clear(); y.Clear(); rho.Clear();
                for (int t = 0; t < n; t++) d[t] = -g[t] / Math.Max(gnorm, 1);
                slope = Dot(g, d);
            }

            double step = 1, fNew = double.NaN;
            var xNew = new double[n];
            var gNew = new double[n];
            bool accepted = false;
            // Values agree to about this much; below it Armijo's test compares rounding errors.
            double noise = 1e-12 * (1 + Math.Abs(fx));
            for (int ls = 0; ls < 60; ls++)
            {
                for (int t = 0; t < n; t++) xNew[t] = x[t] + step * d[t];
                try
                {
                    fNew = f(xNew, gNew);
                    evaluations++;
                }
                catch (ArgumentException)
                {
                    // A trial point where the objective has no derivative (e.g. a ReLU row at exactly 0): shorten.
                    step *= 0.5;
                    continue;
                }
                if (double.IsFinite(fNew))
                {
                    if (fNew <= fx + 1e-4 * step * slope) { accepted = true; break; }
                    // Approximate Armijo (Hager and Zhang): within rounding of f, accept a point whose gradient is smaller.
                    if (fNew <= fx + noise && Norm(gNew) < gnorm) { accepted = true; break; }
                    // Minimizer of the quadratic through f(x), the slope and f(x + step·d), kept in [0.1, 0.5]·step.
                    double curvature = fNew - fx - slope * step;
                    double next = curvature > 0 ? -slope * step * step / (2 * curvature) : 0.5 * step;
                    step = Math.Clamp(next, 0.1 * step, 0.5 * step);
                }
                else step *= 0.5;
            }
            if (!accepted) return new(x, fx, gnorm, iter, evaluations, StopReason.Stalled);

            var sk = new double[n];
            var yk = new double[n];
            for (int t = 0; t < n; t++) { sk[t] = xNew[t] - x[t]; yk[t] = gNew[t] - g[t]; }
            double sy = Dot(sk, yk);
            if (sy > 1e-300)
            {
                if (s.Count == o.History) { s.RemoveAt(0); y.RemoveAt(0); rho.RemoveAt(0); }
                s.Add(sk); y.Add(yk); rho.Add(1 / sy);
            }
            stalls = fx - fNew <= 1e-16 * Math.Max(1, Math.Abs(fx)) ? stalls + 1 : 0;
            x = xNew;
            g = gNew;
            fx = fNew;
            if (stalls >= 20) return new(x, fx, Norm(g), iter + 1, evaluations, StopReason.Stalled);
        }
        return new(x, fx, Norm(g), o.MaxIterations, evaluations, Norm(g) <= o.GradientTolerance ? StopReason.Converged : StopReason.IterationLimit);
    }

    internal static double Dot(double[] a, double[] b)
    {
        double r = 0;
        for (int i = 0; i < a.Length; i++) r += a[i] * b[i];
        return r;
    }

    internal static double Norm(double[] a) => Math.Sqrt(Dot(a, a));

    private static void Axpy(double a, double[] x, double[] y)
    {
        for (int i = 0; i < x.Length; i++) y[i] += a * x[i];
    }
}
