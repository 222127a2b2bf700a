namespace Landscape.Symmetry.Landscape;

/// <summary>
/// Everything <c>spectrum</c> says about a point: the Hessian spectrum by the chosen method with the loss, ‖∇L‖ and the
/// isotropy. On the reduced road all of them come from the reduced model at the point's orbit average (nothing there
/// grows with d); otherwise from the full model at x.
/// </summary>
/// <param name="Spectrum">The spectrum (and the point it was read at: the orbit average on the isotypic and reduced roads).</param>
/// <param name="Loss">L.</param>
/// <param name="GradientNorm">‖∇L‖ of the full model.</param>
/// <param name="Isotropy">The isotropy in S_k × S_d; null when not asked for (models without one, such as deep nets).</param>
public sealed record PointReading(PointSpectrum Spectrum, double Loss, double GradientNorm, IsotropyReading? Isotropy)
{
    /// <summary>Reads the point; <paramref name="twoLayer"/> says whether the model's points have an isotropy in S_k × S_d.</summary>
    /// <exception cref="ArgumentException">The reduced method for a model that is not reducible (<see cref="IReducibleObjective"/>: Gaussian inputs of diagonal covariance, k = d, a diagonal teacher).</exception>
    /// <exception cref="InvalidOperationException">The method does not apply at this point (see <see cref="PointSpectrum.Compute"/>).</exception>
    public static PointReading Of(IObjective model, double[] x, SpectrumMethod method, bool twoLayer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(x);
        if (method is SpectrumMethod.Auto or SpectrumMethod.Reduced && model is IReducibleObjective two && two.ReducibleTerms() is { } terms)
        {
            var first = PointSpectrum.Compute(model, x, method == SpectrumMethod.Reduced ? SpectrumMethod.Reduced : SpectrumMethod.Auto, null, cancellationToken);
            if (first.Reduced is { } reduced)
            {
                var loss = reduced.Loss(terms.Kernel);
                var g = new double[loss.Dimension];
                double v = loss.Gradient(reduced.Coordinates, g);
                return new PointReading(first, v, loss.FullGradientNorm(g), IsotropyReading.OfReduced(reduced, two.Layout.K, two.Layout.D));
            }
        }
        else if (method == SpectrumMethod.Reduced)
            throw new ArgumentException("The reduced spectrum needs a two-layer model with Gaussian inputs of diagonal covariance, k = d and a diagonal teacher; use the dense or the isotypic method.");
        var gradient = new double[x.Length];
        double value = model.Gradient(x, gradient);
        var isotropy = twoLayer ? IsotropyReading.Of(model.Layout, x, cancellationToken) : null;
        var spectrum = PointSpectrum.Compute(model, x, method, isotropy?.Group, cancellationToken);
        return new PointReading(spectrum, value, Math.Sqrt(gradient.Sum(t => t * t)), isotropy);
    }
}
