namespace Landscape.Symmetry.Plugins;

/// <summary>
/// The estimated quadrature error of one evaluation of a <see cref="GaussianQuadratureKernel"/> (value and all
/// derivatives) at one pair (w, v): absolute errors of the value, of the gradient coefficients and of the Hessian
/// frame blocks (largest component of each), and the scale they are relative to.
/// </summary>
/// <remarks>
/// Made by <see cref="GaussianQuadratureKernel.EstimateError"/> from the same computation with two coarser rules; see
/// there for why it bounds the error when <see cref="ConvergesGeometrically"/>. It is an estimate, not a rigorous bound;
/// the tests check it against independent references.
/// </remarks>
public readonly record struct KernelAccuracy
{
    /// <summary>The trapezoidal step of the rule whose error is estimated; null for the polar rule of kinked σ.</summary>
    public required double? Step { get; init; }

    /// <summary>Estimated |K − K_exact|.</summary>
    public required double ValueError { get; init; }

    /// <summary>Estimated error of the gradient coefficients (largest over the four frame coefficients).</summary>
    public required double GradientError { get; init; }

    /// <summary>Estimated error of the second derivatives (largest over the entries of the three frame blocks).</summary>
    public required double HessianError { get; init; }

    /// <summary>The largest |component| among the value, the gradient coefficients and the Hessian frame entries.</summary>
    public required double Scale { get; init; }

    /// <summary>
    /// Whether the three rules' results converged geometrically, as for an integrand analytic near the real axis. Only then
    /// are the errors bounds (with a safety factor 10); otherwise — σ not analytic near the axis, or a step far too coarse —
    /// they are the sum of the differences between the rules, dominated by the coarsest rule's error: usually far above
    /// the true error, but not a guaranteed bound, and a sign that the evaluation is not resolved.
    /// </summary>
    public required bool ConvergesGeometrically { get; init; }

    /// <summary>The largest of the three absolute errors.</summary>
    public double MaxError => Math.Max(ValueError, Math.Max(GradientError, HessianError));

    /// <summary><see cref="MaxError"/>/<see cref="Scale"/> (the absolute error when the scale is 0).</summary>
    public double RelativeError => Scale > 0 ? MaxError / Scale : MaxError;

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"estimated error {MaxError:0.0E+0} ({RelativeError:0.0E+0} relative; value {ValueError:0.0E+0}, gradient {GradientError:0.0E+0}, Hessian {HessianError:0.0E+0})") +
        (ConvergesGeometrically ? "" : ", not converging geometrically");
}
