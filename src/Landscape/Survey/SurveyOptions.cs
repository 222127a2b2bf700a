namespace Landscape.Symmetry.Landscape;

/// <summary>What a <see cref="LandscapeSurvey"/> searches and how hard.</summary>
public sealed record SurveyOptions
{
    /// <summary>Most random starts per type (<see cref="StartsPerType"/>).</summary>
    public const int MaxStartsPerType = 1000;

    /// <summary>Largest block budget (<see cref="MaxBlocks"/>): the fixed spaces of types with more blocks are too large to search.</summary>
    public const int MaxBlockBudget = 12;

    /// <summary>Random starts per type. Default 12.</summary>
    public int StartsPerType { get; init; } = 12;

    /// <summary>Seed of the starts (start j of type t uses a generator seeded from (Seed, t, j)).</summary>
    public int Seed { get; init; }

    /// <summary>
    /// Most blocks a type may have; null: the default budget (<see cref="SurveyTypes.Enumerate"/>), which is classes + 2
    /// (3 for the identity teacher).
    /// </summary>
    public int? MaxBlocks { get; init; }

    /// <summary>Only types whose fixed space has at most this dimension; null: no limit.</summary>
    public int? MaxFixedDimension { get; init; }

    /// <summary>
    /// Explicit types (names as <see cref="SurveyType.Parse"/> or, for non-Young types, <see cref="PosetTypes.Parse"/> reads
    /// them); when given, the budget options are ignored.
    /// </summary>
    public IReadOnlyList<string>? Types { get; init; }

    /// <summary>
    /// Also search the maximal non-Young isotropy types of the ΔS_d poset (<see cref="PosetTypes"/>, V = I_d with d ≤
    /// <see cref="PosetTypes.MaxD"/>) in the full model. Default true; ignored when <see cref="Types"/> names the types.
    /// </summary>
    public bool SearchPosetTypes { get; init; } = true;

    /// <summary>Largest number of types a survey may search (<see cref="SurveyTypes.MaxTypes"/> unless lowered).</summary>
    public int MaxTypes { get; init; } = SurveyTypes.MaxTypes;

    /// <summary>Throws unless the numbers are in range.</summary>
    /// <exception cref="ArgumentException">A value out of range, naming it and the range.</exception>
    public void Validate()
    {
        if (StartsPerType < 1 || StartsPerType > MaxStartsPerType) throw new ArgumentException($"SurveyOptions.StartsPerType must be between 1 and {MaxStartsPerType}; got {StartsPerType}.");
        if (MaxBlocks is { } b && (b < 1 || b > MaxBlockBudget)) throw new ArgumentException($"SurveyOptions.MaxBlocks must be between 1 and {MaxBlockBudget}; got {b}.");
        if (MaxFixedDimension is { } m && m < 1) throw new ArgumentException($"SurveyOptions.MaxFixedDimension must be at least 1; got {m}.");
        if (MaxTypes < 1 || MaxTypes > SurveyTypes.MaxTypes) throw new ArgumentException($"SurveyOptions.MaxTypes must be between 1 and {SurveyTypes.MaxTypes}; got {MaxTypes}.");
    }
}
