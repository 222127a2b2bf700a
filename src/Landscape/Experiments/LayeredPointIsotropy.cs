using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The isotropy of a parameter vector of a fully connected network (<see cref="ILayeredNetwork"/>), layer by layer,
/// through <see cref="LayeredIsotropy"/>: the joint stabiliser G_x in S_{n_0} × ⋯ × S_{n_{N−1}} (S_{n_0} only when the
/// model is invariant under input permutations) and, per layer, its image H_l in S_{n_l} × S_{n_{l−1}} acting on W_l.
/// </summary>
public static class LayeredPointIsotropy
{
    /// <summary>The weight matrices W_1, …, W_N of <paramref name="x"/>.</summary>
    public static double[][,] Weights(ILayeredNetwork network, IReadOnlyList<double> x)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(x);
        var widths = network.Widths;
        var result = new double[widths.Count - 1][,];
        for (int l = 0; l + 1 < widths.Count; l++)
        {
            var w = new double[widths[l + 1], widths[l]];
            for (int i = 0; i < widths[l + 1]; i++)
                for (int j = 0; j < widths[l]; j++) w[i, j] = x[network.WeightIndex(l, i, j)];
            result[l] = w;
        }
        return result;
    }

    /// <summary>
    /// G_x and H_1, …, H_N at <paramref name="x"/>, entries of each layer equal within <paramref name="tolerance"/>
    /// (biases, when the model has them, clustered per layer and moved with their units).
    /// </summary>
    /// <exception cref="ArgumentException">x does not have one entry per parameter, or a non-finite entry.</exception>
    public static LayeredIsotropyGroup Of(ILayeredNetwork network, IReadOnlyList<double> x, double tolerance = PointIsotropy.DefaultTolerance,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(x);
        var widths = network.Widths;
        long expected = 0;
        for (int l = 0; l + 1 < widths.Count; l++) expected += (long)widths[l + 1] * widths[l] + (network.Bias ? widths[l + 1] : 0);
        if (x.Count != expected) throw new ArgumentException($"The point has {x.Count} entries; this network has {expected} parameters.", nameof(x));
        double[]?[]? biases = null;
        if (network.Bias)
        {
            biases = new double[]?[widths.Count - 1];
            for (int l = 0; l + 1 < widths.Count; l++)
            {
                var b = new double[widths[l + 1]];
                for (int i = 0; i < b.Length; i++) b[i] = x[network.BiasIndex(l, i)];
                biases[l] = b;
            }
        }
        return LayeredIsotropy.Of(Weights(network, x), biases, network.InputSymmetry, tolerance, cancellationToken);
    }
}
