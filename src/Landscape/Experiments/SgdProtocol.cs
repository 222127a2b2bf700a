namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The stochastic protocol of Arjevani and Field, "Spurious local minima of shallow ReLU networks conform with the symmetry of the target model" (section 5): Xavier initialization, SGD with a fresh
/// Gaussian mini-batch every step and a fixed step size, run until the gradient norm stops improving.
/// </summary>
/// <remarks>
/// The stopping rule made precise: every <see cref="CheckEvery"/> steps the exact population gradient norm
/// ‖∇L‖ is computed (closed form, no sampling noise); the run stops when it has not fallen below
/// (1 − <see cref="RelativeImprovement"/>) × the best value seen for <see cref="Patience"/> consecutive checks,
/// or after <see cref="MaxSteps"/> steps.
/// </remarks>
public sealed record SgdProtocol
{
    /// <summary>Samples per step. Default 1000 (the paper).</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>The fixed step size. Default 0.01 (the paper).</summary>
    public double StepSize { get; init; } = 0.01;

    /// <summary>Steps between population gradient-norm checks. Default 1000.</summary>
    public int CheckEvery { get; init; } = 1000;

    /// <summary>
    /// Consecutive checks without a significant improvement before stopping. Default 20: with step 0.01 and the
    /// smallest curvatures seen at these minima (λ ≈ 0.005) SGD needs ~1/(ηλ) = 20 000 steps to make visible progress
    /// along the flattest direction, so a shorter window stops on slow stretches.
    /// </summary>
    public int Patience { get; init; } = 20;

    /// <summary>What counts as significant: a drop of this fraction of the best norm. Default 0.01.</summary>
    public double RelativeImprovement { get; init; } = 0.01;

    /// <summary>Hard limit on steps. Default 1 000 000.</summary>
    public int MaxSteps { get; init; } = 1_000_000;

    /// <summary>Throws unless every setting is in range.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public void Validate()
    {
        if (BatchSize < 1) throw new ArgumentException($"The batch size must be at least 1; got {BatchSize}.");
        if (!(StepSize > 0) || !double.IsFinite(StepSize)) throw new ArgumentException($"The step size must be positive; got {StepSize}.");
        if (CheckEvery < 1) throw new ArgumentException($"CheckEvery must be at least 1; got {CheckEvery}.");
        if (Patience < 1) throw new ArgumentException($"Patience must be at least 1; got {Patience}.");
        if (!(RelativeImprovement >= 0 && RelativeImprovement < 1)) throw new ArgumentException($"RelativeImprovement must be in [0, 1); got {RelativeImprovement}.");
        if (MaxSteps < 1) throw new ArgumentException($"MaxSteps must be at least 1; got {MaxSteps}.");
    }
}
