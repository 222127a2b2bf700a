using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>tanh(z), odd with σ(0) = 0: spec <c>tanh</c>.</summary>
public sealed class Tanh : Activation
{
    /// <summary>The shared instance.</summary>
    public static Tanh Instance { get; } = new();

    /// <inheritdoc />
    public override double? AnalyticHalfWidth => Math.PI / 2;

    /// <inheritdoc />
    public override string Name => "tanh";

    /// <inheritdoc />
    public override double Value(double z) => Math.Tanh(z);

    /// <inheritdoc />
    public override double Derivative(double z)
    {
        double t = Math.Tanh(z);
        return 1 - t * t;
    }

    /// <inheritdoc />
    public override double SecondDerivative(double z)
    {
        double t = Math.Tanh(z);
        return -2 * t * (1 - t * t);
    }

    /// <inheritdoc />
    public override (double Value, double Derivative, double SecondDerivative) Evaluate(double z)
    {
        double t = Math.Tanh(z), d = 1 - t * t;
        return (t, d, -2 * t * d);
    }
}
