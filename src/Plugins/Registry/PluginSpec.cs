using System.Text;

namespace Landscape.Symmetry.Plugins;

/// <summary>One argument of a spec: <c>key=value</c> or a positional value (Key null).</summary>
/// <param name="Key">The key, or null for a positional argument.</param>
/// <param name="Value">The value text (may itself be a spec, e.g. <c>activation=leaky-relu(alpha=0.1)</c>).</param>
public sealed record SpecArgument(string? Key, string Value)
{
    /// <inheritdoc />
    public override string ToString() => Key is null ? Value : $"{Key}={Value}";
}

/// <summary>
/// A parsed spec string <c>name</c> or <c>name(arg, key=value, …)</c>: names are lower-case letters, digits and '-';
/// values run to the next top-level ',' or ')' and may nest parentheses. Whitespace around tokens is ignored.
/// </summary>
public sealed record PluginSpec(string Name, IReadOnlyList<SpecArgument> Arguments)
{
    /// <summary>The maximum accepted length of a spec string.</summary>
    public const int MaxLength = 4096;

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">The text is not of the form name(args), with the position and what was expected.</exception>
    public static PluginSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength) throw new FormatException($"A spec string may have at most {MaxLength} characters; got {text.Length}.");
        var s = text.Trim();
        int i = 0;
        while (i < s.Length && (char.IsAsciiLetterLower(s[i]) || char.IsAsciiDigit(s[i]) || s[i] == '-')) i++;
        if (i == 0 || !char.IsAsciiLetterLower(s[0]))
            throw new FormatException($"'{text}' is not a spec: it must start with a lower-case name such as relu, softplus(beta=2) or gaussian.");
        string name = s[..i];
        var args = new List<SpecArgument>();
        var rest = s[i..].TrimStart();
        if (rest.Length == 0) return new PluginSpec(name, args);
        if (rest[0] != '(' || rest[^1] != ')')
            throw new FormatException($"In '{text}': after the name '{name}' expected '(' arguments ')' or nothing; got '{rest}'.");
        var inner = rest[1..^1];
        if (inner.Trim().Length == 0) return new PluginSpec(name, args);
        int depth = 0, start = 0;
        for (int j = 0; j <= inner.Length; j++)
        {
            char c = j < inner.Length ? inner[j] : ',';
            if (c == '(') depth++;
            else if (c == ')')
            {
                if (--depth < 0) throw new FormatException($"In '{text}': unbalanced ')'.");
            }
            else if (c == ',' && depth == 0)
            {
                args.Add(Argument(inner[start..j], text));
                start = j + 1;
            }
        }
        if (depth != 0) throw new FormatException($"In '{text}': unbalanced '('.");
        return new PluginSpec(name, args);
    }

    private static SpecArgument Argument(string part, string text)
    {
        var p = part.Trim();
        if (p.Length == 0) throw new FormatException($"In '{text}': an argument is empty (two commas, or a trailing comma).");
        int eq = p.IndexOf('=');
        int paren = p.IndexOf('(');
        if (eq < 0 || (paren >= 0 && paren < eq)) return new SpecArgument(null, p);
        var key = p[..eq].Trim();
        var value = p[(eq + 1)..].Trim();
        if (key.Length == 0 || !key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            throw new FormatException($"In '{text}': '{key}' is not an argument name (lower-case letters, digits, '-').");
        if (value.Length == 0) throw new FormatException($"In '{text}': the argument '{key}' has no value.");
        return new SpecArgument(key, value);
    }

    /// <inheritdoc />
    public override string ToString()
    {
        if (Arguments.Count == 0) return Name;
        var sb = new StringBuilder(Name).Append('(');
        sb.AppendJoin(',', Arguments.Select(a => a.ToString()));
        return sb.Append(')').ToString();
    }
}
