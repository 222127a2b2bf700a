using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// The architecture of a fully connected network f(x) = W_N σ(W_{N−1} ⋯ σ(W_1 x + b_1) ⋯ + b_{N−1}) + b_N (biases
/// optional, scalar output): the flat parameter layout, the forward pass and backpropagation for one sample, and
/// initializations. <see cref="DeepNetworkLoss"/> sums it over a fixed data set, <see cref="DeepStochasticGradient"/>
/// over fresh batches.
/// </summary>
/// <remarks>Parameters, flat: for each layer l = 1…N, W_l (d_l × d_{l−1}, row-major) then b_l (d_l, with biases).</remarks>
public sealed class DeepNetwork
{
    private readonly int[] widths;     // d_0 … d_N, d_N = 1
    private readonly int[] weightOffset, biasOffset;

    /// <summary>A network of the given widths.</summary>
    /// <param name="widths">d_0, d_1, …, d_N with d_N = 1 and N ≥ 1.</param>
    /// <param name="activation">σ.</param>
    /// <param name="bias">Whether the layers have biases.</param>
    /// <exception cref="ArgumentException">A width is not positive, the output width is not 1, or there are too many parameters.</exception>
    public DeepNetwork(int[] widths, Activation activation, bool bias)
    {
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(activation);
        if (widths.Length < 2) throw new ArgumentException("A network needs at least the input and output widths (d_0, …, d_N).", nameof(widths));
        if (widths.Any(w => w < 1)) throw new ArgumentException($"Widths must be positive; got {string.Join('-', widths)}.", nameof(widths));
        if (widths[^1] != 1) throw new ArgumentException($"The output width must be 1; got {widths[^1]}.", nameof(widths));
        long n = ParameterCount(widths, bias);
        if (n > int.MaxValue / 4) throw new ArgumentException("The network has too many parameters.", nameof(widths));
        this.widths = (int[])widths.Clone();
        Activation = activation;
        Bias = bias;
        int layers = widths.Length - 1;
        weightOffset = new int[layers];
        biasOffset = new int[layers];
        int o = 0;
        for (int l = 0; l < layers; l++)
        {
            weightOffset[l] = o;
            o += widths[l + 1] * widths[l];
            biasOffset[l] = o;
            if (bias) o += widths[l + 1];
        }
        Dimension = o;
    }

    /// <summary>The number of parameters of a network of these widths.</summary>
    public static long ParameterCount(IReadOnlyList<int> widths, bool bias)
    {
        ArgumentNullException.ThrowIfNull(widths);
        long n = 0;
        for (int l = 0; l + 1 < widths.Count; l++) n += (long)widths[l + 1] * widths[l] + (bias ? widths[l + 1] : 0);
        return n;
    }

    /// <summary>σ.</summary>
    public Activation Activation { get; }

    /// <summary>Whether the layers have biases.</summary>
    public bool Bias { get; }

    /// <summary>d_0, …, d_N.</summary>
    public IReadOnlyList<int> Widths => widths;

    /// <summary>Number of weight layers N.</summary>
    public int Depth => widths.Length - 1;

    /// <summary>The input dimension d_0.</summary>
    public int InputDimension => widths[0];

    /// <summary>Number of parameters.</summary>
    public int Dimension { get; }

    /// <summary>Index of W_l[i, j] (l, i, j 0-based).</summary>
    public int WeightIndex(int layer, int i, int j) => weightOffset[layer] + i * widths[layer] + j;

    /// <summary>Index of b_l[i] (0-based).</summary>
    /// <exception cref="InvalidOperationException">The network has no biases.</exception>
    public int BiasIndex(int layer, int i) => Bias ? biasOffset[layer] + i : throw new InvalidOperationException("This network has no biases.");

    /// <summary>"W2[3,1]" or "b1[2]" (1-based), the name of a flat index.</summary>
    public string ParameterName(int index)
    {
        for (int l = Depth - 1; l >= 0; l--)
        {
            if (Bias && index >= biasOffset[l] && index < biasOffset[l] + widths[l + 1]) return $"b{l + 1}[{index - biasOffset[l] + 1}]";
            if (index >= weightOffset[l] && index < weightOffset[l] + widths[l + 1] * widths[l])
            {
                int r = index - weightOffset[l];
                return $"W{l + 1}[{r / widths[l] + 1},{r % widths[l] + 1}]";
            }
        }
        return $"θ[{index + 1}]";
    }

    /// <summary>A point with entries N(0, scale²/fan-in) for the weights and N(0, 0.01) for biases, from <paramref name="seed"/>.</summary>
    public double[] RandomPoint(int seed, double scale = 1)
    {
        var x = new double[Dimension];
        Sampling.FillGaussian(new Random(seed), x);
        for (int l = 0; l < Depth; l++)
        {
            double s = scale / Math.Sqrt(widths[l]);
            for (int t = 0; t < widths[l + 1] * widths[l]; t++) x[weightOffset[l] + t] *= s;
            if (Bias) for (int t = 0; t < widths[l + 1]; t++) x[biasOffset[l] + t] *= 0.1;
        }
        return x;
    }

    /// <summary>
    /// Glorot and Bengio's normalized ("Xavier") initialization, layer by layer: the entries of W_l uniform on
    /// ±√(6/(d_{l−1} + d_l)) (fan-in plus fan-out of that layer), biases 0 — for one hidden layer the rule the papers'
    /// two-layer protocol uses (<see cref="SgdRun.XavierInitialization"/>). Drawn in layout order from <paramref name="random"/>.
    /// </summary>
    public double[] XavierInitialization(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var x = new double[Dimension];
        for (int l = 0; l < Depth; l++)
        {
            double r = Math.Sqrt(6.0 / (widths[l] + widths[l + 1]));
            for (int t = 0; t < widths[l + 1] * widths[l]; t++) x[weightOffset[l] + t] = r * (2 * random.NextDouble() - 1);
        }
        return x;
    }

    /// <summary>The layered identity (1ᵀ, I, …, I, zero biases) of seed 004; hidden rows past the previous width stay 0.</summary>
    public double[] LayeredIdentity()
    {
        var x = new double[Dimension];
        for (int l = 0; l < Depth; l++)
            for (int i = 0; i < widths[l + 1]; i++)
                if (l == Depth - 1) for (int j = 0; j < widths[l]; j++) x[WeightIndex(l, i, j)] = 1;
                else if (i < widths[l]) x[WeightIndex(l, i, i)] = 1;
        return x;
    }

    /// <summary>Scratch arrays of one forward and backward pass; one per thread.</summary>
    public sealed class Workspace
    {
        internal Workspace(IReadOnlyList<int> widths)
        {
            int depth = widths.Count - 1;
            Pre = Enumerable.Range(0, depth).Select(l => new double[widths[l + 1]]).ToArray();
            Act = Enumerable.Range(0, depth).Select(l => new double[widths[l + 1]]).ToArray();
            Delta = Enumerable.Range(0, depth).Select(l => new double[widths[l + 1]]).ToArray();
        }

        internal double[][] Pre { get; }   // z_l = W_l a_{l−1} + b_l
        internal double[][] Act { get; }   // a_l = σ(z_l), the output layer linear
        internal double[][] Delta { get; } // ∂loss/∂z_l
    }

    /// <summary>A workspace for <see cref="Output"/> and <see cref="Backprop"/>.</summary>
    public Workspace CreateWorkspace() => new(widths);

    /// <summary>f(input) at parameters p.</summary>
    public double Output(double[] p, ReadOnlySpan<double> input, Workspace work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Forward(p, input, work);
        return work.Act[Depth - 1][0];
    }

    /// <summary>
    /// ½(f(input) − target)², adding its gradient into <paramref name="gradient"/> when given (accumulates: clear it first).
    /// </summary>
    public double Backprop(double[] p, ReadOnlySpan<double> input, double target, double[]? gradient, Workspace work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Forward(p, input, work);
        double r = work.Act[Depth - 1][0] - target;
        if (gradient is null) return 0.5 * r * r;
        work.Delta[Depth - 1][0] = r;
        for (int l = Depth - 1; l >= 0; l--)
        {
            int rows = widths[l + 1], cols = widths[l];
            var delta = work.Delta[l];
            ReadOnlySpan<double> below = l == 0 ? input : work.Act[l - 1];
            for (int i = 0; i < rows; i++)
            {
                int o = weightOffset[l] + i * cols;
                for (int j = 0; j < cols; j++) gradient[o + j] += delta[i] * below[j];
                if (Bias) gradient[biasOffset[l] + i] += delta[i];
            }
            if (l == 0) break;
            var next = work.Delta[l - 1];
            Array.Clear(next);
            for (int i = 0; i < rows; i++)
            {
                int o = weightOffset[l] + i * cols;
                for (int j = 0; j < cols; j++) next[j] += p[o + j] * delta[i];
            }
            var pre = work.Pre[l - 1];
            for (int j = 0; j < cols; j++) next[j] *= Activation.Derivative(pre[j]);
        }
        return 0.5 * r * r;
    }

    private void Forward(double[] p, ReadOnlySpan<double> input, Workspace work)
    {
        if (input.Length != widths[0]) throw new ArgumentException($"An input has {widths[0]} entries; got {input.Length}.", nameof(input));
        for (int l = 0; l < Depth; l++)
        {
            ReadOnlySpan<double> a = l == 0 ? input : work.Act[l - 1];
            int rows = widths[l + 1], cols = widths[l];
            var z = work.Pre[l];
            var act = work.Act[l];
            for (int i = 0; i < rows; i++)
            {
                double t = Bias ? p[biasOffset[l] + i] : 0;
                int o = weightOffset[l] + i * cols;
                for (int j = 0; j < cols; j++) t += p[o + j] * a[j];
                z[i] = t;
                act[i] = l == Depth - 1 ? t : Activation.Value(t);
            }
        }
    }
}
