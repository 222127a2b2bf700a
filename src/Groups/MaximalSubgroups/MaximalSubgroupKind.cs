namespace Landscape.Symmetry.Groups;

/// <summary>
/// The classes of maximal subgroups of Sₙ and Aₙ in the O'Nan–Scott theorem as sharpened by
/// Liebeck, Praeger and Saxl (J. Algebra 111, 1987).
/// </summary>
public enum MaximalSubgroupKind
{
    /// <summary>Aₙ itself, the only maximal subgroup of Sₙ that is not a stabilizer of some structure.</summary>
    Alternating,

    /// <summary>The stabilizer of a k-subset, (Sₖ × Sₙ₋ₖ) or its intersection with Aₙ, k ≠ n − k.</summary>
    Intransitive,

    /// <summary>The stabilizer of a partition into b blocks of size a, Sₐ ≀ S_b (or ∩ Aₙ).</summary>
    Imprimitive,

    /// <summary>An affine group AGL(d,p) on p^d points (or ∩ Aₙ).</summary>
    Affine,

    /// <summary>A diagonal-type group T^k·(Out(T) × S_k) on |T|^(k−1) points (none for n ≤ 12).</summary>
    Diagonal,

    /// <summary>The product action of Sₐ ≀ S_b on a^b points (none for n ≤ 12).</summary>
    ProductAction,

    /// <summary>A primitive almost simple group: PGL(2,q), PΓL(2,q), M₁₁, M₁₂, Sₘ on k-subsets, ….</summary>
    AlmostSimple,
}
