using System.Numerics;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The isotropy of a two-layer point in S_k × S_d as a report states it: the type's name, |isotropy|, dim Fix(isotropy)
/// and the orbit size |S_k × S_d| / |isotropy| (how many equivalent points), exact integers.
/// </summary>
/// <param name="Name">The type, e.g. ΔS_5×ΔS_1 (<see cref="IsotropyType"/>), "+ exchangeable blocks" when read from blocks that can also be swapped.</param>
/// <param name="Order">|isotropy|.</param>
/// <param name="FixedDimension">dim Fix(isotropy).</param>
/// <param name="OrbitSize">|S_k × S_d| / |isotropy|.</param>
public sealed record IsotropyReading(string Name, BigInteger Order, int FixedDimension, BigInteger OrbitSize)
{
    /// <summary>The exact isotropy group when it was computed from the point (<see cref="Of"/>); null when read from blocks.</summary>
    public MatrixIsotropyGroup? Group { get; init; }

    /// <summary>The exact isotropy group of x (entries equal within <see cref="PointIsotropy.DefaultTolerance"/>).</summary>
    public static IsotropyReading Of(ParameterLayout layout, double[] x, CancellationToken cancellationToken = default)
    {
        var g = PointIsotropy.Of(layout, x, cancellationToken: cancellationToken);
        return new IsotropyReading(g.Type.Name, g.Order, g.FixedDimension, g.OrbitSize) { Group = g };
    }

    /// <summary>
    /// The isotropy read from a point's blocks (<see cref="ReducedPoint"/>): the coarsest diagonal Young type fixing it, with
    /// exchangeable equal blocks counted in the order. Cost independent of the exact-isotropy engine's O(kd) graph.
    /// </summary>
    public static IsotropyReading OfReduced(ReducedPoint point, int k, int d)
    {
        ArgumentNullException.ThrowIfNull(point);
        var order = point.IsotropyOrder();
        var orbit = Factorials.Of(k) * Factorials.Of(d) / order;
        var parts = point.Parts.OrderByDescending(p => p).ToArray();
        bool exchange = order != parts.Aggregate(BigInteger.One, (acc, p) => acc * Factorials.Of(p));
        return new IsotropyReading(IsotropyTypes.Name(parts) + (exchange ? " (+ exchangeable blocks)" : ""), order, point.Layout.Dimension, orbit);
    }
}
