using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Representations.Tests.Naive;

/// <summary>Brute-force oracles for equivariant operators: group averages, orbitals by search, explicit sums over transpositions.</summary>
internal static class NaiveEquivariance
{
    /// <summary>e_i ↦ e_{g(i)}: column i has its 1 in row g(i).</summary>
    public static Matrix<double> PermutationMatrix(Permutation g)
    {
        var m = Matrix<double>.Build.Dense(g.Degree, g.Degree);
        for (int i = 0; i < g.Degree; i++) m[g[i], i] = 1;
        return m;
    }

    /// <summary>(1/|H|) Σ_h P_h R P_hᵀ for a random symmetric R: a random H-equivariant symmetric matrix.</summary>
    public static Matrix<double> AverageOverGroup(PermutationGroup h, int seed)
    {
        int n = h.Degree;
        var random = new Random(seed);
        var r = Matrix<double>.Build.Dense(n, n, (_, _) => random.NextDouble() * 2 - 1);
        r = r + r.Transpose();
        var sum = Matrix<double>.Build.Dense(n, n);
        long count = 0;
        foreach (var g in h.Elements())
        {
            // (P R Pᵀ)[g(i), g(j)] = R[i, j]
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) sum[g[i], g[j]] += r[i, j];
            count++;
        }
        return sum / count;
    }

    /// <summary>
    /// A random symmetric matrix constant on the orbits of H on ordered pairs, the orbits found by
    /// breadth-first search from each unvisited pair; works for groups too large to enumerate.
    /// </summary>
    public static Matrix<double> RandomOnOrbitals(PermutationGroup h, int seed)
    {
        int n = h.Degree;
        var random = new Random(seed);
        var value = new double[n, n];
        var seen = new bool[n, n];
        var queue = new Queue<(int, int)>();
        for (int p = 0; p < n; p++)
            for (int q = 0; q < n; q++)
            {
                if (seen[p, q]) continue;
                double c = random.NextDouble() * 2 - 1;
                seen[p, q] = true;
                queue.Enqueue((p, q));
                while (queue.TryDequeue(out var pair))
                {
                    value[pair.Item1, pair.Item2] = c;
                    foreach (var g in h.Generators)
                    {
                        int a = g[pair.Item1], b = g[pair.Item2];
                        if (!seen[a, b]) { seen[a, b] = true; queue.Enqueue((a, b)); }
                    }
                }
            }
        var m = Matrix<double>.Build.DenseOfArray(value);
        return m + m.Transpose();
    }

    /// <summary>The dense matrix of an operator, column by column.</summary>
    public static Matrix<double> Dense(SymmetricOperator a)
    {
        int n = a.Dimension;
        var m = Matrix<double>.Build.Dense(n, n);
        var e = new double[n];
        for (int c = 0; c < n; c++)
        {
            Array.Clear(e);
            e[c] = 1;
            m.SetColumn(c, a.Apply(e));
        }
        return m;
    }

    /// <summary>All eigenvalues, ascending, by MathNet's dense symmetric solver.</summary>
    public static double[] DenseEigenvalues(Matrix<double> a) =>
        a.Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).OrderBy(x => x).ToArray();

    /// <summary>Σ over transpositions τ inside each block of (τ·v − v), each τ built as a cell permutation.</summary>
    public static double[] TranspositionSum(int d, IReadOnlyList<IReadOnlyList<int>> blocks, bool secondLayer, double[] v)
    {
        var result = new double[v.Length];
        foreach (var block in blocks)
            for (int x = 0; x < block.Count; x++)
                for (int y = x + 1; y < block.Count; y++)
                {
                    var tau = Permutation.FromCycles(d, new[] { block[x], block[y] });
                    var cells = MatrixCellAction.Lift(d, d, tau, tau, secondLayer);
                    // (τ·v)_{τ(p)} = v_p
                    for (int p = 0; p < v.Length; p++) result[cells[p]] += v[p] - v[cells[p]];
                }
        return result;
    }

    /// <summary>max |a − b| / max(1, max |a|) for two ascending spectra of equal length.</summary>
    public static double RelativeDifference(double[] a, double[] b)
    {
        Assert.Equal(a.Length, b.Length);
        double scale = Math.Max(1, a.Max(Math.Abs));
        return a.Zip(b).Max(p => Math.Abs(p.First - p.Second)) / scale;
    }
}
