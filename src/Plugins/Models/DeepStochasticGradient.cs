using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// SGD on a deep network against its teacher network: every batch is fresh inputs from the model's distribution
/// with targets computed by the teacher, the gradient is exact backpropagation of ½(f(x) − y)² averaged over the batch,
/// and the initialization is Glorot and Bengio's normalized one per layer (<see cref="DeepNetwork.XavierInitialization"/>).
/// </summary>
/// <remarks>
/// Each batch draws one seed from the run's generator and passes it to <see cref="IInputDistribution.Sample"/>, so a
/// run is reproducible from its seed. The fixed sample of the <see cref="DeepNetworkLoss"/> the stopping rule uses is
/// never reused: the batches estimate the population gradient, the fixed sample only watches it.
/// </remarks>
public sealed class DeepStochasticGradient : IStochasticGradient
{
    private readonly DeepNetwork network;
    private readonly double[] teacher;
    private readonly double[][] teacherTransposed; // the teacher's weights as DeepNetwork.TransposedWeights, built once
    private readonly IInputDistribution distribution;

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
        teacherTransposed = network.TransposedWeights(this.teacher);
        this.distribution = distribution;
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

    /// <inheritdoc />
    public void BatchGradient(double[] x, int batchSize, Random random, double[] gradient)
    {
        IStochasticGradient.CheckBatchGradientArguments(Layout, x, batchSize, random, gradient);
        int d = network.InputDimension;
        var inputs = distribution.Sample(d, batchSize, random.Next());
        var work = network.CreateWorkspace();
        var transposed = network.TransposedWeights(x);
        Array.Clear(gradient);
        for (int s = 0; s < batchSize; s++)
        {
            var input = inputs.AsSpan(s * d, d);
            double target = network.Output(teacher, teacherTransposed, input, work);
            network.Backprop(x, transposed, input, target, gradient, work);
        }
        for (int t = 0; t < gradient.Length; t++) gradient[t] /= batchSize;
    }
}
