namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The deterministic protocol of Safran and Shamir ("Spurious local minima are common in two-layer ReLU neural networks",
/// ICML 2018): W with entries N(0, 1/d) (their code draws randn(d, k)/√d), then plain gradient descent on the exact
/// population loss with a fixed step until the largest per-neuron gradient norm falls below a tolerance; a run is
/// spurious when its final loss is at least <see cref="SpuriousLoss"/>.
/// </summary>
/// <remarks>
/// The per-neuron gradient norm of neuron i is ‖∂L/∂wᵢ‖ (with ∂L/∂aᵢ when the second layer trains). A run that hits
/// <see cref="MaxSteps"/> first is reported as "max-steps", never silently counted as converged.
/// </remarks>
public sealed record GdProtocol
{
    /// <summary>The fixed step size. Default 0.1 (the paper).</summary>
    public double StepSize { get; init; } = 0.1;

    /// <summary>Stop when every per-neuron gradient norm is below this. Default 1e-9 (the paper).</summary>
    public double GradientTolerance { get; init; } = 1e-9;

    /// <summary>A run whose final loss is at least this ended in a spurious point. Default 1e-3 (the paper).</summary>
    public double SpuriousLoss { get; init; } = 1e-3;

    /// <summary>Hard limit on steps, reported as the stop reason "max-steps". Default 1 000 000.</summary>
    public int MaxSteps { get; init; } = 1_000_000;

    /// <summary>
    /// Entries of a gd end point equal to within this count as equal when its isotropy is found: 1e-5. A point with every
    /// neuron's gradient below 1e-9 is off the exact critical point by about 1e-9/λ_min in each entry (below 1e-6 for the
    /// curvatures λ_min ≳ 1e-3 seen at these minima), while distinct entries differ by 1e-3 or more.
    /// </summary>
    public const double IsotropyTolerance = 1e-5;

    /// <summary>Throws unless every setting is in range.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public void Validate()
    {
        if (!(StepSize > 0) || !double.IsFinite(StepSize)) throw new ArgumentException($"The step size must be positive and finite; got {StepSize}.");
        if (!(GradientTolerance > 0) || !double.IsFinite(GradientTolerance)) throw new ArgumentException($"The gradient tolerance must be positive and finite; got {GradientTolerance}.");
        if (!(SpuriousLoss > 0) || !double.IsFinite(SpuriousLoss)) throw new ArgumentException($"The spurious-loss threshold must be positive and finite; got {SpuriousLoss}.");
        if (MaxSteps < 1) throw new ArgumentException($"MaxSteps must be at least 1; got {MaxSteps}.");
    }
}
