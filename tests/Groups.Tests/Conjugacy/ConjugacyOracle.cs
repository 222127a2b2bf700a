namespace Landscape.Symmetry.Groups.Tests.Conjugacy;

/// <summary>
/// Brute-force conjugacy for the conjugacy and spec tests: elements by the naive closure, classes by
/// conjugating with every element (x ~ y iff g⁻¹xg = y for some g), with the naive products.
/// </summary>
internal static class ConjugacyOracle
{
    /// <summary>All elements of ⟨generators⟩ on <paramref name="degree"/> points.</summary>
    public static List<Permutation> Elements(int degree, IEnumerable<Permutation> generators) =>
        NaiveGroup.Closure(degree, generators).ToList();

    /// <summary>The classes of the group whose elements are given, each as a set.</summary>
    public static List<HashSet<Permutation>> Classes(IReadOnlyList<Permutation> elements)
    {
        var classes = new List<HashSet<Permutation>>();
        var assigned = new HashSet<Permutation>();
        foreach (var x in elements)
        {
            if (assigned.Contains(x)) continue;
            var cls = new HashSet<Permutation>();
            foreach (var g in elements) cls.Add(NaiveGroup.Conj(x, g));
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
