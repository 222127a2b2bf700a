using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Representations;

/// <summary>
/// A symmetric linear operator on ℝⁿ known only through its matrix–vector product, e.g. a Hessian
/// at a critical point. The isotypic spectrum needs nothing else: a few products with structured vectors.
/// </summary>
public sealed class SymmetricOperator
{
    private readonly Action<ReadOnlySpan<double>, Span<double>> apply;

    /// <summary>An operator on ℝⁿ given by <paramref name="apply"/>(x, y), which writes A·x into y (y has n entries and may hold garbage on entry).</summary>
    /// <exception cref="ArgumentOutOfRangeException">n is not positive.</exception>
    public SymmetricOperator(int dimension, Action<ReadOnlySpan<double>, Span<double>> apply)
    {
        ArgumentNullException.ThrowIfNull(apply);
        if (dimension < 1)
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "An operator needs a positive dimension.");
        Dimension = dimension;
        this.apply = apply;
    }

    /// <summary>n, the dimension of the space the operator acts on.</summary>
    public int Dimension { get; }

    /// <summary>The number of products computed so far through this object (what the isotypic path costs).</summary>
    public long Applications { get; private set; }

    /// <summary>Writes A·x into y.</summary>
    /// <exception cref="ArgumentException">x or y does not have <see cref="Dimension"/> entries.</exception>
    public void Apply(ReadOnlySpan<double> x, Span<double> y)
    {
        if (x.Length != Dimension)
            throw new ArgumentException($"The operator acts on vectors of {Dimension} entries; got {x.Length}.", nameof(x));
        if (y.Length != Dimension)
            throw new ArgumentException($"The operator writes {Dimension} entries; the output has {y.Length}.", nameof(y));
        apply(x, y);
        Applications++;
    }

    /// <summary>A·x as a new array.</summary>
    public double[] Apply(ReadOnlySpan<double> x)
    {
        var y = new double[Dimension];
        Apply(x, y);
        return y;
    }

    /// <summary>
    /// The operator of a dense square matrix, checked to be symmetric to a relative tolerance
    /// (max |aᵢⱼ − aⱼᵢ| ≤ tolerance · max |aᵢⱼ|).
    /// </summary>
    /// <exception cref="ArgumentException">The matrix is not square, not symmetric, or holds NaN or ∞.</exception>
    public static SymmetricOperator FromMatrix(Matrix<double> matrix, double tolerance = 1e-9)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (matrix.RowCount != matrix.ColumnCount)
            throw new ArgumentException($"A symmetric operator needs a square matrix; got {matrix.RowCount} × {matrix.ColumnCount}.", nameof(matrix));
        double scale = 0, asymmetry = 0;
        int n = matrix.RowCount;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                double a = matrix[i, j];
                if (!double.IsFinite(a)) throw new ArgumentException($"The matrix has {a} at ({i}, {j}).", nameof(matrix));
                scale = Math.Max(scale, Math.Abs(a));
                asymmetry = Math.Max(asymmetry, Math.Abs(a - matrix[j, i]));
            }
        if (asymmetry > tolerance * scale)
            throw new ArgumentException($"The matrix is not symmetric: max |aᵢⱼ − aⱼᵢ| = {asymmetry:G3} against max |aᵢⱼ| = {scale:G3}.", nameof(matrix));
        var dense = matrix.ToArray();
        return new SymmetricOperator(n, (x, y) =>
        {
            for (int i = 0; i < n; i++)
            {
                double s = 0;
                for (int j = 0; j < n; j++) s += dense[i, j] * x[j];
                y[i] = s;
            }
        });
    }
}
