using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Landscape;

/// <summary>The isotropy group of a parameter vector under S_k × S_d (rows with a, columns), through <see cref="MatrixIsotropy"/>.</summary>
public static class PointIsotropy
{
    /// <summary>
    /// The default tolerance, 1e-7: entries equal up to it are treated as equal. Critical points refined to
    /// ‖∇L‖ ≤ 1e-12 carry errors of about ‖∇L‖/λ_min ≈ 1e-10 in their entries, while distinct entries of the
    /// points met here differ by 1e-3 or more.
    /// </summary>
    public const double DefaultTolerance = 1e-7;

    /// <summary>The isotropy group of x (W and, when it trains, a) in S_k × S_d.</summary>
    public static MatrixIsotropyGroup Of(ParameterLayout layout, double[] x, double tolerance = DefaultTolerance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(x);
        var w = layout.Weights(x);
        var a = layout.SecondLayerTrainable ? x[(layout.K * layout.D)..] : null;
        return MatrixIsotropy.Of(w, a, tolerance, cancellationToken);
    }
}
