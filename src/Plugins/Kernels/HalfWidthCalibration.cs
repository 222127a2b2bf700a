using System.Globalization;
using System.Runtime.CompilerServices;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// The analytic half-width δ chosen for a smooth activation that declares none
/// (<see cref="Activation.AnalyticHalfWidth"/> null): starting from δ = 1, δ is halved until the kernel's own error
/// estimate (<see cref="GaussianQuadratureKernel.EstimateError"/>, value and all derivatives) is below
/// <see cref="TargetRelativeError"/> at every pair of <see cref="TestPairs"/>.
/// </summary>
/// <remarks>
/// <para>The step of the trapezoidal rule depends on δ/max(|w|, |v|), and the error at a given δ changes little with
/// the norm once the step follows it, so pairs at norms 0.3 … 5 (what the losses meet) at several angles, with the
/// self-pairs K(w, w) of the loss's diagonal, stand for all. A σ that is analytic only in a strip narrower than 1 —
/// z/(1 + 4z²), tanh(3z) — gets a smaller δ; a σ analytic in a wider one keeps δ = 1.</para>
/// <para>Refusal: if halving δ does not shrink the estimate at least 16-fold (the error then falls like a power of
/// the step: σ, σ′ or σ″ is not analytic near the real axis — a kink or jump away from the origin), or the rule would
/// need more than <see cref="MaxNodesPerAxis"/> nodes per axis at norm 5, the calibration throws an
/// <see cref="ArgumentException"/> that says which and what to do.</para>
/// <para>Cost: one <see cref="GaussianQuadratureKernel.EstimateError"/> per test pair per δ tried (milliseconds for
/// δ = 1, about 16 times more per halving); the result is cached per activation instance (weakly, so instances
/// can still be collected), and a failure is cached too.</para>
/// </remarks>
public sealed class HalfWidthCalibration
{
    /// <summary>The estimated relative error (<see cref="KernelAccuracy.RelativeError"/>) every test pair must reach.</summary>
    public const double TargetRelativeError = 1e-12;

    /// <summary>The first δ tried (the usual activations' order of magnitude).</summary>
    public const double InitialHalfWidth = 1;

    /// <summary>The largest number of trapezoidal nodes per axis the calibration accepts at the largest test norm.</summary>
    public const int MaxNodesPerAxis = 4001;

    /// <summary>The test pairs (|w|, |v|, cos θ): norms 0.3 … 5, generic, nearly antiparallel, orthogonal and self pairs.</summary>
    public static IReadOnlyList<(double NormW, double NormV, double Cos)> TestPairs { get; } = new[]
    {
        (0.5, 0.3, 0.6), (1.0, 1.0, 1.0), (1.5, 1.0, -0.7), (3.0, 2.0, 0.3), (5.0, 5.0, 1.0), (5.0, 2.0, -0.95), (5.0, 0.5, 0.0),
    };

    private static readonly ConditionalWeakTable<Activation, Lazy<HalfWidthCalibration>> Cache = new();

    private HalfWidthCalibration(Activation activation, double halfWidth, double worst, IReadOnlyList<(double, double)> trials)
    {
        Activation = activation;
        HalfWidth = halfWidth;
        WorstRelativeError = worst;
        Trials = trials;
    }

    /// <summary>The calibrated activation.</summary>
    public Activation Activation { get; }

    /// <summary>The chosen δ.</summary>
    public double HalfWidth { get; }

    /// <summary>The largest estimated relative error over <see cref="TestPairs"/> at <see cref="HalfWidth"/>.</summary>
    public double WorstRelativeError { get; }

    /// <summary>Every δ tried, with the largest estimated relative error over the test pairs there.</summary>
    public IReadOnlyList<(double HalfWidth, double WorstRelativeError)> Trials { get; }

    /// <summary>The calibration of <paramref name="activation"/>, computed on first use and cached per instance.</summary>
    /// <exception cref="ArgumentException">
    /// σ has a kink at the origin (it uses polar quadrature, nothing to calibrate), or no δ reaches the target (the
    /// message says why and what to do).
    /// </exception>
    public static HalfWidthCalibration For(Activation activation)
    {
        ArgumentNullException.ThrowIfNull(activation);
        if (activation.KinkAtOrigin)
            throw new ArgumentException($"{activation.Spec} has a kink at the origin: its kernel uses polar quadrature, and there is no trapezoidal step to calibrate.", nameof(activation));
        return Cache.GetValue(activation, a => new Lazy<HalfWidthCalibration>(() => Calibrate(a))).Value;
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Activation.Spec}: δ = {HalfWidth:G4} calibrated (estimated relative error ≤ {WorstRelativeError:0.0E+0} over {TestPairs.Count} test pairs)");

    private static HalfWidthCalibration Calibrate(Activation activation)
    {
        var trials = new List<(double, double)>();
        double delta = InitialHalfWidth, previous = double.NaN;
        while (true)
        {
            var kernel = new GaussianQuadratureKernel(activation, halfWidth: delta);
            int nodes = TestPairs.Max(p => kernel.NodesPerAxis(p.NormW, p.NormV));
            if (nodes > MaxNodesPerAxis)
                throw Refusal(activation, trials,
                    $"going on would need more than {MaxNodesPerAxis} nodes per axis at norm {TestPairs.Max(p => Math.Max(p.NormW, p.NormV))}, " +
                    "so σ is analytic only very close to the real axis (or its error estimate is unreliable)");
            var (worst, at) = Worst(kernel);
            trials.Add((delta, worst));
            if (double.IsInfinity(worst) || double.IsNaN(worst))
                throw new ArgumentException($"{activation.Spec}: σ, σ′ or σ″ returned a non-finite value at a quadrature node {Pair(at)}; " +
                                            "an activation must be finite on the real line.", nameof(activation));
            if (worst <= TargetRelativeError) return new HalfWidthCalibration(activation, delta, worst, trials);
            if (!double.IsNaN(previous) && worst > previous * ConvergenceExtrapolation.GeometricRatio)
                throw Refusal(activation, trials,
                    $"halving δ shrank the estimated error only from {ContractText.Magnitude(previous)} to {ContractText.Magnitude(worst)} (worst {Pair(at)}): it falls like a power of " +
                    "the step, not geometrically, so σ, σ′ or σ″ is not analytic near the real axis (a kink or jump away from the origin, perhaps)");
            previous = worst;
            delta /= 2;
        }
    }

    private static (double Worst, (double, double, double) At) Worst(GaussianQuadratureKernel kernel)
    {
        double worst = 0;
        var at = TestPairs[0];
        foreach (var p in TestPairs)
        {
            var g = Geometry(p.NormW, p.NormV, p.Cos);
            double e = kernel.EstimateError(g).RelativeError;
            if (!(e <= worst)) { worst = e; at = p; }
            if (double.IsNaN(e) || double.IsInfinity(e)) break;
        }
        return (worst, at);
    }

    private static PairGeometry Geometry(double a, double b, double cos)
    {
        double sin = Math.Sqrt(Math.Max(0, 1 - cos * cos));
        double[] w = { a, 0 }, v = { b * cos, b * sin };
        return PairGeometry.Of(w, v, a, b, a * b * cos);
    }

    private static ArgumentException Refusal(Activation activation, List<(double, double)> trials, string why) =>
        new($"{activation.Spec} declares no AnalyticHalfWidth, and the calibration could not reach an estimated relative error of " +
            $"{ContractText.Magnitude(TargetRelativeError)} (δ tried: {string.Join(", ", trials.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Item1:G3} → {ContractText.Magnitude(t.Item2)}")))}): {why}. " +
            "What to do: if σ is analytic in a known strip |Im z| < δ, override AnalyticHalfWidth; if σ is smooth except for a kink " +
            "at 0, override KinkAtOrigin; kinks away from the origin are not supported — shift the kink to 0 (σ(z) = ρ(z − c) is " +
            "ρ with a bias, which this model does not have), or pass a fixed step to GaussianQuadratureKernel and check its " +
            "EstimateError.", nameof(activation));

    private static string Pair((double A, double B, double Cos) p) =>
        string.Create(CultureInfo.InvariantCulture, $"at |w| = {p.A}, |v| = {p.B}, cos θ = {p.Cos}");
}
