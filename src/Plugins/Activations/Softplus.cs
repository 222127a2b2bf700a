using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>softplus_β(z) = log(1 + e^{βz})/β, a smooth ReLU: spec <c>softplus(beta=2)</c>.</summary>
/// <remarks>
/// <para>Every β in [<see cref="MinBeta"/>, ∞) is served, with its two limits: β → ∞ is ReLU (0 ≤ softplus_β − relu ≤
/// log 2/β), β → 0 is the linear model z/2 plus the constant log 2/β (softplus_β(z) = log 2/β + z/2 + βz²/8 − β³z⁴/192 + …).
/// The constant is split off: <see cref="Offset"/> = log 2/β and <see cref="ShiftedValue"/> τ(z) = softplus_β(z) − log 2/β,
/// evaluated as max(z, 0) + log1p(expm1(−β|z|)/2)/β (its Taylor series when β|z| &lt; 10⁻³) without cancellation, so
/// τ keeps its relative accuracy at β = 1e-300; losses carry the constant separately
/// (<see cref="IOffsetPairKernel"/>, <see cref="SampledTwoLayerLoss"/>).</para>
/// <para>σ' = s and σ'' = β s(1 − s) with s the logistic function of βz, formed from e^{−β|z|} ≤ 1, so neither overflows
/// nor loses the tail: s(1 − s) = e/(1 + e)² keeps its relative accuracy where 1 − s would round to 0.</para>
/// </remarks>
public sealed class Softplus : Activation
{
    /// <summary>Softplus with sharpness <paramref name="beta"/> ≥ <see cref="MinBeta"/> (any finite β above).</summary>
    /// <exception cref="ArgumentException">β is not a finite number ≥ <see cref="MinBeta"/>.</exception>
    public Softplus(double beta = 1)
    {
        if (!(beta > 0) || !double.IsFinite(beta)) throw new ArgumentException($"softplus: beta must be a positive finite number; got {beta}.", nameof(beta));
        if (beta < MinBeta)
            throw new ArgumentException(
                $"softplus: beta must be at least {MinBeta:G}; got {beta:G}. softplus_beta(0) = log(2)/beta must be a finite double " +
                "(beta is the sharpness; as beta → 0 softplus is the linear model z/2 plus that constant).", nameof(beta));
        Beta = beta;
        Offset = Math.Log(2) / beta;
    }

    /// <summary>
    /// Smallest β: 1e-307, the smallest power of ten that is a normal double and leaves σ(0) = log 2/β ≈ 6.9·10³⁰⁶ finite
    /// (below about 3.9·10⁻³⁰⁹ it is not).
    /// </summary>
    public const double MinBeta = 1e-307;

    /// <summary>The sharpness β (softplus → relu as β → ∞, → z/2 + log 2/β as β → 0).</summary>
    public double Beta { get; }

    /// <summary>log 2/β = σ(0): the constant split off the small-β activation (see the remarks).</summary>
    public override double Offset { get; }

    /// <inheritdoc />
    public override double? AnalyticHalfWidth => Math.PI / Beta;

    /// <inheritdoc />
    public override string Name => "softplus";

    /// <inheritdoc />
    public override string Spec => $"softplus(beta={Format(Beta)})";

    /// <inheritdoc />
    /// <remarks>max(z, 0) + log1p(e^{−β|z|})/β: no exponential of a positive number is formed.</remarks>
    public override double Value(double z) => Math.Max(z, 0) + StableMath.Log1p(Math.Exp(-Beta * Math.Abs(z))) / Beta;

    /// <summary>
    /// τ(z) = softplus_β(z) − log 2/β = max(z, 0) + log((1 + e^{−β|z|})/2)/β, to full relative accuracy for every β and z:
    /// log((1 + e^{−t})/2) = log1p(expm1(−t)/2) for t = β|z| ≥ 10⁻³, its series −t/2 + t²/8 − t⁴/192 + t⁶/2880 below.
    /// </summary>
    public override double ShiftedValue(double z)
    {
        double t = Beta * Math.Abs(z);
        if (t < 1e-3)
        {
            // τ = z/2 + βz²/8 (1 − t²/24 + t⁴/360): z is kept unscaled, so nothing underflows for tiny β.
            double t2 = t * t;
            return 0.5 * z + 0.125 * Beta * z * z * (1 - t2 / 24 * (1 - t2 / 15));
        }
        return Math.Max(z, 0) + StableMath.Log1p(0.5 * StableMath.Expm1(-t)) / Beta;
    }

    /// <inheritdoc />
    public override double Derivative(double z) => Evaluate(z).Derivative;

    /// <inheritdoc />
    public override double SecondDerivative(double z) => Evaluate(z).SecondDerivative;

    /// <inheritdoc />
    public override (double Value, double Derivative, double SecondDerivative) Evaluate(double z)
    {
        double e = Math.Exp(-Beta * Math.Abs(z)); // ≤ 1: no overflow, also when β|z| overflows to ∞ (then e = 0)
        double value = Math.Max(z, 0) + StableMath.Log1p(e) / Beta;
        double onePlus = 1 + e;
        double s = z >= 0 ? 1 / onePlus : e / onePlus;
        // β s(1 − s) = β e/(1 + e)²: β/4 at most, so finite for every finite β.
        return (value, s, Beta * (e / onePlus) / onePlus);
    }
}
