using System.Text.Json.Serialization;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// What a sweep records about a critical point it reached: written into a result line as <c>endPoint</c> (the gd end point
/// itself) or <c>refined</c> (the point refinement reached from an SGD end point, with its own parameters).
/// </summary>
public sealed record EndPointReport
{
    /// <summary>Dense Hessians are formed up to this many parameters (as <see cref="CriticalPointSearch.MaxNewtonDimension"/>).</summary>
    public const int MaxDimension = CriticalPointSearch.MaxNewtonDimension;

    /// <summary>L at the point.</summary>
    public required double Loss { get; init; }

    /// <summary>‖∇L‖ at the point.</summary>
    public required double GradientNorm { get; init; }

    /// <summary>"minimum", "saddle (index i)", "degenerate (m near-zero)", or "not converged" when ‖∇L‖ exceeds <see cref="CriticalGradientNorm"/>.</summary>
    public required string Classification { get; init; }

    /// <summary>Hessian eigenvalues below the tolerance of the classification.</summary>
    public required int Index { get; init; }

    /// <summary>λ_min of the Hessian.</summary>
    public required double SmallestEigenvalue { get; init; }

    /// <summary>The whole Hessian spectrum, ascending.</summary>
    public required double[] Eigenvalues { get; init; }

    /// <summary>The isotropy type in S_k × S_d (e.g. <c>ΔS_5×ΔS_1</c>), null for models that are not two-layer.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Isotropy { get; init; }

    /// <summary>The parameters of a refined point; null for an end point analysed as it is (they are the line's own).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double[]? Parameters { get; init; }

    /// <summary>The Hessian test classifies only points with ‖∇L‖ at most this (as the spectrum command).</summary>
    public const double CriticalGradientNorm = 1e-8;

    /// <summary>
    /// The Hessian spectrum, classification (with the objective's declared flat directions) and, for a two-layer model,
    /// the isotropy type at <paramref name="x"/> with <paramref name="isotropyTolerance"/>.
    /// </summary>
    /// <exception cref="ArgumentException">More than <see cref="MaxDimension"/> parameters.</exception>
    public static EndPointReport Analyze(IObjective objective, double[] x, bool twoLayer, bool includeParameters,
        double isotropyTolerance = PointIsotropy.DefaultTolerance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length > MaxDimension)
            throw new ArgumentException($"A dense Hessian is formed for at most {MaxDimension} parameters; this point has {x.Length}.", nameof(x));
        var report = CriticalPointReport.Analyze(objective, x, flatDirections: objective.FlatDirections, cancellationToken: cancellationToken);
        return new EndPointReport
        {
            Loss = report.Value,
            GradientNorm = report.GradientNorm,
            Classification = report.GradientNorm <= CriticalGradientNorm ? report.Classification.ToString() : "not converged",
            Index = report.Classification.Index,
            SmallestEigenvalue = report.Spectrum.Smallest,
            Eigenvalues = report.Spectrum.Eigenvalues,
            Isotropy = twoLayer ? PointIsotropy.Of(objective.Layout, x, isotropyTolerance, cancellationToken).Type.Name : null,
            Parameters = includeParameters ? x : null,
        };
    }

    /// <summary>Refines <paramref name="x"/> to a critical point (L-BFGS, then Newton: <see cref="CriticalPointSearch"/>) and analyses it.</summary>
    public static EndPointReport Refine(IObjective objective, double[] x, bool twoLayer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        var c = CriticalPointSearch.Search(objective, x, cancellationToken: cancellationToken);
        return Analyze(objective, c.X, twoLayer, includeParameters: true, cancellationToken: cancellationToken);
    }
}
