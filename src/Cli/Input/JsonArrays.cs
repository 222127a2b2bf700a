using System.Text;
using System.Text.Json;

namespace Landscape.Symmetry.Cli.Input;

/// <summary>
/// A JSON document read straight from UTF-8 bytes into the little tree the matrix files need: arrays of numbers become
/// <c>double[]</c> at once (no per-number objects), other arrays lists of nodes, objects dictionaries. A 1000×1000
/// point (25 MB of JSON) is one pass of <see cref="Utf8JsonReader"/>, where a <see cref="JsonDocument"/> first builds a
/// DOM of 10⁶ elements and then reads it again.
/// </summary>
/// <remarks>
/// With <c>countOnly</c> numbers are counted, not converted (<see cref="JsonNode.Count"/>): the shape of a file costs a
/// tokenizer pass. Non-finite numbers (1e999) are kept as NaN in the array with the raw text of the first one recorded,
/// so the caller can name the entry.
/// </remarks>
internal static class JsonArrays
{
    /// <summary>The document's root.</summary>
    /// <exception cref="JsonException">The bytes are not one valid JSON value.</exception>
    public static JsonNode Parse(ReadOnlySpan<byte> utf8, bool countOnly = false)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        if (!reader.Read()) throw new JsonException("The document is empty.");
        var root = Value(ref reader, countOnly);
        if (reader.Read()) throw new JsonException("Unexpected content after the root value.");
        return root;
    }

    private static JsonNode Value(ref Utf8JsonReader reader, bool countOnly)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                return Array(ref reader, countOnly);
            case JsonTokenType.StartObject:
            {
                var properties = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    string name = reader.GetString()!;
                    reader.Read();
                    properties.TryAdd(name, Value(ref reader, countOnly)); // the first of repeated keys, as JsonDocument's lookup
                }
                return new JsonNode(JsonValueKind.Object, "{…}") { Properties = properties };
            }
            case JsonTokenType.Number:
                return new JsonNode(JsonValueKind.Number, Raw(ref reader)) { Number = countOnly ? 0 : NumberOf(ref reader) };
            case JsonTokenType.String:
                return new JsonNode(JsonValueKind.String, "\"" + reader.GetString() + "\"");
            case JsonTokenType.True:
                return new JsonNode(JsonValueKind.True, "true");
            case JsonTokenType.False:
                return new JsonNode(JsonValueKind.False, "false");
            default:
                return new JsonNode(JsonValueKind.Null, "null");
        }
    }

    // Numbers go into a growing double buffer while the array holds only numbers; the first other element turns the
    // array into a list of nodes (rare: a malformed file).
    private static JsonNode Array(ref Utf8JsonReader reader, bool countOnly)
    {
        var numbers = new List<double>();
        int count = 0;
        string? badRaw = null;
        int badIndex = -1;
        List<JsonNode>? items = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (items is null && reader.TokenType == JsonTokenType.Number)
            {
                if (!countOnly)
                {
                    double v = NumberOf(ref reader);
                    if (double.IsNaN(v) && badRaw is null) { badRaw = Raw(ref reader); badIndex = count; }
                    numbers.Add(v);
                }
                count++;
                continue;
            }
            if (items is null)
            {
                items = new List<JsonNode>(count + 1);
                for (int i = 0; i < count; i++)
                    items.Add(new JsonNode(JsonValueKind.Number, i == badIndex ? badRaw! : "0") { Number = countOnly ? 0 : numbers[i] });
            }
            items.Add(Value(ref reader, countOnly));
        }
        if (items is not null) return new JsonNode(JsonValueKind.Array, "[…]") { Items = items, Count = items.Count };
        return new JsonNode(JsonValueKind.Array, "[…]")
        {
            Numbers = countOnly ? null : numbers.ToArray(),
            Count = count,
            BadIndex = badIndex,
            BadRaw = badRaw,
        };
    }

    // NaN for a number that is not a finite double (the caller reports it with its raw text).
    private static double NumberOf(ref Utf8JsonReader reader) =>
        reader.TryGetDouble(out double v) && double.IsFinite(v) ? v : double.NaN;

    private static string Raw(ref Utf8JsonReader reader) => Encoding.UTF8.GetString(reader.ValueSpan);
}

/// <summary>A node of <see cref="JsonArrays.Parse"/>'s tree.</summary>
/// <param name="Kind">Array, object, number, string, true, false or null.</param>
/// <param name="Raw">The JSON text of a scalar; <c>[…]</c> or <c>{…}</c> for containers (for messages).</param>
internal sealed record JsonNode(JsonValueKind Kind, string Raw)
{
    /// <summary>A number's value (NaN when it is not a finite double).</summary>
    public double Number { get; init; }

    /// <summary>The elements of an array of numbers only (null when counted only, or when the array holds other values).</summary>
    public double[]? Numbers { get; init; }

    /// <summary>The elements of an array that holds anything but numbers.</summary>
    public List<JsonNode>? Items { get; init; }

    /// <summary>An array's length.</summary>
    public int Count { get; init; }

    /// <summary>The first entry of <see cref="Numbers"/> that is not a finite double, or −1.</summary>
    public int BadIndex { get; init; } = -1;

    /// <summary>The raw text of the entry at <see cref="BadIndex"/>.</summary>
    public string? BadRaw { get; init; }

    /// <summary>An object's properties.</summary>
    public Dictionary<string, JsonNode>? Properties { get; init; }

    /// <summary>Whether this is an array whose elements are all numbers (also when empty).</summary>
    public bool IsNumberArray => Kind == JsonValueKind.Array && Items is null;

    /// <summary>The property <paramref name="name"/> of an object.</summary>
    public bool TryGetProperty(string name, out JsonNode value)
    {
        value = null!;
        return Properties is not null && Properties.TryGetValue(name, out value!);
    }
}
