namespace Landscape.Symmetry.Groups;

/// <summary>
/// The orbitals of a permutation group: its orbits on ordered pairs of points. A conjugator σ with
/// H^σ = K maps every orbital of H onto an orbital of K of the same size, which prunes a search for σ
/// pair by pair.
/// </summary>
internal sealed class Orbitals
{
    private readonly int[] index;

    private Orbitals(int degree, int[] index, int[] sizes)
    {
        Degree = degree;
        this.index = index;
        Sizes = sizes;
    }

    public int Degree { get; }

    /// <summary>Size of each orbital, by its index.</summary>
    public int[] Sizes { get; }

    /// <summary>The index of the orbital holding (x, y).</summary>
    public int Of(int x, int y) => index[x * Degree + y];

    /// <summary>Union–find over the n² pairs under the generators: O(n²·r) time and memory.</summary>
    public static Orbitals Compute(PermutationGroup group)
    {
        int n = group.Degree;
        var uf = new UnionFind(n * n);
        foreach (var g in group.Generators)
            for (int x = 0; x < n; x++)
            {
                int gx = g[x];
                for (int y = 0; y < n; y++) uf.Union(x * n + y, gx * n + g[y]);
            }
        var index = new int[n * n];
        var byRoot = new Dictionary<int, int>();
        var sizes = new List<int>();
        for (int p = 0; p < n * n; p++)
        {
            int r = uf.Find(p);
            if (!byRoot.TryGetValue(r, out int id))
            {
                id = sizes.Count;
                byRoot.Add(r, id);
                sizes.Add(0);
            }
            index[p] = id;
            sizes[id]++;
        }
        return new Orbitals(n, index, sizes.ToArray());
    }
}
