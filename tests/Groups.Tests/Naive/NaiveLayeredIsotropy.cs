namespace Landscape.Symmetry.Groups.Tests.Naive;

/// <summary>
/// The joint stabiliser of an integer-labelled layered network by brute force: every tuple (π_0, …, π_{N−1}) of unit
/// permutations (π_0 the identity unless inputs move, the outputs never) is tested against every entry, with no
/// clustering and no search.
/// </summary>
public static class NaiveLayeredIsotropy
{
    /// <summary>All tuples (π_0, …, π_N) fixing every W_l (W_l[π_l(i), π_{l−1}(j)] = W_l[i, j]) and hidden bias.</summary>
    public static List<int[][]> Elements(int[][,] weights, int[]?[]? biases, bool permuteInputs)
    {
        int depth = weights.Length;
        var widths = new int[depth + 1];
        widths[0] = weights[0].GetLength(1);
        for (int l = 0; l < depth; l++) widths[l + 1] = weights[l].GetLength(0);
        var choices = Enumerable.Range(0, depth + 1).Select(l =>
            (l == depth || (l == 0 && !permuteInputs)) ? new List<int[]> { Enumerable.Range(0, widths[l]).ToArray() } : NaiveDigraph.AllPermutations(widths[l]).ToList()).ToList();
        var result = new List<int[][]>();
        var tuple = new int[depth + 1][];
        void Recurse(int l)
        {
            if (l > depth)
            {
                if (Fixes(weights, biases, tuple)) result.Add(tuple.Select(p => (int[])p.Clone()).ToArray());
                return;
            }
            foreach (var p in choices[l]) { tuple[l] = p; Recurse(l + 1); }
        }
        Recurse(0);
        return result;
    }

    /// <summary>(π_l, π_{l−1}) of an element as one permutation of rows 0…n_l−1 then columns n_l….</summary>
    public static Permutation Projection(int[][] element, int layer)
    {
        int[] rows = element[layer + 1], columns = element[layer];
        return Permutation.FromImages(rows.Concat(columns.Select(c => c + rows.Length)).ToArray());
    }

    private static bool Fixes(int[][,] weights, int[]?[]? biases, int[][] p)
    {
        for (int l = 0; l < weights.Length; l++)
        {
            var w = weights[l];
            for (int i = 0; i < w.GetLength(0); i++)
            {
                if (biases?[l] is { } b && b[p[l + 1][i]] != b[i]) return false;
                for (int j = 0; j < w.GetLength(1); j++)
                    if (w[p[l + 1][i], p[l][j]] != w[i, j]) return false;
            }
        }
        return true;
    }
}
