using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Representations;

/// <summary>
/// The central element T = Σ_f Σ_{τ transposition of factor f} (τ − 1) on the fixed space of a Young-type group
/// (<see cref="IYoungOrbitLayout"/>), in its orthonormal orbit basis, with block sizes that may be real. On the fixed
/// space of K_λ (the layout cut by the rows of λ) the irreducible λ has the smallest T-value and occurs once per copy,
/// so T's eigenvectors for that value are the "slot" vectors whose compression of an equivariant operator gives the
/// compression to λ's isotypic component: used by <see cref="DiagonalYoungDecomposition"/> at integer sizes and by the reduced family spectra at real d.
/// </summary>
public static class TranspositionSum
{
    /// <summary>T in the orthonormal orbit basis.</summary>
    public static Matrix<double> Matrix(IYoungOrbitLayout layout)
    {
        int m = layout.Dimension;
        ArgumentNullException.ThrowIfNull(layout);
        var size = new double[m];
        for (int o = 0; o < m; o++) size[o] = layout.OrbitSize(o);
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
    public static double[] Apply(IYoungOrbitLayout layout, double[] val)
    {
        double Off(int row, int col) { int i = layout.BlockIndex(row, col); return i >= 0 ? val[i] : 0; }
        double Diag(int row) { int i = layout.DiagonalIndex(row); return i >= 0 ? val[i] : 0; }
        double A(int row) { int i = layout.SecondLayerIndex(row); return i >= 0 ? val[i] : 0; }
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(val);
        int factors = layout.FactorCount;
        var rowsOf = new List<int>[factors];
        var colsOf = new List<int>[factors];
        for (int f = 0; f < factors; f++) { rowsOf[f] = new(); colsOf[f] = new(); }
        for (int s = 0; s < layout.RowBlockCount; s++) rowsOf[layout.RowBlockFactor(s)].Add(s);
        for (int t = 0; t < layout.ColumnBlockCount; t++) colsOf[layout.ColumnBlockFactor(t)].Add(t);
        double P(int f) => layout.FactorSize(f);

        var res = new double[val.Length];
        for (int o = 0; o < layout.Dimension; o++)
        {
            var orbit = layout.Orbit(o);
            int x = orbit.Row, fx = layout.RowBlockFactor(x);
            double v = val[o], sum = 0;
            switch (orbit.Kind)
            {
                case OrbitKind.Block:
                {
                    int y = orbit.Column, fy = layout.ColumnBlockFactor(y);
                    if (fx == fy)
                    {
                        // τ = (i j) transposes the cell; τ = (i b) or (j b) moves one end to another point b of the factor.
                        sum = Off(layout.PartnerRow(y), layout.PartnerColumn(x)) - (2 * P(fx) - 3) * v;
                        foreach (var z in rowsOf[fx])
                        {
                            double count = layout.RowBlockSize(z) - (z == x ? 1 : 0) - (z == layout.PartnerRow(y) ? 1 : 0);
                            if (count != 0) sum += count * (Off(z, y) + Off(x, layout.PartnerColumn(z)));
                        }
                    }
                    else
                    {
                        sum = -(P(fx) - 1) * v - (P(fy) - 1) * v;
                        foreach (var z in rowsOf[fx])
                        {
                            double count = layout.RowBlockSize(z) - (z == x ? 1 : 0);
                            if (count != 0) sum += count * Off(z, y);
                        }
                        foreach (var z in colsOf[fy])
                        {
                            double count = layout.ColumnBlockSize(z) - (z == y ? 1 : 0);
                            if (count != 0) sum += count * Off(x, z);
                        }
                    }
                    break;
                }
                case OrbitKind.Diagonal:
                    sum = -(P(fx) - 1) * v;
                    foreach (var z in rowsOf[fx]) sum += (layout.RowBlockSize(z) - (z == x ? 1 : 0)) * Diag(z);
                    break;
                case OrbitKind.SecondLayer:
                    sum = -(P(fx) - 1) * v;
                    foreach (var z in rowsOf[fx]) sum += (layout.RowBlockSize(z) - (z == x ? 1 : 0)) * A(z);
                    break;
            }
            res[o] = sum;
        }
        return res;
    }
}
