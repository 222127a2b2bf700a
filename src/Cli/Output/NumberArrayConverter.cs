using System.Collections;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>
/// Writes a collection of plain numbers (<c>double[]</c>, <c>ImmutableArray&lt;int&gt;</c>, <c>List&lt;long&gt;</c>, …) on one
/// line, <c>[1, 2.5, 1E-05]</c>, and a collection of such collections one inner collection a line, so that an orbit of a
/// thousand points or a row of a weight matrix is one line of the indented output. Numbers are formatted exactly as
/// System.Text.Json formats them; output only (the tool never reads its JSON back through these options).
/// </summary>
internal sealed class NumberArrayConverter : JsonConverterFactory
{
    private static readonly HashSet<Type> Numbers =
        [typeof(double), typeof(float), typeof(int), typeof(long), typeof(short), typeof(byte), typeof(uint), typeof(ulong), typeof(decimal)];

    /// <summary>1 for a collection of plain numbers, n for a collection of depth n − 1 ones, 0 otherwise.</summary>
    private static int Depth(Type type)
    {
        if (Numbers.Contains(type)) return 0;
        if (ElementOf(type) is not { } element) return -1;
        int inner = Depth(Nullable.GetUnderlyingType(element) is { } u && !Numbers.Contains(u) ? u : element);
        return inner < 0 ? -1 : inner + 1;
    }

    private static Type? ElementOf(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type)) return null;
        if (type.IsArray) return type.GetElementType();
        var enumerable = type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        // Dictionaries are objects in JSON, never arrays.
        if (typeof(IDictionary).IsAssignableFrom(type) || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)))
            return null;
        return enumerable?.GetGenericArguments()[0];
    }

    public override bool CanConvert(Type typeToConvert) => Depth(typeToConvert) >= 1;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Writer<>).MakeGenericType(typeToConvert))!;

    private sealed class Writer<T> : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("The tool's JSON options only write.");

        // The raw value carries its own line breaks: nested collections one a line, each level indented one step deeper
        // (the writer indents only what it writes token by token).
        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteRawValue(Text(value, writer.CurrentDepth, options));

        private static string Text(object? value, int depth, JsonSerializerOptions options)
        {
            if (value is null) return "null";
            var items = ((IEnumerable)value).Cast<object?>().ToList();
            if (items.Count == 0) return "[]";
            // Each number as System.Text.Json writes it (NaN and ±∞ throw its ArgumentException, which Json turns into the tool's message).
            if (items.All(i => i is null || Numbers.Contains(i.GetType())))
                return "[" + string.Join(", ", items.Select(n => n is null ? "null" : JsonSerializer.Serialize(n, n.GetType()))) + "]";
            string inner = options.NewLine + new string(options.IndentCharacter, (depth + 1) * options.IndentSize);
            string outer = options.NewLine + new string(options.IndentCharacter, depth * options.IndentSize);
            var text = new StringBuilder("[");
            for (int i = 0; i < items.Count; i++)
                text.Append(inner).Append(Text(items[i], depth + 1, options)).Append(i + 1 < items.Count ? "," : "");
            return text.Append(outer).Append(']').ToString();
        }
    }
}
