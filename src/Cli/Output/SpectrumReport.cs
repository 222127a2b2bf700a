using System.Collections.Immutable;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>The JSON output of <c>symmetry spectrum</c>.</summary>
internal sealed record SpectrumReport
{
    /// <summary>The report of a reading; eigenvalues clustered within <paramref name="relativeTolerance"/> × max(1, max|λ|).</summary>
    public static SpectrumReport Of(string model, string point, double[] x, PointReading r, int flatDirections, double relativeTolerance, double criticalGradientNorm)
    {
        var spectrum = r.Spectrum;
        bool critical = r.GradientNorm <= criticalGradientNorm;
        var classification = global::Landscape.Symmetry.Landscape.Classification.Of(spectrum.Spectrum, flatDirections: flatDirections);
        double absolute = relativeTolerance * Math.Max(1, spectrum.Spectrum.Eigenvalues.Max(Math.Abs));
        return new SpectrumReport
        {
            Model = model,
            Point = point,
            Parameters = x.Length,
            Loss = r.Loss,
            GradientNorm = r.GradientNorm,
            Critical = critical,
            Isotropy = IsotropySummary.From(r.Isotropy),
            Method = spectrum.Method.ToString().ToLowerInvariant(),
            MethodDetail = spectrum.Spectrum.Method,
            MovedBy = spectrum.Method is SpectrumMethod.Isotypic or SpectrumMethod.Reduced ? x.Zip(spectrum.X, (a, b) => Math.Abs(a - b)).Max() : null,
            ClusterTolerance = absolute,
            SmallestEigenvalue = spectrum.Spectrum.Smallest,
            LargestEigenvalue = spectrum.Spectrum.Largest,
            NegativeEigenvalues = classification.Index,
            Classification = critical ? classification.Kind.ToString().ToLowerInvariant() : null,
            FlatDirections = flatDirections,
            Eigenvalues = EigenvalueClusters.Of(spectrum, absolute),
        };
    }

    /// <summary>The model, one line.</summary>
    public required string Model { get; init; }

    /// <summary>Where the point came from.</summary>
    public required string Point { get; init; }

    /// <summary>Number of parameters.</summary>
    public required int Parameters { get; init; }

    /// <summary>L at the point.</summary>
    public required double Loss { get; init; }

    /// <summary>‖∇L‖ at the point.</summary>
    public required double GradientNorm { get; init; }

    /// <summary>Whether ‖∇L‖ ≤ 1e-8.</summary>
    public required bool Critical { get; init; }

    /// <summary>The isotropy type (two-layer), else null.</summary>
    public required IsotropySummary? Isotropy { get; init; }

    /// <summary>dense, isotypic or reduced (until issue 17 the isotypic method was written "block").</summary>
    public required string Method { get; init; }

    /// <summary>The method with its cost.</summary>
    public required string MethodDetail { get; init; }

    /// <summary>Isotypic and reduced paths: max |x − orbit average| of the point the spectrum was read at; else null.</summary>
    public required double? MovedBy { get; init; }

    /// <summary>The absolute clustering tolerance used.</summary>
    public required double ClusterTolerance { get; init; }

    /// <summary>λ_min.</summary>
    public required double SmallestEigenvalue { get; init; }

    /// <summary>λ_max.</summary>
    public required double LargestEigenvalue { get; init; }

    /// <summary>Eigenvalues below −1e-9 · max(1, max|λ|) (the index at a critical point).</summary>
    public required int NegativeEigenvalues { get; init; }

    /// <summary>minimum, saddle or degenerate at a critical point; null otherwise.</summary>
    public required string? Classification { get; init; }

    /// <summary>Zero eigenvalues a minimum may have for a known reason: k rescalings of a ReLU-like model with a trainable second layer, else 0.</summary>
    public required int FlatDirections { get; init; }

    /// <summary>The distinct eigenvalues, ascending.</summary>
    public required ImmutableArray<EigenvalueCluster> Eigenvalues { get; init; }
}
