using System.CommandLine;
using System.Globalization;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// <c>symmetry loss --point FILE|identity|random [model options] [--json]</c>: the loss L and ‖∇L‖ at a point, the standard
/// error of L for Monte Carlo objectives, and for two-layer models the isotropy type of the point.
/// </summary>
internal static class LossCommand
{
    public static Command Create(CliContext context)
    {
        var models = new ModelOptions();
        var point = new PointOptions(defaultPoint: null);
        var json = new Option<bool>("--json") { Description = "Write one JSON object (with the gradient, in the order of the point file) instead of text." };
        var command = new Command("loss",
            "The loss and its gradient norm at a point (--point FILE|identity|random), the Monte Carlo standard error when the loss is sampled, " +
            "and the isotropy type of a two-layer point.");
        foreach (var o in models.All.Concat(point.All)) command.Options.Add(o);
        command.Options.Add(json);
        command.SetAction((parse, cancellationToken) =>
        {
            var (model, description) = models.Build(parse, point);
            var (x, pointDescription) = point.Resolve(parse, model);
            double[] gradient;
            double value;
            IsotropySummary? isotropy;
            // A point exactly block constant for a diagonal Young type: loss, gradient and isotropy from the reduced model.
            if (model is TwoLayerPopulationLoss { Layout.D: >= ReducedFromD } two && ReducedPoint.TryRead(two, x) is { MovedBy: <= ExactBlockConstant } reduced)
            {
                (value, gradient) = reduced.FullGradient(two.Kernel);
                isotropy = IsotropySummary.OfReduced(reduced, two.Layout.K, two.Layout.D);
            }
            else
            {
                gradient = new double[x.Length];
                value = model.Gradient(x, gradient);
                (isotropy, _) = IsotropySummary.Of(model, x, cancellationToken);
            }
            double? standardError = model is IMonteCarloObjective mc ? mc.StandardError(x) : null;
            var report = new LossReport
            {
                Model = description, Point = pointDescription, Parameters = x.Length, Loss = value, StandardError = standardError,
                GradientNorm = Math.Sqrt(gradient.Sum(v => v * v)), Isotropy = isotropy, Gradient = gradient,
            };
            if (parse.GetValue(json)) Json.Write(context.Out, report);
            else Render(context.Out, report);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>
    /// From this d on, loss of a block-constant point takes the reduced road; below it the full model costs little and gives
    /// the value critical reports bit for bit (the two roads agree to rounding, about 1e-16 relative).
    /// </summary>
    public const int ReducedFromD = 50;

    /// <summary>Largest deviation from the orbit average at which loss still takes the reduced road (rounding of the average itself).</summary>
    private const double ExactBlockConstant = 1e-13;

    private static void Render(TextWriter o, LossReport r)
    {
        o.WriteLine($"model       {r.Model}");
        o.WriteLine($"point       {r.Point} ({r.Parameters} parameters)");
        o.WriteLine($"loss        {Number.Text(r.Loss)}" + (r.StandardError is { } se ? $" ± {Number.Short(se)} (Monte Carlo standard error)" : ""));
        o.WriteLine($"‖∇L‖        {Number.Short(r.GradientNorm)}");
        if (r.Isotropy is { } iso) o.WriteLine($"isotropy    {iso}");
        o.Flush();
    }
}

/// <summary>The JSON output of <c>symmetry loss</c>.</summary>
internal sealed record LossReport
{
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
