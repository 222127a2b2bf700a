using System.CommandLine;
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
/// run to FILE (<see cref="SgdSweep"/>). Rerunning the same command resumes; <c>--shard i/n</c> runs every n-th seed for a batch scheduler.
/// A <c>deep(...)</c> model trains the deep student against its teacher network (<see cref="DeepStochasticGradient"/>); its
/// stopping rule watches the loss on the model's fixed samples.
/// With <c>--refine</c> each run's end point is refined by L-BFGS and Newton, classified by its Hessian and (two-layer) given its isotropy type.
/// </summary>
internal static class SgdCommand
{
    /// <summary>Entries of a raw SGD end point closer than this count as equal when --plot types it (as experiment does).</summary>
    private const double RawTolerance = 1e-2;

    public static Command Create(CliContext context)
    {
        var d = new SizeOption("--d", "Input dimension d (teacher V = I_d).", 1, ModelOptions.MaxSize, required: true);
        var k = new SizeOption("--k", "Hidden units k; default d.", 1, ModelOptions.MaxSize);
        var runs = new SizeOption("--runs", $"Number of seeds. Default 10; 1..{Limits.MaxRuns}.", 1, Limits.MaxRuns);
        var first = new Option<int>("--first-seed") { Description = "The first seed. Default 0.", DefaultValueFactory = _ => 0 };
        var output = new Option<string>("--out") { Description = "The JSON-lines file (appended; resumed when it exists).", Required = true };
        var shard = new Option<string>("--shard") { Description = "Run only slice i of n (1-based), e.g. 2/8, or 'slurm' for this task of a Slurm job array (SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT). Default 1/1." };
        var protocols = new ProtocolOptions(1_000_000);
        var parallel = new Option<int?>("--parallel") { Description = "Concurrent runs. Default: the processor count." };
        var refine = new Option<bool>("--refine") { Description = "sgd: refine each end point (L-BFGS, Newton), classify it by the Hessian and type it; written to the line as 'refined' (at most 2500 parameters, population losses only)." };
        var json = JsonOption.Create("Write the summary as one JSON object.");
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
        command.SetAction((parse, cancellationToken) =>
        {
            var plotFile = PlotOption.Parse(parse, plot);
            OutputPath.CheckFile(parse.GetValue(output), "--out");
            int size = d.Value(parse, 0), count = runs.Value(parse, 10);
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
            bool doRefine = parse.GetValue(refine), asJson = parse.GetValue(json);
            if (doRefine && model.Layout.Dimension > CriticalPointSearch.MaxNewtonDimension)
                throw new ArgumentException($"--refine needs at most {CriticalPointSearch.MaxNewtonDimension} parameters; this model has {model.Layout.Dimension}.");
            var plan = protocols.PlanOf(parse, problem, doRefine);

            SgdSweepSummary summary;
            if (context.Terminal && !asJson)
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
            else summary = SgdSweep.Run(problem, plan, seeds, path, slice, par, new SweepProgressLines(asJson ? TextWriter.Null : context.Out), cancellationToken);

            var mine = slice.Select(seeds).ToHashSet();
            var results = SgdSweep.ReadResults(path).Where(r => mine.Contains(r.Seed)).OrderBy(r => r.Seed).ToList();
            var rows = results.Select(r => SgdRunRow.Of(problem, r, doRefine, cancellationToken)).ToList();
            var speed = SweepSpeed.Of(results);
            // Refined and gd end points are critical points, typed with the exact tolerance; raw SGD ends with experiment's.
            plotFile?.Write(IsotropyPictures.Render($"{rows.Count} {plan.Protocol} end points{(doRefine ? " (refined)" : "")}, k = {problem.HiddenUnits}, d = {size}, {problem.ActivationSpec}, {problem.DistributionSpec}",
                rows.Where(r => r.Point is not null).Select(r => new TypedPoint(r.Seed, r.RefinedLoss ?? r.Loss, model.Layout.Weights(r.Point!),
                    PointIsotropy.Of(model.Layout, r.Point!, r.Exact ? PointIsotropy.DefaultTolerance : RawTolerance, cancellationToken))).ToList(),
                rows.Count(r => r.Point is null)));
            var report = new SgdReport(problem.ModelSpec ?? SgdProblem.DefaultModelSpec, problem.HiddenUnits, size, problem.SecondLayer, problem.ActivationSpec,
                problem.DistributionSpec, plan.Protocol, plan.Settings(problem), slice.ToString(), path, summary.Skipped.Count, summary.NewResults.Count,
                speed.StepsPerSecond, speed.SecondsPerRun, rows);
            if (asJson) Json.Write(context.Out, report);
            else SgdRender.Render(context.CreateConsole(), report);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>The problem the options name: a two-layer model (the papers' protocol) or a deep(...) net against its teacher network.</summary>
    private static SgdProblem Problem(ParseResult parse, ModelOptions plugins, int size, SizeOption k)
    {
        var specs = plugins.Specs(parse);
        if (specs.Spec.Kind == ModelKind.Deep)
        {
            // A deep model carries its own architecture and teacher network; two-layer options would be silently ignored.
            if (k.Given(parse) is not null) throw new ArgumentException("--k is the hidden units of a two-layer model; a deep(...) model takes its widths from the spec, e.g. deep(widths=8-8).");
            if (parse.GetValue(plugins.Teacher) is not null) throw new ArgumentException("--teacher is a two-layer teacher; a deep(...) model is trained against its own teacher network (layered identity when every width equals d, else seeded random).");
            if (parse.GetValue(plugins.SecondLayer)) throw new ArgumentException("--second-layer is for two-layer models; every layer of a deep(...) model trains.");
        }
        int hidden = specs.Spec.Kind == ModelKind.Deep ? 0 : k.Value(parse, size);
        return plugins.Request(parse, specs, size, hidden).Sgd();
    }
}
