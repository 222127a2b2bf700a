using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>
/// Turns a command's result object (anonymous types, records, arrays, lists, dictionaries, numbers, strings,
/// <see cref="JsonNode"/>s) into a <see cref="JsonNode"/> tree by reading its public properties, with the same
/// conventions as System.Text.Json's reflection serializer under <see cref="Json.Options"/>: camelCase
/// property names in declaration order, nulls written, enums as numbers, dictionary keys as they are,
/// <see cref="JsonIgnoreAttribute"/> honoured, fields ignored.
/// </summary>
/// <remarks>
/// Why not the serializer itself: the shipped tool is compiled ahead of time (Native AOT, docs/PERFORMANCE.md),
/// where System.Text.Json's reflection mode needs generic code made at run time for every property type
/// (<c>JsonPropertyInfo&lt;int?&gt;</c>, converters of anonymous types) and fails, and its source generator
/// cannot describe anonymous types. Reading a property needs only the metadata the project keeps (its
/// assemblies are trimmer roots), and a <see cref="JsonNode"/> tree is serialized without reflection.
/// </remarks>
internal static class JsonTree
{
    /// <summary>The tree of <paramref name="value"/>; null for null.</summary>
    /// <exception cref="NonFiniteResultException">A NaN or infinite number anywhere in the value.</exception>
    public static JsonNode? Of(object? value, JsonNamingPolicy? naming) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        char c => JsonValue.Create(c.ToString()),
        double d => double.IsFinite(d) ? JsonValue.Create(d) : throw new NonFiniteResultException("NaN or Infinity"),
        float f => float.IsFinite(f) ? JsonValue.Create(f) : throw new NonFiniteResultException("NaN or Infinity"),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        short s => JsonValue.Create(s),
        byte b => JsonValue.Create(b),
        sbyte b => JsonValue.Create(b),
        ushort u => JsonValue.Create(u),
        uint u => JsonValue.Create(u),
        ulong u => JsonValue.Create(u),
        decimal m => JsonValue.Create(m),
        Enum e => JsonValue.Create(Convert.ToInt64(e, CultureInfo.InvariantCulture)),
        IDictionary dictionary => Dictionary(dictionary, naming),
        IEnumerable sequence => Array(sequence, naming),
        _ => Object(value, naming),
    };

    private static JsonObject Dictionary(IDictionary dictionary, JsonNamingPolicy? naming)
    {
        var result = new JsonObject();
        foreach (DictionaryEntry entry in dictionary)
            result[Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!] = Of(entry.Value, naming);
        return result;
    }

    private static JsonArray Array(IEnumerable sequence, JsonNamingPolicy? naming)
    {
        var result = new JsonArray();
        foreach (var item in sequence) result.Add(Of(item, naming));
        return result;
    }

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2075",
        Justification = "Results are the project's own types (anonymous types and records), whose assemblies the Native AOT build keeps whole (TrimmerRootAssembly in the Cli project).")]
    private static JsonObject Object(object value, JsonNamingPolicy? naming)
    {
        var result = new JsonObject();
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0) continue;
            var ignore = property.GetCustomAttribute<JsonIgnoreAttribute>();
            if (ignore?.Condition == JsonIgnoreCondition.Always) continue;
            var item = property.GetValue(value);
            if (item is null && ignore?.Condition == JsonIgnoreCondition.WhenWritingNull) continue;
            string name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
                ?? naming?.ConvertName(property.Name) ?? property.Name;
            var converter = property.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType;
            result[name] = converter is null || item is null ? Of(item, naming) : Converted(converter, item);
        }
        return result;
    }

    // A property's own [JsonConverter] (counts, group orders, extended numbers) writes its value as the serializer would.
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2072",
        Justification = "The converters are the project's own types, kept whole in the Native AOT build.")]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2075",
        Justification = "The converters are the project's own types, kept whole in the Native AOT build.")]
    private static JsonNode? Converted(Type converterType, object value)
    {
        var converter = Activator.CreateInstance(converterType)
            ?? throw new InvalidOperationException($"The JSON converter {converterType.Name} could not be created.");
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            converterType.GetMethod("Write")!.Invoke(converter, [writer, value, Json.Options]);
        return JsonNode.Parse(buffer.ToArray());
    }
}
