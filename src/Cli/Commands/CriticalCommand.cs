using System.CommandLine;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Groups;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// <c>symmetry critical [--point FILE|identity|random] [--type ΔS_5×ΔS_1] [--seed S] [--out FILE] [model options] [--json]</c>:
/// L-BFGS then Newton from a point (<see cref="CriticalPointSearch"/>, full space, at most 2500 parameters) or, with
/// <c>--type</c>, from a seeded random start in Fix(ΔH) of a diagonal Young type (<see cref="FixedSpaceSearch"/>, two-layer,
/// k = d); reports loss, ‖∇L‖, isotropy, the smallest Hessian eigenvalue, the classification and the index, and writes
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
            Description = "Search in Fix(ΔH) of this diagonal Young type instead of the full space, e.g. \"ΔS_5×ΔS_1\" or \"S_5 x S_1\" " +
                          "(two-layer, k = d; from a random start, or from --point projected onto Fix(ΔH)).",
        };
        var output = new Option<string>("--out") { Description = "Write the critical point to this file (JSON, or .npy by extension); --point reads it back." };
        var json = JsonOption.Create("Write one JSON object instead of text (no progress lines).");
        var command = new Command("critical",
            "Find a critical point: L-BFGS then Newton to ‖∇L‖ ≤ 1e-12 from --point (default random), or in the fixed space of --type; " +
            "report loss, gradient norm, isotropy, smallest Hessian eigenvalue, classification and index.");
        foreach (var o in models.All.Concat(point.All)) command.Options.Add(o);
        command.Options.Add(type);
        command.Options.Add(output);
        command.Options.Add(json);
        command.SetAction((parse, cancellationToken) =>
        {
            if (parse.GetValue(output) is { } outFile) OutputPath.CheckFile(outFile, "--out");
            bool asJson = parse.GetValue(json);
            var progress = asJson ? TextWriter.Null : parse.InvocationConfiguration.Error;
            var (model, description) = models.Build(parse, point);
            var (result, start) = parse.GetValue(type) is { } typeName
                ? SearchInFixedSpace(parse, model, typeName, point, progress, cancellationToken)
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
        if (x0.Length > CriticalPointSearch.MaxNewtonDimension)
            throw new ArgumentException($"critical searches the full space with Newton's dense Hessian, which is limited to {CriticalPointSearch.MaxNewtonDimension} " +
                                        $"parameters; this model has {x0.Length}. For a two-layer model with k = d give --type to search a fixed-point space.");
        progress.WriteLine($"Searching the full space ({x0.Length} parameters) from {start}: L-BFGS, then Newton…");
        progress.Flush();
        return (CriticalPointSearch.Search(model, x0, cancellationToken: cancellationToken), start);
    }

    private static (CriticalPointResult Result, string Start) SearchInFixedSpace(ParseResult parse, IObjective model, string typeName, PointOptions point,
        TextWriter progress, CancellationToken cancellationToken)
    {
        if (model is DeepNetworkLoss)
            throw new ArgumentException("--type names a diagonal isotropy type ΔH ≤ ΔS_d of a two-layer model; a deep model is searched from --point (file or random) without --type.");
        var (search, parts) = FixedSpaceSearch.ForDiagonalType(model, typeName);
        string name = DiagonalYoungTypes.Name(parts);
        double[] c0;
        string start;
        if (point.Given(parse))
        {
            var (x, from) = point.Resolve(parse, model);
            c0 = search.Coordinates(x);
            start = $"{from} projected onto Fix({name}) (dim {search.Dimension})";
        }
        else
        {
            int seed = parse.GetValue(point.Seed);
            c0 = search.XavierStart(seed);
            start = $"random start in Fix({name}) (dim {search.Dimension}), seed {seed}";
        }
        progress.WriteLine($"Searching Fix({name}) (dim {search.Dimension}) from a {(point.Given(parse) ? "projected" : "random")} start: L-BFGS, then Newton…");
        progress.Flush();
        return (search.Search(c0, cancellationToken: cancellationToken), start);
    }

    private static string Phase(OptimizationResult? r) =>
        r is null ? "skipped" : $"{r.Iterations} iterations ({r.Stop.ToString().ToLowerInvariant()})";
}
