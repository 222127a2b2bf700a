using System.CommandLine;
using System.Globalization;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// <c>symmetry loss --point FILE|identity|random [--method auto|full|reduced] [model options] [--json]</c>: the loss L and ‖∇L‖ at a point, the standard
/// error of L for Monte Carlo objectives, and for two-layer models the isotropy type of the point.
/// </summary>
internal static class LossCommand
{
    public static Command Create(CliContext context)
    {
        var models = new ModelOptions();
        var point = new PointOptions(defaultPoint: null);
        var json = JsonOption.Create("Write one JSON object (with the gradient, in the order of the point file) instead of text.");
        var method = new Option<string>("--method")
        {
            Description = "auto (default: the reduced model — cost independent of d — from d = 50 when the point is exactly block constant for a diagonal " +
                          "Young type of a two-layer Gaussian model with a diagonal teacher; else the full model), reduced (at any d), or full.",
            DefaultValueFactory = _ => "auto",
        };
        method.AcceptOnlyFromAmong("auto", "full", "reduced");
        var command = new Command("loss",
            "The loss and its gradient norm at a point (--point FILE|identity|random), the Monte Carlo standard error when the loss is sampled, " +
            "and the isotropy type of a two-layer point.");
        foreach (var o in models.All.Concat(point.All)) command.Options.Add(o);
        command.Options.Add(method);
        command.Options.Add(json);
        command.SetAction((parse, cancellationToken) =>
        {
            var (model, description) = models.Build(parse, point);
            var (x, pointDescription) = point.Resolve(parse, model);
            // A point exactly block constant for a diagonal Young type: loss, gradient and isotropy from the reduced model.
            bool? reduced = parse.GetValue(method) switch { "full" => false, "reduced" => true, _ => null };
            var reading = LossReading.Of(model, x, IsotropySummary.Applies(model), cancellationToken, reduced);
            double? standardError = model is IMonteCarloObjective mc ? mc.StandardError(x) : null;
            var report = new LossReport
            {
                Model = description, Point = pointDescription, Parameters = x.Length, Loss = reading.Loss, StandardError = standardError,
                GradientNorm = reading.GradientNorm, Isotropy = IsotropySummary.From(reading.Isotropy), Gradient = reading.Gradient,
            };
            if (parse.GetValue(json)) Json.Write(context.Out, report);
            else Render(context.Out, report);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

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
