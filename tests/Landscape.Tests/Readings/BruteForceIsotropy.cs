namespace Landscape.Symmetry.Landscape.Tests.Readings;

/// <summary>
/// The isotropy of a small square W in S_d × S_d by trying every pair (π, ρ) — an oracle independent of the library's
/// clustering and coloured-digraph engine: its order, and dim Fix as the number of orbits of the pairs found on the cells.
/// </summary>
internal static class BruteForceIsotropy
{
    public static IEnumerable<int[]> Permutations(int n)
    {
        var p = Enumerable.Range(0, n).ToArray();
        while (true)
        {
            yield return (int[])p.Clone();
            int i = n - 2;
            while (i >= 0 && p[i] >= p[i + 1]) i--;
            if (i < 0) yield break;
            int j = n - 1;
            while (p[j] <= p[i]) j--;
            (p[i], p[j]) = (p[j], p[i]);
            Array.Reverse(p, i + 1, n - i - 1);
        }
    }

    /// <summary>The pairs (π, ρ) with W[π(i), ρ(j)] = W[i, j] for all cells, entries compared within <paramref name="tolerance"/>.</summary>
    public static List<(int[] Rows, int[] Columns)> Pairs(double[] w, int d, double tolerance)
    {
        var all = Permutations(d).ToList();
        var pairs = new List<(int[], int[])>();
        foreach (var pi in all)
            foreach (var rho in all)
            {
                bool fixes = true;
                for (int i = 0; i < d && fixes; i++)
                    for (int j = 0; j < d && fixes; j++)
                        fixes = Math.Abs(w[pi[i] * d + rho[j]] - w[i * d + j]) <= tolerance;
                if (fixes) pairs.Add((pi, rho));
            }
        return pairs;
    }

    /// <summary>Orbits of the pairs on the d² cells (a naive closure).</summary>
    public static int CellOrbits(List<(int[] Rows, int[] Columns)> pairs, int d)
    {
        var orbit = Enumerable.Range(0, d * d).ToArray();
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var (pi, rho) in pairs)
                for (int i = 0; i < d; i++)
                    for (int j = 0; j < d; j++)
                    {
                        int a = i * d + j, b = pi[i] * d + rho[j], m = Math.Min(orbit[a], orbit[b]);
                        if (orbit[a] != m || orbit[b] != m) { orbit[a] = orbit[b] = m; changed = true; }
                    }
        }
        return orbit.Distinct().Count();
    }

    public static System.Numerics.BigInteger Factorial(int n) =>
        Enumerable.Range(1, Math.Max(n, 1)).Aggregate(System.Numerics.BigInteger.One, (acc, i) => acc * i);

    /// <summary>
    /// A block-constant W for the Young parts <paramref name="parts"/> (columns 0..p₁−1 first, …): a random value per ordered
    /// pair of parts off the diagonal and one per part on it, all distinct with probability 1.
    /// </summary>
    public static double[] BlockConstant(int[] parts, int seed)
    {
        var rng = new Random(seed);
        int d = parts.Sum(), r = parts.Length;
        var partOf = parts.SelectMany((p, s) => Enumerable.Repeat(s, p)).ToArray();
        var off = new double[r, r];
        var diag = new double[r];
        for (int s = 0; s < r; s++)
        {
            diag[s] = 0.8 + 0.4 * rng.NextDouble();
            for (int t = 0; t < r; t++) off[s, t] = 0.3 * (rng.NextDouble() - 0.5);
        }
        var x = new double[d * d];
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++) x[i * d + j] = i == j ? diag[partOf[i]] : off[partOf[i], partOf[j]];
        return x;
    }
}
