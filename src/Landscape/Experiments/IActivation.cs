namespace Landscape.Symmetry.Landscape;

/// <summary>An activation σ for sampled (stochastic) training; it must match the kernel of the population loss it is checked against.</summary>
public interface IActivation
{
    /// <summary>The kernel name it matches, e.g. "relu" for <see cref="ReluGaussianKernel"/>.</summary>
    string Name { get; }

    /// <summary>σ(z).</summary>
    double Value(double z);

    /// <summary>σ'(z) (a one-sided choice where σ has a kink).</summary>
    double Derivative(double z);

    /// <summary>σ''(z); where σ' jumps (a kink) the value of the smooth part on either side, 0 for piecewise-linear σ.</summary>
    double SecondDerivative(double z);
}

/// <summary>relu(z) = max(z, 0), with relu'(0) = 0 (a set of measure zero for Gaussian inputs).</summary>
public sealed class ReluActivation : IActivation
{
    /// <summary>The shared instance.</summary>
    public static ReluActivation Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "relu";

    /// <inheritdoc />
    public double Value(double z) => z > 0 ? z : 0;

    /// <inheritdoc />
    public double Derivative(double z) => z > 0 ? 1 : 0;

    /// <inheritdoc />
    public double SecondDerivative(double z) => 0;
}
