using System.CommandLine;
using System.Globalization;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Cli.Output.Plots;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// <c>symmetry sgd --d D [--k K] --runs N --out FILE [--shard i/n] [--model two-layer(samples=N,seed=S)|deep(widths=…)] …</c>: the
/// stochastic protocol of the papers (Xavier initialization, fresh Gaussian batches of 1000, step 0.01, until the gradient norm
/// stops improving) for seeds first..first+N−1 against the identity teacher (or <c>--teacher</c>), with any <c>--activation</c>
/// and batches drawn from any <c>--distribution</c> of the plug-in registry, in parallel, appending one JSON line per finished
/// run to FILE. Rerunning the same command resumes; <c>--shard i/n</c> runs every n-th seed for a batch scheduler.
/// A <c>deep(...)</c> model trains the deep student against its teacher network (<see cref="DeepStochasticGradient"/>); its
/// stopping rule watches the loss on the model's fixed samples.
/// With <c>--refine</c> each run's end point is refined by L-BFGS and Newton, classified by its Hessian and (two-layer) given its isotropy type.
/// </summary>
internal static class SgdCommand
{
    public static Command Create(CliContext context)
    {
        var d = new Option<int>("--d") { Description = "Input dimension d (teacher V = I_d).", Required = true };
        var k = new Option<int?>("--k") { Description = "Hidden units k; default d." };
        var runs = new Option<int>("--runs") { Description = "Number of seeds. Default 10.", DefaultValueFactory = _ => 10 };
        var first = new Option<int>("--first-seed") { Description = "The first seed. Default 0.", DefaultValueFactory = _ => 0 };
        var output = new Option<string>("--out") { Description = "The JSON-lines file (appended; resumed when it exists).", Required = true };
        var shard = new Option<string>("--shard") { Description = "Run only slice i of n (1-based), e.g. 2/8, or 'slurm' for this task of a Slurm job array (SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT). Default 1/1." };
        var protocols = new ProtocolOptions(1_000_000);
        var parallel = new Option<int?>("--parallel") { Description = "Concurrent runs. Default: the processor count." };
        var refine = new Option<bool>("--refine") { Description = "sgd: refine each end point (L-BFGS, Newton), classify it by the Hessian and type it; written to the line as 'refined' (at most 2500 parameters, population losses only)." };
        var json = new Option<bool>("--json") { Description = "Write the summary as one JSON object." };
        var plot = PlotOption.Create($"a histogram of the end points' isotropy types (refined points with --refine, else raw ones with entries equal within {RawTolerance}) above heatmaps of W grouped by orbit (two-layer models)");
        var plugins = new ModelOptions();
        var command = new Command("sgd",
            "The papers' SGD protocol over many seeds (any --activation, batches from any --distribution; identity teacher by default; " +
            "or a deep(...) net against its teacher network), in parallel, appending JSON lines to --out; resumable and shardable.")
        {
            d, k, runs, first, output, shard, parallel, refine, json, plot,
            plugins.Activation, plugins.Distribution, plugins.Teacher, plugins.Model, plugins.SecondLayer,
        };
        foreach (var o in protocols.All) command.Options.Add(o);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Execute(context, parse, cancellationToken,
            d, k, runs, first, output, shard, protocols, parallel, refine, json, plugins, plot)));
        return command;
    }

    private static int Execute(CliContext context, ParseResult parse, CancellationToken cancellationToken,
        Option<int> d, Option<int?> k, Option<int> runs, Option<int> first, Option<string> output, Option<string> shard,
        ProtocolOptions protocols, Option<int?> parallel, Option<bool> refine, Option<bool> json, ModelOptions plugins, Option<string?> plot)
    {
            var plotFile = PlotOption.Parse(parse, plot);
            OutputPath.CheckFile(parse.GetValue(output), "--out");
            int size = parse.GetValue(d);
            if (size < 1 || size > 1000) throw new ArgumentException($"--d must be between 1 and 1000; got {size}.");
            int count = parse.GetValue(runs);
            int? par = parse.GetValue(parallel);
            Limits.CheckSweep(count, parse.GetValue(first), parse.GetValue(protocols.Batch) ?? 1000, size, par);
            protocols.IsGd(parse);
            var slice = parse.GetValue(shard) is { } s ? Shard.Resolve(s) : Shard.All;
            var problem = Problem(parse, plugins, size, k);
            var model = problem.Objective;
            if (plotFile is not null && model is DeepNetworkLoss)
                throw new ArgumentException("--plot draws isotropy types in S_k × S_d, a two-layer notion; a deep(...) model has none.");
            var seeds = Enumerable.Range(parse.GetValue(first), count).ToArray();
            string path = parse.GetValue(output)!;
            bool doRefine = parse.GetValue(refine);
            if (doRefine && model.Layout.Dimension > CriticalPointSearch.MaxNewtonDimension)
                throw new ArgumentException($"--refine needs at most {CriticalPointSearch.MaxNewtonDimension} parameters; this model has {model.Layout.Dimension}.");
            var plan = protocols.PlanOf(parse, problem, doRefine);

            SgdSweepSummary summary;
            if (context.Terminal && !parse.GetValue(json))
            {
                SgdSweepSummary? result = null;
                AnsiConsole.Progress().Start(ctx =>
                {
                    var task = ctx.AddTask($"{plan.Protocol} {problem.ModelSpec ?? $"k = {problem.HiddenUnits}"}, d = {size}, shard {slice}", maxValue: 1);
                    var progress = new Progress<SgdProgress>(p => { task.MaxValue = Math.Max(1, p.Total); task.Value = p.Completed; });
                    result = SgdSweep.Run(problem, plan, seeds, path, slice, par, progress, cancellationToken);
                });
                summary = result!;
            }
            else
            {
                var lines = new ProgressLines(parse.GetValue(json) ? TextWriter.Null : context.Out);
                summary = SgdSweep.Run(problem, plan, seeds, path, slice, par, lines, cancellationToken);
            }

            var mine = slice.Select(seeds).ToHashSet();
            var results = SgdSweep.ReadResults(path).Where(r => mine.Contains(r.Seed)).OrderBy(r => r.Seed).ToList();
            var rows = results.Select(r => Summarize(problem, r, doRefine, cancellationToken)).ToList();
            var speed = SweepSpeed.Of(results);
            // Refined and gd end points are critical points, typed with the exact tolerance; raw SGD ends with experiment's.
            plotFile?.Write(IsotropyPictures.Render($"{rows.Count} {plan.Protocol} end points{(doRefine ? " (refined)" : "")}, k = {problem.HiddenUnits}, d = {size}, {problem.ActivationSpec}, {problem.DistributionSpec}",
                rows.Where(r => r.Point is not null).Select(r => new TypedPoint(r.Seed, r.RefinedLoss ?? r.Loss, model.Layout.Weights(r.Point!),
                    PointIsotropy.Of(model.Layout, r.Point!, r.Exact ? PointIsotropy.DefaultTolerance : RawTolerance, cancellationToken))).ToList(),
                rows.Count(r => r.Point is null)));
            if (parse.GetValue(json))
                Json.Write(context.Out, new
                {
                    model = problem.ModelSpec ?? SgdProblem.DefaultModelSpec, k = problem.HiddenUnits, d = size, secondLayer = problem.SecondLayer,
                    activation = problem.ActivationSpec, distribution = problem.DistributionSpec, protocol = plan.Protocol,
                    settings = plan.Settings(problem), shard = slice.ToString(), file = path,
                    skipped = summary.Skipped.Count, ran = summary.NewResults.Count,
                    stepsPerSecond = speed.StepsPerSecond, secondsPerRun = speed.SecondsPerRun,
                    runs = rows,
                });
            else Render(context.CreateConsole(), rows, summary, path, speed);
            return ExitCodes.Success;
    }

    private sealed record RunRow(int Seed, int Steps, string Stop, double? Loss, double? GradientNorm,
        double? RefinedLoss, double? RefinedGradientNorm, string? Classification, double? SmallestEigenvalue, string? Isotropy, bool? Spurious, double? Seconds,
        [property: System.Text.Json.Serialization.JsonIgnore] double[]? Point = null,
        [property: System.Text.Json.Serialization.JsonIgnore] bool Exact = false);

    /// <summary>Entries of a raw SGD end point closer than this count as equal when --plot types it (as experiment does).</summary>
    private const double RawTolerance = 1e-2;

    /// <summary>The problem the options name: a two-layer model (the papers' protocol) or a deep(...) net against its teacher network.</summary>
    private static SgdProblem Problem(ParseResult parse, ModelOptions plugins, int size, Option<int?> k)
    {
        var modelSpec = PluginRegistry.Model(parse.GetValue(plugins.Model) ?? "two-layer");
        var activation = modelSpec.Activation ?? plugins.ActivationOf(parse);
        var distribution = plugins.DistributionOf(parse);
        if (modelSpec.Kind == ModelKind.Deep)
        {
            // A deep model carries its own architecture and teacher network; two-layer options would be silently ignored.
            if (parse.GetValue(k) is not null) throw new ArgumentException("--k is the hidden units of a two-layer model; a deep(...) model takes its widths from the spec, e.g. deep(widths=8-8).");
            if (parse.GetValue(plugins.Teacher) is not null) throw new ArgumentException("--teacher is a two-layer teacher; a deep(...) model is trained against its own teacher network (layered identity when every width equals d, else seeded random).");
            if (parse.GetValue(plugins.SecondLayer)) throw new ArgumentException("--second-layer is for two-layer models; every layer of a deep(...) model trains.");
            return PluginModels.DeepSgd(modelSpec.HiddenWidths, size, activation, distribution, modelSpec.Bias, modelSpec.Samples, modelSpec.Seed);
        }
        int hidden = parse.GetValue(k) ?? size;
        if (hidden < 1 || hidden > 1000) throw new ArgumentException($"--k must be between 1 and 1000; got {hidden}.");
        var teacher = plugins.TeacherOf(parse) ?? PluginModels.IdentityTeacher(size);
        if (teacher.GetLength(1) != size) throw new ArgumentException($"The teacher has {teacher.GetLength(1)} columns but --d is {size}.");
        // two-layer(samples=N,seed=S): the fixed Monte Carlo sample of the stopping rule when the distribution has no kernel.
        return PluginModels.Sgd(activation, distribution, teacher, hidden, parse.GetValue(plugins.SecondLayer), modelSpec.Samples, modelSpec.Seed);
    }

    // The line says it all: a refined point (sgd --refine) or the analysed end point (gd). Only lines written without
    // --refine and shown with it now are refined here (for the table; the file is append-only and keeps them as they are).
    private static RunRow Summarize(SgdProblem problem, SgdRunResult r, bool refine, CancellationToken ct)
    {
        if (refine && r.Refined is null && r.Parameters.Length > 0 && r.Protocol != "gd")
            r = r with { Refined = EndPointReport.Refine(problem.Objective, r.Parameters, problem.HiddenUnits is not null, ct) };
        var e = r.Refined ?? r.EndPoint;
        var point = r.Refined?.Parameters ?? (r.Parameters.Length == 0 ? null : r.Parameters);
        return new RunRow(r.Seed, r.Steps, r.Stop, r.Loss, r.GradientNorm, r.Refined?.Loss, r.Refined?.GradientNorm,
            e?.Classification, e?.SmallestEigenvalue, e?.Isotropy ?? (e is null ? null : "n/a"), r.Spurious, r.Seconds,
            point, r.Refined is not null || r.Protocol == "gd");
    }

    internal sealed class ProgressLines(TextWriter writer) : IProgress<SgdProgress>
    {
        public void Report(SgdProgress p)
        {
            if (p.Last is { } r)
                writer.WriteLine($"[{p.Completed}/{p.Total}] seed {r.Seed}: {r.Steps} steps, {r.Stop}, loss {Num(r.Loss)}, ‖∇L‖ {Num(r.GradientNorm)}");
            else
                writer.WriteLine($"[{p.Completed}/{p.Total}] {(p.Completed > 0 ? $"{p.Completed} run(s) already in the file" : "starting")}");
            writer.Flush();
        }
    }

    private static string Num(double? v) => v is { } x ? x.ToString("0.000E+00", CultureInfo.InvariantCulture) : "n/a";

    private static void Render(IAnsiConsole console, List<RunRow> rows, SgdSweepSummary summary, string path, SweepSpeed speed)
    {
        console.WriteLine($"{summary.NewResults.Count} run(s) now, {summary.Skipped.Count} already in {path}; " +
            $"{Num(speed.StepsPerSecond)} steps/s, {Num(speed.SecondsPerRun)} s per run.");
        var table = new Table { Border = TableBorder.Rounded };
        foreach (var h in new[] { "seed", "steps", "stop", "loss", "‖∇L‖", "refined loss", "refined ‖∇L‖", "λ_min", "classification", "isotropy" })
            table.AddColumn(h);
        foreach (var r in rows)
            table.AddRow(r.Seed.ToString(CultureInfo.InvariantCulture), r.Steps.ToString(CultureInfo.InvariantCulture), r.Stop, Num(r.Loss), Num(r.GradientNorm),
                Num(r.RefinedLoss), Num(r.RefinedGradientNorm), Num(r.SmallestEigenvalue), r.Classification ?? "", r.Isotropy ?? "");
        console.Write(table);
    }
}
