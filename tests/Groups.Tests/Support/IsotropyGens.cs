namespace Landscape.Symmetry.Groups.Tests.Support;

/// <summary>An integer-labelled matrix (the oracle's view) with an optional second layer.</summary>
public sealed record LabelledMatrix(int[,] W, int[]? A)
{
    public int K => W.GetLength(0);
    public int D => W.GetLength(1);

    /// <summary>The real matrix handed to the library: labels plus noise far below the default tolerance.</summary>
    public double[,] Real(int seed = 1)
    {
        var random = new Random(seed);
        var w = new double[K, D];
        for (int i = 0; i < K; i++) for (int j = 0; j < D; j++) w[i, j] = W[i, j] * 0.37 + (random.NextDouble() - 0.5) * 1e-12;
        return w;
    }

    public double[]? RealA(int seed = 2)
    {
        if (A is null) return null;
        var random = new Random(seed);
        return A.Select(x => x * 1.5 - 2 + (random.NextDouble() - 0.5) * 1e-12).ToArray();
    }

    public override string ToString()
    {
        var rows = Enumerable.Range(0, K).Select(i => "[" + string.Join(",", Enumerable.Range(0, D).Select(j => W[i, j])) + "]");
        return $"W = [{string.Join(",", rows)}]" + (A is null ? "" : $", a = [{string.Join(",", A)}]");
    }
}

/// <summary>Matrices with symmetry: labels constant on the cell orbits of a random group of (π, ρ) pairs.</summary>
public static class IsotropyGens
{
    public static Gen<LabelledMatrix> Invariant(int maxK, int maxD, bool square = false, bool diagonal = false) =>
        Gen.Choose(1, maxK).SelectMany(k =>
            (square ? Gen.Constant(k) : Gen.Choose(1, maxD)).SelectMany(d =>
                Gen.Choose(0, 2).SelectMany(count =>
                    Gen.ArrayOf(Gens.SparsePermutation(k), count).SelectMany(rows =>
                        (diagonal ? Gen.Constant(rows) : Gen.ArrayOf(Gens.SparsePermutation(d), count)).SelectMany(columns =>
                            Gen.Choose(1, 4).SelectMany(labels =>
                                Gen.ArrayOf(Gen.Choose(0, labels - 1), k * d + k).SelectMany(values =>
                                    Gen.Elements(true, false).Select(withA => Build(k, d, rows, columns, values, labels, withA)))))))));

    private static LabelledMatrix Build(int k, int d, Permutation[] rows, Permutation[] columns, int[] values, int labels, bool withA)
    {
        // Union–find over cells and second-layer points under the generating pairs.
        var parent = Enumerable.Range(0, k * d + k).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        for (int g = 0; g < rows.Length; g++)
            for (int i = 0; i < k; i++)
            {
                for (int j = 0; j < d; j++) parent[Find(i * d + j)] = Find(rows[g][i] * d + columns[g][j]);
                parent[Find(k * d + i)] = Find(k * d + rows[g][i]);
            }
        var w = new int[k, d];
        for (int i = 0; i < k; i++) for (int j = 0; j < d; j++) w[i, j] = values[Find(i * d + j)];
        int[]? a = withA ? Enumerable.Range(0, k).Select(i => values[Find(k * d + i)] % Math.Max(1, labels - 1)).ToArray() : null;
        return new LabelledMatrix(w, a);
    }

    /// <summary>Relabels a matrix by (π, ρ): W'[π(i), ρ(j)] = W[i, j], a'[π(i)] = a[i].</summary>
    public static LabelledMatrix Permute(LabelledMatrix m, Permutation pi, Permutation rho)
    {
        var w = new int[m.K, m.D];
        for (int i = 0; i < m.K; i++) for (int j = 0; j < m.D; j++) w[pi[i], rho[j]] = m.W[i, j];
        int[]? a = null;
        if (m.A is not null)
        {
            a = new int[m.K];
            for (int i = 0; i < m.K; i++) a[pi[i]] = m.A[i];
        }
        return new LabelledMatrix(w, a);
    }
}
