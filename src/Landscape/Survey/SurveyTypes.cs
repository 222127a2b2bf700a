namespace Landscape.Symmetry.Landscape;

/// <summary>
/// Which diagonal Young types a survey searches, maximal first (least symmetry breaking: fewest blocks, then the
/// largest group). Default budget: every type with at most classes + 2 blocks (3 for V = I_d) while d ≤
/// <see cref="ExhaustiveD"/>; beyond, every type with at most classes + 1 blocks plus those with classes + 2 blocks
/// whose blocks other than each class's largest have at most <see cref="SmallBlock"/> rows. The non-Young types come
/// from <see cref="EnumerateGroupTypes"/>.
/// </summary>
public static class SurveyTypes
{
    /// <summary>Up to this d the default budget takes every type with at most classes + 2 blocks.</summary>
    public const int ExhaustiveD = 30;

    /// <summary>Beyond <see cref="ExhaustiveD"/>, the size limit of the small blocks of the deepest default types.</summary>
    public const int SmallBlock = 3;

    /// <summary>The most types one survey searches; a budget above it is refused with the count.</summary>
    public const int MaxTypes = 5000;

    /// <summary>The types of the options, ordered maximal first.</summary>
    /// <exception cref="ArgumentException">
    /// An explicit type outside the joint symmetry, a budget that selects no type, or more than <see cref="SurveyOptions.MaxTypes"/> types.
    /// </exception>
    public static IReadOnlyList<SurveyType> Enumerate(SurveyModel model, SurveyOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (model.Classes.All(c => c.Size == 1))
            throw new ArgumentException($"The teacher's joint symmetry is trivial ({model.Describe()}: every column class has one column), so there are no " +
                                        "isotropy types to search; use a teacher with repeated diagonal entries such as I_d or I_{d/2} ⊕ 2·I_{d/2}.");
        if (model.ExtraRows > 0 && !model.IsIdentity)
            throw new ArgumentException($"The survey's over-parameterised types (k = d + {model.ExtraRows}) are offered for V = I_d with N(0, I_d) inputs only; " +
                                        $"{model.Describe()} needs k = d.");
        List<SurveyType> types;
        if (options.Types is { Count: > 0 } named)
            types = named.Where(n => PosetTypes.Parse(model, n) is null).Select(n => ParseYoung(model, n)).DistinctBy(t => t.Name).ToList();
        else
        {
            int classes = model.Classes.Count;
            int maxBlocks = options.MaxBlocks ?? classes + 2;
            if (maxBlocks < classes)
                throw new ArgumentException($"{model.Describe()} has {classes} column classes, so every type has at least {classes} blocks; a budget of {maxBlocks} blocks selects none.");
            bool restricted = options.MaxBlocks is null && model.D > ExhaustiveD;
            types = new List<SurveyType>();
            long count = 0;
            foreach (var choice in Choices(model, maxBlocks))
            {
                int blocks = choice.Sum(p => p.Length);
                if (restricted && blocks == classes + 2 && choice.Any(p => p.Skip(1).Any(q => q > SmallBlock))) continue;
                if (++count > options.MaxTypes)
                    throw new ArgumentException(
                        $"The budget selects more than {options.MaxTypes} types (d = {model.D}, at most {maxBlocks} blocks); lower SurveyOptions.MaxBlocks, set SurveyOptions.MaxFixedDimension, or name types in SurveyOptions.Types.");
                var parts = choice.SelectMany(p => p).ToArray();
                var cls = choice.SelectMany((p, f) => Enumerable.Repeat(f, p.Length)).ToArray();
                var type = new SurveyType(model, parts, cls);
                if (options.MaxFixedDimension is { } m && type.FixedDimension > m) continue;
                types.Add(type);
            }
            if (types.Count == 0)
                throw new ArgumentException($"No type fits the budget (at most {maxBlocks} blocks" +
                                            (options.MaxFixedDimension is { } mm ? $", fixed dimension ≤ {mm}" : "") + "); raise SurveyOptions.MaxFixedDimension or SurveyOptions.MaxBlocks.");
        }
        if (types.Count > options.MaxTypes)
            throw new ArgumentException($"{types.Count} types exceed the limit of {options.MaxTypes}; search fewer.");
        return types.OrderBy(t => t.BlockCount).ThenByDescending(t => LogOrder(t)).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The non-Young types of the options (<see cref="PosetTypes"/>), maximal first: the named ones among
    /// <see cref="SurveyOptions.Types"/>, or by default (<see cref="SurveyOptions.SearchPosetTypes"/>) the maximal classes of the
    /// ΔS_d poset that are not Young, within <see cref="SurveyOptions.MaxFixedDimension"/> and when
    /// <see cref="SurveyOptions.MaxBlocks"/> allows two blocks (they sit where the two-block types do, just below ΔS_d).
    /// Empty unless <see cref="PosetTypes.Available"/>.
    /// </summary>
    public static IReadOnlyList<SurveyGroupType> EnumerateGroupTypes(SurveyModel model, SurveyOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Types is { Count: > 0 } named)
            return named.Select(n => PosetTypes.Parse(model, n)).OfType<SurveyGroupType>().DistinctBy(t => t.Class.Id).ToList();
        if (!options.SearchPosetTypes || options.MaxBlocks is < 2) return Array.Empty<SurveyGroupType>();
        return PosetTypes.Maximal(model).Where(t => options.MaxFixedDimension is not { } m || t.FixedDimension <= m).ToList();
    }

    // A Young type name; a text that is neither that nor a poset type says which non-Young names exist at this d.
    private static SurveyType ParseYoung(SurveyModel model, string name)
    {
        try
        {
            return SurveyType.Parse(model, name);
        }
        catch (FormatException e) when (PosetTypes.Available(model))
        {
            throw new FormatException($"{e.Message} Non-Young types at d = {model.D} (from the ΔS_{model.D} isotropy poset): {PosetTypes.Names(model)}.", e);
        }
    }

    private static double LogOrder(SurveyType t) => t.Parts.Sum(p => MathNet.Numerics.SpecialFunctions.FactorialLn(p));

    // Per class a partition (non-increasing), at most maxBlocks blocks in all.
    private static IEnumerable<int[][]> Choices(SurveyModel model, int maxBlocks)
    {
        int classes = model.Classes.Count;
        var chosen = new int[classes][];
        IEnumerable<int[][]> Walk(int f, int budget)
        {
            if (f == classes) { yield return chosen.ToArray(); yield break; }
            int reserve = classes - f - 1;
            foreach (var partition in Partitions(model.Classes[f].Size, budget - reserve, model.Classes[f].Size))
            {
                chosen[f] = partition;
                foreach (var c in Walk(f + 1, budget - partition.Length)) yield return c;
            }
        }
        return Walk(0, maxBlocks);
    }

    private static IEnumerable<int[]> Partitions(int n, int maxParts, int maxPart)
    {
        if (n == 0) { yield return Array.Empty<int>(); yield break; }
        if (maxParts == 0) yield break;
        for (int first = Math.Min(n, maxPart); first >= 1; first--)
        {
            // The rest must fit in maxParts − 1 parts of size ≤ first.
            if ((long)first * maxParts < n) break;
            foreach (var rest in Partitions(n - first, maxParts - 1, first))
                yield return new[] { first }.Concat(rest).ToArray();
        }
    }
}
