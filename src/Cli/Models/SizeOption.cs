using System.CommandLine;

namespace Landscape.Symmetry.Cli;

/// <summary>
/// An integer size or count option (<c>--d</c>, <c>--k</c>, <c>--runs</c>, <c>--seeds</c>, …) and its range: one way to
/// declare them and one policy to check them — before any work starts, with the message
/// <c>--d must be between 1 and 1000; got 0.</c> (<see cref="Limits.Check"/>).
/// </summary>
internal sealed class SizeOption
{
    /// <summary>An option <paramref name="name"/> whose values must lie in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public SizeOption(string name, string description, int min, int max, bool required = false)
    {
        (Min, Max) = (min, max);
        Option = new Option<int?>(name) { Description = description, Required = required };
    }

    /// <summary>The option to add to a command.</summary>
    public Option<int?> Option { get; }

    /// <summary>Smallest accepted value.</summary>
    public int Min { get; }

    /// <summary>Largest accepted value.</summary>
    public int Max { get; }

    /// <summary>The value given, or null when the option is absent.</summary>
    public int? Given(ParseResult parse) => parse.GetValue(Option);

    /// <summary>The value given, else <paramref name="fallback"/>, checked against the range.</summary>
    /// <exception cref="ArgumentException">Out of range; the message names the option and the range.</exception>
    public int Value(ParseResult parse, int fallback) => Check(Given(parse) ?? fallback);

    /// <summary>Checks <paramref name="value"/> (given or derived, e.g. from a file's shape) against the range.</summary>
    /// <exception cref="ArgumentException">Out of range; the message names the option and the range.</exception>
    public int Check(int value) => Limits.Check(value, Min, Max, Option.Name);

    public static implicit operator Option(SizeOption size) => size.Option;
}
