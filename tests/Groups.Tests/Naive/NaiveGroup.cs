namespace Landscape.Symmetry.Groups.Tests.Naive;

/// <summary>
/// Brute-force reference implementations used as oracles. They deliberately avoid the library's
/// algorithms: products and inverses are computed here from image arrays, groups are enumerated
/// by breadth-first closure over a hash set, and everything else is read off the element list.
/// Only <see cref="Permutation.FromImages"/>, indexing and value equality of the library are used.
/// </summary>
public static class NaiveGroup
{
    /// <summary>Right-action product: apply p first, then q, so the result maps i to q[p[i]].</summary>
    public static Permutation Mul(Permutation p, Permutation q)
    {
        var a = new int[p.Degree];
        for (int i = 0; i < a.Length; i++) a[i] = q[p[i]];
        return Permutation.FromImages(a);
    }

    public static Permutation Inv(Permutation p)
    {
        var a = new int[p.Degree];
        for (int i = 0; i < a.Length; i++) a[p[i]] = i;
        return Permutation.FromImages(a);
    }

    public static Permutation Id(int degree) => Permutation.FromImages(Enumerable.Range(0, degree).ToArray());

    /// <summary>g⁻¹ h g.</summary>
    public static Permutation Conj(Permutation h, Permutation g) => Mul(Mul(Inv(g), h), g);

    /// <summary>a⁻¹ b⁻¹ a b.</summary>
    public static Permutation Comm(Permutation a, Permutation b) => Mul(Mul(Inv(a), Inv(b)), Mul(a, b));

    /// <summary>The group generated, by breadth-first search from the identity (right multiplication by generators).</summary>
    /// <exception cref="InvalidOperationException">More than <paramref name="limit"/> elements.</exception>
    public static HashSet<Permutation> Closure(int degree, IEnumerable<Permutation> generators, int limit = 200_000)
    {
        var gens = generators.ToArray();
        var id = Id(degree);
        var seen = new HashSet<Permutation> { id };
        var queue = new Queue<Permutation>();
        queue.Enqueue(id);
        while (queue.Count > 0)
        {
            var x = queue.Dequeue();
            foreach (var g in gens)
            {
                var y = Mul(x, g);
                if (seen.Add(y))
                {
                    if (seen.Count > limit) throw new InvalidOperationException($"Naive closure exceeded {limit} elements.");
                    queue.Enqueue(y);
                }
            }
        }
        return seen;
    }

    /// <summary>Orbit of a point read off the element list: { g(x) : g ∈ G }.</summary>
    public static SortedSet<int> Orbit(IEnumerable<Permutation> elements, int point) =>
        new(elements.Select(g => g[point]));

    /// <summary>Orbits of points under generators by breadth-first search (suitable for any degree).</summary>
    public static List<SortedSet<int>> OrbitsByGenerators(int degree, IReadOnlyList<Permutation> generators)
    {
        var done = new bool[degree];
        var result = new List<SortedSet<int>>();
        for (int start = 0; start < degree; start++)
        {
            if (done[start]) continue;
            var orbit = new SortedSet<int> { start };
            var queue = new Queue<int>();
            queue.Enqueue(start);
            done[start] = true;
            while (queue.Count > 0)
            {
                int x = queue.Dequeue();
                foreach (var g in generators)
                {
                    int y = g[x];
                    if (!done[y]) { done[y] = true; orbit.Add(y); queue.Enqueue(y); }
                }
            }
            result.Add(orbit);
        }
        return result;
    }

    /// <summary>Orbits read off the element list, ordered by smallest point.</summary>
    public static List<SortedSet<int>> Orbits(int degree, IReadOnlyCollection<Permutation> elements)
    {
        var result = new List<SortedSet<int>>();
        var done = new bool[degree];
        for (int x = 0; x < degree; x++)
        {
            if (done[x]) continue;
            var o = Orbit(elements, x);
            foreach (var y in o) done[y] = true;
            result.Add(o);
        }
        return result;
    }

    /// <summary>Point stabilizer by filtering the element list.</summary>
    public static HashSet<Permutation> Stabilizer(IEnumerable<Permutation> elements, int point) =>
        elements.Where(g => g[point] == point).ToHashSet();

    /// <summary>[G, G]: the closure of all commutators of pairs of elements.</summary>
    public static HashSet<Permutation> DerivedSubgroup(int degree, IReadOnlyCollection<Permutation> elements)
    {
        var commutators = new HashSet<Permutation>();
        foreach (var a in elements)
            foreach (var b in elements)
                commutators.Add(Comm(a, b));
        return Closure(degree, commutators);
    }

    /// <summary>The normal closure of ⟨subgroupGenerators⟩ in G: the closure of all G-conjugates of the generators.</summary>
    public static HashSet<Permutation> NormalClosure(int degree, IReadOnlyCollection<Permutation> elements, IEnumerable<Permutation> subgroupGenerators)
    {
        var conjugates = new HashSet<Permutation>();
        foreach (var h in subgroupGenerators)
            foreach (var g in elements)
                conjugates.Add(Conj(h, g));
        return Closure(degree, conjugates);
    }

    /// <summary>Whether the element set is abelian (pairwise commuting generators suffice, but this checks all pairs of the given list).</summary>
    public static bool Commute(Permutation a, Permutation b) => Mul(a, b).Equals(Mul(b, a));

    /// <summary>Sign by counting inversions, independent of cycle decomposition.</summary>
    public static int SignByInversions(Permutation p)
    {
        int inv = 0;
        for (int i = 0; i < p.Degree; i++)
            for (int j = i + 1; j < p.Degree; j++)
                if (p[i] > p[j]) inv++;
        return inv % 2 == 0 ? 1 : -1;
    }

    /// <summary>The least k ≥ 1 with p^k = id, by repeated multiplication.</summary>
    public static int OrderByIteration(Permutation p)
    {
        var id = Id(p.Degree);
        var x = p;
        int k = 1;
        while (!x.Equals(id)) { x = Mul(x, p); k++; }
        return k;
    }
}
