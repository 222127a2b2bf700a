namespace Landscape.Symmetry.Groups.Tests.Conjugacy;

/// <summary>
/// Brute-force conjugacy for the conjugacy and spec tests: elements by closure over a hash set,
/// classes by conjugating with every element (x ~ y iff g⁻¹xg = y for some g). Products and inverses
/// are computed here from image arrays rather than by the library.
/// </summary>
internal static class ConjugacyOracle
{
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

    /// <summary>g⁻¹ x g.</summary>
    public static Permutation Conj(Permutation x, Permutation g) => Mul(Mul(Inv(g), x), g);

    /// <summary>All elements of ⟨generators⟩ on <paramref name="degree"/> points.</summary>
    public static List<Permutation> Elements(int degree, IEnumerable<Permutation> generators)
    {
        var gens = generators.ToList();
        var id = Permutation.FromImages(Enumerable.Range(0, degree).ToArray());
        var seen = new HashSet<Permutation> { id };
        var list = new List<Permutation> { id };
        for (int i = 0; i < list.Count; i++)
            foreach (var s in gens)
            {
                var y = Mul(list[i], s);
                if (seen.Add(y)) list.Add(y);
            }
        return list;
    }

    /// <summary>The classes of the group whose elements are given, each as a set.</summary>
    public static List<HashSet<Permutation>> Classes(IReadOnlyList<Permutation> elements)
    {
        var classes = new List<HashSet<Permutation>>();
        var assigned = new HashSet<Permutation>();
        foreach (var x in elements)
        {
            if (assigned.Contains(x)) continue;
            var cls = new HashSet<Permutation>();
            foreach (var g in elements) cls.Add(Conj(x, g));
            assigned.UnionWith(cls);
            classes.Add(cls);
        }
        return classes;
    }

    /// <summary>The cycle lengths of a permutation, fixed points included, largest first.</summary>
    public static int[] CycleLengths(Permutation p)
    {
        var done = new bool[p.Degree];
        var lengths = new List<int>();
        for (int s = 0; s < p.Degree; s++)
        {
            if (done[s]) continue;
            int len = 0;
            for (int x = s; !done[x]; x = p[x]) { done[x] = true; len++; }
            lengths.Add(len);
        }
        return lengths.OrderByDescending(l => l).ToArray();
    }
}
