using System.Collections.Concurrent;
using MathNet.Numerics.Integration;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// One-dimensional Gauss–Legendre rules: nodes and weights from MathNet.Numerics
/// (<see cref="GaussLegendreRule"/>), cached per order.
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

    /// <summary>The largest order served: MathNet tabulates the rules up to here to full precision, while the orders
    /// it computes on demand (38 and most above) are accurate only to about 1e-10, too coarse for the kernels.</summary>
    public const int MaxOrder = 37;

    /// <summary>Gauss–Legendre on [−1, 1]: Σ wᵢ f(xᵢ) ≈ ∫ f, exact for polynomials of degree &lt; 2n (to rounding).</summary>
    /// <exception cref="ArgumentException">n is not in 1…<see cref="MaxOrder"/>.</exception>
    public static QuadratureRule GaussLegendre(int n)
    {
        if (n < 1 || n > MaxOrder)
            throw new ArgumentException($"The Gauss–Legendre order must be in 1…{MaxOrder} (MathNet's full-precision rules); got {n}.", nameof(n));
        return LegendreCache.GetOrAdd(n, BuildLegendre);
    }

    // MathNet's rule on [−1, 1] (tabulated orders, Newton's method beyond), sorted so the nodes ascend.
    private static QuadratureRule BuildLegendre(int n)
    {
        var rule = new GaussLegendreRule(-1, 1, n);
        var nodes = rule.Abscissas.ToArray();
        var weights = rule.Weights.ToArray();
        Array.Sort(nodes, weights);
        return new QuadratureRule(nodes, weights);
    }
}
