using System.CommandLine;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Cli.Output.Plots;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// <c>symmetry explore [--d D] [--seeds N] [--seed S] [--blocks R] [--max-fixed-dim N] [--type T]... [--teacher SPEC|FILE]
/// [--covariance SPEC] [--second-layer] [--activation A] [--distribution P] [--json]</c>: the main job. For a two-layer network
/// with Gaussian inputs and a block-scalar teacher it runs <see cref="LandscapeSurvey"/> (every diagonal Young type inside
/// the joint symmetry, searched in the reduced model at any d) and renders the critical points with their spectra by
/// irreducible. Inputs without a pair kernel (uniform cube, Monte Carlo) take <see cref="MainTypeSearch"/>, the full-model
/// search of the four main types, at d ≤ <see cref="SurveyRequest.MaxSampledD"/>; <see cref="SurveyRequest.Resolve"/> chooses.
/// </summary>
internal static class ExploreCommand
{
    public const int DefaultSeeds = 12;

    public static Command Create(CliContext context)
    {
        var d = SizeOption.Between("--d", $"Input dimension d (= k); default the teacher's size or {SurveyRequest.DefaultD} (Monte Carlo models: ≤ {SurveyRequest.MaxSampledD}).", 2, SurveyModel.MaxD);
        var k = SizeOption.UpTo("--k", $"Hidden units k ≥ d (default d), at most d + {SurveyModel.MaxExtraRows}. With k = d + m the m extra rows form one more block S_m (V = I_d, Gaussian inputs).", SurveyModel.MaxK);
        var seeds = SizeOption.UpTo("--seeds", $"Random starts per isotropy type. Default {DefaultSeeds};", SurveyOptions.MaxStartsPerType);
        var seed = new Option<int>("--seed") { Description = "Seed of the random starts. Default 0." };
        var blocks = SizeOption.UpTo("--blocks", "Search every diagonal Young type with at most this many blocks. Default: classes + 2 (3 for V = I_d) up to d = 30, beyond that only those whose extra small blocks have ≤ 3 rows.", SurveyOptions.MaxBlockBudget);
        var maxFixed = SizeOption.AtLeastOne("--max-fixed-dim", "Only types whose fixed space has at most this dimension.");
        var types = new Option<string[]>("--type") { Description = "Search these types only, e.g. --type \"ΔS_9×ΔS_3\" (ASCII: \"S_9 x S_3\"); repeat for more. Blocks are placed class by class.", AllowMultipleArgumentsPerToken = false };
        var teacher = new Option<string>("--teacher") { Description = "The teacher: blocks(n1,n2,...;c1,c2,...) for the diagonal c1·I_n1 ⊕ c2·I_n2 ⊕ … (e.g. blocks(10,10;1,2)), identity(d), or a file with a diagonal matrix. Default I_d." };
        var covariance = new Option<string>("--covariance") { Description = "Input covariance as blocks(n1,...;s1,...) (variances), e.g. blocks(10,10;1,2) for N(0, I_10 ⊕ 2·I_10). Default I_d." };
        var secondLayer = new Option<bool>("--second-layer") { Description = "Train the second layer a as well." };
        var json = JsonOption.Create("Write one JSON object instead of a table (all fields, spectra by irreducible).");
        var spuriousOnly = new Option<bool>("--spurious") { Description = "Table: list only the spurious local minima (the JSON keeps every point)." };
        var progressOption = new Option<bool>("--progress") { Description = "Report progress on stderr even when it is redirected (it is shown on a terminal anyway)." };
        var plot = PlotOption.Create("the Hessian spectrum of every point found, a strip per irreducible with multiplicities");
        var plugins = new ModelOptions();
        var command = new Command("explore",
            "The main job: critical points of the two-layer network by isotropy type — every diagonal Young type inside the joint " +
            "symmetry of teacher and inputs, searched in the reduced model (any d), with Hessian spectra by irreducible. Ctrl+C stops " +
            "and writes what was found so far.")
        {
            d, k, seeds, seed, blocks, maxFixed, types, teacher, covariance, secondLayer, json, spuriousOnly, progressOption, plugins.Activation, plugins.Distribution, plugins.Model, plot,
        };
        command.SetAction(parse =>
        {
            var plotFile = PlotOption.Parse(parse, plot);
            var named = parse.GetValue(types) is { Length: > 0 } given ? given : null;
            var options = new SurveyOptions
            {
                StartsPerType = seeds.Value(parse, DefaultSeeds),
                Seed = parse.GetValue(seed),
                MaxBlocks = blocks.Checked(parse),
                MaxFixedDimension = maxFixed.Checked(parse),
                Types = named,
            };
            var request = new SurveyRequest
            {
                Model = parse.GetValue(plugins.Model), Activation = parse.GetValue(plugins.Activation), Distribution = parse.GetValue(plugins.Distribution),
                Teacher = parse.GetValue(teacher), Covariance = parse.GetValue(covariance), D = d.Checked(parse), K = k.Checked(parse),
                SecondLayerTrainable = parse.GetValue(secondLayer), NarrowsTypes = named is not null || options.MaxBlocks is not null || options.MaxFixedDimension is not null,
            };
            var plan = SurveyRun.InUsersWords(request.Resolve);
            var stderr = parse.InvocationConfiguration.Error;
            bool showProgress = parse.GetValue(progressOption) || (context.Terminal && !Console.IsErrorRedirected);
            var outcome = SurveyRun.WithCtrlC(plan, options, showProgress ? stderr : null);
            var report = ExploreReports.Of(outcome);
            plotFile?.Write(ExplorePictures.Spectra(report, plan.Sampled?.Model));
            if (parse.GetValue(json)) Json.Write(context.Out, report);
            else ExploreRender.Render(context.CreateConsole(), report, ExploreRender.HeaderFor(request, plan), parse.GetValue(spuriousOnly));
            if (outcome.Cancelled) stderr.WriteLine($"stopped by Ctrl+C after {outcome.Survey!.Types.Count} of the types; the points above are those found so far.");
            return ExitCodes.Success;
        });
        return command;
    }
}
