namespace Landscape.Symmetry.Groups;

/// <summary>
/// Conjugacy classes of maximal subgroups of Sₙ and Aₙ, one representative each, complete for
/// n ≤ <see cref="CompleteUpToDegree"/>.
/// </summary>
/// <remarks>
/// <para>Sources. By the O'Nan–Scott theorem a maximal subgroup of Sₙ or Aₙ is Aₙ, intransitive,
/// imprimitive, or primitive of affine, diagonal, product-action or almost simple type; Liebeck,
/// Praeger and Saxl (A classification of the maximal subgroups of the finite alternating and
/// symmetric groups, J. Algebra 111 (1987) 365–383) decide which members of each family are
/// maximal: Sₖ × Sₙ₋ₖ for k ≠ n−k, and Sₐ ≀ S_b for all a, b ≥ 2, are maximal in Sₙ, their
/// intersections with Aₙ are maximal in Aₙ except (S₂ ≀ S₄) ∩ A₈ &lt; AGL(3,2). The primitive maximal
/// subgroups of degree ≤ 12 are the ones in the ATLAS and the tables of primitive groups of small
/// degree; the lists here were checked against GAP 4 (<c>ConjugacyClassesMaximalSubgroups</c>) for
/// every n ≤ 12, which gives these numbers of classes:</para>
/// <code>
/// n   1 2 3 4 5 6 7 8 9 10 11 12
/// Sₙ  0 1 2 3 4 6 5 7 7  8  7 11
/// Aₙ  0 0 1 2 3 5 5 6 8  7  7 11
/// </code>
/// <para>Primitive groups that are NOT maximal and so are left out, for example: AGL(1,7) ∩ A₇ and
/// PGL(2,7) ∩ A₈ (inside PSL(2,7) and AGL(3,2)); S₃ ≀ S₂ on 9 points (inside AGL(2,3)); PSL(2,8)
/// (inside PΓL(2,8)); S₆ ≅ PΣL(2,9), PGL(2,9) and S₅ on 2-subsets (inside PΓL(2,9)); PSL(2,11) on 11
/// and on 12 points (inside M₁₁ and M₁₂); AGL(1,11) ∩ A₁₁. Groups lying in Aₙ with Sₙ-normalizer
/// inside Aₙ (PSL(2,7) on 7, AGL(3,2), PΓL(2,8), M₁₁, M₁₂) are maximal only in Aₙ, where their
/// Sₙ-class splits into two classes exchanged by the transposition (1,2).</para>
/// </remarks>
public static class MaximalSubgroups
{
    /// <summary>The lists are complete up to this degree.</summary>
    public const int CompleteUpToDegree = 12;

    /// <summary>The largest degree listed (the list holds about n/2 groups of degree n).</summary>
    public const int MaxDegree = 1000;

    private const string IncompleteNote =
        "Only the families that exist for every n are listed (A_n in S_n, the intransitive S_k × S_(n−k) and the " +
        "imprimitive S_a ≀ S_b, or their intersections with A_n); the primitive maximal subgroups (affine, diagonal, " +
        "product action, almost simple) are not enumerated for n > 12.";

    /// <summary>The maximal subgroups of Sₙ, one per conjugacy class (S₁ has none).</summary>
    /// <exception cref="ArgumentOutOfRangeException">n is not in 1..<see cref="MaxDegree"/>.</exception>
    public static MaximalSubgroupList OfSymmetric(int n)
    {
        CheckDegree(n);
        var list = new List<MaximalSubgroup>();
        if (n >= 2)
            list.Add(new MaximalSubgroup(Constructions.Alternating(n), MaximalSubgroupKind.Alternating, $"A_{n}", n >= 3, n >= 3));
        foreach (var (k, g) in Intransitive(n))
            list.Add(new MaximalSubgroup(g, MaximalSubgroupKind.Intransitive, $"S_{n - k} × S_{k}", false, false));
        foreach (var (a, b, g) in Imprimitive(n))
            list.Add(new MaximalSubgroup(g, MaximalSubgroupKind.Imprimitive, $"S_{a} ≀ S_{b}", true, false));
        switch (n)
        {
            case 5: list.Add(Affine(PrimitiveGroups.AffineGeneralLinear(1, 5), "AGL(1,5)")); break;
            case 6: list.Add(AlmostSimple(PrimitiveGroups.ProjectiveGeneralLinear(5), "PGL(2,5)")); break;
            case 7: list.Add(Affine(PrimitiveGroups.AffineGeneralLinear(1, 7), "AGL(1,7)")); break;
            case 8: list.Add(AlmostSimple(PrimitiveGroups.ProjectiveGeneralLinear(7), "PGL(2,7)")); break;
            case 9: list.Add(Affine(PrimitiveGroups.AffineGeneralLinear(2, 3), "AGL(2,3)")); break;
            case 10: list.Add(AlmostSimple(PrimitiveGroups.ProjectiveSemilinear(9), "PΓL(2,9)")); break;
            case 11: list.Add(Affine(PrimitiveGroups.AffineGeneralLinear(1, 11), "AGL(1,11)")); break;
            case 12: list.Add(AlmostSimple(PrimitiveGroups.ProjectiveGeneralLinear(11), "PGL(2,11)")); break;
        }
        return Finish(n, alternating: false, list);
    }

    /// <summary>The maximal subgroups of Aₙ, one per Aₙ-conjugacy class (A₁ and A₂ have none).</summary>
    /// <exception cref="ArgumentOutOfRangeException">n is not in 1..<see cref="MaxDegree"/>.</exception>
    public static MaximalSubgroupList OfAlternating(int n)
    {
        CheckDegree(n);
        var list = new List<MaximalSubgroup>();
        if (n >= 3)
        {
            foreach (var (k, g) in Intransitive(n))
                list.Add(new MaximalSubgroup(PrimitiveGroups.EvenPart(g), MaximalSubgroupKind.Intransitive, $"(S_{n - k} × S_{k}) ∩ A_{n}", false, false));
            foreach (var (a, b, g) in Imprimitive(n))
            {
                if (n == 8 && a == 2) continue; // (S₂ ≀ S₄) ∩ A₈ lies in AGL(3,2).
                list.Add(new MaximalSubgroup(PrimitiveGroups.EvenPart(g), MaximalSubgroupKind.Imprimitive, $"(S_{a} ≀ S_{b}) ∩ A_{n}", true, false));
            }
        }
        switch (n)
        {
            case 5: list.Add(Affine(PrimitiveGroups.EvenPart(PrimitiveGroups.AffineGeneralLinear(1, 5)), "AGL(1,5) ∩ A_5")); break;
            case 6: list.Add(AlmostSimple(PrimitiveGroups.ProjectiveSpecialLinear(5), "PSL(2,5)")); break;
            case 7: list.AddRange(TwoClasses(PrimitiveGroups.GeneralLinearOnNonzeroVectors(3, 2), MaximalSubgroupKind.AlmostSimple, "PSL(2,7)")); break;
            case 8: list.AddRange(TwoClasses(PrimitiveGroups.AffineGeneralLinear(3, 2), MaximalSubgroupKind.Affine, "AGL(3,2)")); break;
            case 9:
                list.Add(Affine(PrimitiveGroups.EvenPart(PrimitiveGroups.AffineGeneralLinear(2, 3)), "AGL(2,3) ∩ A_9"));
                list.AddRange(TwoClasses(PrimitiveGroups.ProjectiveSemilinear(8), MaximalSubgroupKind.AlmostSimple, "PΓL(2,8)"));
                break;
            case 10: list.Add(AlmostSimple(PrimitiveGroups.EvenPart(PrimitiveGroups.ProjectiveSemilinear(9)), "PΓL(2,9) ∩ A_10 = M_10")); break;
            case 11: list.AddRange(TwoClasses(PrimitiveGroups.Mathieu11(), MaximalSubgroupKind.AlmostSimple, "M_11")); break;
            case 12: list.AddRange(TwoClasses(PrimitiveGroups.Mathieu12(), MaximalSubgroupKind.AlmostSimple, "M_12")); break;
        }
        return Finish(n, alternating: true, list);
    }

    /// <summary>Sₙ₋ₖ on 0..n−k−1 times Sₖ on the last k points, 1 ≤ k &lt; n − k.</summary>
    private static IEnumerable<(int K, PermutationGroup Group)> Intransitive(int n)
    {
        for (int k = 1; 2 * k < n; k++)
            yield return (k, Constructions.DirectProduct(Constructions.Symmetric(n - k), Constructions.Symmetric(k)));
    }

    /// <summary>Sₐ ≀ S_b with blocks {0..a−1}, {a..2a−1}, …, for every factorization n = a·b with a, b ≥ 2.</summary>
    private static IEnumerable<(int A, int B, PermutationGroup Group)> Imprimitive(int n)
    {
        for (int a = 2; a <= n / 2; a++)
            if (n % a == 0)
                yield return (a, n / a, Constructions.WreathProduct(Constructions.Symmetric(a), Constructions.Symmetric(n / a)));
    }

    private static MaximalSubgroup Affine(PermutationGroup g, string name) => new(g, MaximalSubgroupKind.Affine, name, true, true);

    private static MaximalSubgroup AlmostSimple(PermutationGroup g, string name) => new(g, MaximalSubgroupKind.AlmostSimple, name, true, true);

    /// <summary>H and H^(1,2): an Sₙ-class whose normalizer lies in Aₙ splits into these two Aₙ-classes.</summary>
    private static IEnumerable<MaximalSubgroup> TwoClasses(PermutationGroup g, MaximalSubgroupKind kind, string name)
    {
        var swap = Permutation.FromCycles(g.Degree, new[] { 0, 1 });
        yield return new MaximalSubgroup(g, kind, name + " (class 1 of 2)", true, true);
        yield return new MaximalSubgroup(PrimitiveGroups.Conjugate(g, swap), kind, name + " (class 2 of 2, conjugate by (1,2))", true, true);
    }

    private static MaximalSubgroupList Finish(int n, bool alternating, List<MaximalSubgroup> list)
    {
        bool complete = n <= CompleteUpToDegree;
        return new MaximalSubgroupList(n, alternating, list, complete, complete ? null : IncompleteNote);
    }

    private static void CheckDegree(int n)
    {
        if (n < 1 || n > MaxDegree)
            throw new ArgumentOutOfRangeException(nameof(n), n, $"Maximal subgroups are listed for degrees 1..{MaxDegree}; got {n}.");
    }
}
