using System.Globalization;

namespace Landscape.Symmetry.Plugins;

/// <summary>Reads a spec's arguments by name or position, and rejects the ones nobody asked for.</summary>
internal sealed class SpecArguments
{
    private readonly PluginSpec spec;
    private readonly string usage;
    private readonly HashSet<int> used = new();

    public SpecArguments(PluginSpec spec, string usage)
    {
        this.spec = spec;
        this.usage = usage;
    }

    /// <summary>The text of argument <paramref name="key"/> (or the positional argument at <paramref name="position"/>), or null.</summary>
    public string? Text(string key, int? position = null)
    {
        for (int i = 0; i < spec.Arguments.Count; i++)
            if (spec.Arguments[i].Key == key) { used.Add(i); return spec.Arguments[i].Value; }
        if (position is { } p)
        {
            int seen = 0;
            for (int i = 0; i < spec.Arguments.Count; i++)
                if (spec.Arguments[i].Key is null && seen++ == p) { used.Add(i); return spec.Arguments[i].Value; }
        }
        return null;
    }

    public double Number(string key, double fallback, int? position = null)
    {
        var t = Text(key, position);
        if (t is null) return fallback;
        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) || !double.IsFinite(x))
            throw new ArgumentException($"In '{spec}': {key} must be a finite number; got '{t}'. Usage: {usage}.");
        return x;
    }

    public int Integer(string key, int fallback, int min, int max)
    {
        var t = Text(key);
        if (t is null) return fallback;
        if (!int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var x) || x < min || x > max)
            throw new ArgumentException($"In '{spec}': {key} must be an integer from {min} to {max}; got '{t}'. Usage: {usage}.");
        return x;
    }

    public bool Flag(string key, bool fallback)
    {
        var t = Text(key);
        return t switch
        {
            null => fallback,
            "true" or "yes" or "1" => true,
            "false" or "no" or "0" => false,
            _ => throw new ArgumentException($"In '{spec}': {key} must be true or false; got '{t}'. Usage: {usage}."),
        };
    }

    /// <summary>Throws when an argument was not consumed (unknown key or surplus positional value).</summary>
    public void Done()
    {
        for (int i = 0; i < spec.Arguments.Count; i++)
            if (!used.Contains(i))
                throw new ArgumentException($"In '{spec}': unexpected argument '{spec.Arguments[i]}'. Usage: {usage}.");
    }
}
