namespace Landscape.Symmetry.Landscape;

/// <summary>A classification and the numbers behind it.</summary>
/// <param name="Kind">Minimum, saddle or degenerate.</param>
/// <param name="Index">Number of eigenvalues below −tolerance.</param>
/// <param name="NearZero">Number of eigenvalues within ±tolerance.</param>
/// <param name="SmallestEigenvalue">λ_min.</param>
/// <param name="Tolerance">The absolute tolerance used.</param>
public sealed record Classification(CriticalPointKind Kind, int Index, int NearZero, double SmallestEigenvalue, double Tolerance)
{
    /// <summary>"minimum", "saddle (index 3)" or "degenerate (2 near-zero)".</summary>
    public override string ToString() => Kind switch
    {
        CriticalPointKind.Minimum => "minimum",
        CriticalPointKind.Saddle => $"saddle (index {Index})",
        _ => $"degenerate ({NearZero} near-zero)",
    };

    /// <summary>
    /// Classifies a spectrum. Eigenvalues with |λ| ≤ tol, tol = <paramref name="relativeTolerance"/> · max(1, max|λ|),
    /// count as zero: the default 1e-9 sits well above the ~1e-13 rounding of a Hessian of O(1) entries at a point
    /// with ‖∇L‖ ≤ 1e-12, and well below the smallest curvatures seen at the minima of the papers (~1e-3).
    /// </summary>
    /// <param name="spectrum">The eigenvalues.</param>
    /// <param name="relativeTolerance">See above.</param>
    /// <param name="flatDirections">Zero eigenvalues the model has for a known reason (e.g. k rescalings
    /// wᵢ → c·wᵢ, aᵢ → aᵢ/c of a ReLU model with a trainable second layer); that many near-zero eigenvalues are allowed in a minimum.</param>
    public static Classification Of(HessianSpectrum spectrum, double relativeTolerance = 1e-9, int flatDirections = 0)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        var e = spectrum.Eigenvalues;
        if (e.Length == 0) throw new ArgumentException("An empty spectrum has no classification.", nameof(spectrum));
        double max = 0, min = double.PositiveInfinity;
        foreach (double l in e) { max = Math.Max(max, Math.Abs(l)); min = Math.Min(min, l); }
        double tol = relativeTolerance * Math.Max(1, max);
        int negative = 0, zero = 0;
        foreach (double l in e)
        {
            if (l < -tol) negative++;
            else if (l <= tol) zero++;
        }
        var kind = negative > 0 ? CriticalPointKind.Saddle
            : zero > flatDirections ? CriticalPointKind.Degenerate
            : CriticalPointKind.Minimum;
        return new Classification(kind, negative, zero, min, tol);
    }
}
