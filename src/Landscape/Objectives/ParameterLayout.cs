namespace Landscape.Symmetry.Landscape;

/// <summary>
/// How the parameters of a two-layer model sit in one flat vector: the student matrix W ∈ M(k,d)
/// row-major (cell (i, j) is index i·d + j), then, when the second layer trains, aᵢ at index k·d + i.
/// </summary>
/// <remarks>The same numbering as <see cref="Groups.MatrixCellAction"/>, so its groups act on parameter indices directly.</remarks>
public sealed record ParameterLayout
{
    /// <summary>A layout for k hidden units, input dimension d, and an optionally trainable second layer.</summary>
    /// <exception cref="ArgumentException">k or d is not positive, or k·d(+k) overflows.</exception>
    public ParameterLayout(int k, int d, bool secondLayerTrainable)
    {
        if (k < 1) throw new ArgumentException($"k (hidden units) must be at least 1; got {k}.", nameof(k));
        if (d < 1) throw new ArgumentException($"d (input dimension) must be at least 1; got {d}.", nameof(d));
        long n = (long)k * d + (secondLayerTrainable ? k : 0);
        if (n > int.MaxValue / 2) throw new ArgumentException($"k·d = {(long)k * d} is too large for one parameter vector.", nameof(k));
        K = k;
        D = d;
        SecondLayerTrainable = secondLayerTrainable;
        Dimension = (int)n;
    }

    /// <summary>Number of hidden units: rows of W.</summary>
    public int K { get; }

    /// <summary>Input dimension: columns of W.</summary>
    public int D { get; }

    /// <summary>True when the second-layer weights a ∈ ℝᵏ are parameters; otherwise a = 1 is fixed.</summary>
    public bool SecondLayerTrainable { get; }

    /// <summary>Length of the parameter vector: k·d, plus k with a trainable second layer.</summary>
    public int Dimension { get; }

    /// <summary>Index of the weight W[i, j].</summary>
    public int WeightIndex(int i, int j) => i * D + j;

    /// <summary>Index of the second-layer weight aᵢ (only with a trainable second layer).</summary>
    /// <exception cref="InvalidOperationException">The second layer is fixed.</exception>
    public int SecondLayerIndex(int i) =>
        SecondLayerTrainable ? K * D + i : throw new InvalidOperationException("The second layer is fixed (a = 1); it has no parameter index.");

    /// <summary>Throws unless <paramref name="length"/> equals <see cref="Dimension"/>.</summary>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public void CheckLength(int length, string name)
    {
        if (length != Dimension)
            throw new ArgumentException(
                $"A parameter vector for k = {K}, d = {D}{(SecondLayerTrainable ? " with a trainable second layer" : "")} has {Dimension} entries; got {length}.",
                name);
    }

    /// <summary>The parameter vector of a student matrix (and second layer, when it trains).</summary>
    /// <exception cref="ArgumentException">Shapes do not match the layout.</exception>
    public double[] Pack(double[,] w, ReadOnlySpan<double> a = default)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (w.GetLength(0) != K || w.GetLength(1) != D)
            throw new ArgumentException($"W must be {K}×{D}; got {w.GetLength(0)}×{w.GetLength(1)}.", nameof(w));
        var x = new double[Dimension];
        for (int i = 0; i < K; i++)
            for (int j = 0; j < D; j++) x[i * D + j] = w[i, j];
        if (SecondLayerTrainable)
        {
            if (a.Length != K) throw new ArgumentException($"The second layer a must have k = {K} entries; got {a.Length}.", nameof(a));
            a.CopyTo(x.AsSpan(K * D));
        }
        return x;
    }

    /// <summary>The student matrix held in a parameter vector.</summary>
    public double[,] Weights(ReadOnlySpan<double> x)
    {
        CheckLength(x.Length, nameof(x));
        var w = new double[K, D];
        for (int i = 0; i < K; i++)
            for (int j = 0; j < D; j++) w[i, j] = x[i * D + j];
        return w;
    }
}
