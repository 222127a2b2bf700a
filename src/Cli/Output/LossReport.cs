using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>The JSON output of <c>symmetry loss</c>.</summary>
internal sealed record LossReport
{
    /// <summary>The report of a reading at <paramref name="x"/>, with the Monte Carlo standard error when the loss is sampled.</summary>
    public static LossReport Of(IObjective model, string description, string pointDescription, double[] x, LossReading reading) => new()
    {
        Model = description, Point = pointDescription, Parameters = x.Length, Loss = reading.Loss,
        StandardError = model is IMonteCarloObjective mc ? mc.StandardError(x) : null,
        GradientNorm = reading.GradientNorm, Isotropy = IsotropySummary.From(reading.Isotropy), Gradient = reading.Gradient,
    };

    /// <summary>The model, one line.</summary>
    public required string Model { get; init; }

    /// <summary>Where the point came from.</summary>
    public required string Point { get; init; }

    /// <summary>Number of parameters.</summary>
    public required int Parameters { get; init; }

    /// <summary>L(x).</summary>
    public required double Loss { get; init; }

    /// <summary>Standard error of L as an estimate of the population loss (Monte Carlo objectives), else null.</summary>
    public required double? StandardError { get; init; }

    /// <summary>‖∇L(x)‖.</summary>
    public required double GradientNorm { get; init; }

    /// <summary>The isotropy type (two-layer), else null.</summary>
    public required IsotropySummary? Isotropy { get; init; }

    /// <summary>∇L(x), flat, in the order of the point file (two-layer: W row-major, then a; deep: the layout order).</summary>
    public required double[] Gradient { get; init; }
}
