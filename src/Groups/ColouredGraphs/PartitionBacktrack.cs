using System.Numerics;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// The search tree of individualisation and refinement (McKay's nauty scheme): depth first, the
/// first path taken by the first vertex of the first non-singleton cell, leaves compared with the
/// first leaf (automorphisms) and, when a canonical form is wanted, with the best leaf so far.
/// </summary>
/// <remarks>
/// Pruning, each sound because equivalent subtrees hold equivalent leaves:
/// <list type="bullet">
/// <item>Orbits: a child is skipped when an automorphism found so far that fixes the node's prefix
/// maps it to a child already visited.
/// On the first path all automorphisms found so far fix the prefix, so one union–find serves.</item>
/// <item>Invariants: a node whose refinement trace differs from the first path's at its level can
/// hold no automorphism; in the canonical search it is also skipped when its trace sequence is
/// smaller than the best leaf's.</item>
/// <item>Jumps: a leaf equivalent to the first leaf sends the search back to the first-path node it
/// left; one equivalent to the best leaf, to the node where it left the best path.</item>
/// </list>
/// The order is the product, over the first-path levels, of the orbit length of the first-path
/// vertex under the automorphisms found fixing the prefix (they generate that stabilizer), so it is
/// exact; the automorphisms found are the generators.
/// </remarks>
internal sealed class PartitionBacktrack
{
    private const int Continue = int.MaxValue;

    private readonly ColouredDigraph graph;
    private readonly int n;
    private readonly bool canonical;
    private readonly CancellationToken cancellation;
    private readonly EquitableRefiner refiner;
    private readonly List<OrderedPartition> partitions = new();
    private readonly List<int[]> automorphisms = new();
    private readonly UnionFind firstOrbits;
    private readonly int[] stamp;
    private readonly int[] guessFrom;
    private readonly int[] guessTo;
    private int stampValue;

    private readonly List<ulong> currentTraces = new();
    private readonly List<int> currentPath = new();
    private ulong[] firstTraces = Array.Empty<ulong>();
    private int[] firstPath = Array.Empty<int>();
    private int[] firstLeaf = Array.Empty<int>();
    private ulong[] bestTraces = Array.Empty<ulong>();
    private int[] bestPath = Array.Empty<int>();
    private int[] bestLeaf = Array.Empty<int>();
    private int[] bestPositions = Array.Empty<int>();

    private PartitionBacktrack(ColouredDigraph graph, bool canonical, CancellationToken cancellation)
    {
        this.graph = graph;
        n = graph.VertexCount;
        this.canonical = canonical;
        this.cancellation = cancellation;
        refiner = new EquitableRefiner(graph);
        firstOrbits = new UnionFind(n);
        stamp = new int[n];
        guessFrom = new int[n];
        guessTo = new int[n];
    }

    public BigInteger Order { get; private set; } = BigInteger.One;

    public IReadOnlyList<int[]> Automorphisms => automorphisms;

    /// <summary>Vertex v's position in the canonical leaf (only after a canonical search).</summary>
    public int[] CanonicalPositions => bestPositions;

    /// <summary>Runs the search; deep trees run on a thread with a large stack (one frame per level).</summary>
    public static PartitionBacktrack Run(ColouredDigraph graph, bool canonical, CancellationToken cancellation)
    {
        var search = new PartitionBacktrack(graph, canonical, cancellation);
        if (graph.VertexCount <= 2000) search.Execute();
        else
        {
            Exception? failure = null;
            var thread = new Thread(() =>
            {
                try { search.Execute(); }
                catch (Exception e) { failure = e; }
            }, 256 * 1024 * 1024);
            thread.Start();
            thread.Join();
            if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }
        return search;
    }

    private void Execute()
    {
        cancellation.ThrowIfCancellationRequested();
        var root = OrderedPartition.ByColour(graph.VertexColourArray);
        ulong trace = n == 0 ? 0 : refiner.RefineAll(root);
        partitions.Add(root);
        currentTraces.Add(trace);
        Explore(0, onFirstPath: true, sameAsFirst: true);
    }

    private OrderedPartition PartitionAt(int level)
    {
        while (partitions.Count <= level) partitions.Add(new OrderedPartition(n));
        return partitions[level];
    }

    /// <summary>Explores the node at <paramref name="level"/>; returns the level of the ancestor at which to continue, or <see cref="Continue"/>.</summary>
    private int Explore(int level, bool onFirstPath, bool sameAsFirst)
    {
        cancellation.ThrowIfCancellationRequested();
        var node = partitions[level];
        if (node.IsDiscrete) return Leaf(level, onFirstPath, sameAsFirst);
        if (!onFirstPath)
        {
            if (sameAsFirst && TryGuess(node, firstLeaf, firstPath, level, out int target)) return target;
            if (canonical && CompareWithBest(level) == 0 && TryGuess(node, bestLeaf, bestPath, level, out target)) return target;
        }

        int start = node.FirstNonSingletonCell();
        int length = node.CellLength[start];
        // The node's own arrays are not touched below it (children work on copies), so the cell is read in place.
        var elements = node.Elements;
        UnionFind? orbits = onFirstPath ? firstOrbits : null;
        int orbitsVersion = onFirstPath ? int.MaxValue : -1;
        var processed = new List<int>();
        HashSet<int>? processedRoots = null;
        int rootsVersion = -1;

        for (int index = 0; index < length; index++)
        {
            int w = elements[start + index];
            if (index > 0)
            {
                // Skip w when an automorphism fixing the prefix maps it to a child already processed.
                if (!onFirstPath && orbitsVersion != automorphisms.Count)
                {
                    orbits = OrbitsFixingPrefix(level);
                    orbitsVersion = automorphisms.Count;
                }
                if (rootsVersion != automorphisms.Count)
                {
                    processedRoots = processed.Select(orbits!.Find).ToHashSet();
                    rootsVersion = automorphisms.Count;
                }
                if (processedRoots!.Contains(orbits!.Find(w))) continue;
                processedRoots.Add(orbits.Find(w));
            }
            processed.Add(w);

            var child = PartitionAt(level + 1);
            child.CopyFrom(node);
            ulong trace = refiner.IndividualiseAndRefine(child, w);
            SetAt(currentPath, level, w);
            SetAt(currentTraces, level + 1, trace);

            bool childOnFirst = onFirstPath && index == 0;
            bool childSame = childOnFirst || (sameAsFirst && level + 1 < firstTraces.Length && firstTraces[level + 1] == trace);
            if (!childOnFirst && !childSame && (!canonical || CompareWithBest(level + 1) < 0)) continue;

            int target = Explore(level + 1, childOnFirst, childSame);
            if (target < level) return target;
        }

        if (onFirstPath)
        {
            int root = firstOrbits.Find(processed[0]);
            int orbit = 0;
            for (int t = start; t < start + length; t++) if (firstOrbits.Find(elements[t]) == root) orbit++;
            Order *= orbit;
        }
        return Continue;
    }

    private int Leaf(int level, bool onFirstPath, bool sameAsFirst)
    {
        var leaf = partitions[level].Elements;
        if (onFirstPath)
        {
            firstLeaf = (int[])leaf.Clone();
            firstTraces = currentTraces.Take(level + 1).ToArray();
            firstPath = currentPath.Take(level).ToArray();
            SetBest(level);
            return Continue;
        }
        if (sameAsFirst && TryLeafAutomorphism(firstLeaf, leaf, level, out bool mapsFirstPath))
            return mapsFirstPath ? CommonPrefix(firstPath, level) : Continue;
        if (!canonical) return Continue;

        int byTraces = CompareWithBest(level);
        if (byTraces > 0) { SetBest(level); return Continue; }
        if (byTraces < 0) return Continue;
        int byGraph = CompareLeafGraphs(leaf, bestLeaf);
        if (byGraph > 0) { SetBest(level); return Continue; }
        if (byGraph == 0)
        {
            if (!TryLeafAutomorphism(bestLeaf, leaf, level, out bool mapsBestPath))
                throw new InvalidOperationException("Internal error: two leaves give the same relabelled graph but differ by a non-automorphism.");
            return mapsBestPath ? CommonPrefix(bestPath, level) : Continue;
        }
        return Continue;
    }

    /// <summary>
    /// The map sending the vertex at each position of <paramref name="from"/> to the one of
    /// <paramref name="to"/>, if it is an automorphism (then recorded).
    /// </summary>
    private bool TryLeafAutomorphism(int[] from, int[] to, int level, out bool mapsPath)
    {
        var g = new int[n];
        for (int t = 0; t < n; t++) g[from[t]] = to[t];
        var path = ReferenceEquals(from, firstLeaf) ? firstPath : bestPath;
        bool found = TryAutomorphism(g, path, level, out mapsPath);
        mapsPath &= path.Length == level;
        return found;
    }

    /// <summary>
    /// Records g if it is an automorphism. A jump back is only sound when g maps the first
    /// <paramref name="level"/> vertices of <paramref name="path"/> onto the current path; equal traces
    /// guarantee that (individualised vertices keep their positions), and <paramref name="mapsPath"/>
    /// checks it rather than trusting hashes.
    /// </summary>
    private bool TryAutomorphism(int[] g, int[] path, int level, out bool mapsPath)
    {
        mapsPath = false;
        if (!graph.PreservesColours(g)) return false;
        mapsPath = path.Length >= level && currentPath.Count >= level;
        for (int i = 0; i < level && mapsPath; i++) mapsPath = g[path[i]] == currentPath[i];
        bool identity = true;
        for (int v = 0; v < n && identity; v++) identity = g[v] == v;
        if (identity) return true;
        automorphisms.Add(g);
        for (int v = 0; v < n; v++) if (g[v] != v) firstOrbits.Union(v, g[v]);
        return true;
    }

    /// <summary>
    /// Before descending below a node whose traces match a stored leaf's path, tries the obvious
    /// candidate: singleton cells map position by position from the leaf, and within each other cell
    /// the vertices the node shares with the leaf's cell stay fixed while the rest pair off in order.
    /// For large symmetric groups (S_d on an identity matrix) this finds the automorphism at once
    /// instead of after a descent of d levels; if it fails nothing is lost but O(n) work.
    /// </summary>
    private bool TryGuess(OrderedPartition node, int[] leaf, int[] path, int level, out int target)
    {
        target = Continue;
        var e = node.Elements;
        var g = new int[n];
        for (int s = 0; s < n; s += node.CellLength[s])
        {
            int l = node.CellLength[s];
            if (l == 1) { g[leaf[s]] = e[s]; continue; }
            // Fresh marks per cell: a vertex marked for another cell must not count as shared here.
            int markB = stampValue + 1, markBoth = stampValue + 2;
            stampValue += 2;
            for (int t = s; t < s + l; t++) stamp[e[t]] = markB;
            int onlyA = 0, onlyB = 0;
            for (int t = s; t < s + l; t++)
            {
                int x = leaf[t];
                if (stamp[x] == markB) { g[x] = x; stamp[x] = markBoth; }
                else guessFrom[onlyA++] = x;
            }
            for (int t = s; t < s + l; t++)
                if (stamp[e[t]] == markB) guessTo[onlyB++] = e[t];
            if (onlyA != onlyB) return false; // the leaf's cell holds vertices of other cells: no guess
            for (int i = 0; i < onlyA; i++) g[guessFrom[i]] = guessTo[i];
        }
        if (!TryAutomorphism(g, path, level, out bool mapsPath) || !mapsPath) return false;
        target = CommonPrefix(path, level);
        return true;
    }

    private void SetBest(int level)
    {
        var leaf = partitions[level].Elements;
        bestLeaf = (int[])leaf.Clone();
        bestTraces = currentTraces.Take(level + 1).ToArray();
        bestPath = currentPath.Take(level).ToArray();
        if (canonical) bestPositions = (int[])partitions[level].Position.Clone();
    }

    /// <summary>The current node's trace sequence against the best leaf's, lexicographically (a longer sequence wins a tie).</summary>
    private int CompareWithBest(int level)
    {
        int common = Math.Min(level + 1, bestTraces.Length);
        for (int i = 0; i < common; i++)
        {
            int c = currentTraces[i].CompareTo(bestTraces[i]);
            if (c != 0) return c;
        }
        // Equal prefixes: the current node is still on a path that can tie with the best leaf.
        return level + 1 <= bestTraces.Length ? 0 : 1;
    }

    /// <summary>Compares the graphs relabelled by the two leaves: vertex colours, then arc colours row by row.</summary>
    private int CompareLeafGraphs(int[] a, int[] b)
    {
        var vc = graph.VertexColourArray;
        for (int t = 0; t < n; t++)
        {
            int c = vc[a[t]].CompareTo(vc[b[t]]);
            if (c != 0) return c;
        }
        var arcs = graph.ArcArray;
        for (int s = 0; s < n; s++)
        {
            int ra = a[s] * n, rb = b[s] * n;
            for (int t = 0; t < n; t++)
            {
                int c = arcs[ra + a[t]].CompareTo(arcs[rb + b[t]]);
                if (c != 0) return c;
            }
        }
        return 0;
    }

    private int CommonPrefix(int[] path, int level)
    {
        int i = 0;
        while (i < level && i < path.Length && path[i] == currentPath[i]) i++;
        return i;
    }

    private UnionFind OrbitsFixingPrefix(int level)
    {
        var uf = new UnionFind(n);
        foreach (var g in automorphisms)
        {
            bool fixes = true;
            for (int i = 0; i < level && fixes; i++) fixes = g[currentPath[i]] == currentPath[i];
            if (!fixes) continue;
            for (int v = 0; v < n; v++) if (g[v] != v) uf.Union(v, g[v]);
        }
        return uf;
    }

    private static void SetAt<T>(List<T> list, int index, T value)
    {
        if (index < list.Count) list[index] = value;
        else list.Add(value);
    }
}
