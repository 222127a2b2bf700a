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
/// loss or a fixed Monte Carlo estimate of it), the stochastic gradient SGD follows with its initialization, and the
/// spec strings recorded in every result line (a resumed sweep refuses a file written for other specs).
/// </summary>
public sealed class SgdProblem
{
    /// <summary>A problem of any model.</summary>
    /// <param name="objective">The loss of the stopping rule and the final value.</param>
    /// <param name="gradient">The mini-batch gradient and initialization.</param>
    /// <param name="activationSpec">The activation's spec string.</param>
    /// <param name="distributionSpec">The input distribution's spec string.</param>
    /// <param name="modelSpec">The model's spec string; null for the default two-layer model (not written to result lines).</param>
    /// <exception cref="ArgumentException">The layouts of the objective and the gradient differ, or a spec is empty.</exception>
    public SgdProblem(IObjective objective, IStochasticGradient gradient, string activationSpec, string distributionSpec, string? modelSpec = null)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(gradient);
        ArgumentException.ThrowIfNullOrEmpty(activationSpec);
        ArgumentException.ThrowIfNullOrEmpty(distributionSpec);
        if (modelSpec is not null) ArgumentException.ThrowIfNullOrEmpty(modelSpec);
        var (a, b) = (objective.Layout, gradient.Layout);
        if (a.K != b.K || a.D != b.D || a.SecondLayerTrainable != b.SecondLayerTrainable)
            throw new ArgumentException($"The loss has {a.Dimension} parameters (k = {a.K}, d = {a.D}) but the stochastic gradient has {b.Dimension} (k = {b.K}, d = {b.D}).", nameof(gradient));
        Objective = objective;
        Gradient = gradient;
        ActivationSpec = activationSpec;
        DistributionSpec = distributionSpec;
        ModelSpec = modelSpec;
    }

    /// <summary>A two-layer problem; <paramref name="sampler"/> null means standard Gaussian batches drawn from the run's generator.</summary>
    /// <exception cref="ArgumentException">Shapes disagree.</exception>
    public SgdProblem(IObjective objective, double[,] teacherWeights, double[]? teacherSecondLayer, Activation activation,
        BatchSampler? sampler, string activationSpec, string distributionSpec, string? modelSpec = null)
        : this(objective, new TwoLayerStochasticGradient(Checked(objective).Layout, teacherWeights, teacherSecondLayer, activation, sampler),
            activationSpec, distributionSpec, modelSpec)
    {
        TeacherDigest = DigestOf(teacherWeights, teacherSecondLayer);
    }

    /// <summary>
    /// "sha256:" and the hex SHA-256 of the teacher's shape (k', d as little-endian int32), the bits of V row by row
    /// and of u (ones when null): equal exactly when the teacher is bit for bit the same.
    /// </summary>
    public static string DigestOf(double[,] teacherWeights, double[]? teacherSecondLayer)
    {
        ArgumentNullException.ThrowIfNull(teacherWeights);
        int kt = teacherWeights.GetLength(0), d = teacherWeights.GetLength(1);
        var bytes = new List<byte>(8 + 8 * kt * (d + 1));
        bytes.AddRange(BitConverter.GetBytes(kt));
        bytes.AddRange(BitConverter.GetBytes(d));
        foreach (var v in teacherWeights) bytes.AddRange(BitConverter.GetBytes(BitConverter.DoubleToInt64Bits(v)));
        for (int j = 0; j < kt; j++)
            bytes.AddRange(BitConverter.GetBytes(BitConverter.DoubleToInt64Bits(teacherSecondLayer is null ? 1.0 : teacherSecondLayer[j])));
        return "sha256:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes.ToArray())).ToLowerInvariant();
    }

    /// <summary>
    /// The teacher's digest (<see cref="DigestOf"/>) for a two-layer problem; null when the teacher is fixed by
    /// <see cref="ModelSpec"/> (a deep net's teacher network) or was not given.
    /// </summary>
    public string? TeacherDigest { get; init; }

    private static IObjective Checked(IObjective objective)
    {
        ArgumentNullException.ThrowIfNull(objective);
        return objective;
    }

    /// <summary>The paper's setting: the population loss of <paramref name="model"/>, Gaussian batches, its activation.</summary>
    /// <exception cref="ArgumentException">The activation does not match the model's kernel.</exception>
    public static SgdProblem Gaussian(TwoLayerPopulationLoss model, Activation activation)
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

    /// <summary>The model spec of lines without one: the two-layer model (population loss, or the default Monte Carlo sample).</summary>
    public const string DefaultModelSpec = "two-layer";

    /// <summary>The loss for the stopping rule and the final value.</summary>
    public IObjective Objective { get; }

    /// <summary>The mini-batch gradient and initialization SGD uses.</summary>
    public IStochasticGradient Gradient { get; }

    /// <summary>The activation's spec string.</summary>
    public string ActivationSpec { get; }

    /// <summary>The distribution's spec string.</summary>
    public string DistributionSpec { get; }

    /// <summary>The model's spec string, or null for <see cref="DefaultModelSpec"/>.</summary>
    public string? ModelSpec { get; }

    /// <summary>The layout of the trained parameters.</summary>
    public ParameterLayout Layout => Objective.Layout;

    /// <summary>Hidden units k of a two-layer model; null for other models (their spec gives the widths).</summary>
    public int? HiddenUnits => Gradient is TwoLayerStochasticGradient ? Layout.K : null;

    /// <summary>Whether a two-layer model trains its second layer (false for other models).</summary>
    public bool SecondLayer => Gradient is TwoLayerStochasticGradient && Layout.SecondLayerTrainable;

    /// <summary>The input dimension d.</summary>
    public int InputDimension => Gradient.InputDimension;
}
