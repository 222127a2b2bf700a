namespace Landscape.Symmetry.Groups;

/// <summary>
/// STOP-GAP until the coloured-digraph engine (src/Groups/ColouredGraphs) is merged: a plain
/// backtrack over the elements of a small ambient group Γ for those that carry one cell colouring
/// onto another, colours kept or renamed. Exponential in the worst case and meant only for
/// |Γ| ≤ 10⁶; the enumeration reaches it only through <see cref="IIsotropyEngine"/>.
/// </summary>
internal static class AmbientSearch
{
    /// <summary>
    /// Calls <paramref name="found"/> for each σ ∈ Γ with colour_b(σ(c)) = colour_a(c) for every cell
    /// (or = f(colour_a(c)) for a bijection f of the colours when <paramref name="rename"/>); stops
    /// when it returns false.
    /// </summary>
    public static void Run(AmbientGroup g, int[] a, int[] b, bool rename, Func<ulong, bool> found, CancellationToken cancel = default)
    {
        int n = g.Points, d = g.Columns;
        int colours = Math.Max(a.Max(), b.Max()) + 1;
        var order = PointOrder(g);
        var sigA = Signatures(g, a, rename);
        var sigB = Signatures(g, b, rename);
        var image = new int[n];
        Array.Fill(image, -1);
        var used = new bool[n];
        var forward = new int[colours];
        var backward = new int[colours];
        Array.Fill(forward, -1);
        Array.Fill(backward, -1);
        var trail = new int[g.Cells + 1];
        int trailTop = 0;
        bool stop = false;
        long steps = 0;

        bool Match(int cellA, int cellB)
        {
            int x = a[cellA], y = b[cellB];
            if (!rename) return x == y;
            if (forward[x] == y) return true;
            if (forward[x] >= 0 || backward[y] >= 0) return false;
            forward[x] = y; backward[y] = x;
            trail[trailTop++] = x;
            return true;
        }

        bool Consistent(int p, int q)
        {
            if (g.Diagonal)
            {
                for (int t = 0; t < n; t++)
                {
                    int u = t == p ? q : image[t];
                    if (u < 0) continue;
                    if (!Match(p * d + t, q * d + u) || !Match(t * d + p, u * d + q)) return false;
                }
                return true;
            }
            if (p < g.Rows)
            {
                for (int j = 0; j < d; j++)
                {
                    int u = image[g.Rows + j];
                    if (u >= 0 && !Match(p * d + j, q * d + (u - g.Rows))) return false;
                }
                return true;
            }
            int col = p - g.Rows, qc = q - g.Rows;
            for (int i = 0; i < g.Rows; i++)
            {
                int u = image[i];
                if (u >= 0 && !Match(i * d + col, u * d + qc)) return false;
            }
            return true;
        }

        void Descend(int level)
        {
            if (stop) return;
            if ((++steps & 0xFFF) == 0) cancel.ThrowIfCancellationRequested();
            if (level == n)
            {
                ulong x = 0;
                for (int p = 0; p < n; p++) x |= (ulong)image[p] << (4 * p);
                if (!found(x)) stop = true;
                return;
            }
            int point = order[level];
            int lo = point < g.ColumnOffset || g.Diagonal ? 0 : g.ColumnOffset;
            int hi = g.Diagonal ? n : point < g.Rows ? g.Rows : n;
            for (int q = lo; q < hi && !stop; q++)
            {
                if (used[q] || sigA[point] != sigB[q]) continue;
                int mark = trailTop;
                image[point] = q;
                if (Consistent(point, q))
                {
                    used[q] = true;
                    Descend(level + 1);
                    used[q] = false;
                }
                image[point] = -1;
                while (trailTop > mark) { int x = trail[--trailTop]; backward[forward[x]] = -1; forward[x] = -1; }
            }
        }

        Descend(0);
    }

    /// <summary>All σ ∈ Γ keeping every colour of <paramref name="colouring"/>: its 2-closure group, as elements.</summary>
    public static List<ulong> Automorphisms(AmbientGroup g, int[] colouring, bool rename, CancellationToken cancel = default)
    {
        var list = new List<ulong>();
        Run(g, colouring, colouring, rename, x => { list.Add(x); return true; }, cancel);
        return list;
    }

    /// <summary>Some σ ∈ Γ carrying colouring a onto b up to renaming colours, or null.</summary>
    public static ulong? Isomorphism(AmbientGroup g, int[] a, int[] b, CancellationToken cancel = default)
    {
        ulong? result = null;
        Run(g, a, b, rename: true, x => { result = x; return false; }, cancel);
        return result;
    }

    /// <summary>A few generators for the group whose elements are listed (greedy, by sifting).</summary>
    public static ulong[] Generators(AmbientGroup g, List<ulong> elements)
    {
        var gens = new List<ulong>();
        var perms = new List<Permutation>();
        var group = PermutationGroup.Trivial(g.Points);
        foreach (var x in elements)
        {
            if (group.Order == elements.Count) break;
            var p = g.PointPermutation(x);
            if (group.Contains(p)) continue;
            gens.Add(x);
            perms.Add(p);
            group = PermutationGroup.Create(g.Points, perms);
        }
        return gens.ToArray();
    }

    // Rows and columns interleaved, so that cells are checked as early as possible.
    private static int[] PointOrder(AmbientGroup g)
    {
        if (g.Diagonal) return Enumerable.Range(0, g.Points).ToArray();
        var order = new List<int>();
        for (int t = 0; t < Math.Max(g.Rows, g.Columns); t++)
        {
            if (t < g.Rows) order.Add(t);
            if (t < g.Columns) order.Add(g.Rows + t);
        }
        return order.ToArray();
    }

    // A point may only go to a point with the same multiset of (colours, or class sizes when colours
    // are renamed) along its row and its column.
    private static ulong[] Signatures(AmbientGroup g, int[] colouring, bool rename)
    {
        int colours = colouring.Max() + 1;
        var size = new int[colours];
        foreach (var c in colouring) size[c]++;
        int Value(int cell) => rename ? size[colouring[cell]] : colouring[cell];
        var sig = new ulong[g.Points];
        int d = g.Columns;
        var buffer = new List<int>();
        for (int p = 0; p < g.Points; p++)
        {
            buffer.Clear();
            if (g.Diagonal)
            {
                for (int t = 0; t < d; t++) buffer.Add(Value(p * d + t) * 2);
                for (int t = 0; t < d; t++) buffer.Add(Value(t * d + p) * 2 + 1);
                buffer.Sort();
                buffer.Add(-1 - Value(p * d + p));
            }
            else if (p < g.Rows)
            {
                for (int j = 0; j < d; j++) buffer.Add(Value(p * d + j));
                buffer.Sort();
            }
            else
            {
                for (int i = 0; i < g.Rows; i++) buffer.Add(Value(i * d + p - g.Rows));
                buffer.Sort();
            }
            ulong h = 1469598103934665603UL;
            foreach (var v in buffer) h = (h ^ (ulong)(uint)v) * 1099511628211UL;
            sig[p] = h;
        }
        return sig;
    }
}
