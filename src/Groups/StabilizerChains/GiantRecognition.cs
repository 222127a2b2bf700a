namespace Landscape.Symmetry.Groups;

/// <summary>Whether a group contains the alternating group on all of its points.</summary>
public enum GiantKind
{
    /// <summary>Neither Aₙ nor Sₙ (or not recognised as such).</summary>
    None,
    /// <summary>The alternating group Aₙ on all n points.</summary>
    Alternating,
    /// <summary>The symmetric group Sₙ on all n points.</summary>
    Symmetric,
}

/// <summary>
/// Recognises Aₙ and Sₙ from generators without a stabilizer chain (whose base would have n−1 points).
/// </summary>
/// <remarks>
/// Jordan's theorem in the form used by GAP and Magma (Seress, <i>Permutation Group Algorithms</i>,
/// Thm 10.2.3 and Lemma 10.2.4): a transitive group of degree n containing an element with a cycle of
/// prime length p, n/2 &lt; p &lt; n−2, contains Aₙ. The element found is a proof, so a positive answer
/// is certain; random elements of Sₙ or Aₙ have such a cycle with probability about ln 2 / ln n, so
/// a giant escapes detection in <see cref="Attempts"/> tries with probability below 10⁻⁶ for n ≤ 10⁵.
/// A missed giant is only slower (a full chain is built), never wrong.
/// </remarks>
internal static class GiantRecognition
{
    public const int Attempts = 400;
    public const int SmallestDegree = 8;

    public static GiantKind Recognise(int degree, IReadOnlyList<int[]> generators, bool transitive, int seed)
    {
        if (degree < SmallestDegree || generators.Count == 0 || !transitive) return GiantKind.None;
        var random = new ProductReplacement(degree, generators, seed);
        var seen = new bool[degree];
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            var g = random.Next();
            if (HasJordanCycle(g, seen)) return AnyOdd(generators) ? GiantKind.Symmetric : GiantKind.Alternating;
        }
        return GiantKind.None;
    }

    private static bool HasJordanCycle(int[] g, bool[] seen)
    {
        int n = g.Length;
        Array.Clear(seen);
        for (int start = 0; start < n; start++)
        {
            if (seen[start]) continue;
            int len = 0;
            for (int x = start; !seen[x]; x = g[x]) { seen[x] = true; len++; }
            if (2 * len > n && len < n - 2 && IsPrime(len)) return true;
        }
        return false;
    }

    internal static bool AnyOdd(IReadOnlyList<int[]> generators) =>
        generators.Any(g => Permutation.Trusted(g).Sign() < 0);

    private static bool IsPrime(int p)
    {
        if (p < 2) return false;
        for (int d = 2; (long)d * d <= p; d++) if (p % d == 0) return false;
        return true;
    }
}
