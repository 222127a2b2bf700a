namespace Landscape.Symmetry.Groups;

/// <summary>
/// An immutable directed graph whose vertices and ordered vertex pairs carry integer colours: the
/// input of <see cref="DigraphAutomorphisms"/>.
/// </summary>
/// <remarks>
/// Every ordered pair (u, v), loops included, has an arc colour; "no arc" is simply one more colour
/// value. Colours are fixed labels: an automorphism maps each vertex to a vertex of the same colour
/// and each arc to an arc of the same colour; colours are never permuted. Equality is by value
/// (vertex count, vertex colours, arc colours), so canonical forms can serve as dictionary keys.
/// </remarks>
public sealed class ColouredDigraph : IEquatable<ColouredDigraph>
{
    private readonly int[] vertexColours;
    private readonly int[] arcColours; // (u, v) at u·n + v
    private int hash;

    private ColouredDigraph(int[] vertexColours, int[] arcColours)
    {
        this.vertexColours = vertexColours;
        this.arcColours = arcColours;
    }

    /// <summary>Number of vertices n; the vertices are 0, …, n−1.</summary>
    public int VertexCount => vertexColours.Length;

    /// <summary>The colour of vertex v.</summary>
    public int VertexColour(int v) => vertexColours[v];

    /// <summary>The colour of the ordered pair (from, to); a loop when from == to.</summary>
    public int ArcColour(int from, int to) => arcColours[from * vertexColours.Length + to];

    /// <summary>All vertex colours, entry v for vertex v.</summary>
    public ReadOnlySpan<int> VertexColours => vertexColours;

    /// <summary>
    /// A digraph from its vertex colours (length n) and an n×n table of arc colours, entry [u, v]
    /// the colour of the arc u → v. The arrays are copied.
    /// </summary>
    /// <exception cref="ArgumentException">The table is not n×n, or too large.</exception>
    public static ColouredDigraph Create(int[] vertexColours, int[,] arcColours)
    {
        ArgumentNullException.ThrowIfNull(vertexColours);
        ArgumentNullException.ThrowIfNull(arcColours);
        int n = vertexColours.Length;
        if (arcColours.GetLength(0) != n || arcColours.GetLength(1) != n)
            throw new ArgumentException(
                $"The arc colour table is {arcColours.GetLength(0)}×{arcColours.GetLength(1)}, but there are {n} vertex colours; expected an {n}×{n} table.",
                nameof(arcColours));
        CheckSize(n);
        var arcs = new int[n * n];
        for (int u = 0; u < n; u++)
            for (int v = 0; v < n; v++) arcs[u * n + v] = arcColours[u, v];
        return new ColouredDigraph((int[])vertexColours.Clone(), arcs);
    }

    /// <summary>Wraps arrays the caller built, owns no more and guarantees consistent (arcs has n² entries).</summary>
    internal static ColouredDigraph Trusted(int[] vertexColours, int[] arcColours) => new(vertexColours, arcColours);

    internal int[] ArcArray => arcColours;

    internal int[] VertexColourArray => vertexColours;

    /// <summary>
    /// The graph relabelled by σ: vertex v becomes σ(v), so the result H has
    /// H.VertexColour(σ(v)) = VertexColour(v) and H.ArcColour(σ(u), σ(v)) = ArcColour(u, v).
    /// </summary>
    /// <exception cref="ArgumentException">σ does not have degree n.</exception>
    public ColouredDigraph Relabel(Permutation sigma)
    {
        ArgumentNullException.ThrowIfNull(sigma);
        int n = VertexCount;
        if (sigma.Degree != n)
            throw new ArgumentException($"The relabelling has degree {sigma.Degree}; expected the vertex count {n}.", nameof(sigma));
        var vc = new int[n];
        var arcs = new int[arcColours.Length];
        for (int u = 0; u < n; u++)
        {
            int su = sigma[u];
            vc[su] = vertexColours[u];
            for (int v = 0; v < n; v++) arcs[su * n + sigma[v]] = arcColours[u * n + v];
        }
        return new ColouredDigraph(vc, arcs);
    }

    /// <summary>True when σ (of degree n) preserves every vertex colour and every arc colour.</summary>
    public bool IsAutomorphism(Permutation sigma)
    {
        ArgumentNullException.ThrowIfNull(sigma);
        return sigma.Degree == VertexCount && PreservesColours(sigma.ImageArray);
    }

    /// <summary>Checks only the pairs with a moved end: O(moved · n) instead of O(n²).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal bool PreservesColours(int[] g)
    {
        int n = vertexColours.Length;
        var moved = new List<int>();
        for (int v = 0; v < n; v++)
        {
            if (g[v] == v) continue;
            if (vertexColours[g[v]] != vertexColours[v]) return false;
            moved.Add(v);
        }
        foreach (int u in moved)
        {
            int row = u * n, image = g[u] * n;
            for (int v = 0; v < n; v++)
                if (arcColours[row + v] != arcColours[image + g[v]]) return false;
        }
        for (int u = 0; u < n; u++)
        {
            if (g[u] != u) continue;
            int row = u * n;
            foreach (int v in moved)
                if (arcColours[row + v] != arcColours[row + g[v]]) return false;
        }
        return true;
    }

    internal static void CheckSize(int n)
    {
        if ((long)n * n > Array.MaxLength)
            throw new ArgumentException($"A digraph with {n} vertices has {(long)n * n} arc colours, more than an array holds; use at most 46340 vertices.");
    }

    /// <inheritdoc />
    public bool Equals(ColouredDigraph? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (vertexColours.AsSpan().SequenceEqual(other.vertexColours) && arcColours.AsSpan().SequenceEqual(other.arcColours)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ColouredDigraph);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        if (hash != 0) return hash;
        var h = new HashCode();
        h.Add(vertexColours.Length);
        h.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vertexColours.AsSpan()));
        h.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(arcColours.AsSpan()));
        int value = h.ToHashCode();
        hash = value == 0 ? 1 : value;
        return hash;
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(ColouredDigraph? a, ColouredDigraph? b) => a is null ? b is null : a.Equals(b);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ColouredDigraph? a, ColouredDigraph? b) => !(a == b);

    /// <summary>A short description: vertex count and number of distinct vertex and arc colours.</summary>
    public override string ToString() =>
        $"ColouredDigraph({VertexCount} vertices, {vertexColours.Distinct().Count()} vertex colours, {arcColours.Distinct().Count()} arc colours)";
}
