namespace Landscape.Symmetry.Groups;

/// <summary>
/// An ordered partition of the vertices 0..n−1 into cells, each cell a contiguous range of positions
/// (the representation of nauty and bliss). Cells are named by their first position.
/// </summary>
internal sealed class OrderedPartition
{
    public OrderedPartition(int n)
    {
        Elements = new int[n];
        Position = new int[n];
        CellStartAt = new int[n];
        CellLength = new int[n];
    }

    /// <summary>The vertex at each position.</summary>
    public int[] Elements { get; }

    /// <summary>The position of each vertex.</summary>
    public int[] Position { get; }

    /// <summary>For each position, the first position of its cell.</summary>
    public int[] CellStartAt { get; }

    /// <summary>For each cell start, the cell's length (meaningless at other positions).</summary>
    public int[] CellLength { get; }

    public int CellCount { get; set; }

    public int Size => Elements.Length;

    public bool IsDiscrete => CellCount == Elements.Length;

    /// <summary>The partition into colour classes, cells in increasing colour order.</summary>
    public static OrderedPartition ByColour(int[] colours)
    {
        int n = colours.Length;
        var p = new OrderedPartition(n);
        var order = Enumerable.Range(0, n).ToArray();
        var keys = (int[])colours.Clone();
        Array.Sort(keys, order);
        for (int t = 0; t < n; t++) { p.Elements[t] = order[t]; p.Position[order[t]] = t; }
        int start = 0;
        for (int t = 1; t <= n; t++)
        {
            if (t < n && keys[t] == keys[start]) continue;
            p.CellLength[start] = t - start;
            for (int u = start; u < t; u++) p.CellStartAt[u] = start;
            p.CellCount++;
            start = t;
        }
        return p;
    }

    public void CopyFrom(OrderedPartition other)
    {
        other.Elements.AsSpan().CopyTo(Elements);
        other.Position.AsSpan().CopyTo(Position);
        other.CellStartAt.AsSpan().CopyTo(CellStartAt);
        other.CellLength.AsSpan().CopyTo(CellLength);
        CellCount = other.CellCount;
    }

    /// <summary>Moves v to the front of its cell and makes it a singleton cell; returns that cell's start.</summary>
    public int Individualise(int v)
    {
        int s = CellStartAt[Position[v]];
        int len = CellLength[s];
        int pv = Position[v];
        int u = Elements[s];
        Elements[s] = v; Position[v] = s;
        Elements[pv] = u; Position[u] = pv;
        if (len == 1) return s;
        CellLength[s] = 1;
        CellLength[s + 1] = len - 1;
        for (int t = s + 1; t < s + len; t++) CellStartAt[t] = s + 1;
        CellCount++;
        return s;
    }

    /// <summary>The first non-singleton cell's start, or −1 when discrete.</summary>
    public int FirstNonSingletonCell()
    {
        for (int s = 0; s < Elements.Length; s += CellLength[s])
            if (CellLength[s] > 1) return s;
        return -1;
    }
}
