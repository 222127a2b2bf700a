using System.Collections.Concurrent;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// One-dimensional Gauss rules: nodes and weights, computed once per order by Newton's method on the
/// three-term recurrence and cached.
/// </summary>
public sealed class QuadratureRule
{
    private static readonly ConcurrentDictionary<int, QuadratureRule> HermiteCache = new();
    private static readonly ConcurrentDictionary<int, QuadratureRule> LegendreCache = new();

    private QuadratureRule(double[] nodes, double[] weights)
    {
        Nodes = nodes;
        Weights = weights;
    }

    /// <summary>The largest Gauss–Hermite order offered (beyond it the weights of this construction underflow).</summary>
    public const int MaxHermiteOrder = 150;

    /// <summary>The nodes, ascending.</summary>
    public IReadOnlyList<double> Nodes { get; }

    /// <summary>The weights.</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>Number of nodes.</summary>
    public int Order => Nodes.Count;

    /// <summary>
    /// Gauss–Hermite for the standard normal: Σ wᵢ f(zᵢ) ≈ E f(Z), Z ~ N(0, 1), exact for polynomials of degree &lt; 2n.
    /// </summary>
    /// <exception cref="ArgumentException">n is not in 1…400.</exception>
    public static QuadratureRule GaussHermite(int n)
    {
        if (n < 1 || n > MaxHermiteOrder) throw new ArgumentException($"The Gauss–Hermite order must be in 1…{MaxHermiteOrder}; got {n}.", nameof(n));
        return HermiteCache.GetOrAdd(n, BuildHermite);
    }

    /// <summary>Gauss–Legendre on [−1, 1]: Σ wᵢ f(xᵢ) ≈ ∫ f, exact for polynomials of degree &lt; 2n.</summary>
    /// <exception cref="ArgumentException">n is not in 1…400.</exception>
    public static QuadratureRule GaussLegendre(int n)
    {
        if (n < 1 || n > 400) throw new ArgumentException($"The Gauss–Legendre order must be in 1…400; got {n}.", nameof(n));
        return LegendreCache.GetOrAdd(n, BuildLegendre);
    }

    // Orthonormal Hermite functions for weight e^{−x²} (no overflow for large n); the roots are found
    // from the largest down, each starting from an asymptotic guess refined by Newton.
    private static QuadratureRule BuildHermite(int n)
    {
        var x = new double[n];
        var w = new double[n];
        int m = (n + 1) / 2;
        double z = 0;
        double pim4 = Math.Pow(Math.PI, -0.25);
        for (int i = 0; i < m; i++)
        {
            z = i switch
            {
                0 => Math.Sqrt(2.0 * n + 1) - 1.85575 * Math.Pow(2.0 * n + 1, -1.0 / 6),
                1 => z - 1.14 * Math.Pow(n, 0.426) / z,
                2 => 1.86 * z - 0.86 * x[0],
                3 => 1.91 * z - 0.91 * x[1],
                _ => 2 * z - x[i - 2],
            };
            double pp = 0;
            for (int iter = 0; iter < 100; iter++)
            {
                double p1 = pim4, p2 = 0;
                for (int j = 1; j <= n; j++)
                {
                    double p3 = p2;
                    p2 = p1;
                    p1 = z * Math.Sqrt(2.0 / j) * p2 - Math.Sqrt((j - 1.0) / j) * p3;
                }
                pp = Math.Sqrt(2.0 * n) * p2;
                double dz = p1 / pp;
                z -= dz;
                if (Math.Abs(dz) <= 1e-15 * Math.Max(1, Math.Abs(z))) break;
            }
            x[i] = z;
            x[n - 1 - i] = -z;
            w[i] = 2 / (pp * pp);
            w[n - 1 - i] = w[i];
        }
        // Physicists' rule (weight e^{−x²}) → standard normal: z = √2 x, weights / √π.
        var nodes = new double[n];
        var weights = new double[n];
        for (int i = 0; i < n; i++)
        {
            nodes[n - 1 - i] = Math.Sqrt(2) * x[i];
            weights[n - 1 - i] = w[i] / Math.Sqrt(Math.PI);
        }
        return new QuadratureRule(nodes, weights);
    }

    private static QuadratureRule BuildLegendre(int n)
    {
        var nodes = new double[n];
        var weights = new double[n];
        for (int i = 0; i < (n + 1) / 2; i++)
        {
            double z = Math.Cos(Math.PI * (i + 0.75) / (n + 0.5)), pp = 0;
            for (int iter = 0; iter < 100; iter++)
            {
                double p1 = 1, p2 = 0;
                for (int j = 1; j <= n; j++)
                {
                    double p3 = p2;
                    p2 = p1;
                    p1 = ((2.0 * j - 1) * z * p2 - (j - 1.0) * p3) / j;
                }
                pp = n * (z * p1 - p2) / (z * z - 1);
                double dz = p1 / pp;
                z -= dz;
                if (Math.Abs(dz) <= 1e-16) break;
            }
            nodes[i] = -z;
            nodes[n - 1 - i] = z;
            weights[i] = weights[n - 1 - i] = 2 / ((1 - z * z) * pp * pp);
        }
        return new QuadratureRule(nodes, weights);
    }
}
