namespace Landscape.Symmetry.Groups;

/// <summary>
/// Whether two subgroups H, K of Sₙ are conjugate in Sₙ (or in Aₙ), with the proof either way: a conjugator σ with
/// H^σ = K, or the reason there is none (the first invariant on which they differ, else the exhausted search).
/// </summary>
/// <param name="Within">The ambient group, <c>S_n</c> or <c>A_n</c>.</param>
/// <param name="Conjugator">σ with H^σ = K (even when <c>Within</c> is Aₙ); null when they are not conjugate.</param>
/// <param name="Reason">Why they are not conjugate; null when they are.</param>
public sealed record ConjugacyVerdict(string Within, Permutation? Conjugator, string? Reason)
{
    /// <summary>Whether H and K are conjugate.</summary>
    public bool Conjugate => Conjugator is not null;

    /// <summary>
    /// Decides conjugacy of <paramref name="h"/> and <paramref name="k"/> in Sₙ, or in Aₙ when <paramref name="inAlternating"/>:
    /// invariants first (<see cref="SubgroupConjugacy.FirstDifference"/>), then the backtrack search.
    /// </summary>
    /// <exception cref="ArgumentException">The groups have different degrees.</exception>
    public static ConjugacyVerdict Of(PermutationGroup h, PermutationGroup k, bool inAlternating = false, CancellationToken ct = default)
    {
        var within = (inAlternating ? "A_" : "S_") + h.Degree;
        if (SubgroupConjugacy.FirstDifference(h, k, ct) is { } difference) return new ConjugacyVerdict(within, null, $"they differ in {difference}");
        var sigma = inAlternating ? SubgroupConjugacy.FindConjugatorInAlternating(h, k, ct) : SubgroupConjugacy.FindConjugator(h, k, ct);
        return new ConjugacyVerdict(within, sigma, sigma is not null ? null
            : $"no {(inAlternating ? "even " : "")}permutation conjugates one onto the other (exhaustive search)");
    }
}
