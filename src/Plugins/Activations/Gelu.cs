using MathNet.Numerics;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>GELU(z) = z Φ(z) with Φ the standard normal CDF (the exact form, not the tanh approximation): spec <c>gelu</c>.</summary>
public sealed class Gelu : Activation
{
    /// <summary>The shared instance.</summary>
    public static Gelu Instance { get; } = new();

    private static readonly double InvSqrtTwoPi = 1 / Math.Sqrt(2 * Math.PI);

    /// <inheritdoc />
    /// <remarks>σ is entire; |σ(x + iy)| grows like e^{y²}, which the trapezoidal rule meets as a strip of this width.</remarks>
    public override double? AnalyticHalfWidth => 2;

    /// <inheritdoc />
    public override string Name => "gelu";

    /// <inheritdoc />
    public override double Value(double z) => z * Phi(z);

    /// <inheritdoc />
    public override double Derivative(double z) => Phi(z) + z * Density(z);

    /// <inheritdoc />
    public override double SecondDerivative(double z) => Density(z) * (2 - z * z);

    private static double Phi(double z) => 0.5 * SpecialFunctions.Erfc(-z / Math.Sqrt(2));

    private static double Density(double z) => InvSqrtTwoPi * Math.Exp(-0.5 * z * z);
}
