using System.Collections.Concurrent;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// One-dimensional Gauss–Legendre rules: nodes and weights, computed once per order by Newton's method on the
/// three-term recurrence and cached.
/// </summary>
public sealed class QuadratureRule
{
    private static readonly ConcurrentDictionary<int, QuadratureRule> LegendreCache = new();

    private QuadratureRule(double[] nodes, double[] weights)
    {
        Nodes = nodes;
        Weights = weights;
    }

    /// <summary>The nodes, ascending.</summary>
    public IReadOnlyList<double> Nodes { get; }

    /// <summary>The weights.</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>Number of nodes.</summary>
    public int Order => Nodes.Count;

    /// <summary>Gauss–Legendre on [−1, 1]: Σ wᵢ f(xᵢ) ≈ ∫ f, exact for polynomials of degree &lt; 2n.</summary>
    /// <exception cref="ArgumentException">n is not in 1…400.</exception>
    public static QuadratureRule GaussLegendre(int n)
    {
        if (n < 1 || n > 400) throw new ArgumentException($"The Gauss–Legendre order must be in 1…400; got {n}.", nameof(n));
        return LegendreCache.GetOrAdd(n, BuildLegendre);
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
