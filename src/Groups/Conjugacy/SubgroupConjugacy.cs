using System.Numerics;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// Conjugacy of subgroups of Sₙ: a permutation σ with H^σ = K (σ⁻¹Hσ = K, the convention of
/// <see cref="Permutation.ConjugateBy"/>), or a proof that none exists.
/// </summary>
/// <remarks>
/// <para>First exact invariants that conjugation preserves, cheapest first: the orders, the sorted
/// orbit lengths, the multiset of (orbit length, order of the transitive constituent), and for
/// groups of order at most <see cref="CycleTypeEnumerationLimit"/> the number of elements of each
/// cycle type. Any difference proves the groups are not conjugate.</para>
/// <para>Then a backtrack search for σ (see <see cref="ConjugatorSearch"/>): the images of a base
/// b₁, …, b_k of H are chosen one orbit representative of K_{c₁…c_{j}} at a time (right
/// multiplication by K maps conjugators to conjugators, so one point per orbit suffices), with the
/// stabilizers' orbit lengths compared level by level; after the base, the images of the points
/// h(bᵢ) for each generator h fix the unique k_h ∈ K with k_h(cᵢ) = σ(h(bᵢ)), which must have h's
/// cycle type and then determines σ on every orbit it reaches (σ∘h = k_h∘σ). Every assignment is
/// checked against the orbitals: σ must map each orbit of H on ordered pairs onto one of K of the
/// same size, consistently. Orbits of H untouched by the base are matched last, greedily, which is
/// exact because the k_h are fixed by then and the orbits decouple.</para>
/// <para>Worst case: exponential. The base phase is bounded by the product of the numbers of
/// K-stabilizer orbits of the right length, the generator phase by n^(r·k) for r generators and a
/// base of length k; orbital pruning and the cycle-type test on k_h cut this sharply for the
/// groups met in practice (transitive groups of degree ≤ 12 in milliseconds, Young subgroups and
/// wreath products of degree 32 in 0.1–0.2 s once their orders are known), but 2-transitive groups give the
/// orbitals nothing to prune. Orbitals are computed for degree at most
/// <see cref="OrbitalDegreeLimit"/> (n² memory); above it the search runs without them.</para>
/// </remarks>
public static class SubgroupConjugacy
{
    /// <summary>
    /// Groups up to this order have their cycle-type distribution compared by enumeration. Above it the
    /// enumeration (about 5 µs an element) costs more than the search it would spare: M₁₂ against a
    /// conjugate is decided by the search in ~15 ms, by enumerating its 95040 elements in ~0.5 s.
    /// </summary>
    public const long CycleTypeEnumerationLimit = 20_000;

    /// <summary>The largest degree for which orbitals (n² pairs) are used to prune the search.</summary>
    public const int OrbitalDegreeLimit = 2000;

    /// <summary>
    /// A permutation σ of the common degree with <c>h^σ = k</c>, i.e. σ⁻¹hσ ∈ K for every h ∈ H and
    /// |H| = |K|; null when H and K are not conjugate in Sₙ.
    /// </summary>
    /// <exception cref="ArgumentException">The groups have different degrees.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Permutation? FindConjugator(PermutationGroup h, PermutationGroup k, CancellationToken ct = default)
    {
        CheckSameDegree(h, k);
        if (FirstDifference(h, k, ct) is not null) return null;
        // Aₙ and Sₙ on all points are normal in Sₙ: equal giants are the same group (no chain needed).
        if (h.Giant != GiantKind.None && h.Giant == k.Giant) return Permutation.Identity(h.Degree);
        return new ConjugatorSearch(h, k, ct).Run();
    }

    /// <summary>
    /// The backtrack search alone, without the invariant tests that normally come first: the same
    /// answer as <see cref="FindConjugator"/>, usually slower on non-conjugate pairs. Meant for
    /// checking the search itself, and for callers who already know the invariants agree.
    /// </summary>
    /// <exception cref="ArgumentException">The groups have different degrees.</exception>
    public static Permutation? FindConjugatorBySearch(PermutationGroup h, PermutationGroup k, CancellationToken ct = default)
    {
        CheckSameDegree(h, k);
        if (h.Order != k.Order) return null;
        return new ConjugatorSearch(h, k, ct).Run();
    }

    /// <summary>
    /// A conjugator in Aₙ: an even σ with H^σ = K, or null when H and K are not conjugate in Aₙ (they may
    /// still be conjugate in Sₙ: a class of Sₙ splits in Aₙ when its normalizer lies in Aₙ).
    /// </summary>
    /// <remarks>If K has an odd element k, any conjugator σ gives the even one σ or σk. If K ≤ Aₙ,
    /// parity is constant on each coset σK, so the search keeps its reduction and only rejects odd
    /// leaves, trying every completion of the orbits the base does not reach.</remarks>
    /// <exception cref="ArgumentException">The groups have different degrees.</exception>
    public static Permutation? FindConjugatorInAlternating(PermutationGroup h, PermutationGroup k, CancellationToken ct = default)
    {
        var sigma = FindConjugator(h, k, ct);
        if (sigma is null || sigma.Sign() > 0) return sigma;
        var odd = k.Generators.FirstOrDefault(g => g.Sign() < 0);
        if (odd is not null) return sigma * odd;
        return new ConjugatorSearch(h, k, ct, accept: s => s.Sign() > 0).Run();
    }

    /// <summary>True when some σ in Sₙ has H^σ = K.</summary>
    /// <exception cref="ArgumentException">The groups have different degrees.</exception>
    public static bool AreConjugate(PermutationGroup h, PermutationGroup k, CancellationToken ct = default) =>
        FindConjugator(h, k, ct) is not null;

    /// <summary>
    /// The first conjugation invariant on which H and K differ (a short description such as
    /// "orders 8 and 4"), or null when all agree. A non-null answer proves they are not conjugate.
    /// </summary>
    /// <exception cref="ArgumentException">The groups have different degrees.</exception>
    public static string? FirstDifference(PermutationGroup h, PermutationGroup k, CancellationToken ct = default)
    {
        CheckSameDegree(h, k);
        if (h.Order != k.Order) return $"orders {h.Order} and {k.Order}";
        var lh = h.Orbits.Select(o => o.Length).Order().ToArray();
        var lk = k.Orbits.Select(o => o.Length).Order().ToArray();
        if (!lh.SequenceEqual(lk)) return $"orbit lengths [{string.Join(",", lh)}] and [{string.Join(",", lk)}]";
        ct.ThrowIfCancellationRequested();
        var ch = ConstituentSignature(h);
        var ck = ConstituentSignature(k);
        if (!ch.SequenceEqual(ck)) return "orders of the transitive constituents";
        ct.ThrowIfCancellationRequested();
        if (h.Order <= CycleTypeEnumerationLimit)
        {
            var th = CycleTypeCounts(h);
            var tk = CycleTypeCounts(k);
            if (th.Count != tk.Count || th.Any(kv => !tk.TryGetValue(kv.Key, out var c) || c != kv.Value))
                return "numbers of elements of each cycle type";
        }
        return null;
    }

    /// <summary>(orbit length, order of the group induced on the orbit), sorted.</summary>
    internal static (int Length, BigInteger Order)[] ConstituentSignature(PermutationGroup g) =>
        g.Orbits.Select(o => (o.Length, ConstituentOrder(g, o))).Order().ToArray();

    /// <summary>The order of the group that G induces on one of its orbits.</summary>
    internal static BigInteger ConstituentOrder(PermutationGroup g, IReadOnlyList<int> orbit)
    {
        if (orbit.Count == 1) return BigInteger.One;
        if (orbit.Count == g.Degree) return g.Order;
        var local = new Dictionary<int, int>();
        for (int i = 0; i < orbit.Count; i++) local[orbit[i]] = i;
        var gens = g.Generators.Select(x =>
        {
            var a = new int[orbit.Count];
            for (int i = 0; i < a.Length; i++) a[i] = local[x[orbit[i]]];
            return Permutation.Trusted(a);
        });
        return PermutationGroup.Create(orbit.Count, gens).Order;
    }

    /// <summary>
    /// The number of elements of each cycle type, keyed by a 64-bit hash of the type. Equal types give
    /// equal keys, so unequal tables still prove the groups different; a collision could only hide a
    /// difference, which the search then finds.
    /// </summary>
    private static Dictionary<ulong, long> CycleTypeCounts(PermutationGroup g)
    {
        int n = g.Degree;
        var counts = new Dictionary<ulong, long>();
        var seen = new bool[n];
        var lengths = new int[n + 1];
        foreach (var x in g.Elements(CycleTypeEnumerationLimit))
        {
            Array.Clear(seen);
            Array.Clear(lengths);
            for (int start = 0; start < n; start++)
            {
                if (seen[start]) continue;
                int len = 0;
                for (int y = start; !seen[y]; y = x[y]) { seen[y] = true; len++; }
                lengths[len]++;
            }
            ulong key = 1469598103934665603UL;
            for (int len = 1; len <= n; len++)
                if (lengths[len] != 0) key = (key ^ (ulong)((len << 20) | lengths[len])) * 1099511628211UL;
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    private static void CheckSameDegree(PermutationGroup h, PermutationGroup k)
    {
        ArgumentNullException.ThrowIfNull(h);
        ArgumentNullException.ThrowIfNull(k);
        if (h.Degree != k.Degree)
            throw new ArgumentException(
                $"Subgroups can be conjugate in Sₙ only on the same number of points; got degrees {h.Degree} and {k.Degree} (conjugacy needs the same degree).", nameof(k));
    }
}
