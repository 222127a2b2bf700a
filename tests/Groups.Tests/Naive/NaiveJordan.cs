namespace Landscape.Symmetry.Groups.Tests.Naive;

/// <summary>
/// An independent certificate that a group contains Aₙ (Jordan's theorem, as in Seress, Thm 10.2.3 and
/// Lemma 10.2.4): a transitive group of degree n containing an element with a cycle of prime length p,
/// n/2 &lt; p &lt; n − 2, contains Aₙ. Elements are produced by a random walk on the generators
/// computed with the naive product, so nothing of the library's algorithms is used.
/// </summary>
public static class NaiveJordan
{
    public static bool CertifiesGiant(int degree, IReadOnlyList<Permutation> generators, int seed, int steps = 5000)
    {
        if (NaiveGroup.OrbitsByGenerators(degree, generators).Count != 1) return false;
        var rnd = new Random(seed);
        var x = NaiveGroup.Id(degree);
        for (int s = 0; s < steps; s++)
        {
            x = NaiveGroup.Mul(x, generators[rnd.Next(generators.Count)]);
            if (HasJordanCycle(x)) return true;
        }
        return false;
    }

    public static bool HasJordanCycle(Permutation g)
    {
        int n = g.Degree;
        var seen = new bool[n];
        for (int start = 0; start < n; start++)
        {
            if (seen[start]) continue;
            int len = 0;
            for (int x = start; !seen[x]; x = g[x]) { seen[x] = true; len++; }
            if (2 * len > n && len < n - 2 && IsPrime(len)) return true;
        }
        return false;
    }

    private static bool IsPrime(int p)
    {
        if (p < 2) return false;
        for (int d = 2; d * d <= p; d++) if (p % d == 0) return false;
        return true;
    }
}
