using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Landscape;

/// <summary>Where a search in the fixed space of a diagonal Young type runs.</summary>
public enum FixedSpaceMethod
{
    /// <summary>The reduced model when it applies (<see cref="ReducedFixedSpaceSearch.TryCreate"/>), else the full model restricted to Fix(H).</summary>
    Auto,

    /// <summary>The full loss restricted to Fix(H) (<see cref="FixedSpaceSearch"/>): any model with k = d; cost grows with d. The oracle.</summary>
    Full,

    /// <summary>The reduced model (<see cref="ReducedFixedSpaceSearch"/>): cost independent of d.</summary>
    Reduced,
}

/// <summary>A critical point found in the fixed space of a diagonal Young type, with how it was searched.</summary>
/// <param name="Result">The point (full parameter vector), loss and gradient norms.</param>
/// <param name="Parts">The type's parts.</param>
/// <param name="Method">Full or reduced (never auto).</param>
/// <param name="FixedDimension">dim Fix(H).</param>
public sealed record DiagonalTypeSearchResult(CriticalPointResult Result, int[] Parts, FixedSpaceMethod Method, int FixedDimension)
{
    /// <summary>The type's name, e.g. ΔS_999×ΔS_1.</summary>
    public string TypeName => DiagonalYoungTypes.Name(Parts);
}

/// <summary>
/// <c>critical --type</c> as a library call: the parts of a diagonal Young type (named as <see cref="DiagonalYoungTypes"/> writes
/// it, or in d as <see cref="FamilyType"/> writes it: <c>S(d-1) x S(1)</c>), then a search in its fixed space from a seeded
/// Xavier start or from a given point projected onto it, in the reduced model whenever it applies (auto).
/// </summary>
public static class DiagonalTypeSearch
{
    /// <summary>
    /// The parts at this d of <c>ΔS_5×ΔS_1</c>, <c>S_5 x S_1</c>, or a type written in d such as <c>S(d-1) x S(1)</c>.
    /// </summary>
    /// <exception cref="FormatException">Neither a diagonal Young type nor a type written in d.</exception>
    /// <exception cref="ArgumentException">The parts do not add up to d, or the type written in d is not valid at d.</exception>
    public static int[] Parts(string typeName, int d)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        if (typeName.Contains('d', StringComparison.Ordinal) && typeName.Contains('(', StringComparison.Ordinal))
            return FamilyType.Parse(typeName).PartsAt(d);
        return DiagonalYoungTypes.Parse(typeName, d);
    }

    /// <summary>The parts of the type for this model, checked before any search: two-layer with k = d.</summary>
    /// <exception cref="ArgumentException">A deep (layered) model, k ≠ d, or the parts do not add up to d.</exception>
    /// <exception cref="FormatException">The name is not a type.</exception>
    public static int[] Parts(IObjective objective, string typeName)
    {
        ArgumentNullException.ThrowIfNull(objective);
        if (objective is ILayeredNetwork)
            throw new ArgumentException("A diagonal isotropy type ΔH ≤ ΔS_d is a type of the two-layer weight matrix; a deep model is searched from a point " +
                                        "(CriticalPointSearch) without a type.", nameof(objective));
        var layout = objective.Layout;
        if (layout.K != layout.D)
            throw new ArgumentException($"A search in Fix(ΔH) for a diagonal Young type ΔH ≤ ΔS_d needs k = d; got k = {layout.K}, d = {layout.D}.");
        return Parts(typeName, layout.D);
    }

    /// <summary>Searches Fix(H) of the type from <paramref name="start"/> projected onto it, or from the Xavier start of <paramref name="seed"/>.</summary>
    /// <param name="objective">The model (two-layer, k = d).</param>
    /// <param name="typeName">The type (see <see cref="Parts(string, int)"/>).</param>
    /// <param name="method">Auto (reduced when it applies), full or reduced.</param>
    /// <param name="start">A full point to project onto Fix(H), or null for the seeded random start.</param>
    /// <param name="seed">Seed of the random start; full and reduced searches draw the same start for one seed.</param>
    /// <param name="options">Search settings.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <exception cref="ArgumentException">k ≠ d, a type that is not a symmetry of the loss, or reduced asked for a model it does not apply to.</exception>
    public static DiagonalTypeSearchResult Run(IObjective objective, string typeName, FixedSpaceMethod method = FixedSpaceMethod.Auto,
        double[]? start = null, int seed = 0, SearchOptions? options = null, CancellationToken cancellationToken = default)
    {
        var parts = Parts(objective, typeName);
        var layout = objective.Layout;
        if (method != FixedSpaceMethod.Full && ReducedFixedSpaceSearch.TryCreate(objective, parts) is { } reduced)
        {
            var c0 = start is null ? reduced.XavierStart(seed) : reduced.Coordinates(start);
            return new DiagonalTypeSearchResult(reduced.Search(c0, options, cancellationToken), parts, FixedSpaceMethod.Reduced, reduced.Dimension);
        }
        if (method == FixedSpaceMethod.Reduced)
            throw new ArgumentException(
                "The reduced search needs a two-layer model with Gaussian inputs of diagonal covariance, k = d and a diagonal teacher (second layer 1), " +
                $"each block of {DiagonalYoungTypes.Name(parts)} inside columns of equal teacher and input scales; search the full model restricted to the fixed space instead (the full method, FixedSpaceMethod.Full).");
        var search = new FixedSpaceSearch(objective, MatrixCellAction.DiagonalYoung(parts, layout.SecondLayerTrainable));
        var z0 = start is null ? search.XavierStart(seed) : search.Coordinates(start);
        return new DiagonalTypeSearchResult(search.Search(z0, options, cancellationToken), parts, FixedSpaceMethod.Full, search.Dimension);
    }
}
