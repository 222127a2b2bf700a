namespace Landscape.Symmetry.Groups;

/// <summary>
/// One level of a stabilizer chain: a base point, the strong generators fixing the earlier base
/// points, and the basic orbit with its Schreier tree stored as a Schreier vector.
/// </summary>
/// <remarks>
/// The tree is kept as a vector rather than as explicit coset representatives because explicit
/// transversals cost |orbit|·degree integers per level: a gigabyte for the hyperoctahedral group
/// on 1000 points. <c>label[y] = k</c> means y = x^{gens[k]} for its parent x; the root has −2 and
/// points outside the orbit −1.
/// </remarks>
internal sealed class SchreierTreeLevel
{
    private const int Root = -2;
    private const int Outside = -1;

    private readonly int[] label;
    private readonly int[] depth;
    private readonly List<int[]> generators = new();
    private readonly List<int[]> inverses = new();
    private readonly List<int> orbit = new();

    public SchreierTreeLevel(int basePoint, int degree)
    {
        BasePoint = basePoint;
        label = new int[degree];
        depth = new int[degree];
        Array.Fill(label, Outside);
        label[basePoint] = Root;
        orbit.Add(basePoint);
    }

    /// <summary>The height of the Schreier tree: a strip costs up to this many passes over the degree.</summary>
    public int MaxDepth { get; private set; }

    /// <summary>
    /// True when the tree is much deeper than a tree on random generators would be (about log₂ of
    /// the orbit length): a long cycle among the generators gives depth |orbit|/2, and every sift
    /// through this level then costs that many passes over the degree.
    /// </summary>
    public bool IsDeep => MaxDepth > 8 + 2 * Math.Log2(orbit.Count);

    public int BasePoint { get; }

    public IReadOnlyList<int> Orbit => orbit;

    public IReadOnlyList<int[]> Generators => generators;

    public bool InOrbit(int point) => label[point] != Outside;

    /// <summary>Adds a strong generator and extends the orbit and tree breadth-first.</summary>
    public void AddGenerator(int[] g)
    {
        var inv = new int[g.Length];
        for (int i = 0; i < g.Length; i++) inv[g[i]] = i;
        generators.Add(g);
        inverses.Add(inv);
        int k = generators.Count - 1;
        int old = orbit.Count;
        for (int t = 0; t < old; t++)
        {
            int x = orbit[t];
            int y = g[x];
            if (label[y] == Outside) Attach(y, x, k);
        }
        Grow(old);
    }

    /// <summary>Rebuilds the tree breadth-first over all generators, so that every point sits at its shortest distance from the root.</summary>
    public void Rebuild()
    {
        foreach (var x in orbit) label[x] = Outside;
        label[BasePoint] = Root;
        depth[BasePoint] = 0;
        MaxDepth = 0;
        orbit.Clear();
        orbit.Add(BasePoint);
        Grow(0);
    }

    private void Grow(int from)
    {
        for (int t = from; t < orbit.Count; t++)
        {
            int x = orbit[t];
            for (int j = 0; j < generators.Count; j++)
            {
                int y = generators[j][x];
                if (label[y] == Outside) Attach(y, x, j);
            }
        }
    }

    private void Attach(int y, int parent, int generator)
    {
        label[y] = generator;
        depth[y] = depth[parent] + 1;
        if (depth[y] > MaxDepth) MaxDepth = depth[y];
        orbit.Add(y);
    }

    /// <summary>
    /// Replaces h by h·u_β⁻¹ in place, where β = (base point)^h is in the orbit and u_β is the
    /// tree's coset representative; afterwards h fixes the base point.
    /// </summary>
    /// <param name="h">The element, changed in place.</param>
    /// <param name="support">When given, the only points h and this level's generators may move;
    /// the others are left alone (they are fixed before and after).</param>
    public void StripInPlace(int[] h, int[]? support = null)
    {
        int beta = h[BasePoint];
        while (label[beta] != Root)
        {
            var inv = inverses[label[beta]];
            if (support is null)
                for (int x = 0; x < h.Length; x++) h[x] = inv[h[x]];
            else
                foreach (int x in support) h[x] = inv[h[x]];
            beta = inv[beta];
        }
    }

    /// <summary>The coset representative u_β: an element mapping the base point to β.</summary>
    public int[] Representative(int beta)
    {
        if (label[beta] == Outside)
            throw new ArgumentException($"Point {beta} is not in the basic orbit of base point {BasePoint}.", nameof(beta));
        var path = new List<int>();
        for (int x = beta; label[x] != Root; x = inverses[label[x]][x]) path.Add(label[x]);
        var u = new int[label.Length];
        for (int i = 0; i < u.Length; i++) u[i] = i;
        for (int idx = path.Count - 1; idx >= 0; idx--)
        {
            var g = generators[path[idx]];
            for (int i = 0; i < u.Length; i++) u[i] = g[u[i]];
        }
        return u;
    }
}
