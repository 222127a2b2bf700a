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
    public static Command Create(CliContext context)
    {
        var d = SizeOption.UpTo("--d", "Input dimension d (teacher V = I_d).", ModelRequest.MaxSize, required: true);
        var k = SizeOption.UpTo("--k", "Hidden units k; default d.", ModelRequest.MaxSize);
        var runs = SizeOption.UpTo("--runs", "Number of seeds. Default 10;", Limits.MaxRuns);
        var first = new Option<int>("--first-seed") { Description = "The first seed. Default 0.", DefaultValueFactory = _ => 0 };
        var output = new Option<string>("--out") { Description = "The JSON-lines file (appended; resumed when it exists).", Required = true };
        var shard = new Option<string>("--shard") { Description = "Run only slice i of n (1-based), e.g. 2/8, or 'slurm' for this task of a Slurm job array (SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT). Default 1/1." };
        var protocols = new ProtocolOptions(1_000_000);
        var parallel = new Option<int?>("--parallel") { Description = "Concurrent runs. Default: the processor count." };
        var refine = new Option<bool>("--refine") { Description = "sgd: refine each end point (L-BFGS, Newton), classify it by the Hessian and type it; written to the line as 'refined' (at most 2500 parameters, population losses only)." };
        var json = JsonOption.Create("Write the summary as one JSON object.");
        var plot = PlotOption.Create($"a histogram of the end points' isotropy types (refined points with --refine, else raw ones with entries equal within {SweepEndPoints.RawTolerance}) above heatmaps of W grouped by orbit (two-layer models)");
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
            string path = parse.GetValue(output)!;
            OutputPath.CheckFile(path, "--out");
            int size = d.Value(parse, 0), count = runs.Value(parse, 10);
            int? par = parse.GetValue(parallel);
            Limits.CheckSweep(count, parse.GetValue(first), parse.GetValue(protocols.Batch) ?? 1000, size, par);
            protocols.IsGd(parse);
            var slice = parse.GetValue(shard) is { } s ? Shard.Resolve(s) : Shard.All;
            var problem = plugins.Sgd(parse, size, k);
            if (plotFile is not null && problem.HiddenUnits is null)
                throw new ArgumentException("--plot draws isotropy types in S_k × S_d, a two-layer notion; a deep(...) model has none.");
            bool doRefine = parse.GetValue(refine), asJson = parse.GetValue(json);
            var plan = protocols.PlanOf(parse, problem, doRefine);
            var seeds = Enumerable.Range(parse.GetValue(first), count).ToArray();

            var summary = SweepProgressDisplay.Run(context, asJson, $"{plan.Protocol} {problem.ModelSpec ?? $"k = {problem.HiddenUnits}"}, d = {size}, shard {slice}",
                progress => SgdSweep.Run(problem, plan, seeds, path, slice, par, progress, cancellationToken));
            var ends = SweepEndPoints.Analysed(problem, SgdSweep.ReadShard(path, seeds, slice), doRefine, cancellationToken);
            plotFile?.Write(SgdPictures.Render(problem, plan, ends, doRefine, cancellationToken));
            var speed = SweepSpeed.Of(ends);
            var report = new SgdReport(problem.ModelSpec ?? SgdProblem.DefaultModelSpec, problem.HiddenUnits, size, problem.SecondLayer, problem.ActivationSpec,
                problem.DistributionSpec, plan.Protocol, plan.Settings(problem), slice.ToString(), path, summary.Skipped.Count, summary.NewResults.Count,
                speed.StepsPerSecond, speed.SecondsPerRun, ends.Select(SgdRunRow.Of).ToList());
            if (asJson) Json.Write(context.Out, report);
            else SgdRender.Render(context.CreateConsole(), report);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
