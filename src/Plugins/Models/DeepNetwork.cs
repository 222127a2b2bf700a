using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// The architecture of a fully connected network f(x) = W_N σ(W_{N−1} ⋯ σ(W_1 x + b_1) ⋯ + b_{N−1}) + b_N (biases
/// optional, scalar output): the flat parameter layout, the forward pass, backpropagation and exact Hessian–vector
/// products for one sample, and initializations. <see cref="DeepNetworkLoss"/> sums it over a fixed data set;
/// <see cref="DeepBatchPass"/> passes whole batches as matrix products for <see cref="DeepStochasticGradient"/>.
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

    /// <summary>The layered identity (1ᵀ, I, …, I, zero biases) of Arjevani and Field, "Symmetry of the target model"; hidden rows past the previous width stay 0.</summary>
    public double[] LayeredIdentity()
    {
        var x = new double[Dimension];
        for (int l = 0; l < Depth; l++)
            for (int i = 0; i < widths[l + 1]; i++)
                if (l == Depth - 1) for (int j = 0; j < widths[l]; j++) x[WeightIndex(l, i, j)] = 1;
                else if (i < widths[l]) x[WeightIndex(l, i, i)] = 1;
        return x;
    }

    /// <summary>Scratch arrays of one forward and backward pass (and their R-operator images); one per thread.</summary>
    public sealed class Workspace
    {
        internal Workspace(IReadOnlyList<int> widths)
        {
            int depth = widths.Count - 1;
            double[][] Layers() => Enumerable.Range(0, depth).Select(l => new double[widths[l + 1]]).ToArray();
            Pre = Layers();
            Act = Layers();
            Delta = Layers();
            Slope = Layers();
            Curvature = Layers();
            RPre = Layers();
            RAct = Layers();
            RDelta = Layers();
        }

        internal double[][] Pre { get; }       // z_l = W_l a_{l−1} + b_l
        internal double[][] Act { get; }       // a_l = σ(z_l), the output layer linear
        internal double[][] Delta { get; }     // δ_l = ∂loss/∂z_l
        internal double[][] Slope { get; }     // σ′(z_l), filled by the R pass only
        internal double[][] Curvature { get; } // σ″(z_l), filled by the R pass only
        internal double[][] RPre { get; }      // R{z_l}: the derivative of z_l along the direction v
        internal double[][] RAct { get; }      // R{a_l}
        internal double[][] RDelta { get; }    // R{δ_l}
    }

    /// <summary>A workspace for <see cref="Output(double[], ReadOnlySpan{double}, Workspace)"/>, <see cref="Backprop(double[], ReadOnlySpan{double}, double, double[], Workspace)"/> and <see cref="HessianVectorProduct"/>.</summary>
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
        Backward(p, input, r, gradient, default, null, work);
        return 0.5 * r * r;
    }

    /// <summary>
    /// ½(f(input) − target)², adding the product of its Hessian with <paramref name="v"/> into <paramref name="product"/>
    /// (accumulates: clear it first) — exact, by Pearlmutter's R-operator (forward-over-reverse: the directional
    /// derivatives R{z_l}, R{a_l} ride along the forward pass, R{δ_l} along backpropagation, with σ, σ′ and σ″).
    /// </summary>
    /// <remarks>
    /// For σ with a kink (ReLU, leaky ReLU) σ″ is its smooth part (0), so the product is that of the Hessian of the
    /// loss on the current activation pattern: the Hessian almost everywhere, and the one a critical point of a
    /// piecewise-smooth net is classified by (at a zero-residual point it is JᵀJ, positive semidefinite). A
    /// pre-activation exactly at a kink takes the activation's own σ′ there (ReLU: 0, the unit counted as off); there
    /// the loss has only one-sided second derivatives, and this is the Hessian of one adjacent pattern. Finite
    /// differences, by contrast, mix patterns whenever a step crosses a kink.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="v"/> or <paramref name="product"/> does not have <see cref="Dimension"/> entries.</exception>
    public double HessianVectorProduct(double[] p, ReadOnlySpan<double> input, double target, ReadOnlySpan<double> v, double[] product, Workspace work)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(work);
        if (v.Length != Dimension) throw new ArgumentException($"The direction has {Dimension} entries (one per parameter); got {v.Length}.", nameof(v));
        if (product.Length != Dimension) throw new ArgumentException($"The product has {Dimension} entries (one per parameter); got {product.Length}.", nameof(product));
        Forward(p, input, work);
        ForwardDirection(p, input, v, work);
        double r = work.Act[Depth - 1][0] - target;
        Backward(p, input, r, null, v, product, work);
        return 0.5 * r * r;
    }

    // R{z_l} = V_l a_{l−1} + W_l R{a_{l−1}} + R{b_l}, R{a_0} = 0, R{a_l} = σ′(z_l) R{z_l} (the output linear); stores σ′, σ″.
    private void ForwardDirection(double[] p, ReadOnlySpan<double> input, ReadOnlySpan<double> v, Workspace work)
    {
        for (int l = 0; l < Depth; l++)
        {
            ReadOnlySpan<double> a = l == 0 ? input : work.Act[l - 1];
            int rows = widths[l + 1], cols = widths[l];
            var rz = work.RPre[l];
            var ra = work.RAct[l];
            for (int i = 0; i < rows; i++)
            {
                double t = Bias ? v[biasOffset[l] + i] : 0;
                int o = weightOffset[l] + i * cols;
                if (l == 0) for (int j = 0; j < cols; j++) t += v[o + j] * a[j];
                else
                {
                    var rBelow = work.RAct[l - 1];
                    for (int j = 0; j < cols; j++) t += v[o + j] * a[j] + p[o + j] * rBelow[j];
                }
                rz[i] = t;
                if (l == Depth - 1) { ra[i] = t; continue; }
                var (_, slope, curvature) = Activation.Evaluate(work.Pre[l][i]);
                work.Slope[l][i] = slope;
                work.Curvature[l][i] = curvature;
                ra[i] = slope * t;
            }
        }
    }

    // Backpropagation from δ_N = r, adding ∂/∂p into gradient when given; with a direction v (after ForwardDirection) also
    // R{δ_N} = R{f} and R{δ_{l−1}} = σ″(z) R{z} ⊙ W_lᵀδ_l + σ′(z) ⊙ (V_lᵀδ_l + W_lᵀR{δ_l}), adding R{∂/∂p} into product.
    private void Backward(double[] p, ReadOnlySpan<double> input, double r, double[]? gradient, ReadOnlySpan<double> v, double[]? product, Workspace work)
    {
        work.Delta[Depth - 1][0] = r;
        if (product is not null) work.RDelta[Depth - 1][0] = work.RPre[Depth - 1][0];
        for (int l = Depth - 1; l >= 0; l--)
        {
            int rows = widths[l + 1], cols = widths[l];
            var delta = work.Delta[l];
            ReadOnlySpan<double> below = l == 0 ? input : work.Act[l - 1];
            if (gradient is not null)
                for (int i = 0; i < rows; i++)
                {
                    int o = weightOffset[l] + i * cols;
                    for (int j = 0; j < cols; j++) gradient[o + j] += delta[i] * below[j];
                    if (Bias) gradient[biasOffset[l] + i] += delta[i];
                }
            if (product is not null)
            {
                // R{δ_l a_{l−1}ᵀ} = R{δ_l} a_{l−1}ᵀ + δ_l R{a_{l−1}}ᵀ.
                var rDelta = work.RDelta[l];
                for (int i = 0; i < rows; i++)
                {
                    int o = weightOffset[l] + i * cols;
                    if (l == 0) for (int j = 0; j < cols; j++) product[o + j] += rDelta[i] * below[j];
                    else
                    {
                        var rBelow = work.RAct[l - 1];
                        for (int j = 0; j < cols; j++) product[o + j] += rDelta[i] * below[j] + delta[i] * rBelow[j];
                    }
                    if (Bias) product[biasOffset[l] + i] += rDelta[i];
                }
            }
            if (l == 0) break;
            var next = work.Delta[l - 1];
            Array.Clear(next);
            if (product is null)
            {
                for (int i = 0; i < rows; i++)
                {
                    int o = weightOffset[l] + i * cols;
                    for (int j = 0; j < cols; j++) next[j] += p[o + j] * delta[i];
                }
                var pre = work.Pre[l - 1];
                for (int j = 0; j < cols; j++) next[j] *= Activation.Derivative(pre[j]);
                continue;
            }
            var rNext = work.RDelta[l - 1];
            var rDeltaAbove = work.RDelta[l];
            Array.Clear(rNext);
            for (int i = 0; i < rows; i++)
            {
                int o = weightOffset[l] + i * cols;
                double d = delta[i], rd = rDeltaAbove[i];
                for (int j = 0; j < cols; j++)
                {
                    next[j] += p[o + j] * d;
                    rNext[j] += v[o + j] * d + p[o + j] * rd;
                }
            }
            var slope = work.Slope[l - 1];
            var curvature = work.Curvature[l - 1];
            var rz = work.RPre[l - 1];
            for (int j = 0; j < cols; j++)
            {
                rNext[j] = curvature[j] * rz[j] * next[j] + slope[j] * rNext[j];
                next[j] *= slope[j];
            }
        }
    }

    // Unit i of layer l: its bias (or 0) plus the weighted inputs, summed in increasing j (the order both forward passes share).
    private double PreActivation(double[] p, int l, int i, ReadOnlySpan<double> a)
    {
        int cols = widths[l];
        double t = Bias ? p[biasOffset[l] + i] : 0;
        int o = weightOffset[l] + i * cols;
        for (int j = 0; j < cols; j++) t += p[o + j] * a[j];
        return t;
    }

    private void Forward(double[] p, ReadOnlySpan<double> input, Workspace work)
    {
        if (input.Length != widths[0]) throw new ArgumentException($"An input has {widths[0]} entries; got {input.Length}.", nameof(input));
        for (int l = 0; l < Depth; l++)
        {
            ReadOnlySpan<double> a = l == 0 ? input : work.Act[l - 1];
            int rows = widths[l + 1];
            var z = work.Pre[l];
            var act = work.Act[l];
            for (int i = 0; i < rows; i++)
            {
                double t = PreActivation(p, l, i, a);
                z[i] = t;
                act[i] = l == Depth - 1 ? t : Activation.Value(t);
            }
        }
    }
}
