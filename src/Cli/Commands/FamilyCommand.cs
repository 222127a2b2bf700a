using System.CommandLine;
using System.Globalization;
using Landscape.Symmetry.Cli.Models;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Cli.Output.Plots;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// <c>symmetry family --type SPEC --from D0 --to D1 [--grid-step g] [--grid-ratio r] [--starts n] [--arc-step h] [--k-offset m]
/// [--activation relu] [--second-layer] [--json] [--plot FILE] [--fit D] [--progress]</c>: every family of critical points of
/// the type found in [D0, D1] (<see cref="FamilyExplorer.Follow"/>: starts searched on a grid of d, pseudo-arclength
/// continuation through folds), with loss, gradient norm, classification and the smallest Hessian eigenvalue per
/// irreducible at every integer d it passes, its folds (births and deaths as d grows) and its eigenvalue crossings.
/// </summary>
internal static class FamilyCommand
{
    /// <summary>Exit code when Ctrl+C stopped the exploration (what was complete is still written).</summary>
    private const int Interrupted = 130;

    public static Command Create(CliContext context)
    {
        var type = new Option<string>("--type") { Description = "The isotropy type written in d, e.g. \"S(d-1) x S(1)\", \"S(d-2) x S(2)\", \"S(d)\".", Required = true };
        var from = new Option<double>("--from") { Description = "Lower end of the range of d (real).", Required = true };
        var to = new Option<double>("--to") { Description = "Upper end of the range of d (real, above --from).", Required = true };
        var gridStep = new Option<double>("--grid-step") { Description = "Spacing of the grid of d where starts are searched, at small d.", DefaultValueFactory = _ => 1.0 };
        var gridRatio = new Option<double>("--grid-ratio") { Description = "Beyond d = grid-step/(ratio − 1) the search grid is geometric with this ratio.", DefaultValueFactory = _ => 1.1 };
        var arcStep = new Option<double>("--arc-step") { Description = "Largest continuation step, in arclength of (block values, ln d).", DefaultValueFactory = _ => 0.05 };
        var kOffset = new Option<int>("--k-offset") { Description = "m = k − d extra student rows (over-parameterisation), permuted among themselves.", DefaultValueFactory = _ => 0 };
        var activation = new Option<string>("--activation") { Description = "The activation (Gaussian inputs): relu (closed-form kernel), erf, tanh, gelu, softplus(beta=1), leaky-relu(alpha=0.01).", DefaultValueFactory = _ => "relu" };
        var secondLayer = new Option<bool>("--second-layer") { Description = "Train the second layer too (default: a = 1 fixed)." };
        var starts = SizeOption.AtLeastOne("--starts", $"Random starts per search method at each grid point (in all at most {FamilyExplorerOptions.MaxStarts}). Default 6;");
        var seed = new Option<int>("--seed") { Description = "Seed of the random starts (grid point i uses seed + i).", DefaultValueFactory = _ => 1 };
        var fit = new Option<double?>("--fit") { Description = "Also continue each family that reaches --to further to this d (e.g. 1e6) on a geometric grid and fit its entries, loss and eigenvalues in powers of d^(-1/2)." };
        var json = JsonOption.Create("Write one JSON object instead of tables.");
        var plot = PlotOption.Create("per family the smallest eigenvalue per irreducible against d (crossings and folds marked) above the loss against d on log axes (one file per family: FILE, FILE-2.png, …)", "--svg");
        var showProgress = new Option<bool>("--progress") { Description = "Progress lines on stderr (on by default when stderr is a terminal)." };
        var command = new Command("family",
            "Every family of critical points of an isotropy type in a range of real d: starts on a grid of d, continuation through folds; " +
            "loss, classification, eigenvalues per irreducible, folds (births, deaths) and zero crossings.")
        {
            type, from, to, gridStep, gridRatio, arcStep, kOffset, activation, secondLayer, starts, seed, fit, json, plot, showProgress,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var plotFile = PlotOption.Parse(parse, plot);
            var familyType = FamilyType.Parse(parse.GetValue(type)!, parse.GetValue(kOffset));
            double d0 = parse.GetValue(from), d1 = parse.GetValue(to);
            var options = new FamilyExplorerOptions
            {
                GridStep = parse.GetValue(gridStep),
                GridRatio = parse.GetValue(gridRatio),
                MaxArcStep = parse.GetValue(arcStep),
                Attempts = starts.Value(parse, 6),
                Seed = parse.GetValue(seed),
            };
            var model = new FamilyModel(familyType, GaussianKernels.For(PluginRegistry.Activation(parse.GetValue(activation)!)), parse.GetValue(secondLayer));
            var error = parse.InvocationConfiguration.Error;
            bool watch = parse.GetValue(showProgress) || (ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);
            // The range and the settings are checked by the library before any work; its names are said as options here.
            var (result, fits) = OptionWords.Run(() => CtrlC.Run(ct => FamilyFits.FollowAndFit(model, d0, d1, parse.GetValue(fit), options, watch ? new FamilyProgressLines(error) : null, ct),
                cancellationToken), ForUsers);
            var layout = model.At(d0).Layout;
            var coordinateNames = Enumerable.Range(0, layout.Dimension).Select(layout.OrbitName).ToArray();
            for (int i = 0; plotFile is not null && i < result.Families.Count; i++)
                plotFile.Numbered(i + 1).Write(FamilyPlot.Render(FamilyPictures.Of(familyType, i + 1, result.Families[i])));
            if (parse.GetValue(json)) Json.Write(context.Out, FamilyReport.Of(model, result, coordinateNames, fits));
            else
            {
                var console = context.CreateConsole();
                FamilyRender.Render(console, model, coordinateNames, result);
                for (int i = 0; i < fits.Count; i++)
                    if (fits[i] is { } fr) FamilyRender.RenderFits(console, i + 1, fr.Item1, fr.Item2);
            }
            if (result.Cancelled) error.WriteLine($"interrupted: {result.Families.Count} famil{(result.Families.Count == 1 ? "y" : "ies")} complete so far written.");
            return Task.FromResult(result.Cancelled ? Interrupted : ExitCodes.Success);
        });
        return command;
    }

    /// <summary>The library's parameter and property names (from, to, FamilyExplorerOptions.GridStep, …) as family's users type them.</summary>
    public static string ForUsers(string message) => message
        .Replace("The range's ends from and to", "--from and --to", StringComparison.Ordinal)
        .Replace("The range's end from must be below to", "--from must be below --to", StringComparison.Ordinal)
        .Replace("(from < to: ", "(", StringComparison.Ordinal)
        .Replace("got from = ", "got --from ", StringComparison.Ordinal)
        .Replace(", to = ", " --to ", StringComparison.Ordinal)
        .Replace(" (Parameter 'from')", " (--from)", StringComparison.Ordinal)
        .Replace(" (Parameter 'to')", " (--to)", StringComparison.Ordinal)
        .Replace("FamilyExplorerOptions.GridStep", "--grid-step", StringComparison.Ordinal)
        .Replace("FamilyExplorerOptions.GridRatio", "--grid-ratio", StringComparison.Ordinal)
        .Replace("FamilyExplorerOptions.MaxArcStep (the continuation step)", "--arc-step", StringComparison.Ordinal)
        .Replace("FamilyExplorerOptions.MaxArcStep", "--arc-step", StringComparison.Ordinal);
}
