using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The isotropy types of a survey that are not diagonal Young types, from the isotropy poset of ΔS_d acting on M(d,d)
/// (<see cref="IsotropyClasses.OfDiagonal"/>): at d = 6 the maximal classes below ΔS_6 are ΔS_5×ΔS_1, ΔS_4×ΔS_2,
/// ΔS_2≀S_3 and ΔS_3≀S_2, and the last two are searched here. Offered for the identity teacher with standard Gaussian
/// inputs and k = d, 4 ≤ d ≤ <see cref="MaxD"/> (ΔS_8: 143 classes, a few seconds; computed once per d and process).
/// </summary>
/// <remarks>
/// The poset is that of the diagonal group ΔS_d, not of the whole joint symmetry S_d × S_d: its classes are the
/// stabilizers in ΔS_d, i.e. the diagonal isotropy types the survey's Young types belong to. A class maximal there is
/// the least symmetry breaking below ΔS_d among types that pair rows with columns. Non-diagonal types of S_d × S_d
/// (rows and columns permuted differently) are not searched.
/// </remarks>
public static class PosetTypes
{
    /// <summary>Largest d whose ΔS_d poset the survey computes (ΔS_8: 8! elements, 143 classes).</summary>
    public const int MaxD = 8;

    /// <summary>Smallest d with a non-Young maximal class (ΔS_2≀S_2 = ΔD_4 at d = 4).</summary>
    public const int MinD = 4;

    private static readonly ConcurrentDictionary<int, Lazy<IsotropyPoset>> Posets = new();

    /// <summary>True when the model's non-Young types come from the poset: V = I_d, N(0, I_d), k = d, <see cref="MinD"/> ≤ d ≤ <see cref="MaxD"/>.</summary>
    public static bool Available(SurveyModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.IsIdentity && model.ExtraRows == 0 && model.D >= MinD && model.D <= MaxD;
    }

    /// <summary>The isotropy poset of ΔS_d on M(d,d), computed once per d.</summary>
    /// <exception cref="ArgumentOutOfRangeException">d outside 1…9 (the enumeration's limit).</exception>
    public static IsotropyPoset Poset(int d) =>
        Posets.GetOrAdd(d, n => new Lazy<IsotropyPoset>(() => IsotropyClasses.OfDiagonal(n))).Value;

    /// <summary>The maximal classes below ΔS_d that are not diagonal Young types, largest first; empty where the poset is not offered.</summary>
    public static IReadOnlyList<SurveyGroupType> Maximal(SurveyModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!Available(model)) return Array.Empty<SurveyGroupType>();
        return Poset(model.D).Classes
            .Where(c => c.Maximal && c.Type.DiagonalYoungParts.IsEmpty)
            .OrderByDescending(c => c.Order).ThenBy(c => c.Id)
            .Select(c => new SurveyGroupType(model, c)).ToList();
    }

    /// <summary>Every class of the poset that is not a diagonal Young type (these are the names <see cref="Parse"/> accepts).</summary>
    public static IReadOnlyList<SurveyGroupType> All(SurveyModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!Available(model)) return Array.Empty<SurveyGroupType>();
        return Poset(model.D).Classes.Where(c => c.Type.DiagonalYoungParts.IsEmpty)
            .OrderByDescending(c => c.Order).ThenBy(c => c.Id).Select(c => new SurveyGroupType(model, c)).ToList();
    }

    /// <summary>
    /// The non-Young type named <paramref name="name"/>: ΔS_2≀S_3, S_2≀S_3, "S2 wr S3", Δ(S_2≀S_3), ΔD_5, "D5", ΔC_7⋊C_3, "C7:C3", or a
    /// structural name of the poset such as "diagonal, order 21; rows 7; columns 7"; null when the text names none
    /// (it may be a Young type). Case, Δ, parentheses, underscores and spaces are ignored.
    /// </summary>
    /// <exception cref="ArgumentException">The name matches several classes (structural names can), listing them by id.</exception>
    public static SurveyGroupType? Parse(SurveyModel model, string name)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(name);
        if (!Available(model)) return null;
        var key = Normalize(name);
        var matches = All(model).Where(t => Normalize(t.Name) == key).ToList();
        if (matches.Count > 1)
            throw new ArgumentException($"'{name}' names {matches.Count} classes of the ΔS_{model.D} poset (#" +
                                        string.Join(", #", matches.Select(m => m.Class.Id)) + "); a structural name does not decide between them.", nameof(name));
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>The names <see cref="Parse"/> accepts at the model's d, for messages.</summary>
    public static string Names(SurveyModel model)
    {
        var all = All(model);
        var named = all.Where(t => !t.Name.StartsWith("diagonal, ", StringComparison.Ordinal)).Select(t => t.Name).Distinct().ToList();
        int structural = all.Count(t => t.Name.StartsWith("diagonal, ", StringComparison.Ordinal));
        return string.Join(", ", named) + (structural > 0 ? $" and {structural} more classes written by structure (\"diagonal, order 24; rows 6; columns 6\")" : "");
    }

    private static string Normalize(string text)
    {
        var s = text.Trim().ToLowerInvariant().Replace("wr", "≀", StringComparison.Ordinal).Replace("×", "x", StringComparison.Ordinal).Replace(":", "⋊", StringComparison.Ordinal);
        var sb = new StringBuilder();
        foreach (var ch in s)
            if (ch is not ('δ' or 'Δ' or '(' or ')' or '_' or ' ')) sb.Append(ch);
        return sb.ToString().ToString(CultureInfo.InvariantCulture);
    }
}
