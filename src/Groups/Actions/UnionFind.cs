using System.Collections.Immutable;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// Disjoint sets over 0..n−1 with path halving and union by size: the orbits of a group from its generators, the
/// blocks of a Young subgroup from the transpositions it contains, the orbitals from the pairs.
/// </summary>
public sealed class UnionFind
{
    private readonly int[] parent;
    private readonly int[] size;

    /// <summary>n singletons {0}, …, {n−1}.</summary>
    public UnionFind(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) { parent[i] = i; size[i] = 1; }
    }

    /// <summary>The number of points n.</summary>
    public int Count => parent.Length;

    /// <summary>The root of the class of <paramref name="x"/> (which root stands for a class is unspecified).</summary>
    public int Find(int x)
    {
        while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
        return x;
    }

    /// <summary>Whether a and b are in one class.</summary>
    public bool Connected(int a, int b) => Find(a) == Find(b);

    /// <summary>Merges the classes of a and b; returns the absorbed root and the surviving root, or null if already merged.</summary>
    public (int Absorbed, int Root)? Union(int a, int b)
    {
        a = Find(a); b = Find(b);
        if (a == b) return null;
        if (size[a] < size[b]) (a, b) = (b, a);
        parent[b] = a;
        size[a] += size[b];
        return (b, a);
    }

    /// <summary>The size of the class of <paramref name="x"/>.</summary>
    public int SizeOf(int x) => size[Find(x)];

    /// <summary>The class of each point as a number 0, 1, … in order of first occurrence (point 0 is in class 0).</summary>
    public int[] Labels()
    {
        var labels = new int[parent.Length];
        var byRoot = new int[parent.Length];
        Array.Fill(byRoot, -1);
        int next = 0;
        for (int x = 0; x < parent.Length; x++)
        {
            int r = Find(x);
            if (byRoot[r] < 0) byRoot[r] = next++;
            labels[x] = byRoot[r];
        }
        return labels;
    }

    /// <summary>The classes, each sorted, ordered by their smallest point.</summary>
    public ImmutableArray<ImmutableArray<int>> Classes()
    {
        var byRoot = new Dictionary<int, List<int>>();
        for (int x = 0; x < parent.Length; x++)
        {
            int r = Find(x);
            if (!byRoot.TryGetValue(r, out var list)) byRoot[r] = list = new List<int>();
            list.Add(x);
        }
        return byRoot.Values.OrderBy(c => c[0]).Select(c => c.ToImmutableArray()).ToImmutableArray();
    }
}
