using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Landscape;

/// <summary>What is known about one critical point: loss, gradient norm, spectrum and classification.</summary>
/// <param name="X">The point.</param>
/// <param name="Value">L(x).</param>
/// <param name="GradientNorm">‖∇L(x)‖.</param>
/// <param name="Spectrum">The Hessian spectrum.</param>
/// <param name="Classification">Minimum / saddle / degenerate.</param>
public sealed record CriticalPointReport(double[] X, double Value, double GradientNorm, HessianSpectrum Spectrum, Classification Classification)
{
    /// <summary>
    /// Evaluates a point: value, gradient norm, spectrum (through <paramref name="spectra"/>, dense by default; a
    /// isotypic provider can use <paramref name="isotropy"/>) and classification.
    /// </summary>
    public static CriticalPointReport Analyze(IObjective objective, double[] x, PermutationGroup? isotropy = null,
        ISpectrumProvider? spectra = null, int flatDirections = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        var g = new double[x.Length];
        double value = objective.Gradient(x, g);
        var spectrum = (spectra ?? DenseSpectrumProvider.Instance).Compute(objective, x, isotropy, cancellationToken);
        return new CriticalPointReport(x, value, Lbfgs.Norm(g), spectrum, Classification.Of(spectrum, flatDirections: flatDirections));
    }

    /// <summary>True when every generator of <paramref name="group"/> maps x to itself up to <paramref name="tolerance"/> (the isotropy contains the group).</summary>
    public static bool IsFixedBy(double[] x, PermutationGroup group, double tolerance = 1e-9)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(group);
        if (group.Degree != x.Length) throw new ArgumentException($"The group acts on {group.Degree} points; x has {x.Length} entries.", nameof(group));
        foreach (var h in group.Generators)
            for (int i = 0; i < x.Length; i++)
                if (Math.Abs(x[h[i]] - x[i]) > tolerance) return false;
        return true;
    }
}
