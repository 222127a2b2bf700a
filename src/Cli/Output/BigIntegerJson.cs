using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>A count as JSON (<see cref="Json.Count"/>): a number up to 2⁵³ − 1, exact in every JSON reader; beyond, its decimal string.</summary>
internal sealed class CountConverter : JsonConverter<BigInteger>
{
    public override BigInteger Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The tool's JSON options only write.");

    public override void Write(Utf8JsonWriter writer, BigInteger value, JsonSerializerOptions options)
    {
        if (BigInteger.Abs(value) <= Json.MaxExactNumber) writer.WriteNumberValue((long)value);
        else writer.WriteStringValue(value.ToString());
    }
}

/// <summary>A group order as JSON (<see cref="Json.Order"/>): its decimal string, whatever its size.</summary>
internal sealed class OrderConverter : JsonConverter<BigInteger>
{
    public override BigInteger Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The tool's JSON options only write.");

    public override void Write(Utf8JsonWriter writer, BigInteger value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
