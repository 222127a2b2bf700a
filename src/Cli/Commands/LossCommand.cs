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
            var report = LossReport.Of(model, description, pointDescription, x, reading);
            if (parse.GetValue(json)) Json.Write(context.Out, report);
            else LossRender.Render(context.Out, report);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
