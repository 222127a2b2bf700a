using System.Numerics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>The tool's JSON conventions: camelCase names, indented, every field present (null when unknown).</summary>
internal static class Json
{
    /// <summary>Largest integer a JSON reader using IEEE doubles (JavaScript, jq) reads exactly: 2⁵³ − 1.</summary>
    public static readonly BigInteger MaxExactNumber = (BigInteger.One << 53) - 1;

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Keep "×", "Δ", "≀" readable; the output is UTF-8 text, not embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // Arrays of plain numbers on one line (an orbit of a thousand points, or a row of a weight matrix, is one line).
        Converters = { new NumberArrayConverter() },
    };

    /// <summary>
    /// A count as JSON: a number when |n| ≤ 2⁵³ − 1 (exact in every JSON reader), otherwise its decimal
    /// string; null when unknown. Group orders are always strings (see <see cref="Order"/>).
    /// </summary>
    public static JsonNode? Count(BigInteger? n) =>
        n switch
        {
            null => null,
            { } v when BigInteger.Abs(v) <= MaxExactNumber => JsonValue.Create((long)v),
            { } v => JsonValue.Create(v.ToString()),
        };

    /// <summary>A group order as a decimal string, whatever its size.</summary>
    public static string Order(BigInteger order) => order.ToString();

    /// <summary>Writes <paramref name="value"/> as indented JSON (arrays of plain numbers on one line) and a line break.</summary>
    public static void Write<T>(TextWriter writer, T value)
    {
        writer.WriteLine(Serialize(value));
        writer.Flush();
    }

    /// <summary>The JSON text of <paramref name="value"/> as <see cref="Write"/> writes it.</summary>
    public static string Serialize<T>(T value)
    {
        try
        {
            return JsonSerializer.Serialize(value, Options);
        }
        catch (ArgumentException e) when (e.Message.Contains("infinity", StringComparison.OrdinalIgnoreCase))
        {
            // System.Text.Json refuses NaN and ±∞; the tool's single message for a non-finite result says why.
            throw new NonFiniteResultException("NaN or Infinity");
        }
    }
}
