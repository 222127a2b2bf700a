using System.CommandLine;
using System.Globalization;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Cli.Output.Plots;
using Landscape.Symmetry.Groups;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// <c>symmetry experiment --d D --runs N [--activation A] [--distribution P] [--teacher FILE] [--out FILE] [--plot FILE] [--svg-dir DIR]</c>:
/// the least-symmetry-breaking experiment of Arjevani and Field, "Symmetry of the target model" (section 5). The SGD protocol runs for N seeds (through
/// <see cref="SgdSweep"/>, so --out is resumable), the isotropy type of every end point is found with
/// <see cref="PointIsotropy"/>, and a table counts the types with their loss ranges.
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
        var d = new Option<int>("--d") { Description = "Input dimension d. Default 6.", DefaultValueFactory = _ => 6 };
        var k = new Option<int?>("--k") { Description = "Hidden units k; default d." };
        var runs = new Option<int>("--runs") { Description = "Number of seeds. Default 4.", DefaultValueFactory = _ => 4 };
        var first = new Option<int>("--first-seed") { Description = "The first seed. Default 0.", DefaultValueFactory = _ => 0 };
        var output = new Option<string>("--out") { Description = "Keep the runs in this JSON-lines file (resumed when it exists); default a temporary file." };
        var svgDir = new Option<string>("--svg-dir") { Description = "Write an SVG heatmap of W (rows and columns grouped by orbit, with a colour bar) for one representative (lowest loss) of each isotropy type here." };
        var plot = PlotOption.Create($"a histogram of the isotropy types above heatmaps of W (rows and columns grouped by orbit) for the lowest-loss point of the {IsotropyPictures.MaxHeatmaps} most frequent types");
        var protocols = new ProtocolOptions(5000);
        var from = new Option<string[]>("--from") { Description = "Tabulate these result files (e.g. the shards of a Slurm array) without running anything; reports lost and duplicated seeds.", AllowMultipleArgumentsPerToken = true };
        var parallel = new Option<int?>("--parallel") { Description = "Concurrent runs. Default: the processor count." };
        var refine = new Option<bool>("--refine") { Description = "Refine each end point to a critical point (population losses only) before typing it." };
        var tolerance = new Option<double?>("--tolerance") { Description = "Entries closer than this count as equal. Default 1e-2, or 1e-7 with --refine." };
        var json = new Option<bool>("--json") { Description = "Write the result as one JSON object." };
        var plugins = new ModelOptions();
        var command = new Command("experiment",
            "The least-symmetry-breaking experiment of Arjevani & Field: SGD from N seeds, the isotropy type of each end point, a table of types with counts.")
        {
            d, k, runs, first, output, svgDir, plot, from, parallel, refine, tolerance, json,
            plugins.Activation, plugins.Distribution, plugins.Teacher,
        };
        foreach (var o in protocols.All) command.Options.Add(o);
        command.SetAction((parse, ct) => Task.FromResult(Execute(context, parse, ct, plugins,
            d, k, runs, first, output, svgDir, from, protocols, parallel, refine, tolerance, json, plot)));
        return command;
    }

    private sealed record PointRow(int Seed, int Steps, string Stop, double? Loss, string Type, string Structure, string? Classification, bool? Spurious);

    private sealed record TypeRow(string Type, string Structure, int Count, double? MinLoss, double? MaxLoss, int[] Seeds, string? Svg);

    private static int Execute(CliContext context, ParseResult parse, CancellationToken ct, ModelOptions plugins,
        Option<int> d, Option<int?> k, Option<int> runs, Option<int> first, Option<string> output, Option<string> svgDir,
        Option<string[]> from, ProtocolOptions protocols, Option<int?> parallel,
        Option<bool> refine, Option<double?> tolerance, Option<bool> json, Option<string?> plot)
    {
        var plotFile = PlotOption.Parse(parse, plot);
        if (parse.GetValue(output) is { } outFile) OutputPath.CheckFile(outFile, "--out");
        if (parse.GetValue(svgDir) is { } svgFolder) OutputPath.CheckFolder(svgFolder, "--svg-dir");
        int size = parse.GetValue(d);
        if (size < 1 || size > 100) throw new ArgumentException($"--d must be between 1 and 100; got {size}.");
        int hidden = parse.GetValue(k) ?? size;
        if (hidden < 1 || hidden > 100) throw new ArgumentException($"--k must be between 1 and 100; got {hidden}.");
        int count = parse.GetValue(runs);
        int? par = parse.GetValue(parallel);
        Limits.CheckSweep(count, parse.GetValue(first), parse.GetValue(protocols.Batch) ?? 1000, size, par);
        bool gd = protocols.IsGd(parse);
        var teacher = plugins.TeacherOf(parse) ?? PluginModels.IdentityTeacher(size);
        if (teacher.GetLength(1) != size) throw new ArgumentException($"The teacher has {teacher.GetLength(1)} columns but --d is {size}.");
        var problem = PluginModels.Sgd(plugins.ActivationOf(parse), plugins.DistributionOf(parse), teacher, hidden);
        bool doRefine = parse.GetValue(refine);
        if (doRefine && problem.Layout.Dimension > CriticalPointSearch.MaxNewtonDimension)
            throw new ArgumentException($"--refine needs k·d ≤ {CriticalPointSearch.MaxNewtonDimension}; got {problem.Layout.Dimension}.");
        var plan = protocols.PlanOf(parse, problem, doRefine);
        // gd and refined end points are critical points: their entries are exact up to ‖∇L‖/λ_min, far below 1e-5.
        double tol = parse.GetValue(tolerance) ?? (doRefine ? PointIsotropy.DefaultTolerance : gd ? GdProtocol.IsotropyTolerance : 1e-2);
        if (!(tol > 0) || !double.IsFinite(tol)) throw new ArgumentException($"--tolerance must be positive; got {tol}.");
        string? dir = parse.GetValue(svgDir);
        string[]? sources = parse.GetValue(from) is { Length: > 0 } f ? f : null;
        string? given = parse.GetValue(output);
        if (sources is not null && given is not null) throw new ArgumentException("--from tabulates existing files; it runs nothing, so --out has no meaning with it.");
        if (dir is not null) SweepFile.CheckLocation(Path.Combine(dir, "type1.svg"));

        var seeds = Enumerable.Range(parse.GetValue(first), count).ToArray();
        IReadOnlyList<SgdRunResult> results;
        SweepTally? tally = null;
        if (sources is not null)
        {
            // The requested seeds are --first-seed … + --runs when --runs is given, else the span of the seeds found.
            bool explicitRuns = parse.GetResult(runs) is { Implicit: false };
            tally = SweepTally.Of(sources, explicitRuns ? seeds : null);
            results = tally.Results;
            var line = results.Count > 0 ? results[0] : tally.AnyLine;
            if (line.K != hidden || line.D != size || line.Activation != problem.ActivationSpec || line.Distribution != problem.DistributionSpec)
                throw new ArgumentException($"The files hold runs of k = {line.K}, d = {line.D}, {line.Activation}, {line.Distribution}; " +
                    $"pass the same --k, --d, --activation and --distribution (got k = {hidden}, d = {size}, {problem.ActivationSpec}, {problem.DistributionSpec}).");
        }
        else
        {
            string path = given ?? Path.Combine(Path.GetTempPath(), $"symmetry-experiment-{Guid.NewGuid():N}.jsonl");
            try
            {
                var lines = new SgdCommand.ProgressLines(parse.GetValue(json) ? TextWriter.Null : context.Out);
                SgdSweep.Run(problem, plan, seeds, path, Shard.All, par, lines, ct);
                var wanted = seeds.ToHashSet();
                results = SgdSweep.ReadResults(path).Where(r => wanted.Contains(r.Seed)).OrderBy(r => r.Seed).ToList();
            }
            finally
            {
                if (given is null && File.Exists(path)) File.Delete(path);
            }
        }

        var points = new List<(PointRow Row, double[]? X, MatrixIsotropyGroup? Isotropy)>();
        foreach (var line in results)
        {
            var r = line;
            if (r.Parameters.Length == 0) { points.Add((new PointRow(r.Seed, r.Steps, r.Stop, null, "diverged", "", null, null), null, null)); continue; }
            // A refined point is in the line (sgd --refine; lines written without it are refined now); a gd end point is analysed as it is.
            if (doRefine && r.Refined is null && r.Protocol != "gd")
                r = r with { Refined = EndPointReport.Refine(problem.Objective, r.Parameters, twoLayer: true, ct) };
            var x = r.Refined?.Parameters ?? r.Parameters;
            double? loss = r.Refined?.Loss ?? r.Loss;
            var iso = PointIsotropy.Of(problem.Layout, x, tol, ct);
            points.Add((new PointRow(r.Seed, r.Steps, r.Stop, loss, iso.Type.Name, iso.Type.Structure,
                (r.Refined ?? r.EndPoint)?.Classification, r.Spurious), x, iso));
        }

        if (dir is not null) Directory.CreateDirectory(dir);
        var types = new List<TypeRow>();
        int index = 0;
        foreach (var g in points.GroupBy(p => p.Row.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            index++;
            var losses = g.Select(p => p.Row.Loss).OfType<double>().ToList();
            string? svg = null;
            var rep = g.Where(p => p.X is not null).OrderBy(p => p.Row.Loss).FirstOrDefault();
            if (dir is not null && rep.X is not null)
            {
                svg = Path.Combine(dir, $"type{index}-seed{rep.Row.Seed}.svg");
                PlotFile.Parse(svg, "--svg-dir").Write(HeatmapPlot.Render(IsotropyPictures.Heatmap(new TypedPoint(rep.Row.Seed, rep.Row.Loss, problem.Layout.Weights(rep.X), rep.Isotropy!))));
            }
            types.Add(new TypeRow(g.Key, g.First().Row.Structure, g.Count(), losses.Count > 0 ? losses.Min() : null, losses.Count > 0 ? losses.Max() : null,
                g.Select(p => p.Row.Seed).Order().ToArray(), svg));
        }

        var speed = SweepSpeed.Of(results);
        var judged = results.Where(r => r.Spurious is not null).ToList();
        var spurious = judged.Count == 0 ? null : BinomialInterval.ClopperPearson(judged.Count(r => r.Spurious == true), judged.Count, 0.99);
        int capped = results.Count(r => r.Stop == "max-steps");
        plotFile?.Write(IsotropyPictures.Render($"{results.Count} SGD end points, k = {hidden}, d = {size}, {problem.ActivationSpec}, {problem.DistributionSpec}, tolerance {tol:G3}",
            points.Where(p => p.X is not null).Select(p => new TypedPoint(p.Row.Seed, p.Row.Loss, problem.Layout.Weights(p.X!), p.Isotropy!)).ToList(),
            points.Count(p => p.X is null)));
        if (parse.GetValue(json))
            Json.Write(context.Out, new
            {
                k = hidden, d = size, activation = problem.ActivationSpec, distribution = problem.DistributionSpec, protocol = plan.Protocol,
                runs = results.Count, refined = doRefine, tolerance = tol, file = given, from = sources,
                lost = tally?.Lost, duplicated = tally?.Duplicated,
                spurious = spurious is null ? null : new { count = spurious.Successes, runs = spurious.Trials, fraction = spurious.Fraction, lower99 = spurious.Lower, upper99 = spurious.Upper },
                capped, stepsPerSecond = speed.StepsPerSecond, secondsPerRun = speed.SecondsPerRun,
                types, points = points.Select(p => p.Row),
            });
        else
        {
            var console = context.CreateConsole();
            console.WriteLine($"{results.Count} run(s), k = {hidden}, d = {size}, {problem.ActivationSpec}, {problem.DistributionSpec}, protocol {plan.Protocol}; " +
                (doRefine ? $"end points refined, tolerance {tol:G3}." : gd ? $"gd end points, tolerance {tol:G3}." : $"raw SGD end points, tolerance {tol:G3}."));
            if (tally is not null)
                console.WriteLine($"from {tally.Files} file(s): lost seeds [{string.Join(' ', tally.Lost)}], duplicated seeds [{string.Join(' ', tally.Duplicated)}].");
            if (spurious is not null)
                console.WriteLine($"spurious (loss ≥ 1e-3): {spurious.Successes}/{spurious.Trials} = {100 * spurious.Fraction:0.0}% " +
                    $"(99% interval {100 * spurious.Lower:0.0}–{100 * spurious.Upper:0.0}%); {capped} run(s) hit the step cap.");
            console.WriteLine($"{Num(speed.StepsPerSecond)} steps/s, {Num(speed.SecondsPerRun)} s per run.");
            var table = new Table { Border = TableBorder.Rounded };
            foreach (var h in new[] { "isotropy type", "count", "loss min", "loss max", "seeds", "svg" }) table.AddColumn(Markup.Escape(h));
            foreach (var t in types)
                table.AddRow(Markup.Escape(t.Type), t.Count.ToString(CultureInfo.InvariantCulture), Num(t.MinLoss), Num(t.MaxLoss),
                    string.Join(' ', t.Seeds), Markup.Escape(t.Svg ?? ""));
            console.Write(table);
        }
        return ExitCodes.Success;
    }

    private static string Num(double? v) => v is { } x ? x.ToString("0.000E+00", CultureInfo.InvariantCulture) : "n/a";
}
