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
/// the least-symmetry-breaking experiment of seed 004 (section 5). The SGD protocol runs for N seeds (through
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
        var batch = new Option<int>("--batch") { Description = "Samples per step. Default 1000.", DefaultValueFactory = _ => 1000 };
        var step = new Option<double>("--step") { Description = "Step size. Default 0.01.", DefaultValueFactory = _ => 0.01 };
        var maxSteps = new Option<int>("--max-steps") { Description = "Step cap per run. Default 5000 (the papers run to stalling; raise it).", DefaultValueFactory = _ => 5000 };
        var checkEvery = new Option<int>("--check-every") { Description = "Steps between gradient-norm checks. Default 1000.", DefaultValueFactory = _ => 1000 };
        var parallel = new Option<int?>("--parallel") { Description = "Concurrent runs. Default: the processor count." };
        var refine = new Option<bool>("--refine") { Description = "Refine each end point to a critical point (population losses only) before typing it." };
        var tolerance = new Option<double?>("--tolerance") { Description = "Entries closer than this count as equal. Default 1e-2, or 1e-7 with --refine." };
        var json = new Option<bool>("--json") { Description = "Write the result as one JSON object." };
        var plugins = new ModelOptions();
        var command = new Command("experiment",
            "Seed 004's least-symmetry-breaking experiment: SGD from N seeds, the isotropy type of each end point, a table of types with counts.")
        {
            d, k, runs, first, output, svgDir, plot, batch, step, maxSteps, checkEvery, parallel, refine, tolerance, json,
            plugins.Activation, plugins.Distribution, plugins.Teacher,
        };
        command.SetAction((parse, ct) => Task.FromResult(Execute(context, parse, ct, plugins,
            d, k, runs, first, output, svgDir, batch, step, maxSteps, checkEvery, parallel, refine, tolerance, json, plot)));
        return command;
    }

    private sealed record PointRow(int Seed, int Steps, string Stop, double? Loss, string Type, string Structure);

    private sealed record TypeRow(string Type, string Structure, int Count, double? MinLoss, double? MaxLoss, int[] Seeds, string? Svg);

    private static int Execute(CliContext context, ParseResult parse, CancellationToken ct, ModelOptions plugins,
        Option<int> d, Option<int?> k, Option<int> runs, Option<int> first, Option<string> output, Option<string> svgDir,
        Option<int> batch, Option<double> step, Option<int> maxSteps, Option<int> checkEvery, Option<int?> parallel,
        Option<bool> refine, Option<double?> tolerance, Option<bool> json, Option<string?> plot)
    {
        var plotFile = PlotOption.Parse(parse, plot);
        int size = parse.GetValue(d);
        if (size < 1 || size > 100) throw new ArgumentException($"--d must be between 1 and 100; got {size}.");
        int hidden = parse.GetValue(k) ?? size;
        if (hidden < 1 || hidden > 100) throw new ArgumentException($"--k must be between 1 and 100; got {hidden}.");
        int count = parse.GetValue(runs);
        if (count < 1) throw new ArgumentException($"--runs must be at least 1; got {count}.");
        int? par = parse.GetValue(parallel);
        if (par is < 1) throw new ArgumentException($"--parallel must be at least 1; got {par}.");
        var protocol = new SgdProtocol
        {
            BatchSize = parse.GetValue(batch), StepSize = parse.GetValue(step), MaxSteps = parse.GetValue(maxSteps), CheckEvery = parse.GetValue(checkEvery),
        };
        protocol.Validate();
        var teacher = plugins.TeacherOf(parse) ?? PluginModels.IdentityTeacher(size);
        if (teacher.GetLength(1) != size) throw new ArgumentException($"The teacher has {teacher.GetLength(1)} columns but --d is {size}.");
        var problem = PluginModels.Sgd(plugins.ActivationOf(parse), plugins.DistributionOf(parse), teacher, hidden);
        bool doRefine = parse.GetValue(refine);
        if (doRefine && problem.Objective is IMonteCarloObjective)
            throw new ArgumentException($"--refine needs a population loss; {problem.DistributionSpec} gives a Monte Carlo loss, whose critical points are symmetric only up to sampling error. Use --tolerance instead.");
        if (doRefine && problem.Layout.Dimension > CriticalPointSearch.MaxNewtonDimension)
            throw new ArgumentException($"--refine needs k·d ≤ {CriticalPointSearch.MaxNewtonDimension}; got {problem.Layout.Dimension}.");
        double tol = parse.GetValue(tolerance) ?? (doRefine ? PointIsotropy.DefaultTolerance : 1e-2);
        if (!(tol > 0) || !double.IsFinite(tol)) throw new ArgumentException($"--tolerance must be positive; got {tol}.");
        string? dir = parse.GetValue(svgDir);
        if (dir is not null) PlotFile.CheckDirectory(dir, "--svg-dir");

        string? given = parse.GetValue(output);
        string path = given ?? Path.Combine(Path.GetTempPath(), $"symmetry-experiment-{Guid.NewGuid():N}.jsonl");
        var seeds = Enumerable.Range(parse.GetValue(first), count).ToArray();
        IReadOnlyList<SgdRunResult> results;
        try
        {
            var lines = new SgdCommand.ProgressLines(parse.GetValue(json) ? TextWriter.Null : context.Out);
            SgdSweep.Run(problem, protocol, seeds, path, Shard.All, par, lines, ct);
            var wanted = seeds.ToHashSet();
            results = SgdSweep.ReadResults(path).Where(r => wanted.Contains(r.Seed)).OrderBy(r => r.Seed).ToList();
        }
        finally
        {
            if (given is null && File.Exists(path)) File.Delete(path);
        }

        var points = new List<(PointRow Row, double[]? X, MatrixIsotropyGroup? Isotropy)>();
        foreach (var r in results)
        {
            if (r.Parameters.Length == 0) { points.Add((new PointRow(r.Seed, r.Steps, r.Stop, null, "diverged", ""), null, null)); continue; }
            var x = r.Parameters;
            double? loss = r.Loss;
            if (doRefine)
            {
                var c = CriticalPointSearch.Search(problem.Objective, x, cancellationToken: ct);
                x = c.X;
                loss = c.Value;
            }
            var iso = PointIsotropy.Of(problem.Layout, x, tol, ct);
            points.Add((new PointRow(r.Seed, r.Steps, r.Stop, loss, iso.Type.Name, iso.Type.Structure), x, iso));
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

        plotFile?.Write(IsotropyPictures.Render($"{results.Count} SGD end points, k = {hidden}, d = {size}, {problem.ActivationSpec}, {problem.DistributionSpec}, tolerance {tol:G3}",
            points.Where(p => p.X is not null).Select(p => new TypedPoint(p.Row.Seed, p.Row.Loss, problem.Layout.Weights(p.X!), p.Isotropy!)).ToList(),
            points.Count(p => p.X is null)));
        if (parse.GetValue(json))
            Json.Write(context.Out, new
            {
                k = hidden, d = size, activation = problem.ActivationSpec, distribution = problem.DistributionSpec,
                runs = results.Count, refined = doRefine, tolerance = tol, file = given,
                types, points = points.Select(p => p.Row),
            });
        else
        {
            var console = context.CreateConsole();
            console.WriteLine($"{results.Count} run(s), k = {hidden}, d = {size}, {problem.ActivationSpec}, {problem.DistributionSpec}; " +
                (doRefine ? $"end points refined, tolerance {tol:G3}." : $"raw SGD end points, tolerance {tol:G3}."));
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
