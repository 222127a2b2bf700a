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
/// search of the four main types, at d ≤ <see cref="MaxSampledSize"/>.
/// </summary>
internal static class ExploreCommand
{
    public const int DefaultD = 6;
    public const int DefaultSeeds = 12;

    /// <summary>Largest d for models without a pair kernel (Monte Carlo): the full-model search is O(d³) per gradient.</summary>
    public const int MaxSampledSize = 100;

    /// <summary>Monte Carlo samples of a distribution without a kernel when --model does not say (two-layer(samples=N) does).</summary>
    public const int DefaultSamples = 20_000;

    public static Command Create(CliContext context)
    {
        var d = SizeOption.Between("--d", $"Input dimension d (= k); default the teacher's size or {DefaultD} (Monte Carlo models: ≤ {MaxSampledSize}).", 2, SurveyModel.MaxD);
        var k = new Option<int?>("--k") { Description = "Hidden units k ≥ d (default d). With k = d + m the m extra rows form one more block S_m (V = I_d, Gaussian inputs)." };
        var seeds = SizeOption.UpTo("--seeds", $"Random starts per isotropy type. Default {DefaultSeeds};", 1000);
        var seed = new Option<int>("--seed") { Description = "Seed of the random starts. Default 0." };
        var blocks = new Option<int?>("--blocks") { Description = "Search every diagonal Young type with at most this many blocks (1..12). Default: classes + 2 (3 for V = I_d) up to d = 30, beyond that only those whose extra small blocks have ≤ 3 rows." };
        var maxFixed = new Option<int?>("--max-fixed-dim") { Description = "Only types whose fixed space has at most this dimension." };
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
            string? activationSpec = parse.GetValue(plugins.Activation), distributionSpec = parse.GetValue(plugins.Distribution), modelText = parse.GetValue(plugins.Model);
            int starts = seeds.Value(parse, DefaultSeeds);
            if (modelText is not null && PluginRegistry.Model(modelText) is { Kind: ModelKind.Deep })
                throw new ArgumentException("explore searches the isotropy types of the two-layer model; for a deep(...) model use " +
                                            "critical (search from a point), spectrum (Hessian at a point) or check (the symmetry contract).");
            var (spec, activation, distribution) = ModelRequest.Resolve(modelText, activationSpec, distributionSpec);
            var diagonal = parse.GetValue(teacher) is { } teacherText ? DiagonalText.Teacher(teacherText) : null;
            var variances = parse.GetValue(covariance) is { } covText ? SurveyModel.ParseDiagonal(covText) : null;
            if (distribution is CorrelatedGaussian correlated)
            {
                if (variances is not null) throw new ArgumentException("Give the input covariance once: --covariance or --distribution gaussian(cov=FILE).");
                variances = DiagonalText.Of(correlated.Covariance, "the covariance of --distribution");
                distribution = PluginRegistry.Distribution("gaussian");
            }
            int size = d.Value(parse, diagonal?.Length ?? variances?.Length ?? DefaultD);
            if (diagonal is not null && diagonal.Length != size) throw new ArgumentException($"The teacher has {diagonal.Length} columns but --d is {size}.");
            if (variances is not null && variances.Length != size) throw new ArgumentException($"The covariance has {variances.Length} entries but --d is {size}.");
            int hidden = parse.GetValue(k) ?? size;
            if (hidden < size)
                throw new ArgumentException($"explore searches diagonal isotropy types, which pair d of the k rows with the d columns and need k ≥ d; got k = {hidden}, d = {size}. " +
                                            $"Use --k {size} or more (or leave it out).");
            if (hidden - size > SurveyModel.MaxExtraRows)
                throw new ArgumentException($"--k may exceed --d by at most {SurveyModel.MaxExtraRows}; got k = {hidden}, d = {size}.");
            bool trainable = parse.GetValue(secondLayer);
            if (distribution is not StandardGaussian)
            {
                // No pair kernel: the full-model search of the four main types.
                if (hidden != size) throw new ArgumentException($"{distribution.Spec} inputs (Monte Carlo, full model) search the four main types, which need k = d; got k = {hidden}, d = {size}.");
                if (size > MaxSampledSize) throw new ArgumentException($"--d must be between 2 and {MaxSampledSize} for {distribution.Spec} inputs (Monte Carlo, full model); got {size}.");
                if (diagonal is not null || variances is not null || trainable || parse.GetValue(types) is { Length: > 0 } || parse.GetValue(blocks) is not null || parse.GetValue(maxFixed) is not null)
                    throw new ArgumentException($"--teacher, --covariance, --second-layer, --type, --blocks and --max-fixed-dim need Gaussian inputs (a pair kernel); {distribution.Spec} inputs search the four main types of V = I_d.");
                var request = new ModelRequest { Spec = spec, Activation = activation, Distribution = distribution, D = size, K = size, Samples = modelText is null ? DefaultSamples : null };
                var (sampledModel, _) = request.Objective();
                var sampled = ExploreReports.FromSearch(MainTypeSearch.Run(sampledModel, starts), ExploreRender.SampledModel(request, sampledModel));
                plotFile?.Write(ExplorePictures.Spectra(sampled, sampledModel));
                if (parse.GetValue(json)) Json.Write(context.Out, sampled);
                else ExploreRender.Render(context.CreateConsole(), sampled, ExploreRender.HeaderFor(request.EffectiveActivation.Spec, distribution.Spec));
                return ExitCodes.Success;
            }
            var model = SurveyModels.FromDiagonals(activation, diagonal ?? Enumerable.Repeat(1.0, size).ToArray(), variances, trainable, hidden - size);
            var options = new SurveyOptions
            {
                StartsPerType = starts,
                Seed = parse.GetValue(seed),
                MaxBlocks = parse.GetValue(blocks),
                MaxFixedDimension = parse.GetValue(maxFixed),
                Types = parse.GetValue(types) is { Length: > 0 } named ? named : null,
            };
            var stderr = parse.InvocationConfiguration.Error;
            bool showProgress = parse.GetValue(progressOption) || (context.Terminal && !Console.IsErrorRedirected);
            var result = SurveyRun.WithCtrlC(model, options, showProgress ? stderr : null);
            string header = activationSpec is null && distributionSpec is null && modelText is null && model.IsIdentity
                ? ExploreRender.Header
                : ExploreRender.HeaderFor(activationSpec is null && modelText is null ? "ReLU" : activation.Spec,
                    variances is null ? (distributionSpec is null && activationSpec is null ? "Gaussian" : distribution.Spec) : "Gaussian N(0, Σ)",
                    model.IsIdentity ? "V = I_d" : model.Describe());
            var report = ExploreReports.FromSurvey(result);
            plotFile?.Write(ExplorePictures.Spectra(report));
            if (parse.GetValue(json)) Json.Write(context.Out, report);
            else ExploreRender.Render(context.CreateConsole(), report, header, parse.GetValue(spuriousOnly));
            if (result.Cancelled) stderr.WriteLine($"stopped by Ctrl+C after {result.Types.Count} of the types; the points above are those found so far.");
            return ExitCodes.Success;
        });
        return command;
    }
}
