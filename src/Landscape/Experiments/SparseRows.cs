using System.Runtime.Intrinsics;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The nonzero entries of a row-major matrix A (m×n), row by row, for products A·B that skip A's zeros: a teacher
/// such as I_d, I_10 ⊕ 2·I_10 or any diagonal one costs d·B multiply–adds per batch instead of k'·d·B.
/// </summary>
/// <remarks>
/// Each entry of A·B is accumulated over A's nonzero columns in increasing order by fused multiply–adds from zero,
/// the order <see cref="RowProducts.Multiply"/> uses with the zero terms left out. Adding a zero product never changes
/// a sum except for the sign of an exact zero, so the two products are equal as numbers (and identical wherever the
/// result is not ±0).
/// </remarks>
public sealed class SparseRows
{
    private readonly int[] rowStart; // nonzeros of row i are entries rowStart[i] .. rowStart[i+1]−1
    private readonly int[] columns;
    private readonly double[] values;

    private SparseRows(int[] rowStart, int[] columns, double[] values)
    {
        this.rowStart = rowStart;
        this.columns = columns;
        this.values = values;
    }

    /// <summary>Rows of A.</summary>
    public int Rows => rowStart.Length - 1;

    /// <summary>The nonzeros of <paramref name="a"/> (m×n, row-major) when at most a quarter of its entries are nonzero; otherwise null (a dense product is then faster).</summary>
    public static SparseRows? WhenSparse(ReadOnlySpan<double> a, int m, int n)
    {
        if (a.Length < (long)m * n) throw new ArgumentException($"A {m}×{n} needs {(long)m * n} entries; got {a.Length}.", nameof(a));
        int count = 0;
        foreach (double v in a[..(m * n)]) if (v != 0) count++;
        if (4L * count > (long)m * n) return null;
        var start = new int[m + 1];
        var cols = new int[count];
        var vals = new double[count];
        int t = 0;
        for (int i = 0; i < m; i++)
        {
            start[i] = t;
            for (int c = 0; c < n; c++)
                if (a[i * n + c] != 0) { cols[t] = c; vals[t] = a[i * n + c]; t++; }
        }
        start[m] = t;
        return new SparseRows(start, cols, vals);
    }

    /// <summary>Overwrites <paramref name="c"/> (m×p) with A·B for row-major B (n×p).</summary>
    public void Multiply(ReadOnlySpan<double> b, int p, Span<double> c)
    {
        int m = Rows;
        if (c.Length < (long)m * p) throw new ArgumentException($"C must hold {m}×{p} entries; got {c.Length}.", nameof(c));
        for (int i = 0; i < m; i++)
        {
            var ci = c.Slice(i * p, p);
            ci.Clear();
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++)
            {
                var row = b.Slice(columns[e] * p, p);
                double v = values[e];
                var vv = Vector256.Create(v);
                int j = 0;
                for (; j + 4 <= p; j += 4)
                    Vector256.FusedMultiplyAdd(vv, Vector256.Create(row.Slice(j, 4)), Vector256.Create(ci.Slice(j, 4))).CopyTo(ci.Slice(j, 4));
                for (; j < p; j++) ci[j] = Math.FusedMultiplyAdd(v, row[j], ci[j]);
            }
        }
    }
}
