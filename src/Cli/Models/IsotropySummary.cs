using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Groups;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Cli;

/// <summary>The isotropy of a two-layer point in S_k × S_d as the commands report it (JSON and one line of text).</summary>
/// <param name="Name">The type, e.g. ΔS_5×ΔS_1 (<see cref="IsotropyType"/>).</param>
/// <param name="Order">|isotropy| as a decimal string.</param>
/// <param name="FixedDimension">dim Fix(isotropy).</param>
/// <param name="OrbitSize">|S_k × S_d| / |isotropy|: a number, or a string beyond 2⁵³.</param>
internal sealed record IsotropySummary(string Name, string Order, int FixedDimension, JsonNode? OrbitSize)
{
    /// <summary>The exact order and orbit size, for the text (not serialized).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public (BigInteger Order, BigInteger OrbitSize) Exact { get; init; }

    /// <summary>The isotropy group of x (entries equal within <see cref="PointIsotropy.DefaultTolerance"/>), or null for a deep model.</summary>
    public static (IsotropySummary? Summary, MatrixIsotropyGroup? Group) Of(IObjective model, double[] x, CancellationToken cancellationToken = default)
    {
        if (model is DeepNetworkLoss) return (null, null);
        var g = PointIsotropy.Of(model.Layout, x, cancellationToken: cancellationToken);
        return (new IsotropySummary(g.Type.Name, Json.Order(g.Order), g.FixedDimension, Json.Count(g.OrbitSize)) { Exact = (g.Order, g.OrbitSize) }, g);
    }

    /// <summary>
    /// The isotropy read from a point's blocks (<see cref="ReducedPoint"/>): the coarsest diagonal Young type fixing it, with
    /// exchangeable equal blocks counted in the order. Cost independent of the exact-isotropy engine's O(kd) graph.
    /// </summary>
    public static IsotropySummary OfReduced(ReducedPoint point, int k, int d)
    {
        ArgumentNullException.ThrowIfNull(point);
        var order = point.IsotropyOrder();
        var orbit = point.SymmetryOrder() / order; // the joint symmetry: columns move only within their scale class
        var parts = point.Parts.OrderByDescending(p => p).ToArray();
        bool exchange = order != parts.Aggregate(BigInteger.One, (acc, p) => acc * Factorials.Of(p));
        return new IsotropySummary(IsotropyTypes.Name(parts) + (exchange ? " (+ exchangeable blocks)" : ""), Json.Order(order), point.Layout.Dimension, Json.Count(orbit))
        {
            Exact = (order, orbit),
        };
    }

    /// <summary>One line: "ΔS_5×ΔS_1 (order 120, fixed dim 5, orbit size 4320)", numbers past 15 digits approximate (JSON has them exact).</summary>
    public override string ToString() =>
        $"{Name} (order {TextFormat.Approximate(Exact.Order)}, fixed dim {FixedDimension.ToString(CultureInfo.InvariantCulture)}, " +
        $"orbit size {TextFormat.Approximate(Exact.OrbitSize)})";
}
