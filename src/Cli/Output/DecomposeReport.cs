using System.Numerics;
using System.Text.Json.Serialization;
using Landscape.Symmetry.Representations;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>The JSON output of <c>symmetry decompose</c>; counts are numbers up to 2⁵³ − 1, decimal strings beyond.</summary>
internal sealed record DecomposeReport(string Subgroup, int D, int? K, bool SecondLayer, string Space, string Method,
    IReadOnlyList<DecomposeConstituent> Constituents, IReadOnlyList<DecomposeClass>? Classes,
    [property: JsonConverter(typeof(CountConverter))] BigInteger Dimension,
    [property: JsonConverter(typeof(CountConverter))] BigInteger DistinctEigenvaluesBound)
{
    public static DecomposeReport Of(string subgroup, int d, int? k, bool secondLayer, WeightSpaceDecomposition r) =>
        new(subgroup, d, k, secondLayer, r.Space, r.Method,
            r.Constituents.Select(c => new DecomposeConstituent(c.Label, c.Degree, c.Multiplicity, c.Kind, c.Character)).ToList(),
            r.Classes?.Select(c => new DecomposeClass(c.Representative, c.Size)).ToList(), r.Dimension, r.Bound);
}

/// <summary>One irreducible constituent.</summary>
internal sealed record DecomposeConstituent(string Label, [property: JsonConverter(typeof(CountConverter))] BigInteger Degree,
    [property: JsonConverter(typeof(CountConverter))] BigInteger Multiplicity, string? Kind, double[]? Character);

/// <summary>A conjugacy class of the subgroup (numeric road).</summary>
internal sealed record DecomposeClass(string Representative, [property: JsonConverter(typeof(CountConverter))] BigInteger Size);
