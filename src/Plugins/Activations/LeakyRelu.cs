using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>Leaky ReLU: z for z &gt; 0, αz otherwise: spec <c>leaky-relu(alpha=0.01)</c>.</summary>
public sealed class LeakyRelu : Activation
{
    /// <summary>Leaky ReLU with slope <paramref name="alpha"/> on the negative axis.</summary>
    /// <exception cref="ArgumentException">α is not finite.</exception>
    public LeakyRelu(double alpha = 0.01)
    {
        if (!double.IsFinite(alpha)) throw new ArgumentException($"leaky-relu: alpha must be a finite number; got {alpha}.", nameof(alpha));
        Alpha = alpha;
    }

    /// <summary>The slope on the negative axis.</summary>
    public double Alpha { get; }

    /// <inheritdoc />
    public override string Name => "leaky-relu";

    /// <inheritdoc />
    public override string Spec => $"leaky-relu(alpha={Format(Alpha)})";

    /// <inheritdoc />
    public override bool PositivelyHomogeneous => true;

    /// <inheritdoc />
    public override bool KinkAtOrigin => Alpha != 1;

    /// <inheritdoc />
    public override double Value(double z) => z > 0 ? z : Alpha * z;

    /// <inheritdoc />
    public override double Derivative(double z) => z > 0 ? 1 : Alpha;

    /// <inheritdoc />
    public override double SecondDerivative(double z) => 0;
}
