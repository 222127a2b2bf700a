namespace Landscape.Symmetry.Landscape;

/// <summary>The outcome of one seeded SGD run; one line of the JSON-lines output.</summary>
public sealed record SgdRunResult
{
    /// <summary>The seed (initialization and every mini-batch derive from it).</summary>
    public required int Seed { get; init; }

    /// <summary>Hidden units.</summary>
    public required int K { get; init; }

    /// <summary>Input dimension.</summary>
    public required int D { get; init; }

    /// <summary>Whether a trained.</summary>
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
}

/// <summary>One seeded SGD run of <see cref="SgdProtocol"/> on a two-layer model.</summary>
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
    public static SgdRunResult Run(TwoLayerPopulationLoss model, IActivation activation, SgdProtocol protocol, int seed,
        CancellationToken cancellationToken = default) =>
        Run(SgdProblem.Gaussian(model, activation), protocol, seed, cancellationToken);

    /// <summary>
    /// Runs the protocol for one seed on any <see cref="SgdProblem"/>. Initialization and the seed of every batch come
    /// from <c>new Random(seed)</c> in a fixed order (a custom sampler gets one seed per batch from it), and the run
    /// is single-threaded, so equal seeds give bit-identical results however many runs go in parallel.
    /// </summary>
    /// <exception cref="ArgumentException">The protocol is invalid, or the sampler returns a batch of the wrong size.</exception>
    /// <exception cref="OperationCanceledException">Cancelled (checked every step).</exception>
    public static SgdRunResult Run(SgdProblem problem, SgdProtocol protocol, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(protocol);
        protocol.Validate();
        var model = problem.Objective;
        var layout = problem.Layout;
        int k = layout.K, d = layout.D;
        var rng = new Random(seed);
        var x = XavierInitialization(layout, rng);
        var grad = new double[layout.Dimension];
        var pre = new double[k];
        var popGrad = new double[layout.Dimension];
        var gaussianBatch = problem.Sampler is null ? new double[protocol.BatchSize * d] : null;
        double best = double.PositiveInfinity;
        int sinceBest = 0, step = 0;
        string stop = "max-steps";
        while (step < protocol.MaxSteps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = DrawBatch(problem, protocol.BatchSize, rng, gaussianBatch);
            SampledGradient(layout, problem.Activation, problem.TeacherRows, problem.TeacherSecondLayer, x, batch, protocol.BatchSize, pre, grad);
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
        double? loss = null, gnorm = null;
        if (x.All(double.IsFinite))
        {
            loss = model.Value(x);
            gnorm = PopulationGradientNorm(model, x, popGrad);
        }
        return new SgdRunResult
        {
            Seed = seed, K = k, D = d, SecondLayer = layout.SecondLayerTrainable, Steps = step, Loss = loss, GradientNorm = gnorm, Stop = stop,
            Parameters = x.All(double.IsFinite) ? x : Array.Empty<double>(),
            Activation = problem.ActivationSpec, Distribution = problem.DistributionSpec,
        };
    }

    // Gaussian batches are drawn from the run's generator itself, in the order the original protocol used, so
    // default runs are unchanged; a custom sampler gets a fresh seed per batch from the same generator.
    private static double[] DrawBatch(SgdProblem problem, int batchSize, Random rng, double[]? gaussianBatch)
    {
        int d = problem.Layout.D;
        if (gaussianBatch is not null)
        {
            for (int t = 0; t < gaussianBatch.Length; t++) gaussianBatch[t] = Sampling.StandardNormal(rng);
            return gaussianBatch;
        }
        var batch = problem.Sampler!(d, batchSize, rng.Next());
        if (batch.Length != batchSize * d)
            throw new ArgumentException($"The batch sampler returned {batch.Length} numbers; expected {batchSize} samples of dimension {d}.");
        return batch;
    }

    /// <summary>
    /// The mini-batch gradient: the gradient of ½ (network(x) − teacher(x))² averaged over <paramref name="batchSize"/>
    /// fresh standard Gaussian samples drawn from <paramref name="random"/> (an unbiased estimate of ∇L).
    /// </summary>
    public static void SampledGradient(TwoLayerPopulationLoss model, IActivation activation, double[] x, int batchSize, Random random, double[] gradient)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(random);
        model.Layout.CheckLength(x.Length, nameof(x));
        model.Layout.CheckLength(gradient.Length, nameof(gradient));
        var problem = SgdProblem.Gaussian(model, activation);
        var batch = new double[batchSize * model.Layout.D];
        for (int t = 0; t < batch.Length; t++) batch[t] = Sampling.StandardNormal(random);
        SampledGradient(model.Layout, activation, problem.TeacherRows, problem.TeacherSecondLayer, x, batch, batchSize, new double[model.Layout.K], gradient);
    }

    private static void SampledGradient(ParameterLayout layout, IActivation activation, IReadOnlyList<double[]> teacher, double[] u,
        double[] x, double[] batch, int batchSize, double[] pre, double[] grad)
    {
        int k = layout.K, d = layout.D;
        bool trainable = layout.SecondLayerTrainable;
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
            for (int j = 0; j < teacher.Count; j++) residual -= u[j] * activation.Value(VectorMath.Dot(teacher[j], sample));
            for (int i = 0; i < k; i++)
            {
                double ai = trainable ? x[k * d + i] : 1;
                VectorMath.AddScaled(grad.AsSpan(i * d, d), residual * ai * activation.Derivative(pre[i]), sample);
                if (trainable) grad[k * d + i] += residual * activation.Value(pre[i]);
            }
        }
        for (int t = 0; t < grad.Length; t++) grad[t] /= batchSize;
    }

    // A row at exactly 0 has no gradient; SGD from a continuous initialization never lands there, but say so if it does.
    private static double PopulationGradientNorm(IObjective model, double[] x, double[] g)
    {
        model.Gradient(x, g);
        return Lbfgs.Norm(g);
    }
}
