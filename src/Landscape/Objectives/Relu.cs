namespace Landscape.Symmetry.Landscape;

/// <summary>relu(z) = max(z, 0), with relu'(0) = 0 (a set of measure zero for Gaussian inputs): spec <c>relu</c>. Its Gaussian kernel is the closed form <see cref="ReluGaussianKernel"/>.</summary>
public sealed class Relu : Activation
{
    /// <summary>The shared instance.</summary>
    public static Relu Instance { get; } = new();

    /// <inheritdoc />
    public override string Name => "relu";

    /// <inheritdoc />
    public override bool PositivelyHomogeneous => true;

    /// <inheritdoc />
    public override bool KinkAtOrigin => true;

    /// <inheritdoc />
    public override double Value(double z) => z > 0 ? z : 0;

    /// <inheritdoc />
    public override double Derivative(double z) => z > 0 ? 1 : 0;

    /// <inheritdoc />
    public override double SecondDerivative(double z) => 0;

    /// <summary>
    /// Whether <paramref name="activation"/> says it is relu and behaves as this one at probe points on both sides of the
    /// kink and at it (σ'(0) = 0): the condition for the vectorized ReLU paths of the SGD steps.
    /// </summary>
    public static bool IsSameAs(Activation activation)
    {
        ArgumentNullException.ThrowIfNull(activation);
        return activation.Name == "relu" &&
            new[] { -2.5, -1e-3, 0, 1e-3, 0.7, 3 }.All(z => activation.Value(z) == Math.Max(z, 0) && activation.Derivative(z) == (z > 0 ? 1 : 0));
    }
}
