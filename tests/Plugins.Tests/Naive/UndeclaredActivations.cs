namespace Landscape.Symmetry.Plugins.Tests.Naive;

// User-written activations that declare no AnalyticHalfWidth, chosen to defeat the old fixed default δ = 1.

/// <summary>z/(1 + 4z²): poles at ±i/2, half as far from the real axis as the default δ = 1 assumes.</summary>
public sealed class NearPoleActivation : Activation
{
    public override string Name => "z/(1+4z^2)";
    public override double Value(double z) => z / (1 + 4 * z * z);
    public override double Derivative(double z)
    {
        double q = 1 + 4 * z * z;
        return (1 - 4 * z * z) / (q * q);
    }
    public override double SecondDerivative(double z)
    {
        double q = 1 + 4 * z * z;
        return (32 * z * z * z - 24 * z) / (q * q * q);
    }
}

/// <summary>tanh(3z): poles at ±iπ/6 ≈ ±0.52i.</summary>
public sealed class SteepTanhActivation : Activation
{
    public override string Name => "tanh(3z)";
    public override double Value(double z) => Math.Tanh(3 * z);
    public override double Derivative(double z)
    {
        double t = Math.Tanh(3 * z);
        return 3 * (1 - t * t);
    }
    public override double SecondDerivative(double z)
    {
        double t = Math.Tanh(3 * z);
        return -18 * t * (1 - t * t);
    }
}

/// <summary>relu(z − 0.5): a kink away from the origin, which no quadrature of this library supports.</summary>
public sealed class ShiftedReluActivation : Activation
{
    public const double Shift = 0.5;
    public override string Name => "relu(z-0.5)";
    public override double Value(double z) => Math.Max(z - Shift, 0);
    public override double Derivative(double z) => z > Shift ? 1 : 0;
    public override double SecondDerivative(double z) => 0;

    /// <summary>E[σ(a z)²] for z standard normal: a²[(1 + c²)Q(c) − cφ(c)], c = 0.5/a, Q the upper normal tail.</summary>
    public static double SelfKernel(double a)
    {
        double c = Shift / a;
        double q = 0.5 * MathNet.Numerics.SpecialFunctions.Erfc(c / Math.Sqrt(2));
        double phi = Math.Exp(-0.5 * c * c) / Math.Sqrt(2 * Math.PI);
        return a * a * ((1 + c * c) * q - c * phi);
    }
}
