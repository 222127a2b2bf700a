using System.Globalization;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// An activation σ of the two-layer model: σ with σ' and σ'', a spec string, and whether σ has a kink at the
/// origin. Population losses see σ through its Gaussian kernel (<see cref="IPairKernel"/>; ReLU's is
/// <see cref="ReluGaussianKernel"/>), sampled training calls σ itself; the two must match. A user-written activation is one small subclass overriding <see cref="Value"/>,
/// <see cref="Derivative"/> and <see cref="SecondDerivative"/> (and <see cref="KinkAtOrigin"/> for ReLU-like σ).
/// </summary>
/// <remarks>
/// Kernels of Gaussian inputs pick their quadrature from <see cref="KinkAtOrigin"/>: smooth σ get a tensor
/// trapezoidal rule whose step follows <see cref="AnalyticHalfWidth"/> (declared, or calibrated once per instance when
/// it is null — see the plug-ins' <c>HalfWidthCalibration</c>), kinked σ get piecewise polar quadrature with the
/// kink lines as breakpoints and the jump of σ' handled as a line integral. Kinks away from the origin are not
/// supported: the calibration detects them (the error then falls like a power of the step) and refuses σ.
/// </remarks>
public abstract class Activation
{
    /// <summary>The name in spec strings and kernel names, e.g. "relu" (matching <see cref="ReluGaussianKernel"/>).</summary>
    public abstract string Name { get; }

    /// <summary>The spec string that rebuilds this activation through the registry, e.g. <c>leaky-relu(alpha=0.01)</c>.</summary>
    public virtual string Spec => Name;

    /// <summary>
    /// True when σ is smooth except for a jump of σ' at z = 0 (ReLU, leaky ReLU); <see cref="SecondDerivative"/>
    /// then returns the smooth part of σ'' on either side.
    /// </summary>
    public virtual bool KinkAtOrigin => false;

    /// <summary>
    /// True when σ(cz) = c·σ(z) for every c &gt; 0 (ReLU, leaky ReLU). A two-layer model with a trainable second layer
    /// then has one flat Hessian direction per hidden unit (wᵢ → c·wᵢ, aᵢ → aᵢ/c); see <see cref="IObjective.FlatDirections"/>.
    /// </summary>
    public virtual bool PositivelyHomogeneous => false;

    /// <summary>
    /// How far from the real axis σ stays analytic and of moderate size: the distance of its nearest complex
    /// singularity (tanh: π/2, softplus(β): π/β), or for an entire σ growing like e^{y²} off the axis (erf, gelu) the
    /// height where that growth sets in (about 1). Smooth-σ quadrature takes its step from it: a larger value makes
    /// quadrature cheaper, a smaller one more accurate. Null (the default) means "not declared": the kernel then
    /// calibrates it from its own error estimate (the plug-ins' <c>HalfWidthCalibration.For</c>), once per instance.
    /// Ignored for σ with <see cref="KinkAtOrigin"/>.
    /// </summary>
    public virtual double? AnalyticHalfWidth => null;

    /// <summary>σ'(0⁺) − σ'(0⁻), the jump of σ' at a kink at the origin (0 for smooth σ).</summary>
    public double DerivativeJumpAtOrigin => KinkAtOrigin ? Derivative(1e-300) - Derivative(-1e-300) : 0;

    /// <summary>σ(z).</summary>
    public abstract double Value(double z);

    /// <summary>
    /// A constant c carried apart from σ so that σ = c + τ with τ = <see cref="ShiftedValue"/> evaluated without
    /// cancellation: softplus_β has c = log 2/β, which swamps the z/2 that matters as β → 0. Losses that form residuals
    /// Σ aᵢσᵢ − Σ uⱼσⱼ use τ and add c(Σ aᵢ − Σ uⱼ) exactly (0 for equal sums of output weights). Default 0.
    /// </summary>
    public virtual double Offset => 0;

    /// <summary>τ(z) = σ(z) − <see cref="Offset"/>, to full accuracy (default: <see cref="Value"/> minus the offset).</summary>
    public virtual double ShiftedValue(double z) => Value(z) - Offset;

    /// <summary>σ'(z) (a one-sided choice where σ has a kink).</summary>
    public abstract double Derivative(double z);

    /// <summary>σ''(z); where σ' jumps (a kink) the value of the smooth part on either side, 0 for piecewise-linear σ.</summary>
    public abstract double SecondDerivative(double z);

    /// <summary>
    /// σ, σ' and σ'' at once. Quadrature calls this for every node; override it when the three share work
    /// (softplus, tanh, erf share one exponential).
    /// </summary>
    public virtual (double Value, double Derivative, double SecondDerivative) Evaluate(double z) =>
        (Value(z), Derivative(z), SecondDerivative(z));

    /// <inheritdoc />
    public override string ToString() => Spec;

    /// <summary>A number as it appears in a spec string (round-trip, invariant culture).</summary>
    protected static string Format(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
