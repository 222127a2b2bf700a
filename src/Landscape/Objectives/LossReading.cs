namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The loss and gradient at a point, with its isotropy. A two-layer population loss at a point exactly block constant for
/// a diagonal Young type takes the reduced road from d = <see cref="ReducedFromD"/> (cost independent of d); any other
/// point the full model.
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
    public static LossReading Of(IObjective model, double[] x, bool twoLayer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(x);
        if (model is TwoLayerPopulationLoss { Layout.D: >= ReducedFromD } two && ReducedPoint.TryRead(two, x) is { MovedBy: <= ExactBlockConstant } reduced)
        {
            var (value, gradient) = reduced.FullGradient(two.Kernel);
            return new LossReading(value, gradient, IsotropyReading.OfReduced(reduced, two.Layout.K, two.Layout.D));
        }
        var g = new double[x.Length];
        double v = model.Gradient(x, g);
        return new LossReading(v, g, twoLayer ? IsotropyReading.Of(model.Layout, x, cancellationToken) : null);
    }
}
