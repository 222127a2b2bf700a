using System.Numerics;
using Landscape.Symmetry.Groups;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// A deep fully connected network f(x) = W_N σ(W_{N−1} ⋯ σ(W_1 x + b_1) ⋯ + b_{N−1}) + b_N (Arjevani and Field, "Symmetry of the target model", eq. 4.13; biases
/// optional) with the squared loss ½·mean_s (f(x_s) − y_s)² over a finite data set — given, or sampled from a distribution
/// with targets from a teacher network (eq. 4.14). Exact gradient by backpropagation; exact Hessian–vector products by
/// Pearlmutter's R-operator (<see cref="DeepNetwork.HessianVectorProduct"/>), and the dense Hessian from n of them. For
/// ReLU-like σ both are the Hessian on the current activation pattern, the almost-everywhere Hessian.
/// </summary>
/// <remarks>
/// <para>Parameters, flat: for each layer l = 1…N, W_l (d_l × d_{l−1}, row-major) then b_l (d_l, with biases).
/// <see cref="Layout"/> is the flat layout k = 1, d = n; <see cref="ParameterName"/> names entries.</para>
/// <para>Declared symmetry: for every hidden layer, S_{d_l} permuting its units (rows of W_l, entries of b_l, columns of
/// W_{l+1}); for a sampled loss against the layered identity teacher (1ᵀ, I, …, I) and a permutation-invariant
/// distribution, also S_d on the inputs (columns of W_1, eq. 4.15) — exact for the population, up to sampling error for
/// the sample (<see cref="IMonteCarloObjective"/>).</para>
/// </remarks>
public sealed class DeepNetworkLoss : IMonteCarloObjective, IParameterNames, ILayeredNetwork
{
    private readonly DeepNetwork network;
    private readonly int[] widths;     // d_0 … d_N, d_N = 1
    private readonly double[] inputs;  // S×d_0
    private readonly double[] targets; // S
    private readonly int samples;
    private readonly Lazy<PermutationGroup> group;
    private readonly bool inputSymmetry;

    /// <summary>The loss over a finite data set (x_s, y_s).</summary>
    /// <param name="widths">d_0, d_1, …, d_N with d_N = 1 and N ≥ 1.</param>
    /// <param name="activation">σ.</param>
    /// <param name="bias">Whether the layers have biases.</param>
    /// <param name="inputs">The inputs, S×d_0 row-major.</param>
    /// <param name="targets">The targets y_s.</param>
    /// <exception cref="ArgumentException">Shapes disagree, a width is not positive, or the output width is not 1.</exception>
    public DeepNetworkLoss(int[] widths, Activation activation, bool bias, double[] inputs, double[] targets)
        : this(widths, activation, bias, inputs, targets, inputSymmetry: false)
    {
    }

    private DeepNetworkLoss(int[] widths, Activation activation, bool bias, double[] inputs, double[] targets, bool inputSymmetry)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(targets);
        network = new DeepNetwork(widths, activation, bias);
        if (targets.Length < 1 || inputs.Length != targets.Length * widths[0])
            throw new ArgumentException($"{targets.Length} targets need {targets.Length * widths[0]} input entries (d_0 = {widths[0]}); got {inputs.Length}.", nameof(inputs));
        this.widths = (int[])widths.Clone();
        this.inputs = (double[])inputs.Clone();
        this.targets = (double[])targets.Clone();
        samples = targets.Length;
        this.inputSymmetry = inputSymmetry;
        Layout = new ParameterLayout(1, network.Dimension, false);
        group = new Lazy<PermutationGroup>(BuildGroup);
    }

    /// <summary>
    /// The loss of a student of hidden widths <paramref name="hiddenWidths"/> on <paramref name="sampleCount"/> inputs drawn from
    /// <paramref name="distribution"/> with <paramref name="seed"/>, against a teacher of the same shape: the layered identity
    /// (1ᵀ, I, …, I, zero biases) when every hidden width equals d (Arjevani and Field, "Symmetry of the target model"), otherwise a seeded random teacher.
    /// </summary>
    public static DeepNetworkLoss AgainstTeacher(int[] hiddenWidths, int d, Activation activation, IInputDistribution distribution,
        bool bias, int sampleCount, int seed)
    {
        ArgumentNullException.ThrowIfNull(hiddenWidths);
        ArgumentNullException.ThrowIfNull(distribution);
        if (hiddenWidths.Length < 1) throw new ArgumentException("A deep net needs at least one hidden layer.", nameof(hiddenWidths));
        if (sampleCount < 1) throw new ArgumentException($"The sample count must be at least 1; got {sampleCount}.", nameof(sampleCount));
        var widths = new[] { d }.Concat(hiddenWidths).Append(1).ToArray();
        var x = distribution.Sample(d, sampleCount, seed);
        bool identity = hiddenWidths.All(w => w == d);
        var net = new DeepNetwork(widths, activation, bias);
        var teacher = identity ? net.LayeredIdentity() : net.RandomPoint(seed + 1, 1.0);
        var y = new double[sampleCount];
        var work = net.CreateWorkspace();
        for (int s = 0; s < sampleCount; s++) y[s] = net.Output(teacher, x.AsSpan(s * d, d), work);
        bool symmetric = identity && distribution.CoordinateSymmetry(d).Order == Factorials.Of(d);
        return new DeepNetworkLoss(widths, activation, bias, x, y, symmetric) { Distribution = distribution, Teacher = teacher };
    }

    /// <summary>The architecture: layout, forward pass, backpropagation.</summary>
    public DeepNetwork Network => network;

    /// <summary>σ.</summary>
    public Activation Activation => network.Activation;

    /// <summary>Whether the layers have biases.</summary>
    public bool Bias => network.Bias;

    /// <summary>d_0, …, d_N.</summary>
    public IReadOnlyList<int> Widths => widths;

    /// <summary>Number of weight layers N.</summary>
    public int Depth => widths.Length - 1;

    /// <summary>The input distribution, for a sampled loss.</summary>
    public IInputDistribution? Distribution { get; private init; }

    /// <summary>The teacher's parameters, for a sampled loss.</summary>
    public double[]? Teacher { get; private init; }

    /// <summary>The mean target ȳ.</summary>
    public double MeanTarget => targets.Average();

    /// <inheritdoc />
    public int SampleCount => samples;

    /// <inheritdoc />
    public ParameterLayout Layout { get; }

    /// <inheritdoc />
    public PermutationGroup InvarianceGroup => group.Value;

    /// <summary>Whether S_{d_0} on the inputs is declared too: against the layered identity teacher on a permutation-invariant distribution (eq. 4.15).</summary>
    public bool InputSymmetry => inputSymmetry;

    /// <summary>Index of W_l[i, j] (l, i, j 0-based).</summary>
    public int WeightIndex(int layer, int i, int j) => network.WeightIndex(layer, i, j);

    /// <summary>Index of b_l[i] (0-based).</summary>
    /// <exception cref="InvalidOperationException">The network has no biases.</exception>
    public int BiasIndex(int layer, int i) => network.BiasIndex(layer, i);

    /// <inheritdoc />
    public string ParameterName(int index) => network.ParameterName(index);

    /// <summary>A point with entries N(0, scale²/fan-in) (Xavier-like), from <paramref name="seed"/> (<see cref="DeepNetwork.RandomPoint"/>).</summary>
    public double[] RandomPoint(int seed, double scale = 1) => network.RandomPoint(seed, scale);

    // ½(f(x_s) − y_s)², its gradient added into g when given.
    private double Backprop(double[] p, int s, double[]? g, DeepNetwork.Workspace work) =>
        network.Backprop(p, inputs.AsSpan(s * widths[0], widths[0]), targets[s], g, work);

    private double[] Read(ReadOnlySpan<double> x, string name)
    {
        Layout.CheckLength(x.Length, name);
        var p = x.ToArray();
        for (int i = 0; i < p.Length; i++)
            if (!double.IsFinite(p[i])) throw new ArgumentException($"Parameter {ParameterName(i)} is {p[i]}; the loss needs finite parameters.", name);
        return p;
    }

    /// <inheritdoc />
    public double Value(ReadOnlySpan<double> x)
    {
        var p = Read(x, nameof(x));
        var work = network.CreateWorkspace();
        double sum = 0;
        for (int s = 0; s < samples; s++) sum += Backprop(p, s, null, work);
        return sum / samples;
    }

    /// <inheritdoc />
    public double StandardError(ReadOnlySpan<double> x)
    {
        var p = Read(x, nameof(x));
        var work = network.CreateWorkspace();
        double sum = 0, sq = 0;
        for (int s = 0; s < samples; s++)
        {
            double l = Backprop(p, s, null, work);
            sum += l;
            sq += l * l;
        }
        if (samples < 2) return 0;
        double mean = sum / samples;
        return Math.Sqrt(Math.Max(0, (sq / samples - mean * mean) * samples / (samples - 1)) / samples);
    }

    /// <inheritdoc />
    public double Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        Layout.CheckLength(gradient.Length, nameof(gradient));
        var g = GradientOf(Read(x, nameof(x)), out double value);
        g.CopyTo(gradient);
        return value;
    }

    private double[] GradientOf(double[] p, out double value)
    {
        var g = new double[Layout.Dimension];
        var work = network.CreateWorkspace();
        double sum = 0;
        for (int s = 0; s < samples; s++) sum += Backprop(p, s, g, work);
        for (int t = 0; t < g.Length; t++) g[t] /= samples;
        value = sum / samples;
        return g;
    }

    /// <inheritdoc />
    public double[] GradientStandardError(ReadOnlySpan<double> x)
    {
        var p = Read(x, nameof(x));
        int n = Layout.Dimension;
        var sum = new double[n];
        var sq = new double[n];
        var per = new double[n];
        var work = network.CreateWorkspace();
        for (int s = 0; s < samples; s++)
        {
            Array.Clear(per);
            Backprop(p, s, per, work);
            for (int t = 0; t < n; t++) { sum[t] += per[t]; sq[t] += per[t] * per[t]; }
        }
        var se = new double[n];
        if (samples < 2) return se;
        for (int t = 0; t < n; t++)
        {
            double mean = sum[t] / samples;
            se[t] = Math.Sqrt(Math.Max(0, (sq[t] / samples - mean * mean) * samples / (samples - 1)) / samples);
        }
        return se;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Exact: the mean over the samples of <see cref="DeepNetwork.HessianVectorProduct"/> (Pearlmutter's R-operator), about
    /// the cost of two gradients. For kinked σ it is the Hessian on the current activation pattern (almost everywhere
    /// the Hessian; see there).
    /// </remarks>
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        var p = Read(x, nameof(x));
        Layout.CheckLength(v.Length, nameof(v));
        Layout.CheckLength(result.Length, nameof(result));
        for (int t = 0; t < v.Length; t++)
            if (!double.IsFinite(v[t])) throw new ArgumentException($"Direction entry {ParameterName(t)} is {v[t]}; a Hessian–vector product needs a finite direction.", nameof(v));
        var hv = new double[Layout.Dimension];
        ProductOf(p, v, hv, network.CreateWorkspace());
        hv.CopyTo(result);
    }

    /// <inheritdoc />
    /// <remarks>Column j is the exact product with the j-th unit vector (n products), then symmetrized: the two halves
    /// differ only by rounding.</remarks>
    public double[,] Hessian(ReadOnlySpan<double> x)
    {
        var p = Read(x, nameof(x));
        int n = Layout.Dimension;
        if (n > 4000) throw new InvalidOperationException($"A dense Hessian of {n} parameters is not formed (limit 4000); use HessianVectorProduct.");
        var h = new double[n, n];
        var e = new double[n];
        var col = new double[n];
        var work = network.CreateWorkspace();
        for (int j = 0; j < n; j++)
        {
            e[j] = 1;
            Array.Clear(col);
            ProductOf(p, e, col, work);
            e[j] = 0;
            for (int i = 0; i < n; i++) h[i, j] = col[i];
        }
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                double m = 0.5 * (h[i, j] + h[j, i]);
                h[i, j] = h[j, i] = m;
            }
        return h;
    }

    // ∇²L(p) v added into hv (cleared by the caller): the sample mean of the exact per-sample products.
    private void ProductOf(double[] p, ReadOnlySpan<double> v, double[] hv, DeepNetwork.Workspace work)
    {
        for (int s = 0; s < samples; s++)
            network.HessianVectorProduct(p, inputs.AsSpan(s * widths[0], widths[0]), targets[s], v, hv, work);
        for (int t = 0; t < hv.Length; t++) hv[t] /= samples;
    }

    // ----- symmetry -----

    private PermutationGroup BuildGroup()
    {
        int n = Layout.Dimension;
        var gens = new List<Permutation>();
        BigInteger order = 1;
        for (int l = 0; l + 1 < Depth; l++)
        {
            int width = widths[l + 1];
            if (width < 2) continue;
            foreach (var pi in Constructions.Symmetric(width).Generators) gens.Add(HiddenPermutation(l, pi));
            order *= Factorials.Of(width);
        }
        if (inputSymmetry && widths[0] >= 2)
        {
            foreach (var rho in Constructions.Symmetric(widths[0]).Generators) gens.Add(InputPermutation(rho));
            order *= Factorials.Of(widths[0]);
        }
        return PermutationGroup.Create(n, gens, order);
    }

    /// <summary>The parameter permutation of hidden layer l+1's units by π: rows of W_{l+1}, entries of b_{l+1}, columns of W_{l+2}.</summary>
    public Permutation HiddenPermutation(int l, Permutation pi)
    {
        ArgumentNullException.ThrowIfNull(pi);
        var images = Enumerable.Range(0, Layout.Dimension).ToArray();
        int rows = widths[l + 1], cols = widths[l], next = widths[l + 2];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++) images[WeightIndex(l, i, j)] = WeightIndex(l, pi[i], j);
            if (Bias) images[BiasIndex(l, i)] = BiasIndex(l, pi[i]);
            for (int r = 0; r < next; r++) images[WeightIndex(l + 1, r, i)] = WeightIndex(l + 1, r, pi[i]);
        }
        return Permutation.FromImages(images);
    }

    /// <summary>The parameter permutation of the inputs by ρ: columns of W_1.</summary>
    public Permutation InputPermutation(Permutation rho)
    {
        ArgumentNullException.ThrowIfNull(rho);
        var images = Enumerable.Range(0, Layout.Dimension).ToArray();
        for (int i = 0; i < widths[1]; i++)
            for (int j = 0; j < widths[0]; j++) images[WeightIndex(0, i, j)] = WeightIndex(0, i, rho[j]);
        return Permutation.FromImages(images);
    }
}
