namespace Landscape.Symmetry.Groups;

/// <summary>
/// Colour refinement of an ordered partition to the coarsest equitable refinement: cells are split
/// until every vertex of a cell sees the same multiset of (arc colour out, arc colour in) towards
/// every cell. Splitters are processed from a queue with Hopcroft's "all fragments but the largest"
/// rule, as in nauty.
/// </summary>
/// <remarks>
/// The multiset a vertex v sees towards a splitter S is summarised by a 64-bit sum over w ∈ S of
/// random keys of the colours of v → w and w → v. The sum is additive (as the rule needs) and a
/// function of colours only, so the refinement commutes with relabelling: that is all the search
/// needs for correctness. A collision (probability about 2⁻⁶⁴ per pair) would only leave a cell
/// unsplit, making the search tree larger, never a result wrong, since leaves are compared exactly.
/// Fragments are ordered by their key, and the returned trace hashes every split (cell position,
/// fragment sizes and keys), so equivalent search nodes have equal traces.
/// </remarks>
internal sealed class EquitableRefiner
{
    private readonly int n;
    private readonly int[] arcs;       // dense colour index of u → v at u·n + v
    private readonly int[] arcsT;      // dense colour index of v → u at u·n + v
    private readonly ulong[] keyOut;   // key of "v has an arc of this colour into the splitter"
    private readonly ulong[] keyIn;    // key of "the splitter has an arc of this colour into v"
    private readonly ulong[] sums;
    private readonly ulong[] sortKeys;
    private readonly int[] queue;
    private readonly bool[] queued;
    private readonly List<int> fragments = new();
    private const int FewKeys = 8;
    private readonly ulong[] fewKeys = new ulong[FewKeys];
    private readonly int[] fewCounts = new int[FewKeys];
    private readonly int[] fewOffsets = new int[FewKeys];
    private readonly int[] scratch;
    private readonly int[] activeCells;

    public EquitableRefiner(ColouredDigraph graph)
    {
        n = graph.VertexCount;
        var source = graph.ArcArray;
        // Dense indices in increasing colour order keep the keys a function of the colour values.
        int min = int.MaxValue, max = int.MinValue;
        foreach (int c in source) { if (c < min) min = c; if (c > max) max = c; }
        int colourCount;
        arcs = new int[source.Length];
        arcsT = new int[source.Length];
        if (source.Length > 0 && (long)max - min < 4L * source.Length + 64)
        {
            // Colours in a compact range (the usual case: cluster numbers) index an array directly.
            var rank = new int[max - min + 1];
            foreach (int c in source) rank[c - min] = 1;
            int count = 0;
            for (int i = 0; i < rank.Length; i++) rank[i] = rank[i] == 1 ? count++ : -1;
            colourCount = count;
            for (int u = 0; u < n; u++)
                for (int v = 0; v < n; v++)
                {
                    int c = rank[source[u * n + v] - min];
                    arcs[u * n + v] = c;
                    arcsT[v * n + u] = c;
                }
        }
        else
        {
            var distinct = source.Distinct().ToArray();
            Array.Sort(distinct);
            colourCount = distinct.Length;
            var index = new Dictionary<int, int>(distinct.Length);
            for (int i = 0; i < distinct.Length; i++) index[distinct[i]] = i;
            for (int u = 0; u < n; u++)
                for (int v = 0; v < n; v++)
                {
                    int c = index[source[u * n + v]];
                    arcs[u * n + v] = c;
                    arcsT[v * n + u] = c;
                }
        }
        keyOut = new ulong[colourCount];
        keyIn = new ulong[colourCount];
        for (int i = 0; i < colourCount; i++)
        {
            keyOut[i] = Mix(0x5851F42D4C957F2DUL ^ (ulong)(2 * i + 1));
            keyIn[i] = Mix(0x14057B7EF767814FUL ^ (ulong)(2 * i + 2));
        }
        sums = new ulong[n];
        scratch = new int[n];
        activeCells = new int[n];
        sortKeys = new ulong[n];
        queue = new int[n + 1];
        queued = new bool[n];
    }

    /// <summary>Refines from scratch: every cell is a splitter.</summary>
    public ulong RefineAll(OrderedPartition p)
    {
        int count = 0;
        for (int s = 0; s < n; s += p.CellLength[s]) queue[count++] = s;
        return Refine(p, count, Mix(0xA0761D6478BD642FUL ^ (ulong)p.CellCount));
    }

    /// <summary>Individualises v, then refines with its singleton cell as the only splitter.</summary>
    public ulong IndividualiseAndRefine(OrderedPartition p, int v)
    {
        int s = p.Individualise(v);
        queue[0] = s;
        return Refine(p, 1, Mix(0xE7037ED1A0B428DBUL ^ (ulong)s));
    }

    // Hot loops: compiled optimised at once, since tier-0 code would run for most of a short search.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private ulong Refine(OrderedPartition p, int initial, ulong trace)
    {
        int head = 0, tail = initial, count = initial;
        int cap = queue.Length;
        for (int i = 0; i < initial; i++) queued[queue[i]] = true;
        var elements = p.Elements;
        while (count > 0 && !p.IsDiscrete)
        {
            int s = queue[head]; head = (head + 1) % cap; count--;
            queued[s] = false;
            int len = p.CellLength[s];
            trace = Mix(trace ^ ((ulong)s << 32 | (uint)len));

            // Only vertices of non-singleton cells can be split, so only they need their sums.
            int active = 0;
            for (int c = 0; c < n; c += p.CellLength[c])
                if (p.CellLength[c] > 1) activeCells[active++] = c;
            if (active == 0) break;
            for (int a = 0; a < active; a++)
            {
                int c = activeCells[a];
                for (int t = c; t < c + p.CellLength[c]; t++) sums[elements[t]] = 0;
            }
            for (int t = s; t < s + len; t++)
            {
                int row = elements[t] * n;
                var outRow = arcsT.AsSpan(row, n);   // colour of v → w
                var inRow = arcs.AsSpan(row, n);     // colour of w → v
                for (int a = 0; a < active; a++)
                {
                    int c = activeCells[a];
                    int end = c + p.CellLength[c];
                    for (int u = c; u < end; u++)
                    {
                        int v = elements[u];
                        sums[v] += keyOut[outRow[v]] + keyIn[inRow[v]];
                    }
                }
            }

            for (int a = 0; a < active; a++)
            {
                int c = activeCells[a];
                int cl = p.CellLength[c];
                if (!Uniform(elements, c, cl))
                {
                    trace = Split(p, c, cl, trace, ref tail, ref count);
                    if (p.IsDiscrete) break;
                }
            }
        }
        // Leave the queue flags clean for the next call.
        while (count > 0) { queued[queue[head]] = false; head = (head + 1) % cap; count--; }
        return Mix(trace ^ (ulong)p.CellCount);
    }

    // Hot loops: compiled optimised at once, since tier-0 code would run for most of a short search.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool Uniform(int[] elements, int c, int cl)
    {
        ulong first = sums[elements[c]];
        for (int t = c + 1; t < c + cl; t++)
            if (sums[elements[t]] != first) return false;
        return true;
    }

    // Hot loops: compiled optimised at once, since tier-0 code would run for most of a short search.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private ulong Split(OrderedPartition p, int c, int cl, ulong trace, ref int tail, ref int count)
    {
        var elements = p.Elements;
        if (!SplitByFewKeys(elements, c, cl))
        {
            for (int t = c; t < c + cl; t++) sortKeys[t] = sums[elements[t]];
            Array.Sort(sortKeys, elements, c, cl);
        }
        fragments.Clear();
        int start = c, largest = c, largestLength = 0;
        for (int t = c + 1; t <= c + cl; t++)
        {
            if (t < c + cl && sortKeys[t] == sortKeys[start]) continue;
            int length = t - start;
            p.CellLength[start] = length;
            for (int u = start; u < t; u++)
            {
                p.CellStartAt[u] = start;
                p.Position[elements[u]] = u;
            }
            trace = Mix(trace ^ sortKeys[start] ^ ((ulong)start << 40) ^ (ulong)length);
            if (length > largestLength) { largest = start; largestLength = length; }
            fragments.Add(start);
            start = t;
        }
        p.CellCount += fragments.Count - 1;
        bool wasQueued = queued[c];
        foreach (int f in fragments)
        {
            if (queued[f]) continue;                    // the first fragment inherits c's place in the queue
            if (!wasQueued && f == largest) continue;   // its effect follows from the others and the whole cell
            queued[f] = true;
            queue[tail] = f; tail = (tail + 1) % queue.Length; count++;
        }
        return trace;
    }

    /// <summary>
    /// Orders a cell by key with a counting sort when it has at most <see cref="FewKeys"/> distinct
    /// keys (the usual case after individualising one vertex), filling <c>sortKeys</c> as the sort
    /// would; returns false, touching nothing, when there are more.
    /// </summary>
    // Hot loops: compiled optimised at once, since tier-0 code would run for most of a short search.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool SplitByFewKeys(int[] elements, int c, int cl)
    {
        int distinct = 0;
        for (int t = c; t < c + cl; t++)
        {
            ulong key = sums[elements[t]];
            int k = 0;
            while (k < distinct && fewKeys[k] != key) k++;
            if (k == distinct)
            {
                if (distinct == FewKeys) return false;
                fewKeys[distinct] = key;
                fewCounts[distinct++] = 0;
            }
            fewCounts[k]++;
        }
        Array.Sort(fewKeys, fewCounts, 0, distinct);
        int offset = c;
        for (int k = 0; k < distinct; k++)
        {
            fewOffsets[k] = offset;
            for (int t = 0; t < fewCounts[k]; t++) sortKeys[offset + t] = fewKeys[k];
            offset += fewCounts[k];
        }
        for (int t = c; t < c + cl; t++)
        {
            int v = elements[t];
            ulong key = sums[v];
            int k = 0;
            while (fewKeys[k] != key) k++;
            scratch[fewOffsets[k]++] = v;
        }
        Array.Copy(scratch, c, elements, c, cl);
        return true;
    }

    /// <summary>SplitMix64's finaliser: a bijective 64-bit mixer.</summary>
    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
