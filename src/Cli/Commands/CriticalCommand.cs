using System.CommandLine;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Groups;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// <c>symmetry critical [--point FILE|identity|random] [--type ΔS_5×ΔS_1] [--method auto|full|reduced] [--seed S] [--out FILE] [model options] [--json]</c>:
/// L-BFGS then Newton from a point (<see cref="CriticalPointSearch"/>, full space, at most 2500 parameters) or, with
/// <c>--type</c>, from a seeded random start in Fix(ΔH) of a diagonal Young type (<see cref="DiagonalTypeSearch"/>: the reduced
/// model when it applies, else <see cref="FixedSpaceSearch"/>; two-layer, k = d); reports loss, ‖∇L‖, isotropy, the smallest Hessian eigenvalue, the classification and the index, and writes
/// the point with <c>--out</c> in the format <c>--point</c> reads.
/// </summary>
internal static class CriticalCommand
{
    public static Command Create(CliContext context)
    {
        var models = new ModelOptions();
        var point = new PointOptions(defaultPoint: "random");
        var type = new Option<string>("--type")
        {
            Description = "Search in Fix(ΔH) of this diagonal Young type instead of the full space, e.g. \"ΔS_5×ΔS_1\", \"S_5 x S_1\" or \"S(d-1) x S(1)\" " +
                          "(two-layer, k = d; from a random start, or from --point projected onto Fix(ΔH)).",
        };
        var method = new Option<string>("--method")
        {
            Description = "Where a --type search runs: auto (default: the reduced model — cost independent of d — whenever the model is a two-layer " +
                          "Gaussian model with k = d and a diagonal teacher whose scales are constant on the type's blocks; else the full model restricted " +
                          "to Fix(ΔH)), reduced, or full (the oracle).",
            DefaultValueFactory = _ => "auto",
        };
        method.AcceptOnlyFromAmong("auto", "full", "reduced");
        var output = new Option<string>("--out") { Description = "Write the critical point to this file (JSON, or .npy by extension); --point reads it back." };
        var json = JsonOption.Create("Write one JSON object instead of text (no progress lines).");
        var command = new Command("critical",
            "Find a critical point: L-BFGS then Newton to ‖∇L‖ ≤ 1e-12 from --point (default random), or in the fixed space of --type; " +
            "report loss, gradient norm, isotropy, smallest Hessian eigenvalue, classification and index.");
        foreach (var o in models.All.Concat(point.All)) command.Options.Add(o);
        command.Options.Add(type);
        command.Options.Add(method);
        command.Options.Add(output);
        command.Options.Add(json);
        command.SetAction((parse, cancellationToken) =>
        {
            if (parse.GetValue(output) is { } outFile) OutputPath.CheckFile(outFile, "--out");
            bool asJson = parse.GetValue(json);
            var progress = asJson ? TextWriter.Null : parse.InvocationConfiguration.Error;
            var (model, description) = models.Build(parse, point);
            var how = parse.GetValue(method) switch { "full" => FixedSpaceMethod.Full, "reduced" => FixedSpaceMethod.Reduced, _ => FixedSpaceMethod.Auto };
            if (how != FixedSpaceMethod.Auto && parse.GetValue(type) is null)
                throw new ArgumentException("--method chooses where a --type search runs (full or reduced model); give --type, or leave --method out.");
            var (result, start) = parse.GetValue(type) is { } typeName
                ? SearchInFixedSpace(parse, model, typeName, point, how, progress, cancellationToken)
                : SearchFromPoint(parse, model, point, progress, cancellationToken);
            progress.WriteLine($"L-BFGS: {Phase(result.Descent)}; Newton: {Phase(result.Refinement)}; ‖∇L‖ = {Number.Short(result.GradientNorm)}.");
            var report = CriticalReport.Of(model, description, start, result, cancellationToken);
            if (parse.GetValue(output) is { } path)
            {
                PointFile.Write(path, model, result.X);
                report = report with { Written = path };
            }
            if (asJson) Json.Write(context.Out, report);
            else CriticalRender.Render(context.Out, report);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static (CriticalPointResult Result, string Start) SearchFromPoint(ParseResult parse, IObjective model, PointOptions point,
        TextWriter progress, CancellationToken cancellationToken)
    {
        var (x0, start) = point.Resolve(parse, model);
        CriticalPointSearch.CheckStart(model, x0); // before the progress line, so that a refusal is the only line on stderr
        progress.WriteLine($"Searching the full space ({x0.Length} parameters) from {start}: L-BFGS, then Newton…");
        progress.Flush();
        return (CriticalPointSearch.Search(model, x0, cancellationToken: cancellationToken), start);
    }

    private static (CriticalPointResult Result, string Start) SearchInFixedSpace(ParseResult parse, IObjective model, string typeName, PointOptions point,
        FixedSpaceMethod method, TextWriter progress, CancellationToken cancellationToken)
    {
        string name = DiagonalYoungTypes.Name(DiagonalTypeSearch.Parts(model, typeName));
        double[]? x = null;
        string from = "";
        if (point.Given(parse)) (x, from) = point.Resolve(parse, model);
        int seed = parse.GetValue(point.Seed);
        progress.WriteLine($"Searching Fix({name}) from a {(x is null ? "random" : "projected")} start: L-BFGS, then Newton…");
        progress.Flush();
        var found = DiagonalTypeSearch.Run(model, typeName, method, x, seed, cancellationToken: cancellationToken);
        string road = found.Method == FixedSpaceMethod.Reduced ? "reduced model" : "full model";
        string start = x is null
            ? $"random start in Fix({found.TypeName}) (dim {found.FixedDimension}), seed {seed}; searched in the {road}"
            : $"{from} projected onto Fix({found.TypeName}) (dim {found.FixedDimension}); searched in the {road}";
        return (found.Result, start);
    }

    private static string Phase(OptimizationResult? r) =>
        r is null ? "skipped" : $"{r.Iterations} iterations ({r.Stop.ToString().ToLowerInvariant()})";
}
