using System.Text.Json.Serialization;

namespace Landscape.Symmetry.Landscape;

/// <summary>The outcome of one seeded SGD run; one line of the JSON-lines output.</summary>
public sealed record SgdRunResult
{
    /// <summary>The seed (initialization and every mini-batch derive from it).</summary>
    public required int Seed { get; init; }

    /// <summary>Hidden units of a two-layer model; null (not written) for a model whose <see cref="Model"/> spec gives its widths.</summary>
    /// <remarks>Not <c>required</c>: the serializer would then reject the lines of deep runs, which have no k.</remarks>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? K { get; init; }

    /// <summary>Input dimension.</summary>
    public required int D { get; init; }

    /// <summary>Whether a two-layer model trains its second layer a (false for other models).</summary>
    public required bool SecondLayer { get; init; }

    /// <summary>SGD steps taken.</summary>
    public required int Steps { get; init; }

    /// <summary>The population loss at the end; null when the run diverged.</summary>
    public required double? Loss { get; init; }

    /// <summary>The population gradient norm at the end; null when the run diverged.</summary>
    public required double? GradientNorm { get; init; }

    /// <summary>"stalled" (the norm stopped improving), "max-steps" or "diverged".</summary>
    public required string Stop { get; init; }

    /// <summary>The final parameter vector in the layout of <see cref="ParameterLayout"/>.</summary>
    public required double[] Parameters { get; init; }

    /// <summary>The activation spec; null in lines written before specs were recorded (then "relu").</summary>
    public string? Activation { get; init; }

    /// <summary>The input distribution spec; null in lines written before specs were recorded (then "gaussian").</summary>
    public string? Distribution { get; init; }

    /// <summary>
    /// The model spec, e.g. <c>deep(widths=4-4,bias=false,samples=1000,seed=0)</c> or <c>two-layer(samples=5000,seed=1)</c>;
    /// null (not written) for the default two-layer model, so default lines are unchanged.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Model { get; init; }

    /// <summary>"sgd" (<see cref="SgdProtocol"/>) or "gd" (<see cref="GdProtocol"/>); null in lines written before protocols were named (then "sgd").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Protocol { get; init; }

    /// <summary>
    /// Every setting that changes the numbers of a run (<see cref="SweepPlan.Settings"/>): protocol, step, batch, caps,
    /// check interval, stopping rule, teacher digest, refinement. A sweep resumes only a file whose lines carry the same settings.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SortedDictionary<string, string>? Settings { get; init; }

    /// <summary>Wall-clock seconds the run took (the steps only, not the analysis); not part of what is reproducible.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Seconds { get; init; }

    /// <summary>gd only: whether the final loss is at least <see cref="GdProtocol.SpuriousLoss"/> (Safran–Shamir's criterion).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Spurious { get; init; }

    /// <summary>
    /// gd only: the Hessian classification, spectrum and isotropy of the raw end point <see cref="Parameters"/> itself
    /// (gradient descent stops at a critical point to 1e-9, so nothing is refined); null past
    /// <see cref="EndPointReport.MaxDimension"/> parameters or when the run did not converge.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EndPointReport? EndPoint { get; init; }

    /// <summary>
    /// sgd with refinement only: the critical point L-BFGS and Newton reach from the raw end point, with its own parameters,
    /// loss, gradient norm, spectrum, classification and isotropy. <see cref="Parameters"/>, <see cref="Loss"/> and
    /// <see cref="GradientNorm"/> always stay the raw SGD end point's.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EndPointReport? Refined { get; init; }
}

/// <summary>One seeded SGD run of <see cref="SgdProtocol"/> on an <see cref="SgdProblem"/>.</summary>
public static class SgdRun
{
    /// <summary>
    /// Xavier (Glorot's normalized) initialization of W: entries uniform on ±√(6/(d + k)); a = 1 when it trains.
    /// </summary>
    public static double[] XavierInitialization(ParameterLayout layout, Random random)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(random);
        var x = new double[layout.Dimension];
        double r = Math.Sqrt(6.0 / (layout.D + layout.K));
        for (int i = 0; i < layout.K * layout.D; i++) x[i] = r * (2 * random.NextDouble() - 1);
        if (layout.SecondLayerTrainable) Array.Fill(x, 1.0, layout.K * layout.D, layout.K);
        return x;
    }

    /// <summary>
    /// Runs the protocol for one seed. Everything random comes from <c>new Random(seed)</c> in a fixed order, and
    /// the run is single-threaded, so equal seeds give bit-identical results however many runs go in parallel.
    /// </summary>
    /// <exception cref="ArgumentException">The activation does not match the model's kernel, or the protocol is invalid.</exception>
    /// <exception cref="OperationCanceledException">Cancelled (checked every step).</exception>
    public static SgdRunResult Run(TwoLayerPopulationLoss model, Activation activation, SgdProtocol protocol, int seed,
        CancellationToken cancellationToken = default) =>
        Run(SgdProblem.Gaussian(model, activation), protocol, seed, cancellationToken);

    /// <summary>
    /// Runs the protocol for one seed on any <see cref="SgdProblem"/>. Everything random comes from <c>new Random(seed)</c>
    /// in a fixed order — the initialization first, then every batch (<see cref="IStochasticGradient"/>) — and the run
    /// is single-threaded, so equal seeds give bit-identical results however many runs go in parallel.
    /// </summary>
    /// <exception cref="ArgumentException">The protocol is invalid, or the problem's gradient misbehaves (wrong lengths).</exception>
    /// <exception cref="OperationCanceledException">Cancelled (checked every step).</exception>
    public static SgdRunResult Run(SgdProblem problem, SgdProtocol protocol, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(protocol);
        protocol.Validate();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var model = problem.Objective;
        var layout = problem.Layout;
        var source = problem.Gradient;
        var rng = new Random(seed);
        var x = source.Initialize(rng);
        if (x.Length != layout.Dimension)
            throw new ArgumentException($"The initialization has {x.Length} entries; the model has {layout.Dimension} parameters.");
        var grad = new double[layout.Dimension];
        var popGrad = new double[layout.Dimension];
        double best = double.PositiveInfinity;
        int sinceBest = 0, step = 0;
        string stop = "max-steps";
        while (step < protocol.MaxSteps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            source.BatchGradient(x, protocol.BatchSize, rng, grad);
            for (int t = 0; t < x.Length; t++) x[t] -= protocol.StepSize * grad[t];
            step++;
            if (step % protocol.CheckEvery == 0 || step == protocol.MaxSteps)
            {
                if (!x.All(double.IsFinite)) { stop = "diverged"; break; }
                double norm = PopulationGradientNorm(model, x, popGrad);
                if (norm < (1 - protocol.RelativeImprovement) * best) { best = norm; sinceBest = 0; }
                else if (++sinceBest >= protocol.Patience) { stop = "stalled"; break; }
            }
        }
        double seconds = clock.Elapsed.TotalSeconds;
        double? loss = null, gnorm = null;
        if (x.All(double.IsFinite))
        {
            loss = model.Value(x);
            gnorm = PopulationGradientNorm(model, x, popGrad);
        }
        return new SgdRunResult
        {
            Seed = seed, K = problem.HiddenUnits, D = problem.InputDimension, SecondLayer = problem.SecondLayer, Steps = step, Loss = loss,
            GradientNorm = gnorm, Stop = stop, Parameters = x.All(double.IsFinite) ? x : Array.Empty<double>(),
            Activation = problem.ActivationSpec, Distribution = problem.DistributionSpec, Model = problem.ModelSpec,
            Protocol = "sgd", Seconds = seconds,
        };
    }

    /// <summary>
    /// The mini-batch gradient: the gradient of ½ (network(x) − teacher(x))² averaged over <paramref name="batchSize"/>
    /// fresh standard Gaussian samples drawn from <paramref name="random"/> (an unbiased estimate of ∇L).
    /// </summary>
    public static void SampledGradient(TwoLayerPopulationLoss model, Activation activation, double[] x, int batchSize, Random random, double[] gradient) =>
        SgdProblem.Gaussian(model, activation).Gradient.BatchGradient(x, batchSize, random, gradient);

    // A row at exactly 0 has no gradient; SGD from a continuous initialization never lands there, but say so if it does.
    private static double PopulationGradientNorm(IObjective model, double[] x, double[] g)
    {
        model.Gradient(x, g);
        return Lbfgs.Norm(g);
    }
}
