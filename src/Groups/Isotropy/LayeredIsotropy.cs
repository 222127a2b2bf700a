using System.Collections.Immutable;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// The isotropy of a chain of weight matrices W_1 ∈ M(n_1, n_0), …, W_N ∈ M(n_N, n_{N−1}) — a fully connected network —
/// under the permutations of its units, layer by layer, and what that joint symmetry does to each single layer.
/// </summary>
/// <remarks>
/// <para>The acting group is G = S_{n_0} × S_{n_1} × ⋯ × S_{n_{N−1}} (the output units are never permuted; the inputs
/// only when <c>permuteInputs</c> is set, as the loss is invariant under them only for special teachers and inputs).
/// (π_0, …, π_{N−1}) sends W_l to P_{π_l} W_l P_{π_{l−1}}ᵀ, i.e. W_l[π_l(i), π_{l−1}(j)] ← W_l[i, j], and the hidden bias
/// b_l (when given) to P_{π_l} b_l. The joint stabiliser G_x is the set of elements fixing every W_l and b_l, entries of
/// each layer compared after <see cref="ValueClustering"/> of that layer's entries with the tolerance (biases
/// clustered per layer on their own).</para>
/// <para>It is computed as the automorphism group of one layered digraph (<see cref="DigraphAutomorphisms"/>): a vertex
/// per unit of every layer (coloured by layer and bias cluster; a unit that may not move gets a colour of its own),
/// the arc from unit j of layer l−1 to unit i of layer l coloured by the cluster of W_l[i, j], every other arc by one
/// more colour.</para>
/// <para>Per layer l the result reports H_l, the image of G_x under (π_0, …, π_{N−1}) ↦ (π_l, π_{l−1}) in
/// S_{n_l} × S_{n_{l−1}}: the row and column permutations of W_l that extend to a symmetry of the whole network. H_l is
/// a subgroup of the isotropy of W_l alone, often a proper one (the other layers must be fixed too).</para>
/// </remarks>
public static class LayeredIsotropy
{
    /// <summary>The joint stabiliser of the network and its image on each layer.</summary>
    /// <param name="weights">W_1, …, W_N; W_l has as many columns as W_{l−1} has rows.</param>
    /// <param name="biases">Null, or one entry per layer: b_l of length n_l, or null for a layer without one. The output bias is fixed by G anyway.</param>
    /// <param name="permuteInputs">Whether S_{n_0} (the columns of W_1) acts.</param>
    /// <param name="tolerance">Clustering tolerance t ≥ 0 (0: exact equality).</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <exception cref="ArgumentException">No layers, shapes that do not chain, an empty matrix, a non-finite entry, a bias of the wrong length, or a negative tolerance.</exception>
    public static LayeredIsotropyGroup Of(IReadOnlyList<double[,]> weights, IReadOnlyList<double[]?>? biases, bool permuteInputs,
        double tolerance = MatrixIsotropy.DefaultTolerance, CancellationToken cancellationToken = default)
    {
        var widths = Check(weights, biases, tolerance);
        var graph = Build(weights, biases, permuteInputs, tolerance, widths);
        var joint = DigraphAutomorphisms.Group(graph, cancellationToken);
        var start = Starts(widths);
        var layers = new List<MatrixIsotropyGroup>(weights.Count);
        for (int l = 1; l < widths.Length; l++)
        {
            int rows = widths[l], columns = widths[l - 1];
            var generators = joint.Generators.Select(g =>
            {
                var images = new int[rows + columns];
                for (int i = 0; i < rows; i++) images[i] = g[start[l] + i] - start[l];
                for (int j = 0; j < columns; j++) images[rows + j] = rows + g[start[l - 1] + j] - start[l - 1];
                return Permutation.Trusted(images);
            });
            layers.Add(new MatrixIsotropyGroup(rows, columns, false, IsotropyAction.RowsAndColumns, PermutationGroup.Create(rows + columns, generators)));
        }
        return new LayeredIsotropyGroup(widths.ToImmutableArray(), permuteInputs, joint, layers.ToImmutableArray());
    }

    /// <summary>
    /// The layered digraph described in the remarks: vertices 0…n_0−1 are the inputs, the next n_1 the first hidden
    /// layer, and so on to the n_N outputs.
    /// </summary>
    public static ColouredDigraph Digraph(IReadOnlyList<double[,]> weights, IReadOnlyList<double[]?>? biases, bool permuteInputs, double tolerance = MatrixIsotropy.DefaultTolerance)
    {
        var widths = Check(weights, biases, tolerance);
        return Build(weights, biases, permuteInputs, tolerance, widths);
    }

    private static ColouredDigraph Build(IReadOnlyList<double[,]> weights, IReadOnlyList<double[]?>? biases, bool permuteInputs, double tolerance, int[] widths)
    {
        var start = Starts(widths);
        int n = start[^1] + widths[^1], last = widths.Length - 1;
        ColouredDigraph.CheckSize(n);
        // Vertex colours: (layer, bias cluster) for movable units, a colour per unit for fixed ones; numbered in first-seen order.
        var colourOf = new Dictionary<(int Layer, int Key), int>();
        var vertexColours = new int[n];
        for (int l = 0; l <= last; l++)
        {
            bool fixedUnits = l == last || (l == 0 && !permuteInputs);
            int[]? biasClusters = l > 0 && l < last && biases?[l - 1] is { } b ? ValueClustering.Cluster(b, tolerance, $"b{l}") : null;
            for (int i = 0; i < widths[l]; i++)
            {
                var key = (l, fixedUnits ? -1 - i : biasClusters?[i] ?? 0);
                if (!colourOf.TryGetValue(key, out int c)) colourOf[key] = c = colourOf.Count;
                vertexColours[start[l] + i] = c;
            }
        }
        var arcs = new int[n * n];
        Array.Fill(arcs, -1);
        int colourBase = 0;
        for (int l = 1; l <= last; l++)
        {
            var w = weights[l - 1];
            int rows = widths[l], columns = widths[l - 1];
            var flat = new double[rows * columns];
            for (int i = 0; i < rows; i++)
                for (int j = 0; j < columns; j++) flat[i * columns + j] = w[i, j];
            var cells = ValueClustering.Cluster(flat, tolerance, $"W{l}");
            for (int i = 0; i < rows; i++)
                for (int j = 0; j < columns; j++) arcs[(start[l - 1] + j) * n + start[l] + i] = colourBase + cells[i * columns + j];
            colourBase += cells.Length == 0 ? 0 : cells.Max() + 1;
        }
        return ColouredDigraph.Trusted(vertexColours, arcs);
    }

    private static int[] Starts(int[] widths)
    {
        var start = new int[widths.Length];
        for (int l = 1; l < widths.Length; l++) start[l] = start[l - 1] + widths[l - 1];
        return start;
    }

    // n_0, …, n_N, after checking that the layers chain and every entry is finite.
    private static int[] Check(IReadOnlyList<double[,]> weights, IReadOnlyList<double[]?>? biases, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ValueClustering.CheckTolerance(tolerance);
        if (weights.Count == 0) throw new ArgumentException("A network needs at least one weight matrix W_1.", nameof(weights));
        if (biases is not null && biases.Count != weights.Count)
            throw new ArgumentException($"Give one bias (or null) per layer: {weights.Count} layers, {biases.Count} biases.", nameof(biases));
        var widths = new int[weights.Count + 1];
        for (int l = 0; l < weights.Count; l++)
        {
            var w = weights[l] ?? throw new ArgumentException($"W{l + 1} is null.", nameof(weights));
            int rows = w.GetLength(0), columns = w.GetLength(1);
            if (rows == 0 || columns == 0) throw new ArgumentException($"W{l + 1} is empty ({rows}×{columns}); every layer needs at least one row and one column.", nameof(weights));
            if (l == 0) widths[0] = columns;
            else if (columns != widths[l])
                throw new ArgumentException($"W{l + 1} has {columns} columns but W{l} has {widths[l]} rows; consecutive layers must chain (W_l ∈ M(n_l, n_(l−1))).", nameof(weights));
            widths[l + 1] = rows;
            for (int i = 0; i < rows; i++)
                for (int j = 0; j < columns; j++)
                    if (!double.IsFinite(w[i, j]))
                        throw new ArgumentException($"W{l + 1}[{i},{j}] (0-based) is {w[i, j]}; every entry must be a finite number.", nameof(weights));
            if (biases?[l] is { } b)
            {
                if (b.Length != rows) throw new ArgumentException($"b{l + 1} has {b.Length} entries; expected one per row of W{l + 1}, {rows}.", nameof(biases));
                foreach (var v in b)
                    if (!double.IsFinite(v)) throw new ArgumentException($"b{l + 1} has the entry {v}; every entry must be a finite number.", nameof(biases));
            }
        }
        return widths;
    }
}

/// <summary>The result of <see cref="LayeredIsotropy.Of"/>.</summary>
/// <param name="Widths">n_0, …, n_N.</param>
/// <param name="PermuteInputs">Whether the inputs were allowed to move.</param>
/// <param name="Joint">G_x as a group on all units (inputs first, then each layer in turn; see <see cref="LayeredIsotropy.Digraph"/>).</param>
/// <param name="Layers">H_1, …, H_N: entry l−1 is the image of G_x in S_{n_l} × S_{n_{l−1}} acting on the rows and columns of W_l.</param>
public sealed record LayeredIsotropyGroup(ImmutableArray<int> Widths, bool PermuteInputs, PermutationGroup Joint, ImmutableArray<MatrixIsotropyGroup> Layers);
