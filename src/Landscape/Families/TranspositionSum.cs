using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The central element T = Σ_f Σ_{τ transposition of factor f} (τ − 1) on the fixed space of a block layout, in its
/// orthonormal orbit basis, with real block sizes. On the fixed space of K_λ (the layout cut by the rows of λ) the
/// irreducible λ has the smallest T-value and occurs once per copy, so T's eigenvectors for that value are the
/// "slot" vectors whose compression of an equivariant operator gives the λ-block (the construction of the spectra
/// branch's DiagonalYoungDecomposition, here with counts that are real numbers).
/// </summary>
internal static class TranspositionSum
{
    /// <summary>T in the orthonormal orbit basis.</summary>
    public static Matrix<double> Matrix(FixedSpaceLayout layout)
    {
        int m = layout.Dimension;
        var size = layout.OrbitSizes();
        var t = Matrix<double>.Build.Dense(m, m);
        var val = new double[m];
        for (int o = 0; o < m; o++)
        {
            Array.Clear(val);
            val[o] = 1;
            var res = Apply(layout, val);
            for (int q = 0; q < m; q++) t[q, o] = res[q] * Math.Sqrt(size[q] / size[o]);
        }
        return (t + t.Transpose()) * 0.5;
    }

    /// <summary>T applied to a block-constant vector given by its orbit values; the result's orbit values.</summary>
    public static double[] Apply(FixedSpaceLayout layout, double[] val)
    {
        double Off(int row, int col) { int i = layout.BlockIndex(row, col); return i >= 0 ? val[i] : 0; }
        double Diag(int row) { int i = layout.DiagonalIndex(row); return i >= 0 ? val[i] : 0; }
        double A(int row) { int i = layout.SecondLayerIndex(row); return i >= 0 ? val[i] : 0; }
        int factors = layout.Factors.Count;
        var rowsOf = new List<int>[factors];
        var colsOf = new List<int>[factors];
        for (int f = 0; f < factors; f++) { rowsOf[f] = new(); colsOf[f] = new(); }
        for (int s = 0; s < layout.RowBlockCount; s++) rowsOf[layout.RowFactor[s]].Add(s);
        for (int t = 0; t < layout.ColumnBlockCount; t++) colsOf[layout.ColumnFactor[t]].Add(t);
        double P(int f) => layout.Factors[f].Size;

        var res = new double[val.Length];
        for (int o = 0; o < layout.Orbits.Count; o++)
        {
            var orbit = layout.Orbits[o];
            int x = orbit.Row, fx = layout.RowFactor[x];
            double v = val[o], sum = 0;
            switch (orbit.Kind)
            {
                case OrbitKind.Block:
                {
                    int y = orbit.Column, fy = layout.ColumnFactor[y];
                    if (fx == fy)
                    {
                        // τ = (i j) transposes the cell; τ = (i b) or (j b) moves one end to another point b of the factor.
                        sum = Off(layout.ColumnRowBlock[y], layout.Partner[x]) - (2 * P(fx) - 3) * v;
                        foreach (var z in rowsOf[fx])
                        {
                            double count = layout.RowSizes[z] - (z == x ? 1 : 0) - (z == layout.ColumnRowBlock[y] ? 1 : 0);
                            if (count != 0) sum += count * (Off(z, y) + Off(x, layout.Partner[z]));
                        }
                    }
                    else
                    {
                        sum = -(P(fx) - 1) * v - (P(fy) - 1) * v;
                        foreach (var z in rowsOf[fx])
                        {
                            double count = layout.RowSizes[z] - (z == x ? 1 : 0);
                            if (count != 0) sum += count * Off(z, y);
                        }
                        foreach (var z in colsOf[fy])
                        {
                            double count = layout.ColumnSizes[z] - (z == y ? 1 : 0);
                            if (count != 0) sum += count * Off(x, z);
                        }
                    }
                    break;
                }
                case OrbitKind.Diagonal:
                    sum = -(P(fx) - 1) * v;
                    foreach (var z in rowsOf[fx]) sum += (layout.RowSizes[z] - (z == x ? 1 : 0)) * Diag(z);
                    break;
                case OrbitKind.SecondLayer:
                    sum = -(P(fx) - 1) * v;
                    foreach (var z in rowsOf[fx]) sum += (layout.RowSizes[z] - (z == x ? 1 : 0)) * A(z);
                    break;
            }
            res[o] = sum;
        }
        return res;
    }
}
