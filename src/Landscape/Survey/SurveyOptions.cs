namespace Landscape.Symmetry.Landscape;

/// <summary>What a <see cref="LandscapeSurvey"/> searches and how hard.</summary>
public sealed record SurveyOptions
{
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
        if (StartsPerType < 1 || StartsPerType > 1000) throw new ArgumentException($"Starts per type must be between 1 and 1000; got {StartsPerType}.");
        if (MaxBlocks is { } b && (b < 1 || b > 12)) throw new ArgumentException($"The block budget must be between 1 and 12; got {b}.");
        if (MaxFixedDimension is { } m && m < 1) throw new ArgumentException($"The fixed-dimension budget must be at least 1; got {m}.");
        if (MaxTypes < 1 || MaxTypes > SurveyTypes.MaxTypes) throw new ArgumentException($"The type limit must be between 1 and {SurveyTypes.MaxTypes}; got {MaxTypes}.");
    }
}
