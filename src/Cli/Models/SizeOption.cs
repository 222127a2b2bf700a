using System.CommandLine;

namespace Landscape.Symmetry.Cli;

/// <summary>
/// An integer size or count option (<c>--d</c>, <c>--k</c>, <c>--n</c>, <c>--runs</c>, <c>--seeds</c>, …): one way to declare
/// them (<see cref="UpTo"/>, <see cref="AtLeastOne"/>) and one range policy, checked before any work starts.
/// </summary>
/// <remarks>
/// <para>The policy. The lower bound is 1 for every size and count (a size 0 or a count 0 describes nothing to compute),
/// unless the mathematics needs more (<see cref="Between"/>: explore's d ≥ 2).
/// The upper bound is the limit the library states for that computation, read from the library's constant — never a
/// literal here: <c>MaximalSubgroups.MaxDegree</c> (maximal), <c>GroupSpec.MaxDegree</c> (decompose),
/// <c>ModelRequest.MaxSize</c> (every model built from <see cref="ModelOptions"/>, and sgd), <c>IsotropyCensus.MaxSize</c>
/// (experiment), <c>SurveyModel.MaxD</c>/<c>MaxK</c>, <c>SurveyOptions.MaxStartsPerType</c>/<c>MaxBlockBudget</c> (explore),
/// <c>GroupSpec.MaxDegree</c> (group and conjugate <c>--degree</c>), <c>ContractOptions.MaxTrials</c> (check). Where the library's limit
/// is on a combination of sizes rather than on one (lattice: |Γ| = k!·d! ≤ <c>IsotropyClasses.MaxAmbientOrder</c>; family:
/// grid points × starts ≤ <c>FamilyExplorerOptions.MaxStarts</c>), the option has only its lower bound and the library's
/// own check — also run before any work — states the limit. Counts that bound only this program's resources
/// (<c>--runs</c>) take their bound from <see cref="Limits"/>.</para>
/// <para>One wording (<see cref="Limits.Check"/>): <c>--d must be between 1 and 1000; got 0.</c>, or
/// <c>--starts must be at least 1; got 0.</c> without an upper bound; the help text ends with the range
/// (<c>1..1000.</c> or <c>≥ 1.</c>), written here.</para>
/// </remarks>
internal sealed class SizeOption
{
    private SizeOption(string name, string description, int min, int max, bool required, string? alias = null)
    {
        (Min, Max) = (min, max);
        string range = max == int.MaxValue ? $"≥ {min}." : $"{min}..{max}.";
        Option = alias is null ? new Option<int?>(name) : new Option<int?>(name, alias);
        Option.Description = $"{description} {range}";
        Option.Required = required;
    }

    /// <summary>
    /// A size or count in [1, <paramref name="limit"/>], <paramref name="limit"/> being the library's stated limit for the
    /// computation the option feeds (or, for a count that bounds only this program's resources, a <see cref="Limits"/> constant).
    /// </summary>
    /// <param name="alias">A short form (group's <c>-n</c> for <c>--degree</c>), or null.</param>
    public static SizeOption UpTo(string name, string description, int limit, bool required = false, string? alias = null)
    {
        if (limit < 1) throw new ArgumentOutOfRangeException(nameof(limit), limit, "A size's limit must be at least 1.");
        return new SizeOption(name, description, 1, limit, required, alias);
    }

    /// <summary>
    /// A size in [<paramref name="min"/>, <paramref name="limit"/>], only where the mathematics needs a lower bound above 1
    /// (explore: d ≥ 2, so that S_d is not trivial and there are isotropy types to survey).
    /// </summary>
    public static SizeOption Between(string name, string description, int min, int limit, bool required = false)
    {
        if (min < 1 || limit < min) throw new ArgumentOutOfRangeException(nameof(min), min, $"A size's range must satisfy 1 ≤ min ≤ limit; got {min}..{limit}.");
        return new SizeOption(name, description, min, limit, required);
    }

    /// <summary>
    /// A size or count of at least 1 whose upper limit the library states for a combination of sizes and checks itself
    /// before any work (the lattice's |Γ|, family's total starts).
    /// </summary>
    public static SizeOption AtLeastOne(string name, string description, bool required = false) =>
        new(name, description, 1, int.MaxValue, required);

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

    /// <summary>The value given, checked against the range, or null when the option is absent.</summary>
    /// <exception cref="ArgumentException">Out of range; the message names the option and the range.</exception>
    public int? Checked(ParseResult parse) => Given(parse) is { } v ? Check(v) : null;

    /// <summary>Checks <paramref name="value"/> (given or derived, e.g. from a file's shape) against the range.</summary>
    /// <exception cref="ArgumentException">Out of range; the message names the option and the range.</exception>
    public int Check(int value) => Limits.Check(value, Min, Max, Option.Name);

    public static implicit operator Option(SizeOption size) => size.Option;
}
