namespace Landscape.Symmetry.Plugins;

/// <summary>
/// Points of the star and core loci of Cooper, "The critical locus of overparameterized neural networks", for a <see cref="DeepNetworkLoss"/> with σ(0) = 0, as this project reads
/// them (the paper's formulas did not survive its text extraction): the star locus S_i is where the weights into and out of hidden
/// layer i vanish with that layer's bias (W_i = 0, b_i = 0, W_{i+1} = 0), so the network computes a constant; with biases,
/// that constant must be the mean target ȳ. The core locus is where two such pairs (i, i+1), (j, j+1), j ≥ i + 2, vanish.
/// </summary>
/// <remarks>
/// On S_i every first derivative of f vanishes except along parameters above the pair, where the loss is ½(c − y)²
/// averaged — stationary at c = ȳ — so S_i is critical. On the core, ∇f is the gradient of the constant alone and every
/// second derivative of f is constant in x, so ∇²L = ∇c ∇cᵀ: one positive eigenvalue, the rest zero.
/// </remarks>
public static class CooperCriticalLoci
{
    /// <summary>A random point of S_{layer+1}: W_{layer+1}, b_{layer+1}, W_{layer+2} set to zero (0-based layer &lt; depth − 1).</summary>
    /// <exception cref="ArgumentException">The layer has no layer above it, or σ(0) ≠ 0.</exception>
    public static double[] StarPoint(DeepNetworkLoss net, int layer, int seed)
    {
        ArgumentNullException.ThrowIfNull(net);
        Check(net, layer);
        var x = net.RandomPoint(seed);
        ZeroPair(net, x, layer);
        return Calibrate(net, x);
    }

    /// <summary>A random point of the core: the pairs at 0-based layers i and j ≥ i + 2 both zero.</summary>
    /// <exception cref="ArgumentException">The layers do not fit, or σ(0) ≠ 0.</exception>
    public static double[] CorePoint(DeepNetworkLoss net, int i, int j, int seed)
    {
        ArgumentNullException.ThrowIfNull(net);
        Check(net, i);
        Check(net, j);
        if (j < i + 2) throw new ArgumentException($"The two zero pairs must not overlap: j ≥ i + 2; got i = {i}, j = {j}.");
        var x = net.RandomPoint(seed);
        ZeroPair(net, x, i);
        ZeroPair(net, x, j);
        return Calibrate(net, x);
    }

    private static void Check(DeepNetworkLoss net, int layer)
    {
        if (layer < 0 || layer + 1 >= net.Depth)
            throw new ArgumentException($"A zero pair (W_l, W_l+1) needs 0 ≤ l < depth − 1 = {net.Depth - 1}; got {layer}.");
        if (net.Activation.Value(0) != 0) throw new ArgumentException($"The star and core loci need σ(0) = 0; {net.Activation.Spec} has σ(0) = {net.Activation.Value(0)}.");
    }

    private static void ZeroPair(DeepNetworkLoss net, double[] x, int l)
    {
        var w = net.Widths;
        for (int a = 0; a < w[l + 1]; a++)
        {
            for (int b = 0; b < w[l]; b++) x[net.WeightIndex(l, a, b)] = 0;
            if (net.Bias) x[net.BiasIndex(l, a)] = 0;
        }
        for (int a = 0; a < w[l + 2]; a++)
            for (int b = 0; b < w[l + 1]; b++) x[net.WeightIndex(l + 1, a, b)] = 0;
    }

    // With biases the constant output c must equal ȳ: shift the output bias.
    private static double[] Calibrate(DeepNetworkLoss net, double[] x)
    {
        if (!net.Bias) return x;
        var g = new double[x.Length];
        net.Gradient(x, g);
        int outBias = net.BiasIndex(net.Depth - 1, 0);
        x[outBias] -= g[outBias]; // ∂L/∂b_N = c − ȳ for a constant network
        return x;
    }
}
