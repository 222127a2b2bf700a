using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// The ambient group Γ of an isotropy enumeration, small enough to index every element: ΔS_d acting
/// as (π, π) on the cells of M(d,d), or S_k × S_d acting as (π, ρ) on the cells of M(k,d).
/// </summary>
/// <remarks>
/// An element is packed into a <see cref="ulong"/>, four bits per point, as a permutation of the
/// "points": the d points of ΔS_d, or the k rows followed by the d columns (column j is point k + j).
/// Cell (i, j) is i·d + j, as in <see cref="MatrixCellAction"/>. Elements are ranked by Lehmer codes
/// (rows' rank · d! + columns' rank), so a visited set over Γ is a bitmap. Products follow the
/// library's right action: <c>Multiply(x, y)</c> applies x, then y.
/// </remarks>
internal sealed class AmbientGroup
{
    /// <summary>Largest number of points a packed element holds.</summary>
    public const int MaxPoints = 16;

    private readonly int[] factorial;

    public AmbientGroup(int k, int d, bool diagonal)
    {
        if (diagonal && k != d) throw new ArgumentException($"ΔS_d acts on square matrices; got k = {k}, d = {d}.");
        Rows = k;
        Columns = d;
        Diagonal = diagonal;
        Points = diagonal ? d : k + d;
        if (Points > MaxPoints) throw new ArgumentOutOfRangeException(nameof(d), $"At most {MaxPoints} rows and columns together; got {Points}.");
        Cells = k * d;
        factorial = new int[13];
        factorial[0] = 1;
        for (int i = 1; i < factorial.Length; i++) factorial[i] = factorial[i - 1] * i;
        ColumnFactorial = factorial[d];
        long order = diagonal ? factorial[d] : (long)factorial[k] * factorial[d];
        Order = checked((int)order);
        Identity = 0;
        for (int p = 0; p < Points; p++) Identity |= (ulong)p << (4 * p);
    }

    public int Rows { get; }
    public int Columns { get; }
    public bool Diagonal { get; }
    public int Points { get; }
    public int Cells { get; }
    public int Order { get; }
    public ulong Identity { get; }
    private int ColumnFactorial { get; }

    /// <summary>First point that stands for a column (0 for ΔS_d, k for S_k × S_d).</summary>
    public int ColumnOffset => Diagonal ? 0 : Rows;

    /// <summary>|Γ| for ΔS_d (diagonal) or S_k × S_d, without building anything.</summary>
    public static BigInteger OrderOf(int k, int d, bool diagonal) =>
        diagonal ? Factorials.Of(d) : Factorials.Of(k) * Factorials.Of(d);

    public static int Get(ulong x, int p) => (int)((x >> (4 * p)) & 0xF);

    public int RowImage(ulong x, int i) => Get(x, i);

    public int ColumnImage(ulong x, int j) => Get(x, ColumnOffset + j) - ColumnOffset;

    public int CellImage(ulong x, int cell)
    {
        int i = cell / Columns, j = cell - i * Columns;
        return RowImage(x, i) * Columns + ColumnImage(x, j);
    }

    /// <summary>x then y: the point p goes to y(x(p)).</summary>
    public ulong Multiply(ulong x, ulong y)
    {
        ulong r = 0;
        for (int p = 0; p < Points; p++) r |= (ulong)Get(y, Get(x, p)) << (4 * p);
        return r;
    }

    public ulong Inverse(ulong x)
    {
        ulong r = 0;
        for (int p = 0; p < Points; p++) r |= (ulong)p << (4 * Get(x, p));
        return r;
    }

    /// <summary>n⁻¹ x n, which maps n(p) to n(x(p)).</summary>
    public ulong Conjugate(ulong x, ulong n)
    {
        ulong r = 0;
        for (int p = 0; p < Points; p++) r |= (ulong)Get(n, Get(x, p)) << (4 * Get(n, p));
        return r;
    }

    public int Rank(ulong x)
    {
        if (Diagonal) return RankOf(x, 0, Points);
        return RankOf(x, 0, Rows) * ColumnFactorial + RankOf(x, Rows, Columns);
    }

    public ulong Unrank(int rank)
    {
        if (Diagonal) return UnrankInto(0, rank, 0, Points);
        return UnrankInto(0, rank / ColumnFactorial, 0, Rows) | UnrankInto(0, rank % ColumnFactorial, Rows, Columns);
    }

    // Lehmer code of the block of n points starting at 'offset' (values offset..offset+n−1).
    private int RankOf(ulong x, int offset, int n)
    {
        int rank = 0, unused = (1 << n) - 1;
        for (int i = 0; i < n; i++)
        {
            int v = Get(x, offset + i) - offset;
            rank += BitOperations.PopCount((uint)(unused & ((1 << v) - 1))) * factorial[n - 1 - i];
            unused &= ~(1 << v);
        }
        return rank;
    }

    private ulong UnrankInto(ulong x, int rank, int offset, int n)
    {
        int unused = (1 << n) - 1;
        for (int i = 0; i < n; i++)
        {
            int f = factorial[n - 1 - i];
            int q = rank / f;
            rank -= q * f;
            int bits = unused;
            for (int t = 0; t < q; t++) bits &= bits - 1;
            int v = BitOperations.TrailingZeroCount(bits);
            unused &= ~(1 << v);
            x |= (ulong)(v + offset) << (4 * (offset + i));
        }
        return x;
    }

    /// <summary>The element (π, ρ) from a row and a column permutation (equal ones for ΔS_d).</summary>
    public ulong FromPermutations(Permutation rows, Permutation columns)
    {
        if (rows.Degree != Rows || columns.Degree != Columns)
            throw new ArgumentException($"Expected a row permutation of degree {Rows} and a column permutation of degree {Columns}.");
        if (Diagonal && rows != columns)
            throw new ArgumentException("An element of ΔS_d moves rows and columns alike.");
        ulong x = 0;
        for (int i = 0; i < Rows; i++) x |= (ulong)rows[i] << (4 * i);
        if (!Diagonal)
            for (int j = 0; j < Columns; j++) x |= (ulong)(columns[j] + Rows) << (4 * (Rows + j));
        return x;
    }

    public Permutation RowPermutation(ulong x)
    {
        var a = new int[Rows];
        for (int i = 0; i < Rows; i++) a[i] = RowImage(x, i);
        return Permutation.Trusted(a);
    }

    public Permutation ColumnPermutation(ulong x)
    {
        var a = new int[Columns];
        for (int j = 0; j < Columns; j++) a[j] = ColumnImage(x, j);
        return Permutation.Trusted(a);
    }

    /// <summary>The element as a permutation of the points (rows, then columns).</summary>
    public Permutation PointPermutation(ulong x)
    {
        var a = new int[Points];
        for (int p = 0; p < Points; p++) a[p] = Get(x, p);
        return Permutation.Trusted(a);
    }

    public ulong FromPointPermutation(Permutation p)
    {
        ulong x = 0;
        for (int i = 0; i < Points; i++) x |= (ulong)p[i] << (4 * i);
        return x;
    }

    /// <summary>
    /// The partition of cells into orbits of the group generated by <paramref name="generators"/>,
    /// as a colouring numbered by first occurrence (cell 0 has colour 0).
    /// </summary>
    public int[] CellOrbits(ReadOnlySpan<ulong> generators, ulong extra = 0, bool withExtra = false)
    {
        var parent = new int[Cells];
        for (int c = 0; c < Cells; c++) parent[c] = c;
        foreach (var g in generators) UniteCells(parent, g);
        if (withExtra) UniteCells(parent, extra);
        return Normalise(parent);
    }

    private void UniteCells(int[] parent, ulong g)
    {
        for (int c = 0; c < Cells; c++)
        {
            int a = Find(parent, c), b = Find(parent, CellImage(g, c));
            if (a != b) { if (a < b) parent[b] = a; else parent[a] = b; }
        }
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
        return x;
    }

    private static int[] Normalise(int[] parent)
    {
        var colour = new int[parent.Length];
        var id = new int[parent.Length];
        Array.Fill(id, -1);
        int next = 0;
        for (int c = 0; c < parent.Length; c++)
        {
            int r = Find(parent, c);
            if (id[r] < 0) id[r] = next++;
            colour[c] = id[r];
        }
        return colour;
    }

    /// <summary>Orbit sizes of the generated group on the rows (r = true) or columns, sorted decreasingly.</summary>
    public int[] LineOrbitSizes(ReadOnlySpan<ulong> generators, bool rows)
    {
        int n = rows ? Rows : Columns;
        var parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        foreach (var g in generators)
            for (int i = 0; i < n; i++)
            {
                int a = Find(parent, i), b = Find(parent, rows ? RowImage(g, i) : ColumnImage(g, i));
                if (a != b) { if (a < b) parent[b] = a; else parent[a] = b; }
            }
        var sizes = new int[n];
        for (int i = 0; i < n; i++) sizes[Find(parent, i)]++;
        return sizes.Where(s => s > 0).OrderByDescending(s => s).ToArray();
    }

    // The orbit search of the enumeration works on elements as byte vectors (lane p = image of p,
    // lanes beyond the points fixed), where a product is one byte shuffle.

    public Vector128<byte> ToVector(ulong x)
    {
        Span<byte> b = stackalloc byte[16];
        for (int p = 0; p < 16; p++) b[p] = (byte)(p < Points ? Get(x, p) : p);
        return Vector128.Create((ReadOnlySpan<byte>)b);
    }

    public ulong FromVector(Vector128<byte> v)
    {
        ulong x = 0;
        for (int p = 0; p < Points; p++) x |= (ulong)v.GetElement(p) << (4 * p);
        return x;
    }

    /// <summary>The image of p under "a, then b" is b[a[p]]: lane p of b shuffled by a.</summary>
    public static Vector128<byte> Multiply(Vector128<byte> a, Vector128<byte> b) =>
        Ssse3.IsSupported ? Ssse3.Shuffle(b, a) : Vector128.Shuffle(b, a);

    public int Rank(Vector128<byte> v)
    {
        ulong lo = v.AsUInt64().GetElement(0), hi = v.AsUInt64().GetElement(1);
        if (Diagonal) return RankOf(lo, hi, 0, Points);
        return RankOf(lo, hi, 0, Rows) * ColumnFactorial + RankOf(lo, hi, Rows, Columns);
    }

    private int RankOf(ulong lo, ulong hi, int offset, int n)
    {
        int rank = 0, unused = (1 << n) - 1;
        for (int i = 0; i < n; i++)
        {
            int p = offset + i;
            int v = (int)((p < 8 ? lo >> (8 * p) : hi >> (8 * (p - 8))) & 0xFF) - offset;
            rank += BitOperations.PopCount((uint)(unused & ((1 << v) - 1))) * factorial[n - 1 - i];
            unused &= ~(1 << v);
        }
        return rank;
    }
}
