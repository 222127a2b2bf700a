using System.Collections.Concurrent;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// SGD on a deep network against its teacher network: every batch is fresh inputs from the model's distribution
/// with targets computed by the teacher, the gradient is exact backpropagation of ½(f(x) − y)² averaged over the batch,
/// and the initialization is Glorot and Bengio's normalized one per layer (<see cref="DeepNetwork.XavierInitialization"/>).
/// </summary>
/// <remarks>
/// Each batch draws one seed from the run's generator: standard Gaussian batches are <see cref="GaussianBatch.Fill"/> of
/// that seed (as the two-layer SGD step, <see cref="TwoLayerStochasticGradient"/>), any other distribution gets it in
/// <see cref="IInputDistribution.Sample"/>; so a run is reproducible from its seed. The teacher and the student pass the
/// batch layer by layer as matrix products (<see cref="DeepBatchPass"/>), with scratch reused from step to step. The
/// fixed sample of the <see cref="DeepNetworkLoss"/> the stopping rule uses is never reused: the batches estimate the
/// population gradient, the fixed sample only watches it.
/// </remarks>
public sealed class DeepStochasticGradient : IStochasticGradient
{
    private readonly DeepNetwork network;
    private readonly double[] teacher;
    private readonly SparseRows?[] sparseTeacher; // the teacher's layers with few nonzeros ((1ᵀ, I, …, I): all but the last)
    private readonly IInputDistribution distribution;
    private readonly ConcurrentBag<Scratch> scratch = new(); // one per concurrent caller, reused: a step allocates nothing

    /// <summary>SGD on a network against the teacher parameters <paramref name="teacher"/>, batches from <paramref name="distribution"/>.</summary>
    /// <exception cref="ArgumentException">The teacher has the wrong number of parameters or a non-finite entry.</exception>
    public DeepStochasticGradient(DeepNetwork network, double[] teacher, IInputDistribution distribution)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(teacher);
        ArgumentNullException.ThrowIfNull(distribution);
        if (teacher.Length != network.Dimension)
            throw new ArgumentException($"The teacher has {teacher.Length} parameters; the network has {network.Dimension}.", nameof(teacher));
        if (!teacher.All(double.IsFinite)) throw new ArgumentException("The teacher's parameters must be finite.", nameof(teacher));
        this.network = network;
        this.teacher = (double[])teacher.Clone();
        this.distribution = distribution;
        sparseTeacher = new DeepBatchPass(network, 1).SparseLayers(this.teacher);
        Layout = new ParameterLayout(1, network.Dimension, false);
    }

    /// <summary>SGD on the population behind a sampled loss: its network, teacher and input distribution.</summary>
    /// <exception cref="ArgumentException">The loss was built over given data, without a teacher and a distribution.</exception>
    public static DeepStochasticGradient For(DeepNetworkLoss loss)
    {
        ArgumentNullException.ThrowIfNull(loss);
        if (loss.Teacher is null || loss.Distribution is null)
            throw new ArgumentException("SGD needs a deep loss built against a teacher (DeepNetworkLoss.AgainstTeacher): fresh batches need the distribution and the teacher.", nameof(loss));
        return new DeepStochasticGradient(loss.Network, loss.Teacher, loss.Distribution);
    }

    /// <summary>The architecture.</summary>
    public DeepNetwork Network => network;

    /// <summary>The teacher's parameters.</summary>
    public IReadOnlyList<double> Teacher => teacher;

    /// <inheritdoc />
    /// <remarks>The flat layout k = 1, d = number of parameters, as <see cref="DeepNetworkLoss.Layout"/>.</remarks>
    public ParameterLayout Layout { get; }

    /// <inheritdoc />
    public int InputDimension => network.InputDimension;

    /// <inheritdoc />
    public double[] Initialize(Random random) => network.XavierInitialization(random);

    /// <summary>
    /// The batch one step of a run draws: d_0 × B columns (entry (j, b) is coordinate j of sample b) from one seed of
    /// <paramref name="random"/>, exactly as <see cref="BatchGradient"/> draws it.
    /// </summary>
    public void DrawBatch(Random random, int batchSize, Span<double> columns)
    {
        ArgumentNullException.ThrowIfNull(random);
        int d = network.InputDimension;
        if (batchSize < 1) throw new ArgumentException($"The batch size must be at least 1; got {batchSize}.", nameof(batchSize));
        if (columns.Length != d * batchSize) throw new ArgumentException($"A batch of {batchSize} samples in dimension {d} has {d * batchSize} entries; got {columns.Length}.", nameof(columns));
        if (distribution is StandardGaussian) GaussianBatch.Fill((ulong)random.NextInt64(), columns); // i.i.d.: any layout is a batch
        else RowProducts.Transpose(distribution.Sample(d, batchSize, random.Next()), batchSize, d, columns);
    }

    /// <inheritdoc />
    public void BatchGradient(double[] x, int batchSize, Random random, double[] gradient)
    {
        IStochasticGradient.CheckBatchGradientArguments(Layout, x, batchSize, random, gradient);
        var s = Take(batchSize);
        try
        {
            DrawBatch(random, batchSize, s.Pass.Inputs);
            s.Pass.Outputs(teacher, s.Targets, sparseTeacher);
            s.Pass.Gradient(x, s.Targets, gradient);
            for (int t = 0; t < gradient.Length; t++) gradient[t] /= batchSize;
        }
        finally
        {
            scratch.Add(s);
        }
    }

    private Scratch Take(int batchSize)
    {
        // A bag holds a handful of entries (one per thread that ever stepped); one of another batch size is dropped.
        while (scratch.TryTake(out var s))
            if (s.Pass.BatchSize == batchSize) return s;
        return new Scratch(new DeepBatchPass(network, batchSize), new double[batchSize]);
    }

    private sealed record Scratch(DeepBatchPass Pass, double[] Targets);
}
