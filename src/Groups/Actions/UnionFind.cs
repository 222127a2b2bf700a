using System.Collections.Immutable;

namespace Landscape.Symmetry.Groups;

/// <summary>Disjoint sets over 0..n−1 with path halving and union by size.</summary>
internal sealed class UnionFind
{
    private readonly int[] parent;
    private readonly int[] size;

    public UnionFind(int n)
    {
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) { parent[i] = i; size[i] = 1; }
    }

    public int Find(int x)
    {
        while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
        return x;
    }

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

    public int SizeOf(int x) => size[Find(x)];

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
