using System.Collections.Immutable;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>The JSON output of <c>symmetry critical</c>.</summary>
internal sealed record CriticalReport
{
    /// <summary>Value, isotropy, spectrum and classification of the point found.</summary>
    public static CriticalReport Of(IObjective model, string description, string start, CriticalPointResult r, CancellationToken cancellationToken)
    {
        // From d = 50 a block-constant point's isotropy is read from its blocks (cost independent of the exact engine's O(kd)
        // graph), the rule loss and spectrum follow too (LossReading.ReducedFromD); below, the exact group.
        var blocks = model is IReducibleObjective reducible && model.Layout.D >= LossReading.ReducedFromD ? ReducedPoint.TryRead(reducible, r.X) : null;
        var isotropy = !IsotropySummary.Applies(model) ? null
            : blocks is not null ? IsotropyReading.OfReduced(blocks, model.Layout.K, model.Layout.D)
            : IsotropyReading.Of(model.Layout, r.X, cancellationToken);
        PointSpectrum? spectrum = null;
        string? missing = null;
        try
        {
            spectrum = PointSpectrum.Compute(model, r.X, SpectrumMethod.Auto, isotropy?.Group, cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            missing = e.Message;
        }
        int flat = model.FlatDirections;
        var classification = spectrum is null ? null : global::Landscape.Symmetry.Landscape.Classification.Of(spectrum.Spectrum, flatDirections: flat);
        return new CriticalReport
        {
            Model = description,
            Start = start,
            Parameters = r.X.Length,
            Converged = r.Refinement.Stop == StopReason.Converged,
            LbfgsIterations = r.Descent?.Iterations,
            NewtonIterations = r.Refinement.Iterations,
            Loss = r.Value,
            StandardError = model is IMonteCarloObjective mc ? mc.StandardError(r.X) : null,
            GradientNorm = r.GradientNorm,
            GradientNormFrom = r.GradientFromFullModel ? "full model" : "reduced model, exact: the gradient is constant on the orbits of Fix(ΔH)",
            Isotropy = IsotropySummary.From(isotropy),
            SmallestEigenvalue = spectrum?.Spectrum.Smallest,
            Classification = classification?.Kind.ToString().ToLowerInvariant(),
            Index = classification?.Index,
            FlatDirections = flat,
            Spectrum = spectrum is null ? $"none: {missing}" : spectrum.Spectrum.Method,
            Point = PointFile.Rows(model, r.X).ToImmutableArray(),
        };
    }

    /// <summary>The model, one line.</summary>
    public required string Model { get; init; }

    /// <summary>Where the search started.</summary>
    public required string Start { get; init; }

    /// <summary>Number of parameters.</summary>
    public required int Parameters { get; init; }

    /// <summary>Whether Newton reached its tolerance ‖∇L‖ ≤ 1e-12 (in Fix(ΔH) coordinates with --type).</summary>
    public required bool Converged { get; init; }

    /// <summary>L-BFGS iterations.</summary>
    public required int? LbfgsIterations { get; init; }

    /// <summary>Newton iterations.</summary>
    public required int NewtonIterations { get; init; }

    /// <summary>L at the point found.</summary>
    public required double Loss { get; init; }

    /// <summary>Standard error of L (Monte Carlo objectives), else null.</summary>
    public required double? StandardError { get; init; }

    /// <summary>‖∇L‖ of the full model at the point found.</summary>
    public required double GradientNorm { get; init; }

    /// <summary>Which model computed <see cref="GradientNorm"/>: the full one, or beyond ReducedFixedSpaceSearch.FullGradientUpTo parameters the reduced one.</summary>
    public required string GradientNormFrom { get; init; }

    /// <summary>The isotropy type (two-layer), else null.</summary>
    public required IsotropySummary? Isotropy { get; init; }

    /// <summary>λ_min of the Hessian; null when no spectrum method applies.</summary>
    public required double? SmallestEigenvalue { get; init; }

    /// <summary>minimum, saddle or degenerate; null without a spectrum.</summary>
    public required string? Classification { get; init; }

    /// <summary>Number of negative Hessian eigenvalues; null without a spectrum.</summary>
    public required int? Index { get; init; }

    /// <summary>Zero eigenvalues a minimum may have for a known reason: k rescalings of a ReLU-like model with a trainable second layer, else 0.</summary>
    public required int FlatDirections { get; init; }

    /// <summary>How the spectrum was computed, or why there is none.</summary>
    public required string Spectrum { get; init; }

    /// <summary>The point as the rows of its file (two-layer: W with a as the last column; deep: one row).</summary>
    public required ImmutableArray<double[]> Point { get; init; }

    /// <summary>The file written with --out, else null.</summary>
    public string? Written { get; init; }
}
