using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// C = A·Bᵀ for row-major A (m×n) and B (p×n): every entry a dot product of two rows, computed in register tiles of
/// 4 rows of A by 2 rows of B with 256-bit fused multiply–adds. This one product gives Gram matrices (W Wᵀ, W Vᵀ) and,
/// with a transposed right factor, ordinary products (M·W = M·(Wᵀ)ᵀ).
/// </summary>
/// <remarks>
/// Each entry is summed in one fixed order that depends only on n (four interleaved lanes, then the tail), never on
/// how rows are split among threads, so the result is bit-identical for any degree of parallelism.
/// </remarks>
public static class RowProducts
{
    /// <summary>Work (m·p·n multiply–adds) above which row tiles are spread over threads.</summary>
    public const long ParallelThreshold = 2_000_000;

    /// <summary>Overwrites <paramref name="c"/> (m×p) with A·Bᵀ.</summary>
    /// <exception cref="ArgumentException">A length disagrees with the shape.</exception>
    public static void MultiplyTransposed(double[] a, int m, double[] b, int p, int n, double[] c, bool parallel = true)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(c);
        if (m < 0 || p < 0 || n < 0 || a.Length < m * n || b.Length < p * n || c.Length < m * p)
            throw new ArgumentException($"Shapes disagree: A {m}×{n} ({a.Length} entries), B {p}×{n} ({b.Length}), C {m}×{p} ({c.Length}).");
        Tiles(a, b, c, m, p, n, upperOnly: false, parallel && (long)m * p * n > ParallelThreshold);
    }

    // Columns of C go in tiles of 32 (32 rows of B, 256 KB at n = 1000, stay in the L2 cache while every 4-row tile of A
    // passes by); column tiles are what threads share out. Which kernel computes an entry depends only on its position, so
    // the result never depends on the number of threads.
    private const int ColumnTile = 32;

    private static void Tiles(double[] a, double[] b, double[] c, int m, int p, int n, bool upperOnly, bool parallel)
    {
        int tiles = (p + ColumnTile - 1) / ColumnTile;
        void ColumnsOfTile(int tileIndex)
        {
            int j0 = tileIndex * ColumnTile, j1 = Math.Min(p, j0 + ColumnTile);
            for (int i0 = 0; i0 < m; i0 += 4)
            {
                int start = upperOnly ? Math.Max(j0, i0) : j0;
                if (start >= j1) break;
                Tile(a, b, c, i0, Math.Min(4, m - i0), p, n, start, j1);
            }
        }
        if (parallel && tiles > 1) Parallel.For(0, tiles, ColumnsOfTile);
        else for (int t = 0; t < tiles; t++) ColumnsOfTile(t);
    }

    /// <summary>
    /// Overwrites <paramref name="c"/> (m×p) with A·B for row-major A (m×n) and B (n×p), in register tiles of 4 rows of A
    /// by 8 columns of B (eight 256-bit accumulators). Suited to short n and long p (a batch of samples as columns).
    /// </summary>
    /// <remarks>
    /// Every entry is Σₜ aᵢₜ bₜⱼ accumulated by fused multiply–adds from zero in increasing t, whatever tile (or scalar
    /// tail) computes it, so the result does not depend on the shape's remainders or on how a caller splits the rows.
    /// </remarks>
    /// <exception cref="ArgumentException">A length disagrees with the shape.</exception>
    public static void Multiply(ReadOnlySpan<double> a, int m, int n, ReadOnlySpan<double> b, int p, Span<double> c)
    {
        if (m < 0 || n < 0 || p < 0 || a.Length < (long)m * n || b.Length < (long)n * p || c.Length < (long)m * p)
            throw new ArgumentException($"Shapes disagree: A {m}×{n} ({a.Length} entries), B {n}×{p} ({b.Length}), C {m}×{p} ({c.Length}).");
        ref double ra = ref MemoryMarshal.GetReference(a);
        ref double rb = ref MemoryMarshal.GetReference(b);
        ref double rc = ref MemoryMarshal.GetReference(c);
        int i = 0;
        for (; i + 4 <= m; i += 4)
        {
            int j = 0;
            for (; j + 8 <= p; j += 8) Kernel4x8(ref ra, ref rb, ref rc, i, j, n, p);
            for (int r = i; r < i + 4; r++) RowTail(ref ra, ref rb, ref rc, r, j, n, p);
        }
        for (; i < m; i++)
        {
            int j = 0;
            for (; j + 4 <= p; j += 4)
            {
                var s = Vector256<double>.Zero;
                for (int t = 0; t < n; t++)
                    s = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref ra, i * n + t)), Vector256.LoadUnsafe(ref rb, (nuint)(t * p + j)), s);
                s.StoreUnsafe(ref rc, (nuint)(i * p + j));
            }
            RowTail(ref ra, ref rb, ref rc, i, j, n, p);
        }
    }

    // Entries (i, j..p−1) one by one, in the kernels' order.
    private static void RowTail(ref double ra, ref double rb, ref double rc, int i, int j, int n, int p)
    {
        for (; j < p; j++)
        {
            double s = 0;
            for (int t = 0; t < n; t++) s = Math.FusedMultiplyAdd(Unsafe.Add(ref ra, i * n + t), Unsafe.Add(ref rb, t * p + j), s);
            Unsafe.Add(ref rc, i * p + j) = s;
        }
    }

    // C[i..i+3, j..j+7]: per t, two loads of B's row t, four broadcasts of A's column t, eight independent FMAs.
    private static void Kernel4x8(ref double ra, ref double rb, ref double rc, int i, int j, int n, int p)
    {
        var s00 = Vector256<double>.Zero; var s01 = Vector256<double>.Zero;
        var s10 = Vector256<double>.Zero; var s11 = Vector256<double>.Zero;
        var s20 = Vector256<double>.Zero; var s21 = Vector256<double>.Zero;
        var s30 = Vector256<double>.Zero; var s31 = Vector256<double>.Zero;
        ref double a0 = ref Unsafe.Add(ref ra, i * n);
        ref double a1 = ref Unsafe.Add(ref a0, n);
        ref double a2 = ref Unsafe.Add(ref a1, n);
        ref double a3 = ref Unsafe.Add(ref a2, n);
        ref double bj = ref Unsafe.Add(ref rb, j);
        for (int t = 0; t < n; t++)
        {
            ref double bt = ref Unsafe.Add(ref bj, t * p);
            var y0 = Vector256.LoadUnsafe(ref bt);
            var y1 = Vector256.LoadUnsafe(ref bt, 4);
            var x = Vector256.Create(Unsafe.Add(ref a0, t));
            s00 = Vector256.FusedMultiplyAdd(x, y0, s00); s01 = Vector256.FusedMultiplyAdd(x, y1, s01);
            x = Vector256.Create(Unsafe.Add(ref a1, t));
            s10 = Vector256.FusedMultiplyAdd(x, y0, s10); s11 = Vector256.FusedMultiplyAdd(x, y1, s11);
            x = Vector256.Create(Unsafe.Add(ref a2, t));
            s20 = Vector256.FusedMultiplyAdd(x, y0, s20); s21 = Vector256.FusedMultiplyAdd(x, y1, s21);
            x = Vector256.Create(Unsafe.Add(ref a3, t));
            s30 = Vector256.FusedMultiplyAdd(x, y0, s30); s31 = Vector256.FusedMultiplyAdd(x, y1, s31);
        }
        ref double c0 = ref Unsafe.Add(ref rc, i * p + j);
        s00.StoreUnsafe(ref c0); s01.StoreUnsafe(ref c0, 4);
        ref double c1 = ref Unsafe.Add(ref c0, p);
        s10.StoreUnsafe(ref c1); s11.StoreUnsafe(ref c1, 4);
        ref double c2 = ref Unsafe.Add(ref c1, p);
        s20.StoreUnsafe(ref c2); s21.StoreUnsafe(ref c2, 4);
        ref double c3 = ref Unsafe.Add(ref c2, p);
        s30.StoreUnsafe(ref c3); s31.StoreUnsafe(ref c3, 4);
    }

    /// <summary>Overwrites <paramref name="transposed"/> (n×m) with the transpose of <paramref name="a"/> (m×n).</summary>
    public static void Transpose(ReadOnlySpan<double> a, int m, int n, Span<double> transposed)
    {
        if (a.Length < m * n || transposed.Length < m * n) throw new ArgumentException($"Shapes disagree: {m}×{n} needs {m * n} entries.");
        const int tile = 32;
        for (int i0 = 0; i0 < m; i0 += tile)
            for (int j0 = 0; j0 < n; j0 += tile)
                for (int i = i0; i < Math.Min(m, i0 + tile); i++)
                    for (int j = j0; j < Math.Min(n, j0 + tile); j++)
                        transposed[j * m + i] = a[i * n + j];
    }

    /// <summary>Overwrites <paramref name="c"/> (m×m) with the Gram matrix A·Aᵀ, computing the entries on and above the diagonal tiles and mirroring them.</summary>
    public static void Gram(double[] a, int m, int n, double[] c, bool parallel = true)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(c);
        if (m < 0 || n < 0 || a.Length < m * n || c.Length < m * m)
            throw new ArgumentException($"Shapes disagree: A {m}×{n} ({a.Length} entries), C {m}×{m} ({c.Length}).");
        Tiles(a, a, c, m, m, n, upperOnly: true, parallel && (long)m * m * n / 2 > ParallelThreshold);
        // Entry (i, j) was computed when j ≥ the first row of i's tile; the rest mirror (x·y = y·x bit for bit).
        for (int i = 0; i < m; i++)
            for (int j = 0; j < (i / 4) * 4; j++) c[i * m + j] = c[j * m + i];
    }

    // Rows i0..i0+rows−1 of C. Full 4-row tiles use the 4×2 kernel; a short last tile goes row by row, and an odd last
    // column of B alone — with the same per-entry summation order as the kernel (Dot below), so results never depend on tiling.
    private static void Tile(double[] a, double[] b, double[] c, int i0, int rows, int p, int n, int j0, int j1)
    {
        int j = j0;
        if (rows == 4)
            for (; j + 1 < j1; j += 2) Kernel4x2(a, b, c, i0, j, p, n);
        for (int i = i0; i < i0 + rows; i++)
            for (int jj = rows == 4 ? j : j0; jj < j1; jj++)
                c[i * p + jj] = Dot(a.AsSpan(i * n, n), b.AsSpan(jj * n, n));
    }

    private static void Kernel4x2(double[] a, double[] b, double[] c, int i0, int j0, int p, int n)
    {
        var a0 = a.AsSpan(i0 * n, n);
        var a1 = a.AsSpan((i0 + 1) * n, n);
        var a2 = a.AsSpan((i0 + 2) * n, n);
        var a3 = a.AsSpan((i0 + 3) * n, n);
        var b0 = b.AsSpan(j0 * n, n);
        var b1 = b.AsSpan((j0 + 1) * n, n);
        var s00 = Vector256<double>.Zero; var s01 = Vector256<double>.Zero;
        var s10 = Vector256<double>.Zero; var s11 = Vector256<double>.Zero;
        var s20 = Vector256<double>.Zero; var s21 = Vector256<double>.Zero;
        var s30 = Vector256<double>.Zero; var s31 = Vector256<double>.Zero;
        int t = 0;
        for (; t + 4 <= n; t += 4)
        {
            var y0 = Vector256.Create(b0.Slice(t, 4));
            var y1 = Vector256.Create(b1.Slice(t, 4));
            var x = Vector256.Create(a0.Slice(t, 4));
            s00 = Vector256.FusedMultiplyAdd(x, y0, s00); s01 = Vector256.FusedMultiplyAdd(x, y1, s01);
            x = Vector256.Create(a1.Slice(t, 4));
            s10 = Vector256.FusedMultiplyAdd(x, y0, s10); s11 = Vector256.FusedMultiplyAdd(x, y1, s11);
            x = Vector256.Create(a2.Slice(t, 4));
            s20 = Vector256.FusedMultiplyAdd(x, y0, s20); s21 = Vector256.FusedMultiplyAdd(x, y1, s21);
            x = Vector256.Create(a3.Slice(t, 4));
            s30 = Vector256.FusedMultiplyAdd(x, y0, s30); s31 = Vector256.FusedMultiplyAdd(x, y1, s31);
        }
        c[i0 * p + j0] = Finish(s00, a0, b0, t); c[i0 * p + j0 + 1] = Finish(s01, a0, b1, t);
        c[(i0 + 1) * p + j0] = Finish(s10, a1, b0, t); c[(i0 + 1) * p + j0 + 1] = Finish(s11, a1, b1, t);
        c[(i0 + 2) * p + j0] = Finish(s20, a2, b0, t); c[(i0 + 2) * p + j0 + 1] = Finish(s21, a2, b1, t);
        c[(i0 + 3) * p + j0] = Finish(s30, a3, b0, t); c[(i0 + 3) * p + j0 + 1] = Finish(s31, a3, b1, t);
    }

    /// <summary>x·y summed exactly as every entry of <see cref="MultiplyTransposed"/>: four lanes by fused multiply–adds, lanes added, then the tail.</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var s = Vector256<double>.Zero;
        int t = 0;
        for (; t + 4 <= x.Length; t += 4)
            s = Vector256.FusedMultiplyAdd(Vector256.Create(x.Slice(t, 4)), Vector256.Create(y.Slice(t, 4)), s);
        return Finish(s, x, y, t);
    }

    private static double Finish(Vector256<double> s, ReadOnlySpan<double> x, ReadOnlySpan<double> y, int t)
    {
        double r = (s[0] + s[1]) + (s[2] + s[3]);
        for (; t < x.Length; t++) r = Math.FusedMultiplyAdd(x[t], y[t], r);
        return r;
    }
}
