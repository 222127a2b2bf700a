using System.Diagnostics;
using MathNet.Numerics.Distributions;

namespace Landscape.Symmetry.Landscape;

/// <summary>One seeded run of <see cref="GdProtocol"/> (Safran–Shamir's gradient descent) on the population loss of an <see cref="SgdProblem"/>.</summary>
public static class GradientDescentRun
{
    /// <summary>W with independent N(0, 1/d) entries (Safran–Shamir's randn/√d); a = 1 when it trains.</summary>
    public static double[] GaussianInitialization(ParameterLayout layout, Random random)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(random);
        var x = new double[layout.Dimension];
        double scale = 1 / Math.Sqrt(layout.D);
        for (int i = 0; i < layout.K * layout.D; i++) x[i] = scale * Normal.Sample(random, 0, 1);
        if (layout.SecondLayerTrainable) Array.Fill(x, 1.0, layout.K * layout.D, layout.K);
        return x;
    }

    /// <summary>max over neurons i of ‖(∂L/∂wᵢ, ∂L/∂aᵢ)‖ (the aᵢ part only when the second layer trains).</summary>
    public static double LargestNeuronGradientNorm(ParameterLayout layout, ReadOnlySpan<double> gradient)
    {
        ArgumentNullException.ThrowIfNull(layout);
        layout.CheckLength(gradient.Length, nameof(gradient));
        int k = layout.K, d = layout.D;
        double worst = 0;
        for (int i = 0; i < k; i++)
        {
            double s = 0;
            foreach (var g in gradient.Slice(i * d, d)) s += g * g;
            if (layout.SecondLayerTrainable) s += gradient[k * d + i] * gradient[k * d + i];
            worst = Math.Max(worst, s);
        }
        return Math.Sqrt(worst);
    }

    /// <summary>
    /// Runs gradient descent for one seed: the start from <c>new Random(seed)</c>, then xₜ₊₁ = xₜ − η∇L(xₜ) on
    /// <see cref="SgdProblem.Objective"/> until <see cref="LargestNeuronGradientNorm"/> &lt; the tolerance. The end point
    /// is then classified (Hessian spectrum) and typed (isotropy) when it converged and has at most
    /// <see cref="EndPointReport.MaxDimension"/> parameters. Deterministic: equal seeds give equal bits on any number of threads.
    /// </summary>
    /// <param name="problem">A two-layer problem whose objective is a population loss.</param>
    /// <param name="protocol">The settings.</param>
    /// <param name="seed">The seed of the start.</param>
    /// <param name="analyze">Whether to classify and type the end point.</param>
    /// <param name="cancellationToken">Checked every step.</param>
    /// <exception cref="ArgumentException">The protocol is invalid, or the problem is not a two-layer model.</exception>
    public static SgdRunResult Run(SgdProblem problem, GdProtocol protocol, int seed, bool analyze = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(protocol);
        protocol.Validate();
        if (problem.HiddenUnits is null)
            throw new ArgumentException("The gd protocol (Safran–Shamir) trains two-layer models; this problem is " +
                $"{problem.ModelSpec}. Use the sgd protocol.", nameof(problem));
        var clock = Stopwatch.StartNew();
        var model = problem.Objective;
        var layout = problem.Layout;
        var x = GaussianInitialization(layout, new Random(seed));
        var g = new double[layout.Dimension];
        int step = 0;
        string stop = "max-steps";
        double loss = double.NaN;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!AllFinite(x)) { stop = "diverged"; break; }
            loss = model.Gradient(x, g);
            if (!double.IsFinite(loss)) { stop = "diverged"; break; }
            if (LargestNeuronGradientNorm(layout, g) < protocol.GradientTolerance) { stop = "converged"; break; }
            if (step == protocol.MaxSteps) break;
            for (int t = 0; t < x.Length; t++) x[t] -= protocol.StepSize * g[t];
            step++;
        }
        double seconds = clock.Elapsed.TotalSeconds;
        bool finite = stop != "diverged";
        double? finalLoss = finite ? model.Value(x) : null; // as sgd records it (the gradient's by-product may differ in the last bit)
        EndPointReport? report = null;
        if (analyze && stop == "converged" && layout.Dimension <= EndPointReport.MaxDimension)
            report = EndPointReport.Analyze(model, x, twoLayer: true, includeParameters: false, GdProtocol.IsotropyTolerance, cancellationToken);
        return new SgdRunResult
        {
            Seed = seed, K = problem.HiddenUnits, D = problem.InputDimension, SecondLayer = problem.SecondLayer, Steps = step,
            Loss = finalLoss, GradientNorm = finite ? Lbfgs.Norm(g) : null, Stop = stop,
            Parameters = finite ? x : Array.Empty<double>(),
            Activation = problem.ActivationSpec, Distribution = problem.DistributionSpec, Model = problem.ModelSpec,
            Protocol = "gd", Seconds = seconds, Spurious = finalLoss >= protocol.SpuriousLoss ? true : finalLoss is null ? null : false, EndPoint = report,
        };
    }

    private static bool AllFinite(double[] x)
    {
        foreach (var v in x)
            if (!double.IsFinite(v)) return false;
        return true;
    }
}
