using System.CommandLine;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Cli.Output.Plots;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// <c>symmetry experiment --d D --runs N [--model deep(widths=…)] [--activation A] [--distribution P] [--teacher FILE] [--out FILE] [--plot FILE] [--svg-dir DIR]</c>:
/// the least-symmetry-breaking experiment of Arjevani and Field, "Symmetry of the target model" (section 5). The SGD protocol runs for N seeds (through
/// <see cref="SgdSweep"/>, so --out is resumable), and <see cref="IsotropyCensus"/> types every end point and counts the types with their loss ranges.
/// A <c>deep(...)</c> model is typed layer by layer instead (<see cref="LayeredIsotropyCensus"/>).
/// </summary>
/// <remarks>
/// SGD end points are only approximately symmetric (mini-batch noise of order √(η/B) stays in every entry), so by
/// default entries equal to within <c>--tolerance</c> (1e-2) count as equal: a loose clustering of the raw point.
/// With <c>--refine</c> each end point is first driven to an exact critical point (L-BFGS then Newton, as
/// <c>sgd --refine</c>) and the tight default tolerance 1e-7 is used instead; that is only offered for population
/// losses, since a Monte Carlo loss's critical points are symmetric only up to sampling error.
/// </remarks>
internal static class ExperimentCommand
{
    public static Command Create(CliContext context)
    {
        var d = SizeOption.UpTo("--d", "Input dimension d. Default 6;", IsotropyCensus.MaxSize);
        var k = SizeOption.UpTo("--k", "Hidden units k; default d;", IsotropyCensus.MaxSize);
        var runs = SizeOption.UpTo("--runs", "Number of seeds. Default 4;", Limits.MaxRuns);
        var first = new Option<int>("--first-seed") { Description = "The first seed. Default 0.", DefaultValueFactory = _ => 0 };
        var output = new Option<string>("--out") { Description = "Keep the runs in this JSON-lines file (resumed when it exists); default a temporary file." };
        var svgDir = new Option<string>("--svg-dir") { Description = "Write an SVG heatmap of W (rows and columns grouped by orbit, with a colour bar) for one representative (lowest loss) of each isotropy type here." };
        var plot = PlotOption.Create($"a histogram of the isotropy types above heatmaps of W (rows and columns grouped by orbit) for the lowest-loss point of the {IsotropyPictures.MaxHeatmaps} most frequent types");
        var protocols = new ProtocolOptions(5000);
        var from = new Option<string[]>("--from") { Description = "Tabulate these result files (e.g. the shards of a Slurm array) without running anything; reports lost and duplicated seeds.", AllowMultipleArgumentsPerToken = true };
        var parallel = new Option<int?>("--parallel") { Description = "Concurrent runs. Default: the processor count." };
        var refine = new Option<bool>("--refine") { Description = "Refine each end point to a critical point (population losses only) before typing it." };
        var tolerance = new Option<double?>("--tolerance") { Description = "Entries closer than this count as equal. Default 1e-2, or 1e-7 with --refine." };
        var json = JsonOption.Create("Write the result as one JSON object.");
        var plugins = new ModelOptions();
        var command = new Command("experiment",
            "The least-symmetry-breaking experiment of Arjevani & Field: SGD from N seeds, the isotropy type of each end point, a table of types with counts.")
        {
            d, k, runs, first, output, svgDir, plot, from, parallel, refine, tolerance, json,
            plugins.Activation, plugins.Distribution, plugins.Teacher, plugins.Model,
        };
        foreach (var o in protocols.All) command.Options.Add(o);
        command.SetAction((parse, ct) =>
        {
            var plotFile = PlotOption.Parse(parse, plot);
            if (parse.GetValue(output) is { } outFile) OutputPath.CheckFile(outFile, "--out");
            if (parse.GetValue(svgDir) is { } svgFolder) OutputPath.CheckFolder(svgFolder, "--svg-dir");
            int size = d.Value(parse, 6), hidden = k.Value(parse, size), count = runs.Value(parse, 4);
            int? par = parse.GetValue(parallel);
            Limits.CheckSweep(count, parse.GetValue(first), parse.GetValue(protocols.Batch) ?? 1000, size, par);
            bool gd = protocols.IsGd(parse), doRefine = parse.GetValue(refine);
            var specs = plugins.Specs(parse);
            plugins.RefuseTwoLayerOptions(parse, specs.Spec, k);
            bool deep = specs.Spec.Kind == ModelKind.Deep;
            var problem = plugins.Request(parse, specs, size, deep ? 0 : hidden, secondLayer: false).Sgd();
            var plan = protocols.PlanOf(parse, problem, doRefine);
            double tol = parse.GetValue(tolerance) ?? IsotropyCensus.DefaultTolerance(doRefine, gd);
            if (!(tol > 0) || !double.IsFinite(tol)) throw new ArgumentException($"--tolerance must be positive; got {tol}.");
            string? dir = parse.GetValue(svgDir), given = parse.GetValue(output);
            string[]? sources = parse.GetValue(from) is { Length: > 0 } f ? f : null;
            if (sources is not null && given is not null) throw new ArgumentException("--from tabulates existing files; it runs nothing, so --out has no meaning with it.");
            if (dir is not null) SweepFile.CheckLocation(Path.Combine(dir, "type1.svg"));

            var seeds = Enumerable.Range(parse.GetValue(first), count).ToArray();
            // --from: the requested seeds are --first-seed … + --runs when --runs is given, else the span of the seeds found.
            var tally = sources is null ? null : SweepTally.Of(sources, runs.Given(parse) is not null ? seeds : null);
            tally?.CheckMatches(problem);
            var results = tally?.Results ?? SgdSweep.RunAll(problem, plan, seeds, given, par, new SweepProgressLines(parse.GetValue(json) ? TextWriter.Null : context.Out), ct);

            if (deep)
            {
                var network = (ILayeredNetwork)problem.Objective;
                var layered = LayeredIsotropyCensus.Of(problem, results, doRefine, tol, ct);
                var layerSvgs = LayeredExperimentPictures.Heatmaps(layered, network, dir);
                plotFile?.Write(LayeredExperimentPictures.Render($"{results.Count} SGD end points, {problem.ModelSpec}, d = {size}, {problem.ActivationSpec}, tolerance {tol:G3}", layered, network));
                var deepReport = LayeredExperimentReport.Of(problem, plan, layered, doRefine, tol, given, sources, tally, layerSvgs);
                if (parse.GetValue(json)) Json.Write(context.Out, deepReport);
                else LayeredExperimentRender.Render(context.CreateConsole(), deepReport, tally?.Files);
                return Task.FromResult(ExitCodes.Success);
            }
            var census = IsotropyCensus.Of(problem, results, doRefine, tol, ct);
            var svgs = ExperimentPictures.Heatmaps(census, problem.Layout, dir);
            plotFile?.Write(IsotropyPictures.Render($"{results.Count} SGD end points, k = {hidden}, d = {size}, {problem.ActivationSpec}, {problem.DistributionSpec}, tolerance {tol:G3}",
                ExperimentPictures.Typed(census, problem.Layout), census.Points.Count(p => p.X is null)));
            var report = ExperimentReport.Of(problem, plan, census, doRefine, tol, given, sources, tally, svgs);
            if (parse.GetValue(json)) Json.Write(context.Out, report);
            else ExperimentRender.Render(context.CreateConsole(), report, gd, tally?.Files);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
