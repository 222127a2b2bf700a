namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The loss and gradient at a point, with its isotropy. A reducible two-layer loss (<see cref="IReducibleObjective"/>) at a
/// point exactly block constant for a diagonal Young type takes the reduced road from d = <see cref="ReducedFromD"/> (cost
/// independent of d, but for the O(d²) reading of the blocks); any other point the full model.
/// </summary>
/// <param name="Loss">L(x).</param>
/// <param name="Gradient">∇L(x), in the layout's order.</param>
/// <param name="Isotropy">The isotropy in S_k × S_d; null when not asked for.</param>
public sealed record LossReading(double Loss, double[] Gradient, IsotropyReading? Isotropy)
{
    /// <summary>
    /// From this d on, the loss of a block-constant point takes the reduced road; below it the full model costs little and
    /// gives the value a critical-point report gives bit for bit (the two roads agree to rounding, about 1e-16 relative).
    /// </summary>
    public const int ReducedFromD = 50;

    /// <summary>Largest deviation from the orbit average at which the reduced road is still taken (rounding of the average itself).</summary>
    public const double ExactBlockConstant = 1e-13;

    /// <summary>‖∇L(x)‖.</summary>
    public double GradientNorm => Math.Sqrt(Gradient.Sum(v => v * v));

    /// <summary>Reads the point; <paramref name="twoLayer"/> says whether the model's points have an isotropy in S_k × S_d.</summary>
    /// <param name="model">The loss.</param>
    /// <param name="x">The point.</param>
    /// <param name="twoLayer">Whether to read the isotropy.</param>
    /// <param name="cancellationToken">Cancels the exact isotropy.</param>
    /// <param name="reduced">
    /// Null (auto): the reduced road from d = <see cref="ReducedFromD"/> at an exactly block-constant point of a reducible model
    /// (<see cref="IReducibleObjective"/>: the standard Gaussian loss and a diagonal-covariance Gaussian); true: the reduced
    /// road at any d (refused when the point or model does not allow it); false: the full model.
    /// </param>
    /// <exception cref="ArgumentException">The reduced road was asked for but does not apply, with the reason.</exception>
    public static LossReading Of(IObjective model, double[] x, bool twoLayer, CancellationToken cancellationToken = default, bool? reduced = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(x);
        if (reduced != false && model is IReducibleObjective reducible && (reduced == true || model.Layout.D >= ReducedFromD)
            && reducible.ReducibleTerms() is { } terms && ReducedPoint.TryRead(reducible, x) is { MovedBy: <= ExactBlockConstant } point)
        {
            var (value, gradient) = point.FullGradient(terms.Kernel);
            return new LossReading(value, gradient, twoLayer ? IsotropyReading.OfReduced(point, model.Layout.K, model.Layout.D) : null);
        }
        if (reduced == true)
            throw new ArgumentException(
                "The reduced loss needs a two-layer model with Gaussian inputs of diagonal covariance, k = d and a diagonal teacher (second layer 1), and a point " +
                $"exactly block constant (within {ExactBlockConstant:0e0}) for a diagonal Young type with at most {ReducedPoint.MaxBlocks} blocks; read the full model instead (the full method: reduced = false).");
        var g = new double[x.Length];
        double v = model.Gradient(x, g);
        return new LossReading(v, g, twoLayer ? IsotropyReading.Of(model.Layout, x, cancellationToken) : null);
    }
}
