using System.Buffers;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The mini-batch gradient of the papers' two-layer model: ½ (Σᵢ aᵢσ(wᵢ·x) − Σⱼ uⱼσ(vⱼ·x))² averaged over a batch of
/// inputs, with Xavier's initialization (<see cref="SgdRun.XavierInitialization"/>).
/// </summary>
/// <remarks>
/// Standard Gaussian batches (no sampler) are drawn from the run's generator itself, entry by entry, in the order the
/// original protocol used, so default runs keep their exact numbers; a custom sampler gets one seed per batch from it.
/// Scratch arrays come from <see cref="ArrayPool{T}"/>: a batch of 1000 × d doubles is past the large-object threshold
/// for d ≥ 11, and allocating it every step would keep the garbage collector busy.
/// </remarks>
public sealed class TwoLayerStochasticGradient : IStochasticGradient
{
    private readonly double[][] teacher;
    private readonly double[] u;
    private readonly IActivation activation;
    private readonly BatchSampler? sampler;

    /// <summary>A student of <paramref name="layout"/> against teacher rows V (k'×d) with output weights u (default 1).</summary>
    /// <param name="layout">The student's layout.</param>
    /// <param name="teacherWeights">V, k'×d.</param>
    /// <param name="teacherSecondLayer">u, or null for all ones.</param>
    /// <param name="activation">σ of the student and the teacher.</param>
    /// <param name="sampler">The batch sampler, or null for standard Gaussian batches from the run's generator.</param>
    /// <exception cref="ArgumentException">Shapes disagree.</exception>
    public TwoLayerStochasticGradient(ParameterLayout layout, double[,] teacherWeights, double[]? teacherSecondLayer, IActivation activation,
        BatchSampler? sampler = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(teacherWeights);
        ArgumentNullException.ThrowIfNull(activation);
        int kt = teacherWeights.GetLength(0), d = teacherWeights.GetLength(1);
        if (d != layout.D)
            throw new ArgumentException($"The teacher has {d} columns but the model has d = {layout.D}.", nameof(teacherWeights));
        teacher = Enumerable.Range(0, kt).Select(j => Enumerable.Range(0, d).Select(c => teacherWeights[j, c]).ToArray()).ToArray();
        u = teacherSecondLayer?.ToArray() ?? Enumerable.Repeat(1.0, kt).ToArray();
        if (u.Length != kt)
            throw new ArgumentException($"The teacher's second layer must have {kt} entries; got {u.Length}.", nameof(teacherSecondLayer));
        Layout = layout;
        this.activation = activation;
        this.sampler = sampler;
    }

    /// <inheritdoc />
    public ParameterLayout Layout { get; }

    /// <inheritdoc />
    public int InputDimension => Layout.D;

    /// <inheritdoc />
    public double[] Initialize(Random random) => SgdRun.XavierInitialization(Layout, random);

    /// <inheritdoc />
    public void BatchGradient(double[] x, int batchSize, Random random, double[] gradient)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(gradient);
        Layout.CheckLength(x.Length, nameof(x));
        Layout.CheckLength(gradient.Length, nameof(gradient));
        if (batchSize < 1) throw new ArgumentException($"The batch size must be at least 1; got {batchSize}.", nameof(batchSize));
        int k = Layout.K, d = Layout.D;
        var pre = ArrayPool<double>.Shared.Rent(k);
        double[]? rented = null;
        try
        {
            double[] batch;
            if (sampler is null)
            {
                batch = rented = ArrayPool<double>.Shared.Rent(batchSize * d);
                for (int t = 0; t < batchSize * d; t++) batch[t] = Sampling.StandardNormal(random);
            }
            else
            {
                batch = sampler(d, batchSize, random.Next());
                if (batch.Length != batchSize * d)
                    throw new ArgumentException($"The batch sampler returned {batch.Length} numbers; expected {batchSize} samples of dimension {d}.");
            }
            Accumulate(x, batch, batchSize, pre, gradient);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(pre);
            if (rented is not null) ArrayPool<double>.Shared.Return(rented);
        }
    }

    private void Accumulate(double[] x, double[] batch, int batchSize, double[] pre, double[] grad)
    {
        int k = Layout.K, d = Layout.D;
        bool trainable = Layout.SecondLayerTrainable;
        Array.Clear(grad);
        for (int b = 0; b < batchSize; b++)
        {
            var sample = batch.AsSpan(b * d, d);
            double residual = 0;
            for (int i = 0; i < k; i++)
            {
                pre[i] = VectorMath.Dot(x.AsSpan(i * d, d), sample);
                residual += (trainable ? x[k * d + i] : 1) * activation.Value(pre[i]);
            }
            for (int j = 0; j < teacher.Length; j++) residual -= u[j] * activation.Value(VectorMath.Dot(teacher[j], sample));
            for (int i = 0; i < k; i++)
            {
                double ai = trainable ? x[k * d + i] : 1;
                VectorMath.AddScaled(grad.AsSpan(i * d, d), residual * ai * activation.Derivative(pre[i]), sample);
                if (trainable) grad[k * d + i] += residual * activation.Value(pre[i]);
            }
        }
        for (int t = 0; t < grad.Length; t++) grad[t] /= batchSize;
    }
}
