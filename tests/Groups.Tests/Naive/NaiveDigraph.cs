namespace Landscape.Symmetry.Groups.Tests.Naive;

/// <summary>
/// Brute force over all n! relabellings of a coloured digraph, read through its public accessors only
/// (no refinement, no search): the oracle for automorphism groups and isomorphism.
/// </summary>
public static class NaiveDigraph
{
    /// <summary>Every permutation of 0..n−1 as an image array, in lexicographic order.</summary>
    public static IEnumerable<int[]> AllPermutations(int n)
    {
        var a = Enumerable.Range(0, n).ToArray();
        while (true)
        {
            yield return (int[])a.Clone();
            int i = n - 2;
            while (i >= 0 && a[i] >= a[i + 1]) i--;
            if (i < 0) yield break;
            int j = n - 1;
            while (a[j] <= a[i]) j--;
            (a[i], a[j]) = (a[j], a[i]);
            Array.Reverse(a, i + 1, n - i - 1);
        }
    }

    /// <summary>True when σ sends <paramref name="from"/> onto <paramref name="to"/>: colour of v in from = colour of σ(v) in to, same for arcs.</summary>
    public static bool Maps(ColouredDigraph from, ColouredDigraph to, int[] sigma)
    {
        int n = from.VertexCount;
        for (int v = 0; v < n; v++)
            if (from.VertexColour(v) != to.VertexColour(sigma[v])) return false;
        for (int u = 0; u < n; u++)
            for (int v = 0; v < n; v++)
                if (from.ArcColour(u, v) != to.ArcColour(sigma[u], sigma[v])) return false;
        return true;
    }

    public static HashSet<Permutation> Automorphisms(ColouredDigraph g) =>
        AllPermutations(g.VertexCount).Where(s => Maps(g, g, s)).Select(s => Permutation.FromImages(s)).ToHashSet();

    public static bool AreIsomorphic(ColouredDigraph a, ColouredDigraph b) =>
        a.VertexCount == b.VertexCount && AllPermutations(a.VertexCount).Any(s => Maps(a, b, s));

    /// <summary>The digraph relabelled by σ, built independently of <see cref="ColouredDigraph.Relabel"/>.</summary>
    public static ColouredDigraph Relabel(ColouredDigraph g, int[] sigma)
    {
        int n = g.VertexCount;
        var vc = new int[n];
        var arcs = new int[n, n];
        for (int u = 0; u < n; u++)
        {
            vc[sigma[u]] = g.VertexColour(u);
            for (int v = 0; v < n; v++) arcs[sigma[u], sigma[v]] = g.ArcColour(u, v);
        }
        return ColouredDigraph.Create(vc, arcs);
    }
}
