using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>
/// Writes a <see cref="JsonNode"/> tree indented as <see cref="Json.Options"/> prescribes, with every array of plain
/// numbers (a row of W, an orbit, a list of eigenvalues) on one line — what <see cref="NumberArrayConverter"/> does for
/// the serializer, here for trees, so both roads print the same text.
/// </summary>
internal static class JsonLayout
{
    /// <summary>The text of <paramref name="node"/> ("null" for null).</summary>
    public static string Text(JsonNode? node, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = new StringBuilder();
        Append(text, node, 0, options);
        return text.ToString();
    }

    private static void Append(StringBuilder text, JsonNode? node, int depth, JsonSerializerOptions options)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj when obj.Count == 0:
                text.Append("{}");
                break;
            case JsonObject obj:
                text.Append('{');
                int i = 0;
                foreach (var (name, value) in obj)
                {
                    NewLine(text, depth + 1, options);
                    text.Append(JsonValue.Create(name).ToJsonString(options)).Append(": ");
                    Append(text, value, depth + 1, options);
                    if (++i < obj.Count) text.Append(',');
                }
                NewLine(text, depth, options);
                text.Append('}');
                break;
            case JsonArray array when array.Count == 0:
                text.Append("[]");
                break;
            case JsonArray array when array.All(IsNumberOrNull) && array.Any(e => e is not null):
                text.Append('[').AppendJoin(", ", array.Select(e => e is null ? "null" : e.ToJsonString(options))).Append(']');
                break;
            case JsonArray array:
                text.Append('[');
                for (int j = 0; j < array.Count; j++)
                {
                    NewLine(text, depth + 1, options);
                    Append(text, array[j], depth + 1, options);
                    if (j + 1 < array.Count) text.Append(',');
                }
                NewLine(text, depth, options);
                text.Append(']');
                break;
            default:
                text.Append(node.ToJsonString(options));
                break;
        }
    }

    private static bool IsNumberOrNull(JsonNode? node) => node is null || node.GetValueKind() == JsonValueKind.Number;

    private static void NewLine(StringBuilder text, int depth, JsonSerializerOptions options) =>
        text.Append(options.NewLine).Append(options.IndentCharacter, depth * options.IndentSize);
}
