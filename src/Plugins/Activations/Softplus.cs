using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>softplus_β(z) = log(1 + e^{βz})/β, a smooth ReLU: spec <c>softplus(beta=2)</c>.</summary>
public sealed class Softplus : Activation
{
    /// <summary>Softplus with sharpness <paramref name="beta"/> in [<see cref="MinBeta"/>, <see cref="MaxBeta"/>].</summary>
    /// <exception cref="ArgumentException">β is not a number in the supported range.</exception>
    public Softplus(double beta = 1)
    {
        if (!(beta > 0) || !double.IsFinite(beta)) throw new ArgumentException($"softplus: beta must be a positive finite number; got {beta}.", nameof(beta));
        if (beta < MinBeta || beta > MaxBeta)
            throw new ArgumentException(
                $"softplus: beta must be between {MinBeta:G} and {MaxBeta:G}; got {beta:G}. " +
                (beta < MinBeta
                    ? "Smaller beta is the linear model z/2 plus the constant log(2)/beta, which leaves a double too few digits for the z/2."
                    : "Larger beta is relu to within log(2)/beta: use relu."), nameof(beta));
        Beta = beta;
    }

    /// <summary>
    /// Smallest β: 1e-6. σ = log 2/β + z/2 + O(βz²) carries the constant log 2/β ≈ 7·10⁵ there, leaving about ten digits
    /// for the part that matters; at β = 1e-300 it would leave none.
    /// </summary>
    public const double MinBeta = 1e-6;

    /// <summary>Largest β: 1e6. softplus_β − relu is at most log 2/β ≈ 7·10⁻⁷ there; relu is the limit.</summary>
    public const double MaxBeta = 1e6;

    /// <summary>The sharpness β (softplus → relu as β → ∞).</summary>
    public double Beta { get; }

    /// <summary>
    /// Smallest β of the Gaussian population kernel (<see cref="GaussianKernels.For"/>): 0.1. Below it the constant
    /// log 2/β of softplus_β(z) = log 2/β + z/2 + βz²/8 + … dominates E[σσ] and cancels in the loss, taking the digits
    /// with it (β = 1e-8 leaves none). Sampled (Monte Carlo) losses have no such limit: their residuals cancel the constant
    /// sample by sample. The limit β → 0 of the loss with Σaᵢ = Σuⱼ is that of the linear model z/2.
    /// Sampled losses of non-Gaussian inputs take the whole range [<see cref="MinBeta"/>, <see cref="MaxBeta"/>].
    /// </summary>
    public const double MinKernelBeta = 0.1;

    /// <summary>
    /// Largest β of the Gaussian population kernel: 100. The quadrature step is tied to the analytic half-width π/β, so the
    /// cost grows like β; softplus differs from relu by at most log 2/β everywhere, so larger β is relu to that accuracy.
    /// </summary>
    public const double MaxKernelBeta = 100;

    /// <inheritdoc />
    public override double? AnalyticHalfWidth => Math.PI / Beta;

    /// <inheritdoc />
    public override string Name => "softplus";

    /// <inheritdoc />
    public override string Spec => $"softplus(beta={Format(Beta)})";

    // log(1 + e^{βz})/β = max(z, 0) + log(1 + e^{−β|z|})/β, without overflow for any z.
    /// <inheritdoc />
    public override double Value(double z)
    {
        // max(z, 0) + log(1 + e^{−β|z|})/β: β·z is never formed into a value that could overflow.
        return Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Beta * Math.Abs(z))) / Beta;
    }

    /// <inheritdoc />
    public override double Derivative(double z) => Sigmoid(Beta * z);

    /// <inheritdoc />
    public override double SecondDerivative(double z)
    {
        double s = Sigmoid(Beta * z);
        return Beta * s * (1 - s);
    }

    /// <inheritdoc />
    public override (double Value, double Derivative, double SecondDerivative) Evaluate(double z)
    {
        double t = Beta * z, e = Math.Exp(-Math.Abs(t)); // e^{−|t|} ≤ 1: no overflow
        double value = Math.Max(z, 0) + Math.Log(1 + e) / Beta;
        double s = t >= 0 ? 1 / (1 + e) : e / (1 + e);
        return (value, s, Beta * s * (1 - s));
    }

    private static double Sigmoid(double t) => t >= 0 ? 1 / (1 + Math.Exp(-t)) : Math.Exp(t) / (1 + Math.Exp(t));
}
