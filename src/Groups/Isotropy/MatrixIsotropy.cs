namespace Landscape.Symmetry.Groups;

/// <summary>
/// Isotropy groups of weight matrices: which row and column permutations leave a matrix W (and a
/// second layer a) unchanged, up to a tolerance.
/// </summary>
/// <remarks>
/// Entries of W are clustered by <see cref="ValueClustering"/> (single linkage with the tolerance),
/// and entries of a separately — an entry of a equal to one of W means nothing. The clusters
/// become colours of a digraph whose automorphism group, computed by
/// <see cref="DigraphAutomorphisms"/>, is the isotropy group:
/// <list type="bullet">
/// <item><see cref="Of(double[,], double[], double, CancellationToken)"/>: rows and columns are
/// vertices (rows coloured by the cluster of aᵢ), the arc row i → column j is coloured by the cluster
/// of W[i,j], every other arc by a colour of its own; automorphisms cannot swap rows with columns.</item>
/// <item><see cref="Diagonal(double[,], double[], double, CancellationToken)"/>: the d indices are
/// vertices, the arc i → j coloured by W[i,j] (loops carry the diagonal).</item>
/// </list>
/// </remarks>
public static class MatrixIsotropy
{
    /// <summary>The default clustering tolerance, 1e-9.</summary>
    public const double DefaultTolerance = 1e-9;

    /// <summary>The isotropy group of W ∈ M(k,d) (and a ∈ ℝᵏ) in S_k × S_d.</summary>
    /// <param name="w">The k×d matrix, k, d ≥ 1, finite entries.</param>
    /// <param name="secondLayer">Optional second layer a of length k (moved with the rows).</param>
    /// <param name="tolerance">Clustering tolerance t ≥ 0 (0: exact equality).</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <exception cref="ArgumentException">Empty matrix, a NaN or infinite entry, a of the wrong length, or a negative tolerance.</exception>
    public static MatrixIsotropyGroup Of(double[,] w, double[]? secondLayer = null, double tolerance = DefaultTolerance, CancellationToken cancellationToken = default)
    {
        var graph = RowColumnDigraph(w, secondLayer, tolerance);
        var group = DigraphAutomorphisms.Group(graph, cancellationToken);
        return new MatrixIsotropyGroup(w.GetLength(0), w.GetLength(1), secondLayer is not null, IsotropyAction.RowsAndColumns, group);
    }

    /// <summary>The same for a matrix given as rows (all of the same length).</summary>
    /// <exception cref="ArgumentException">Ragged rows, besides the cases of the two-dimensional overload.</exception>
    public static MatrixIsotropyGroup Of(double[][] rows, double[]? secondLayer = null, double tolerance = DefaultTolerance, CancellationToken cancellationToken = default) =>
        Of(ToMatrix(rows), secondLayer, tolerance, cancellationToken);

    /// <summary>
    /// The diagonal isotropy group of a square W ∈ M(d,d) (and a ∈ ℝᵈ): the permutations π ∈ S_d with
    /// W[π(i), π(j)] = W[i, j] (and a[π(i)] = a[i]) up to the tolerance, as a subgroup of ΔS_d.
    /// </summary>
    /// <exception cref="ArgumentException">W is not square, besides the cases of <see cref="Of(double[,], double[], double, CancellationToken)"/>.</exception>
    public static MatrixIsotropyGroup Diagonal(double[,] w, double[]? secondLayer = null, double tolerance = DefaultTolerance, CancellationToken cancellationToken = default)
    {
        var graph = DiagonalDigraph(w, secondLayer, tolerance);
        var group = DigraphAutomorphisms.Group(graph, cancellationToken);
        return new MatrixIsotropyGroup(w.GetLength(0), w.GetLength(1), secondLayer is not null, IsotropyAction.Diagonal, group);
    }

    /// <summary>The diagonal isotropy group of a square matrix given as rows.</summary>
    public static MatrixIsotropyGroup Diagonal(double[][] rows, double[]? secondLayer = null, double tolerance = DefaultTolerance, CancellationToken cancellationToken = default) =>
        Diagonal(ToMatrix(rows), secondLayer, tolerance, cancellationToken);

    /// <summary>
    /// The bipartite digraph whose automorphisms are the isotropy of W (and a) in S_k × S_d: vertices
    /// 0..k−1 are rows (colour = cluster of aᵢ, or 0), k..k+d−1 columns (colour −1); the arc from row
    /// i to column j has the cluster of W[i,j] (≥ 0), all other arcs colour −1.
    /// </summary>
    public static ColouredDigraph RowColumnDigraph(double[,] w, double[]? secondLayer = null, double tolerance = DefaultTolerance)
    {
        var (k, d) = Check(w, secondLayer, tolerance, square: false);
        var cells = ClusterMatrix(w, tolerance);
        var rowColours = secondLayer is null ? new int[k] : ValueClustering.Cluster(secondLayer, tolerance, "second layer a");
        int n = k + d;
        ColouredDigraph.CheckSize(n);
        var vc = new int[n];
        for (int v = 0; v < n; v++) vc[v] = v < k ? rowColours[v] : -1;
        var arcs = new int[n * n];
        Array.Fill(arcs, -1);
        for (int i = 0; i < k; i++)
            for (int j = 0; j < d; j++) arcs[i * n + k + j] = cells[i * d + j];
        return ColouredDigraph.Trusted(vc, arcs);
    }

    /// <summary>
    /// The digraph on d vertices whose automorphisms are the diagonal isotropy of a square W (and a):
    /// vertex colour = cluster of aᵢ (or 0), arc i → j (a loop when i = j) = cluster of W[i,j].
    /// </summary>
    public static ColouredDigraph DiagonalDigraph(double[,] w, double[]? secondLayer = null, double tolerance = DefaultTolerance)
    {
        var (_, d) = Check(w, secondLayer, tolerance, square: true);
        var cells = ClusterMatrix(w, tolerance);
        var vc = secondLayer is null ? new int[d] : ValueClustering.Cluster(secondLayer, tolerance, "second layer a");
        return ColouredDigraph.Trusted(vc, cells);
    }

    /// <summary>Copies rows of equal length into a matrix.</summary>
    /// <exception cref="ArgumentException">No rows, an empty or null row, or rows of different lengths.</exception>
    public static double[,] ToMatrix(double[][] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Length == 0) throw new ArgumentException("The matrix has no rows; expected at least one row with at least one entry.", nameof(rows));
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i] is null) throw new ArgumentException($"Row {i} is null.", nameof(rows));
            if (rows[i].Length != rows[0].Length)
                throw new ArgumentException($"Row {i} has {rows[i].Length} entries but row 0 has {rows[0].Length}; every row must have the same length.", nameof(rows));
        }
        var w = new double[rows.Length, rows[0].Length];
        for (int i = 0; i < rows.Length; i++)
            for (int j = 0; j < rows[0].Length; j++) w[i, j] = rows[i][j];
        return w;
    }

    private static (int K, int D) Check(double[,] w, double[]? secondLayer, double tolerance, bool square)
    {
        ArgumentNullException.ThrowIfNull(w);
        ValueClustering.CheckTolerance(tolerance);
        int k = w.GetLength(0), d = w.GetLength(1);
        if (k == 0 || d == 0)
            throw new ArgumentException($"The matrix W is empty ({k}×{d}); expected at least one row and one column.", nameof(w));
        if (square && k != d)
            throw new ArgumentException($"The diagonal action needs a square matrix; W is {k}×{d}.", nameof(w));
        for (int i = 0; i < k; i++)
            for (int j = 0; j < d; j++)
                if (!double.IsFinite(w[i, j]))
                    throw new ArgumentException($"W[{i},{j}] (0-based row {i}, column {j}) is {w[i, j]}; every entry must be a finite number.", nameof(w));
        if (secondLayer is not null)
        {
            if (secondLayer.Length != k)
                throw new ArgumentException($"The second layer a has {secondLayer.Length} entries; expected one per row of W, k = {k}.", nameof(secondLayer));
            for (int i = 0; i < k; i++)
                if (!double.IsFinite(secondLayer[i]))
                    throw new ArgumentException($"a[{i}] (0-based) is {secondLayer[i]}; every entry of the second layer must be a finite number.", nameof(secondLayer));
        }
        return (k, d);
    }

    private static int[] ClusterMatrix(double[,] w, double tolerance)
    {
        int k = w.GetLength(0), d = w.GetLength(1);
        var flat = new double[k * d];
        for (int i = 0; i < k; i++)
            for (int j = 0; j < d; j++) flat[i * d + j] = w[i, j];
        return ValueClustering.Cluster(flat, tolerance, "W");
    }
}
