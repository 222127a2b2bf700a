namespace Landscape.Symmetry.Groups.Tests.Naive;

/// <summary>
/// Brute-force isotropy for tiny ambient groups: every element of ΔS_d or S_k × S_d written out as a
/// permutation of the cells (cell (i, j) = i·d + j) and, with a second layer, of the k extra points
/// k·d + i; stabilizers by trying every element; conjugacy and containment up to conjugacy by trying
/// every conjugator. Uses only <see cref="NaiveGroup"/> and value equality of permutations.
/// </summary>
public static class NaiveIsotropyClasses
{
    /// <summary>Every permutation of 0..n−1, as image arrays.</summary>
    public static List<int[]> AllPermutations(int n)
    {
        var result = new List<int[]>();
        void Extend(List<int> prefix, bool[] used)
        {
            if (prefix.Count == n) { result.Add(prefix.ToArray()); return; }
            for (int v = 0; v < n; v++)
            {
                if (used[v]) continue;
                used[v] = true; prefix.Add(v);
                Extend(prefix, used);
                prefix.RemoveAt(prefix.Count - 1); used[v] = false;
            }
        }
        Extend(new List<int>(), new bool[n]);
        return result;
    }

    /// <summary>The permutation of cells (and second-layer points) induced by rows π and columns ρ.</summary>
    public static Permutation OnCells(int k, int d, int[] rows, int[] columns, bool secondLayer)
    {
        var a = new int[k * d + (secondLayer ? k : 0)];
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < d; j++) a[i * d + j] = rows[i] * d + columns[j];
            if (secondLayer) a[k * d + i] = k * d + rows[i];
        }
        return Permutation.FromImages(a);
    }

    /// <summary>All elements of Γ on the cells.</summary>
    public static List<Permutation> Ambient(int k, int d, bool diagonal, bool secondLayer)
    {
        var result = new List<Permutation>();
        if (diagonal)
            foreach (var p in AllPermutations(d)) result.Add(OnCells(d, d, p, p, secondLayer));
        else
            foreach (var p in AllPermutations(k))
                foreach (var q in AllPermutations(d)) result.Add(OnCells(k, d, p, q, secondLayer));
        return result;
    }

    /// <summary>The elements of Γ keeping every value of a point (values indexed by the points acted on).</summary>
    public static List<Permutation> Stabilizer(List<Permutation> gamma, IReadOnlyList<double> values) =>
        gamma.Where(g => Enumerable.Range(0, values.Count).All(p => values[g[p]] == values[p])).ToList();

    /// <summary>The orbit partition of a set of elements as a colouring (orbit index per point).</summary>
    public static int[] OrbitColouring(int degree, IReadOnlyCollection<Permutation> elements)
    {
        var colour = new int[degree];
        int next = 0;
        foreach (var orbit in NaiveGroup.Orbits(degree, elements))
        {
            foreach (var p in orbit) colour[p] = next;
            next++;
        }
        return colour;
    }

    /// <summary>The 2-closure: the elements of Γ keeping every orbit of the given group.</summary>
    public static List<Permutation> Closure(List<Permutation> gamma, IReadOnlyCollection<Permutation> group)
    {
        var colour = OrbitColouring(gamma[0].Degree, group);
        return Stabilizer(gamma, colour.Select(c => (double)c).ToList());
    }

    /// <summary>All set partitions of n points as restricted growth strings.</summary>
    public static IEnumerable<int[]> SetPartitions(int n)
    {
        var a = new int[n];
        IEnumerable<int[]> Fill(int i, int max)
        {
            if (i == n) { yield return (int[])a.Clone(); yield break; }
            for (int v = 0; v <= max + 1; v++)
            {
                a[i] = v;
                foreach (var r in Fill(i + 1, Math.Max(max, v))) yield return r;
            }
        }
        if (n == 0) return new[] { Array.Empty<int>() };
        a[0] = 0;
        return Fill(1, 0);
    }

    /// <summary>True when σ⁻¹ a σ ⊆ b for some σ ∈ Γ (a is contained in b up to conjugacy).</summary>
    public static bool ContainedUpToConjugacy(List<Permutation> gamma, HashSet<Permutation> a, HashSet<Permutation> b)
    {
        if (b.Count % a.Count != 0) return false;
        return gamma.Any(s => a.All(x => b.Contains(NaiveGroup.Conj(x, s))));
    }

    /// <summary>Distinct groups up to conjugacy in Γ (first representative kept).</summary>
    public static List<HashSet<Permutation>> UpToConjugacy(List<Permutation> gamma, IEnumerable<IReadOnlyCollection<Permutation>> groups)
    {
        var distinct = new Dictionary<string, HashSet<Permutation>>();
        foreach (var g in groups)
        {
            var key = string.Join(";", g.Select(x => x.ToString()).OrderBy(s => s, StringComparer.Ordinal));
            if (!distinct.ContainsKey(key)) distinct[key] = new HashSet<Permutation>(g);
        }
        var reps = new List<HashSet<Permutation>>();
        foreach (var g in distinct.Values)
            if (!reps.Any(r => r.Count == g.Count && ContainedUpToConjugacy(gamma, g, r))) reps.Add(g);
        return reps;
    }

    /// <summary>Isotropy groups of Γ as the stabilizers of every equal-value pattern of the points.</summary>
    public static List<HashSet<Permutation>> ClassesFromAllPatterns(List<Permutation> gamma)
    {
        int n = gamma[0].Degree;
        var groups = SetPartitions(n).Select(p => (IReadOnlyCollection<Permutation>)Stabilizer(gamma, p.Select(v => (double)v).ToList()));
        return UpToConjugacy(gamma, groups);
    }

    /// <summary>Isotropy groups of Γ as 2-closures of all subgroups generated by two elements.</summary>
    public static List<HashSet<Permutation>> ClassesFromPairs(List<Permutation> gamma)
    {
        int n = gamma[0].Degree;
        var groups = new List<IReadOnlyCollection<Permutation>>();
        var seenGenerated = new HashSet<string>();
        for (int a = 0; a < gamma.Count; a++)
            for (int b = a; b < gamma.Count; b++)
            {
                var generated = NaiveGroup.Closure(n, new[] { gamma[a], gamma[b] });
                if (!seenGenerated.Add(string.Join(",", OrbitColouring(n, generated)))) continue;
                groups.Add(Closure(gamma, generated));
            }
        return UpToConjugacy(gamma, groups);
    }

    /// <summary>Orbit sizes on the rows (rows = true) or columns of M(k,d), decreasing; row i moves as cell (i, 0) does.</summary>
    public static int[] LineOrbitSizes(IReadOnlyCollection<Permutation> group, int k, int d, bool rows)
    {
        int count = rows ? k : d;
        int Image(Permutation g, int t) => rows ? g[t * d] / d : g[t] % d;
        var done = new bool[count];
        var sizes = new List<int>();
        for (int t = 0; t < count; t++)
        {
            if (done[t]) continue;
            var members = group.Select(g => Image(g, t)).ToHashSet();
            foreach (var u in members) done[u] = true;
            sizes.Add(members.Count);
        }
        return sizes.OrderByDescending(s => s).ToArray();
    }
}
