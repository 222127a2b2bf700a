using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Cli;

/// <summary>The isotropy of a two-layer point in S_k × S_d as the commands report it (JSON and one line of text); see <see cref="IsotropyReading"/>.</summary>
/// <param name="Name">The type, e.g. ΔS_5×ΔS_1 (<see cref="Groups.IsotropyType"/>).</param>
/// <param name="Order">|isotropy|, written as a decimal string.</param>
/// <param name="FixedDimension">dim Fix(isotropy).</param>
/// <param name="OrbitSize">|S_k × S_d| / |isotropy|, written as a number, or a string beyond 2⁵³.</param>
internal sealed record IsotropySummary(string Name, [property: JsonConverter(typeof(OrderConverter))] BigInteger Order, int FixedDimension,
    [property: JsonConverter(typeof(CountConverter))] BigInteger OrbitSize)
{
    /// <summary>Whether the model's points have an isotropy in S_k × S_d (two-layer models; a deep net's have none).</summary>
    public static bool Applies(IObjective model) => model is not DeepNetworkLoss;

    /// <summary>The summary of a library reading; null for null.</summary>
    public static IsotropySummary? From(IsotropyReading? reading) =>
        reading is null ? null : new IsotropySummary(reading.Name, reading.Order, reading.FixedDimension, reading.OrbitSize);

    /// <summary>One line: "ΔS_5×ΔS_1 (order 120, fixed dim 5, orbit size 4320)", numbers past 15 digits approximate (JSON has them exact).</summary>
    public override string ToString() =>
        $"{Name} (order {TextFormat.Approximate(Order)}, fixed dim {FixedDimension.ToString(CultureInfo.InvariantCulture)}, " +
        $"orbit size {TextFormat.Approximate(OrbitSize)})";
}
