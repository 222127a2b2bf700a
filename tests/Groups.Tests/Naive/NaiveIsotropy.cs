namespace Landscape.Symmetry.Groups.Tests.Naive;

/// <summary>
/// Isotropy by brute force: every (π, ρ) ∈ S_k × S_d (or every π ∈ S_d for the diagonal action) is
/// tested against an integer-labelled matrix, so no clustering and no search is involved.
/// </summary>
public static class NaiveIsotropy
{
    /// <summary>All (π, ρ) with W[π(i), ρ(j)] = W[i, j] and a[π(i)] = a[i].</summary>
    public static List<(int[] Row, int[] Column)> Elements(int[,] w, int[]? a)
    {
        int k = w.GetLength(0), d = w.GetLength(1);
        var result = new List<(int[], int[])>();
        var columnPerms = NaiveDigraph.AllPermutations(d).ToList();
        foreach (var pi in NaiveDigraph.AllPermutations(k))
        {
            if (a is not null && Enumerable.Range(0, k).Any(i => a[pi[i]] != a[i])) continue;
            foreach (var rho in columnPerms)
            {
                bool ok = true;
                for (int i = 0; i < k && ok; i++)
                    for (int j = 0; j < d && ok; j++) ok = w[pi[i], rho[j]] == w[i, j];
                if (ok) result.Add((pi, rho));
            }
        }
        return result;
    }

    /// <summary>All π with W[π(i), π(j)] = W[i, j] and a[π(i)] = a[i].</summary>
    public static List<int[]> DiagonalElements(int[,] w, int[]? a)
    {
        int d = w.GetLength(0);
        return NaiveDigraph.AllPermutations(d).Where(pi =>
        {
            if (a is not null && Enumerable.Range(0, d).Any(i => a[pi[i]] != a[i])) return false;
            for (int i = 0; i < d; i++)
                for (int j = 0; j < d; j++)
                    if (w[pi[i], pi[j]] != w[i, j]) return false;
            return true;
        }).ToList();
    }

    /// <summary>Whether some bijection φ: rows → columns has φ(π(i)) = ρ(φ(i)) for every element.</summary>
    public static bool IsConjugateToDiagonal(int k, int d, List<(int[] Row, int[] Column)> elements) =>
        k == d && NaiveDigraph.AllPermutations(d).Any(phi =>
            elements.All(e => Enumerable.Range(0, k).All(i => phi[e.Row[i]] == e.Column[phi[i]])));

    /// <summary>Orbits of points under a list of permutations (image arrays), each sorted, ordered by first point.</summary>
    public static List<List<int>> Orbits(int n, IEnumerable<int[]> perms)
    {
        var list = perms.ToList();
        var seen = new bool[n];
        var orbits = new List<List<int>>();
        for (int s = 0; s < n; s++)
        {
            if (seen[s]) continue;
            var orbit = new SortedSet<int> { s };
            foreach (var p in list) orbit.Add(p[s]);
            foreach (var x in orbit) seen[x] = true;
            orbits.Add(orbit.ToList());
        }
        return orbits;
    }

    /// <summary>Number of orbits of the elements on cells (i, j) (and on rows when a second layer is present).</summary>
    public static int FixedDimension(int k, int d, List<(int[] Row, int[] Column)> elements, bool secondLayer)
    {
        var cells = Orbits(k * d, elements.Select(e =>
        {
            var c = new int[k * d];
            for (int i = 0; i < k; i++) for (int j = 0; j < d; j++) c[i * d + j] = e.Row[i] * d + e.Column[j];
            return c;
        })).Count;
        return cells + (secondLayer ? Orbits(k, elements.Select(e => e.Row)).Count : 0);
    }
}
