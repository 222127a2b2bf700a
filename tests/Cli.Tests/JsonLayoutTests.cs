using System.Collections.Immutable;
using System.Numerics;
using System.Text.Json.Serialization;
using Landscape.Symmetry.Cli.Output;

namespace Landscape.Symmetry.Cli.Tests;

/// <summary>
/// The JSON layout the converters give, against text written by hand: arrays of numbers on one line at any nesting depth,
/// counts as numbers up to 2⁵³ − 1 and strings beyond, group orders as strings, non-finite numbers refused.
/// </summary>
public class JsonLayoutTests
{
    private sealed record Sample(string Name, double[] Row, ImmutableArray<int[]> Rows, int[][][] Blocks, List<long> Empty, string[] Words,
        [property: JsonConverter(typeof(CountConverter))] BigInteger Small,
        [property: JsonConverter(typeof(CountConverter))] BigInteger Large,
        [property: JsonConverter(typeof(OrderConverter))] BigInteger Order);

    [Fact]
    public void Number_arrays_are_one_line_and_nested_ones_one_inner_array_a_line()
    {
        var sample = new Sample("ΔS_2", [1, 2.5, 1e-5], [[1, 2], [], [3]], [[[0, 4], [1, 5]], []], [], ["a", "b"],
            (BigInteger.One << 53) - 1, BigInteger.One << 53, 6);
        string expected = string.Join("\n",
            "{",
            "  \"name\": \"ΔS_2\",",
            "  \"row\": [1, 2.5, 1E-05],",
            "  \"rows\": [",
            "    [1, 2],",
            "    [],",
            "    [3]",
            "  ],",
            "  \"blocks\": [",
            "    [",
            "      [0, 4],",
            "      [1, 5]",
            "    ],",
            "    []",
            "  ],",
            "  \"empty\": [],",
            "  \"words\": [",
            "    \"a\",",
            "    \"b\"",
            "  ],",
            "  \"small\": 9007199254740991,",
            "  \"large\": \"9007199254740992\",",
            "  \"order\": \"6\"",
            "}");
        Assert.Equal(expected, Json.Serialize(sample).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_non_finite_number_in_an_array_is_refused_with_the_tools_message()
    {
        var e = Assert.ThrowsAny<InvalidOperationException>(() => Json.Serialize(new { row = new[] { 1.0, double.NaN } }));
        Assert.Contains("NaN or Infinity", e.Message);
    }
}
