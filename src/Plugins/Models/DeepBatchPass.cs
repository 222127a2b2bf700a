using System.Runtime.Intrinsics;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// The forward pass and backpropagation of a <see cref="DeepNetwork"/> over a whole batch at once: the batch is held as
/// columns (d_0 × B row-major, sample b is column b), every layer is one product Z_l = W_l A_{l−1}
/// (<see cref="RowProducts.Multiply"/>), every weight gradient one product Δ_l A_{l−1}ᵀ
/// (<see cref="RowProducts.MultiplyTransposed"/>) and every backward step one product W_lᵀ Δ_l, with ReLU's σ and σ′
/// vectorized. The per-sample <see cref="DeepNetwork.Backprop(double[], ReadOnlySpan{double}, double, double[], DeepNetwork.Workspace)"/>
/// is the oracle it is tested against.
/// </summary>
/// <remarks>
/// An instance owns its scratch (a few B × width arrays) and is reused step after step, so a step allocates nothing;
/// it is not thread-safe (one per thread). Every entry is summed in an order fixed by its position, so the numbers do
/// not depend on threads. They differ from the per-sample pass by rounding only: there a pre-activation starts from its
/// bias and adds the products in one chain, here the products are summed by fused multiply–adds and the bias added last.
/// </remarks>
public sealed class DeepBatchPass
{
    private readonly DeepNetwork network;
    private readonly int[] widths;
    private readonly bool relu;
    private readonly double[] inputs;     // d_0 × B
    private readonly double[][] pre;      // Z_l, d_l × B
    private readonly double[][] act;      // A_l = σ(Z_l) for hidden layers (the output layer is linear: its A is its Z)
    private readonly double[][] delta;    // Δ_l = ∂(Σ_b ½ r_b²)/∂Z_l, d_l × B
    private readonly double[] transposed; // W_lᵀ of the layer being passed back through
    private readonly double[] weightGradient;

    /// <summary>Scratch for batches of <paramref name="batchSize"/> samples through <paramref name="network"/>.</summary>
    /// <exception cref="ArgumentException">The batch size is not positive, or the batch is too large for one array.</exception>
    public DeepBatchPass(DeepNetwork network, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (batchSize < 1) throw new ArgumentException($"The batch size must be at least 1; got {batchSize}.", nameof(batchSize));
        widths = network.Widths.ToArray();
        if ((long)widths.Max() * batchSize > int.MaxValue / 2)
            throw new ArgumentException($"A batch of {batchSize} samples through widths {string.Join('-', widths)} is too large for one array.", nameof(batchSize));
        this.network = network;
        BatchSize = batchSize;
        relu = Relu.IsSameAs(network.Activation);
        int depth = widths.Length - 1;
        inputs = new double[widths[0] * batchSize];
        pre = Enumerable.Range(0, depth).Select(l => new double[widths[l + 1] * batchSize]).ToArray();
        act = Enumerable.Range(0, depth).Select(l => l == depth - 1 ? pre[l] : new double[widths[l + 1] * batchSize]).ToArray();
        delta = Enumerable.Range(0, depth).Select(l => new double[widths[l + 1] * batchSize]).ToArray();
        int largest = Enumerable.Range(0, depth).Max(l => widths[l] * widths[l + 1]);
        transposed = new double[largest];
        weightGradient = new double[largest];
    }

    /// <summary>The architecture.</summary>
    public DeepNetwork Network => network;

    /// <summary>B, the number of samples of every batch.</summary>
    public int BatchSize { get; }

    /// <summary>The batch to pass, d_0 × B row-major (entry (j, b) is coordinate j of sample b); fill it before each pass.</summary>
    public Span<double> Inputs => inputs;

    /// <summary>
    /// Writes f(x_b) at parameters <paramref name="p"/> for every sample b of <see cref="Inputs"/> into <paramref name="outputs"/>
    /// (B entries). With <paramref name="sparseLayers"/> (<see cref="SparseLayers"/> of the same <paramref name="p"/>) the
    /// layers with few nonzeros skip their zeros: a teacher such as (1ᵀ, I, …, I) then costs a few d·B operations per layer.
    /// </summary>
    /// <exception cref="ArgumentException">A length disagrees with the network or the batch.</exception>
    public void Outputs(double[] p, Span<double> outputs, IReadOnlyList<SparseRows?>? sparseLayers = null)
    {
        CheckPoint(p);
        if (outputs.Length != BatchSize) throw new ArgumentException($"The outputs need {BatchSize} entries (one per sample); got {outputs.Length}.", nameof(outputs));
        if (sparseLayers is not null && sparseLayers.Count != widths.Length - 1)
            throw new ArgumentException($"The sparse layers need one entry per layer ({widths.Length - 1}); got {sparseLayers.Count}.", nameof(sparseLayers));
        Forward(p, sparseLayers);
        pre[^1].AsSpan(0, BatchSize).CopyTo(outputs);
    }

    /// <summary>For each layer of <paramref name="p"/>, W_l's nonzeros when they are few (<see cref="SparseRows.WhenSparse"/>), else null.</summary>
    public SparseRows?[] SparseLayers(double[] p)
    {
        CheckPoint(p);
        return Enumerable.Range(0, widths.Length - 1)
            .Select(l => SparseRows.WhenSparse(p.AsSpan(network.WeightIndex(l, 0, 0), widths[l + 1] * widths[l]), widths[l + 1], widths[l]))
            .ToArray();
    }

    /// <summary>
    /// Σ_b ½(f(x_b) − y_b)² over the batch in <see cref="Inputs"/>, overwriting <paramref name="gradient"/> with its gradient
    /// in <paramref name="p"/> (the sum over the batch, not the mean; layout of <see cref="DeepNetwork"/>).
    /// </summary>
    /// <exception cref="ArgumentException">A length disagrees with the network or the batch.</exception>
    public double Gradient(double[] p, ReadOnlySpan<double> targets, Span<double> gradient)
    {
        CheckPoint(p);
        if (targets.Length != BatchSize) throw new ArgumentException($"The targets need {BatchSize} entries (one per sample); got {targets.Length}.", nameof(targets));
        if (gradient.Length != network.Dimension)
            throw new ArgumentException($"The gradient has {network.Dimension} entries (one per parameter); got {gradient.Length}.", nameof(gradient));
        Forward(p, null);
        int n = BatchSize, depth = widths.Length - 1;
        var output = pre[depth - 1];
        var top = delta[depth - 1];
        double loss = 0;
        for (int b = 0; b < n; b++)
        {
            double r = output[b] - targets[b];
            top[b] = r;
            loss += 0.5 * r * r;
        }
        for (int l = depth - 1; l >= 0; l--)
        {
            int rows = widths[l + 1], cols = widths[l];
            var below = l == 0 ? inputs : act[l - 1];
            RowProducts.MultiplyTransposed(delta[l], rows, below, cols, n, weightGradient, parallel: false);
            weightGradient.AsSpan(0, rows * cols).CopyTo(gradient.Slice(network.WeightIndex(l, 0, 0), rows * cols));
            if (network.Bias)
                for (int i = 0; i < rows; i++) gradient[network.BiasIndex(l, i)] = Sum(delta[l].AsSpan(i * n, n));
            if (l == 0) break;
            // Δ_{l−1} = (W_lᵀ Δ_l) ⊙ σ′(Z_{l−1}).
            RowProducts.Transpose(p.AsSpan(network.WeightIndex(l, 0, 0), rows * cols), rows, cols, transposed);
            var next = delta[l - 1].AsSpan(0, cols * n);
            RowProducts.Multiply(transposed, cols, rows, delta[l], n, next);
            MultiplyByDerivative(next, pre[l - 1].AsSpan(0, cols * n));
        }
        return loss;
    }

    private void CheckPoint(double[] p)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (p.Length != network.Dimension) throw new ArgumentException($"The point has {p.Length} entries; the network has {network.Dimension} parameters.", nameof(p));
    }

    private void Forward(double[] p, IReadOnlyList<SparseRows?>? sparseLayers)
    {
        int n = BatchSize, depth = widths.Length - 1;
        for (int l = 0; l < depth; l++)
        {
            int rows = widths[l + 1], cols = widths[l];
            var z = pre[l].AsSpan(0, rows * n);
            var below = l == 0 ? inputs : act[l - 1];
            if (sparseLayers?[l] is { } sparse) sparse.Multiply(below.AsSpan(0, cols * n), n, z);
            else RowProducts.Multiply(p.AsSpan(network.WeightIndex(l, 0, 0), rows * cols), rows, cols, below, n, z);
            if (network.Bias)
                for (int i = 0; i < rows; i++) AddConstant(z.Slice(i * n, n), p[network.BiasIndex(l, i)]);
            if (l < depth - 1) Activate(z, act[l].AsSpan(0, rows * n));
        }
    }

    private static void AddConstant(Span<double> z, double c)
    {
        int b = 0;
        var cv = Vector256.Create(c);
        for (; b + 4 <= z.Length; b += 4) (Vector256.Create(z.Slice(b, 4)) + cv).CopyTo(z.Slice(b, 4));
        for (; b < z.Length; b++) z[b] += c;
    }

    private void Activate(ReadOnlySpan<double> z, Span<double> a)
    {
        int b = 0;
        if (relu)
        {
            for (; b + 4 <= z.Length; b += 4) Vector256.Max(Vector256.Create(z.Slice(b, 4)), Vector256<double>.Zero).CopyTo(a.Slice(b, 4));
            for (; b < z.Length; b++) a[b] = Math.Max(z[b], 0);
            return;
        }
        var sigma = network.Activation;
        for (; b < z.Length; b++) a[b] = sigma.Value(z[b]);
    }

    // δ ← δ ⊙ σ′(z); ReLU's σ′ is 1 for z > 0 and 0 otherwise (σ′(0) = 0, as Relu.Derivative).
    private void MultiplyByDerivative(Span<double> delta, ReadOnlySpan<double> z)
    {
        int b = 0;
        if (relu)
        {
            for (; b + 4 <= z.Length; b += 4)
            {
                var zv = Vector256.Create(z.Slice(b, 4));
                Vector256.ConditionalSelect(Vector256.GreaterThan(zv, Vector256<double>.Zero), Vector256.Create(delta.Slice(b, 4)), Vector256<double>.Zero)
                    .CopyTo(delta.Slice(b, 4));
            }
            for (; b < z.Length; b++) delta[b] = z[b] > 0 ? delta[b] : 0;
            return;
        }
        var sigma = network.Activation;
        for (; b < z.Length; b++) delta[b] *= sigma.Derivative(z[b]);
    }

    // Σ x in four lanes, lanes added pairwise, then the tail: an order fixed by the length.
    private static double Sum(ReadOnlySpan<double> x)
    {
        var acc = Vector256<double>.Zero;
        int b = 0;
        for (; b + 4 <= x.Length; b += 4) acc += Vector256.Create(x.Slice(b, 4));
        double s = (acc[0] + acc[1]) + (acc[2] + acc[3]);
        for (; b < x.Length; b++) s += x[b];
        return s;
    }
}
