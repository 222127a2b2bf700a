namespace Landscape.Symmetry.Landscape;

/// <summary>
/// Draws one mini-batch of inputs: <c>count</c> samples in ℝᵈ, row-major, reproducible from <c>seed</c>.
/// </summary>
/// <param name="d">The input dimension.</param>
/// <param name="count">Samples.</param>
/// <param name="seed">The seed of this batch.</param>
public delegate double[] BatchSampler(int d, int count, int seed);

/// <summary>
/// What an <see cref="SgdRun"/> trains on: the loss used for the stopping rule and the final value (a population
/// loss or a fixed Monte Carlo estimate of it), the teacher, the activation of the sampled gradient and the input
/// distribution of the mini-batches, with the spec strings recorded in every result line.
/// </summary>
public sealed class SgdProblem
{
    private readonly double[][] teacher;

    /// <summary>A problem; <paramref name="sampler"/> null means standard Gaussian batches drawn from the run's generator.</summary>
    /// <exception cref="ArgumentException">Shapes disagree.</exception>
    public SgdProblem(IObjective objective, double[,] teacherWeights, double[]? teacherSecondLayer, IActivation activation,
        BatchSampler? sampler, string activationSpec, string distributionSpec)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(teacherWeights);
        ArgumentNullException.ThrowIfNull(activation);
        ArgumentException.ThrowIfNullOrEmpty(activationSpec);
        ArgumentException.ThrowIfNullOrEmpty(distributionSpec);
        int kt = teacherWeights.GetLength(0), d = teacherWeights.GetLength(1);
        if (d != objective.Layout.D)
            throw new ArgumentException($"The teacher has {d} columns but the model has d = {objective.Layout.D}.", nameof(teacherWeights));
        teacher = Enumerable.Range(0, kt).Select(j => Enumerable.Range(0, d).Select(c => teacherWeights[j, c]).ToArray()).ToArray();
        TeacherSecondLayer = teacherSecondLayer?.ToArray() ?? Enumerable.Repeat(1.0, kt).ToArray();
        if (TeacherSecondLayer.Length != kt)
            throw new ArgumentException($"The teacher's second layer must have {kt} entries; got {TeacherSecondLayer.Length}.", nameof(teacherSecondLayer));
        Objective = objective;
        Activation = activation;
        Sampler = sampler;
        ActivationSpec = activationSpec;
        DistributionSpec = distributionSpec;
    }

    /// <summary>The paper's setting: the population loss of <paramref name="model"/>, Gaussian batches, its activation.</summary>
    /// <exception cref="ArgumentException">The activation does not match the model's kernel.</exception>
    public static SgdProblem Gaussian(TwoLayerPopulationLoss model, IActivation activation)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(activation);
        if (activation.Name != model.Kernel.Name)
            throw new ArgumentException($"The activation '{activation.Name}' does not match the model's kernel '{model.Kernel.Name}'.", nameof(activation));
        int kt = model.TeacherRows, d = model.Layout.D;
        var v = new double[kt, d];
        for (int j = 0; j < kt; j++)
        {
            var row = model.TeacherRowCopy(j);
            for (int c = 0; c < d; c++) v[j, c] = row[c];
        }
        return new SgdProblem(model, v, model.TeacherSecondLayer, activation, null, activation.Name, DefaultDistributionSpec);
    }

    /// <summary>The distribution spec of lines written before specs were recorded: "gaussian".</summary>
    public const string DefaultDistributionSpec = "gaussian";

    /// <summary>The activation spec of lines written before specs were recorded: "relu".</summary>
    public const string DefaultActivationSpec = "relu";

    /// <summary>The loss for the stopping rule and the final value.</summary>
    public IObjective Objective { get; }

    /// <summary>The activation of the sampled gradient.</summary>
    public IActivation Activation { get; }

    /// <summary>The batch sampler, or null for standard Gaussian batches from the run's generator.</summary>
    public BatchSampler? Sampler { get; }

    /// <summary>The activation's spec string.</summary>
    public string ActivationSpec { get; }

    /// <summary>The distribution's spec string.</summary>
    public string DistributionSpec { get; }

    /// <summary>The teacher's second layer u.</summary>
    public double[] TeacherSecondLayer { get; }

    /// <summary>The teacher rows vⱼ.</summary>
    public IReadOnlyList<double[]> TeacherRows => teacher;

    /// <summary>The layout of the trained parameters.</summary>
    public ParameterLayout Layout => Objective.Layout;
}
