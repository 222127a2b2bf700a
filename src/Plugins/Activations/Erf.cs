using MathNet.Numerics;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>erf(z), odd with σ(0) = 0 and a closed-form Gaussian kernel (<see cref="ErfGaussianKernel"/>): spec <c>erf</c>.</summary>
public sealed class Erf : Activation
{
    /// <summary>The shared instance.</summary>
    public static Erf Instance { get; } = new();

    private static readonly double TwoOverSqrtPi = 2 / Math.Sqrt(Math.PI);

    /// <inheritdoc />
    /// <remarks>σ is entire; |σ(x + iy)| grows like e^{y²}, which the trapezoidal rule meets as a strip of this width.</remarks>
    public override double? AnalyticHalfWidth => 1.5;

    /// <inheritdoc />
    public override string Name => "erf";

    /// <inheritdoc />
    public override double Value(double z) => SpecialFunctions.Erf(z);

    /// <inheritdoc />
    public override double Derivative(double z) => TwoOverSqrtPi * Math.Exp(-z * z);

    /// <inheritdoc />
    public override double SecondDerivative(double z) => -2 * z * TwoOverSqrtPi * Math.Exp(-z * z);

    /// <inheritdoc />
    public override (double Value, double Derivative, double SecondDerivative) Evaluate(double z)
    {
        double d = TwoOverSqrtPi * Math.Exp(-z * z);
        return (SpecialFunctions.Erf(z), d, -2 * z * d);
    }
}
