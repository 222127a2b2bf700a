using System.Buffers;
using System.Runtime.Intrinsics;

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
    private readonly double[] teacherFlat; // V, k'×d row-major
    private readonly SparseRows? sparseTeacher; // V's nonzeros, when they are few (the papers' teachers are diagonal)
    private readonly bool relu;
    private readonly double[] u;
    private readonly Activation activation;
    private readonly BatchSampler? sampler;

    /// <summary>A student of <paramref name="layout"/> against teacher rows V (k'×d) with output weights u (default 1).</summary>
    /// <param name="layout">The student's layout.</param>
    /// <param name="teacherWeights">V, k'×d.</param>
    /// <param name="teacherSecondLayer">u, or null for all ones.</param>
    /// <param name="activation">σ of the student and the teacher.</param>
    /// <param name="sampler">The batch sampler, or null for standard Gaussian batches from the run's generator.</param>
    /// <exception cref="ArgumentException">Shapes disagree.</exception>
    public TwoLayerStochasticGradient(ParameterLayout layout, double[,] teacherWeights, double[]? teacherSecondLayer, Activation activation,
        BatchSampler? sampler = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(teacherWeights);
        ArgumentNullException.ThrowIfNull(activation);
        int kt = teacherWeights.GetLength(0), d = teacherWeights.GetLength(1);
        if (d != layout.D)
            throw new ArgumentException($"The teacher has {d} columns but the model has d = {layout.D}.", nameof(teacherWeights));
        teacherFlat = new double[kt * d];
        for (int j = 0; j < kt; j++)
            for (int c = 0; c < d; c++) teacherFlat[j * d + c] = teacherWeights[j, c];
        sparseTeacher = SparseRows.WhenSparse(teacherFlat, kt, d);
        u = teacherSecondLayer?.ToArray() ?? Enumerable.Repeat(1.0, kt).ToArray();
        if (u.Length != kt)
            throw new ArgumentException($"The teacher's second layer must have {kt} entries; got {u.Length}.", nameof(teacherSecondLayer));
        Layout = layout;
        this.activation = activation;
        this.sampler = sampler;
        relu = Relu.IsSameAs(activation);
    }

    /// <inheritdoc />
    public ParameterLayout Layout { get; }

    /// <inheritdoc />
    public int InputDimension => Layout.D;

    /// <inheritdoc />
    public double[] Initialize(Random random) => SgdRun.XavierInitialization(Layout, random);

    /// <inheritdoc />
    /// <remarks>
    /// The batch is held transposed (d × B, one sample per column) so that every step is three dense products —
    /// W Xᵀ and V Xᵀ (<see cref="RowProducts.Multiply"/>), then the gradient D·X with Dᵢ_b = r_b aᵢ σ'(wᵢ·x_b)
    /// (<see cref="RowProducts.MultiplyTransposed"/>) — with ReLU's σ and σ' vectorized. Standard Gaussian batches come
    /// from <see cref="GaussianBatch"/> with one seed drawn from <paramref name="random"/> per step. Scratch comes from
    /// <see cref="ArrayPool{T}"/>: nothing is allocated per step once the pool is warm.
    /// </remarks>
    public void BatchGradient(double[] x, int batchSize, Random random, double[] gradient)
    {
        IStochasticGradient.CheckBatchGradientArguments(Layout, x, batchSize, random, gradient);
        int k = Layout.K, d = Layout.D, kt = u.Length, n = batchSize;
        var pool = ArrayPool<double>.Shared;
        var columns = pool.Rent(d * n);
        var pre = pool.Rent(k * n);
        var target = pool.Rent(kt * n);
        var residual = pool.Rent(n);
        var gw = pool.Rent(k * d);
        try
        {
            if (sampler is null) GaussianBatch.Fill((ulong)random.NextInt64(), columns.AsSpan(0, d * n)); // i.i.d.: any layout is a batch
            else
            {
                var batch = sampler(d, n, random.Next());
                if (batch.Length != n * d)
                    throw new ArgumentException($"The batch sampler returned {batch.Length} numbers; expected {n} samples of dimension {d}.");
                RowProducts.Transpose(batch, n, d, columns);
            }
            RowProducts.Multiply(x, k, d, columns, n, pre);
            if (sparseTeacher is not null) sparseTeacher.Multiply(columns, n, target);
            else RowProducts.Multiply(teacherFlat, kt, d, columns, n, target);
            bool trainable = Layout.SecondLayerTrainable;
            var r = residual.AsSpan(0, n);
            r.Clear();
            for (int i = 0; i < k; i++) AddActivated(r, trainable ? x[k * d + i] : 1, pre.AsSpan(i * n, n));
            for (int j = 0; j < kt; j++) AddActivated(r, -u[j], target.AsSpan(j * n, n));
            // The residuals above use τ = σ − c (Activation.Offset, log 2/β for softplus) so that c cannot swamp them; the
            // constant enters once as c(Σa − Σu), exactly 0 for a fixed second layer with Σu = k.
            if (activation.Offset != 0)
            {
                double sumA = 0;
                for (int i = 0; i < k; i++) sumA += trainable ? x[k * d + i] : 1;
                double shift = activation.Offset * (sumA - u.Sum());
                if (shift != 0) for (int b = 0; b < n; b++) r[b] += shift;
            }
            double scale = 1.0 / n;
            for (int i = 0; i < k; i++)
            {
                var row = pre.AsSpan(i * n, n);
                if (trainable) gradient[k * d + i] = scale * ActivatedDot(r, row);
                ScaleByDerivative(row, r, trainable ? x[k * d + i] : 1); // row becomes Dᵢ
            }
            RowProducts.MultiplyTransposed(pre, k, columns, d, n, gw, parallel: false);
            for (int t = 0; t < k * d; t++) gradient[t] = scale * gw[t];
        }
        finally
        {
            pool.Return(columns);
            pool.Return(pre);
            pool.Return(target);
            pool.Return(residual);
            pool.Return(gw);
        }
    }

    // r += c·τ(z), elementwise (τ = σ − Offset; the offset is added once by the caller).
    private void AddActivated(Span<double> r, double c, ReadOnlySpan<double> z)
    {
        int b = 0;
        if (relu)
        {
            var cv = Vector256.Create(c);
            for (; b + 4 <= z.Length; b += 4)
                Vector256.FusedMultiplyAdd(cv, Vector256.Max(Vector256.Create(z.Slice(b, 4)), Vector256<double>.Zero), Vector256.Create(r.Slice(b, 4))).CopyTo(r.Slice(b, 4));
            for (; b < z.Length; b++) r[b] = Math.FusedMultiplyAdd(c, Math.Max(z[b], 0), r[b]);
            return;
        }
        for (; b < z.Length; b++) r[b] += c * activation.ShiftedValue(z[b]);
    }

    // Σ_b r_b σ(z_b).
    private double ActivatedDot(ReadOnlySpan<double> r, ReadOnlySpan<double> z)
    {
        double s = 0;
        int b = 0;
        if (relu)
        {
            var acc = Vector256<double>.Zero;
            for (; b + 4 <= z.Length; b += 4)
                acc = Vector256.FusedMultiplyAdd(Vector256.Create(r.Slice(b, 4)), Vector256.Max(Vector256.Create(z.Slice(b, 4)), Vector256<double>.Zero), acc);
            s = (acc[0] + acc[1]) + (acc[2] + acc[3]);
            for (; b < z.Length; b++) s = Math.FusedMultiplyAdd(r[b], Math.Max(z[b], 0), s);
            return s;
        }
        for (; b < z.Length; b++) s += r[b] * activation.Value(z[b]);
        return s;
    }

    // z_b ← r_b·a·σ'(z_b).
    private void ScaleByDerivative(Span<double> z, ReadOnlySpan<double> r, double a)
    {
        int b = 0;
        if (relu)
        {
            var av = Vector256.Create(a);
            for (; b + 4 <= z.Length; b += 4)
            {
                var zv = Vector256.Create(z.Slice(b, 4));
                Vector256.ConditionalSelect(Vector256.GreaterThan(zv, Vector256<double>.Zero), av * Vector256.Create(r.Slice(b, 4)), Vector256<double>.Zero)
                    .CopyTo(z.Slice(b, 4));
            }
            for (; b < z.Length; b++) z[b] = z[b] > 0 ? a * r[b] : 0;
            return;
        }
        for (; b < z.Length; b++) z[b] = r[b] * a * activation.Derivative(z[b]);
    }
}
