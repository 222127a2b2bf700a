namespace Landscape.Symmetry.Plugins;

/// <summary>softplus_β(z) = log(1 + e^{βz})/β, a smooth ReLU: spec <c>softplus(beta=2)</c>.</summary>
public sealed class Softplus : Activation
{
    /// <summary>Softplus with sharpness <paramref name="beta"/> &gt; 0.</summary>
    /// <exception cref="ArgumentException">β is not a positive finite number.</exception>
    public Softplus(double beta = 1)
    {
        if (!(beta > 0) || !double.IsFinite(beta)) throw new ArgumentException($"softplus: beta must be a positive finite number; got {beta}.", nameof(beta));
        Beta = beta;
    }

    /// <summary>The sharpness β (softplus → relu as β → ∞).</summary>
    public double Beta { get; }

    /// <inheritdoc />
    public override double? AnalyticHalfWidth => Math.PI / Beta;

    /// <inheritdoc />
    public override string Name => "softplus";

    /// <inheritdoc />
    public override string Spec => $"softplus(beta={Format(Beta)})";

    // log(1 + e^t) without overflow: t + log(1 + e^{−t}) for t > 0.
    /// <inheritdoc />
    public override double Value(double z)
    {
        double t = Beta * z;
        return (t > 0 ? t + Math.Log(1 + Math.Exp(-t)) : Math.Log(1 + Math.Exp(t))) / Beta;
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
        double value = (Math.Max(t, 0) + Math.Log(1 + e)) / Beta;
        double s = t >= 0 ? 1 / (1 + e) : e / (1 + e);
        return (value, s, Beta * s * (1 - s));
    }

    private static double Sigmoid(double t) => t >= 0 ? 1 / (1 + Math.Exp(-t)) : Math.Exp(t) / (1 + Math.Exp(t));
}
