using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Landscape.Symmetry.Cli.Output;

namespace Landscape.Symmetry.Cli.Tests;

/// <summary>
/// The JSON output goes through <see cref="JsonTree"/> (no reflection serializer, for the Native AOT tool); the
/// oracle is System.Text.Json's reflection serializer with the same options (converters included), which the tool used before.
/// </summary>
public class JsonTreeTests
{
    private enum Kind { First, Second }

    private sealed record Inner(int A, [property: JsonIgnore] string Hidden, double? Maybe)
    {
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? OnlyWhenSet { get; init; }
    }

    private static string Oracle(object value) => JsonSerializer.Serialize(value, Json.Options);

    private static string Tree(object value) => JsonLayout.Text(JsonTree.Of(value, Json.Options.PropertyNamingPolicy), Json.Options);

    [Fact]
    public void Matches_the_reflection_serializer_on_the_shapes_commands_write()
    {
        var value = new
        {
            count = 3,
            big = long.MaxValue,
            ratio = 0.1,
            tiny = 1e-300,
            single = 1.5f,
            maybe = (int?)null,
            some = (double?)2.5,
            flag = true,
            letter = 'Δ',
            name = "S_3 × S_2 ≀ \"quoted\" <tag> & \n line",
            kind = Kind.Second,
            orbits = ImmutableArray.Create(ImmutableArray.Create(0, 1), ImmutableArray.Create(2)),
            list = new List<string> { "a", "b" },
            map = new Dictionary<string, int> { ["x"] = 1, ["y"] = 2 },
            sorted = new SortedDictionary<string, string> { ["b"] = "2", ["a"] = "1" },
            rows = new[] { new[] { 1.0, -2.0 }, new[] { 3.25, 4e10 } },
            nested = new[] { new Inner(1, "no", null), new Inner(2, "no", 0.5) { OnlyWhenSet = "yes" } },
            node = Json.Count(System.Numerics.BigInteger.Pow(10, 30)),
            number = Json.Count(42),
            nothing = (JsonNode?)null,
            empty = Array.Empty<int>(),
            bytes = new byte[] { 1, 2, 3 },
        };
        Assert.Equal(Oracle(value), Tree(value));
    }

    [Property(Replay = "(20261203,11400714819323198485)", MaxTest = 100)]
    public Property Matches_the_reflection_serializer_on_random_numbers_and_text()
    {
        var numbers = Gen.Elements(double.Epsilon, 1e-9, 0.1, 1.0 / 3, 6.02214076e23, double.MaxValue, -0.0, -17.0);
        var values =
            from x in numbers
            from y in numbers
            from n in Gen.Choose(int.MinValue, int.MaxValue)
            from s in Gen.Elements("", "ΔS_5×ΔS_1", "tab\there", "\u0001", "é")
            select (x, y, n, s);
        return Prop.ForAll(values.ToArbitrary(), v =>
        {
            var (x, y, n, s) = v;
            var value = new { x, y, n, s, pair = new[] { x / 3, y / 7 }, optional = n % 2 == 0 ? (double?)x : null };
            return Oracle(value) == Tree(value);
        });
    }

    [Fact]
    public void A_non_finite_number_is_the_tools_non_finite_error()
    {
        Assert.Throws<NonFiniteResultException>(() => Json.Serialize(new { value = double.NaN }));
        Assert.Throws<NonFiniteResultException>(() => Json.Serialize(new { values = new[] { 1.0, double.PositiveInfinity } }));
    }
}
