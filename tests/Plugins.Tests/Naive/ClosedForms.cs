namespace Landscape.Symmetry.Plugins.Tests.Naive;

/// <summary>Gaussian expectations known in closed form, independent of the code under test.</summary>
public static class ClosedForms
{
    /// <summary>E[|w·x||v·x|] = (2/π)|w||v|(√(1−ρ²) + ρ asin ρ), ρ = cos θ.</summary>
    public static double AbsKernel(double[] w, double[] v)
    {
        double a = KernelCalculus.Norm(w), b = KernelCalculus.Norm(v), rho = KernelCalculus.Dot(w, v) / (a * b);
        rho = Math.Clamp(rho, -1, 1);
        return 2 / Math.PI * a * b * (Math.Sqrt(1 - rho * rho) + rho * Math.Asin(rho));
    }

    /// <summary>E[(w·x)²(v·x)²] = |w|²|v|² + 2(w·v)² (Isserlis).</summary>
    public static double SquareKernel(double[] w, double[] v)
    {
        double ww = KernelCalculus.Dot(w, w), vv = KernelCalculus.Dot(v, v), wv = KernelCalculus.Dot(w, v);
        return ww * vv + 2 * wv * wv;
    }

    /// <summary>Leaky ReLU: α w·v + (1−α)² K_relu(w, v), K_relu = |w||v|(sin θ + (π−θ) cos θ)/(2π).</summary>
    public static double LeakyReluKernel(double alpha, double[] w, double[] v)
    {
        double a = KernelCalculus.Norm(w), b = KernelCalculus.Norm(v), wv = KernelCalculus.Dot(w, v);
        double c = Math.Clamp(wv / (a * b), -1, 1), theta = Math.Acos(c);
        double relu = a * b * (Math.Sin(theta) + (Math.PI - theta) * c) / (2 * Math.PI);
        return alpha * wv + (1 - alpha) * (1 - alpha) * relu;
    }

    /// <summary>Williams' erf kernel.</summary>
    public static double ErfKernel(double[] w, double[] v)
    {
        double ww = KernelCalculus.Dot(w, w), vv = KernelCalculus.Dot(v, v), wv = KernelCalculus.Dot(w, v);
        return 2 / Math.PI * Math.Asin(2 * wv / Math.Sqrt((1 + 2 * ww) * (1 + 2 * vv)));
    }
}

/// <summary>|z|: a user-written kinked activation (jump 2 of σ' at 0).</summary>
public sealed class AbsActivation : Activation
{
    public override string Name => "abs";
    public override bool KinkAtOrigin => true;
    public override double Value(double z) => Math.Abs(z);
    public override double Derivative(double z) => z > 0 ? 1 : -1;
    public override double SecondDerivative(double z) => 0;
}

/// <summary>z²: a smooth user-written activation with an exact Isserlis kernel.</summary>
public sealed class SquareActivation : Activation
{
    public override string Name => "square";
    public override double Value(double z) => z * z;
    public override double Derivative(double z) => 2 * z;
    public override double SecondDerivative(double z) => 2;
}
