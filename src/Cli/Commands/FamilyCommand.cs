using System.CommandLine;
using System.Globalization;
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
        var starts = new Option<int>("--starts") { Description = "Random starts per search method at each grid point.", DefaultValueFactory = _ => 6 };
        var seed = new Option<int>("--seed") { Description = "Seed of the random starts (grid point i uses seed + i).", DefaultValueFactory = _ => 1 };
        var fit = new Option<double?>("--fit") { Description = "Also continue each family that reaches --to further to this d (e.g. 1e6) on a geometric grid and fit its entries, loss and eigenvalues in powers of d^(-1/2)." };
        var json = new Option<bool>("--json") { Description = "Write one JSON object instead of tables." };
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
            if (!double.IsFinite(d0) || !double.IsFinite(d1)) throw new ArgumentException($"--from and --to must be finite numbers; got {d0} and {d1}.");
            if (!(d0 < d1)) throw new ArgumentException($"--from must be below --to (every family in the range is followed both ways); got --from {Num(d0)} --to {Num(d1)}.");
            familyType.CheckValidAt(d0, "--from");
            familyType.CheckValidAt(d1, "--to");
            var options = new FamilyExplorerOptions
            {
                GridStep = Finite(parse.GetValue(gridStep), "--grid-step"),
                GridRatio = Finite(parse.GetValue(gridRatio), "--grid-ratio"),
                MaxArcStep = Finite(parse.GetValue(arcStep), "--arc-step"),
                Attempts = parse.GetValue(starts),
                Seed = parse.GetValue(seed),
            };
            if (options.Attempts < 1) throw new ArgumentException($"--starts must be at least 1; got {options.Attempts}.");
            if (!(options.MaxArcStep > options.MinArcStep)) throw new ArgumentException($"--arc-step must be a positive number above {options.MinArcStep}; got {options.MaxArcStep}.");
            var fitTo = parse.GetValue(fit);
            if (fitTo is { } f && !(f > d1 && d1 >= 20))
                throw new ArgumentException($"--fit must exceed --to, and --to must be at least 20 so the fit sees large d; got --to {Num(d1)} and --fit {Num(f)}.");
            var kernel = Kernel(parse.GetValue(activation)!);
            var model = new FamilyModel(familyType, kernel, parse.GetValue(secondLayer));
            // Grid and search budget are checked before anything runs.
            FamilyExplorer.Grid(familyType, d0, d1, options);

            var error = parse.InvocationConfiguration.Error;
            bool watch = parse.GetValue(showProgress) || (ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);
            using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; interrupt.Cancel(); };
            Console.CancelKeyPress += onCancel;
            FamilyExploration result;
            try
            {
                result = FamilyExplorer.Follow(model, d0, d1, options, watch ? new ProgressLines(error) : null, interrupt.Token);
            }
            finally { Console.CancelKeyPress -= onCancel; }

            var fits = result.Families.Select(_ => ((FamilyTrace, IReadOnlyList<Expansion>)?)null).ToList();
            try
            {
                for (int i = 0; i < fits.Count && !result.Cancelled; i++)
                    if (fitTo is { } end && result.Families[i].Rows.Any(r => r.D == d1))
                        fits[i] = LargeDExpansion.FitFamily(model, d1, result.Families[i].Rows.Last(r => r.D == d1).Coordinates, end, cancellationToken: interrupt.Token);
            }
            catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
            {
                result = result with { Cancelled = true };
            }
            var layout = model.At(d0).Layout;
            var coordinateNames = Enumerable.Range(0, layout.Dimension).Select(layout.OrbitName).ToArray();
            for (int i = 0; plotFile is not null && i < result.Families.Count; i++)
                plotFile.Numbered(i + 1).Write(FamilyPlot.Render(FamilyPictures.Of(familyType, i + 1, result.Families[i])));
            if (parse.GetValue(json))
                Json.Write(context.Out, new
                {
                    type = familyType.ToString(),
                    kOffset = familyType.ExtraRows,
                    activation = kernel.Name,
                    secondLayer = model.SecondLayerTrainable,
                    from = d0,
                    to = d1,
                    cancelled = result.Cancelled,
                    coordinates = coordinateNames,
                    search = new { grid = result.Grid, startsTried = result.StartsTried, pointsFound = result.PointsFound },
                    families = result.Families.Select((b, i) => new
                    {
                        index = i + 1,
                        foundAt = b.FoundAt,
                        start = b.Start,
                        largerIsotropy = b.LargerIsotropy,
                        minD = b.MinD,
                        maxD = b.MaxD,
                        ends = new[] { b.FirstEnd, b.LastEnd },
                        rows = b.Rows.Select(r => RowJson(familyType, r)).ToArray(),
                        folds = b.Folds.Select(x => new
                        {
                            d = x.D,
                            kind = x.KindName,
                            loss = x.Loss,
                            coordinates = x.Coordinates,
                            smallestFixedSpaceEigenvalue = x.SmallestFixedSpaceEigenvalue,
                        }).ToArray(),
                        crossings = b.Crossings.Select(c => new
                        {
                            d = c.D,
                            irrep = c.Irrep,
                            direction = c.Direction,
                            eigenvalueIndex = c.EigenvalueIndex,
                            dimension = c.Dimension,
                        }).ToArray(),
                        largeD = fits[i] is { } fr ? new
                        {
                            to = fr.Item1.Rows[^1].D,
                            stop = fr.Item1.Stop,
                            rows = fr.Item1.Rows.Select(r => RowJson(familyType, r)).ToArray(),
                            expansions = fr.Item2.Select(e => new
                            {
                                quantity = e.Quantity,
                                limit = JsonNumber(e.Limit),
                                limitError = JsonNumber(e.LimitError),
                                residual = e.Residual,
                                terms = e.Terms.Select(x => new { power = $"d^({-x.HalfPower}/2)", coefficient = x.Coefficient, error = x.Error }).ToArray(),
                            }).ToArray(),
                        } : null,
                    }).ToArray(),
                });
            else
            {
                var console = context.CreateConsole();
                Render(console, model, coordinateNames, result);
                for (int i = 0; i < fits.Count; i++)
                    if (fits[i] is { } fr) RenderFits(console, i + 1, fr.Item1, fr.Item2);
            }
            if (result.Cancelled) error.WriteLine($"interrupted: {result.Families.Count} famil{(result.Families.Count == 1 ? "y" : "ies")} complete so far written.");
            return Task.FromResult(result.Cancelled ? Interrupted : ExitCodes.Success);
        });
        return command;
    }

    private static double Finite(double v, string name) =>
        double.IsFinite(v) ? v : throw new ArgumentException($"{name} must be a finite number; got {v}.");

    private sealed class ProgressLines(TextWriter writer) : IProgress<FamilyExplorerProgress>
    {
        public void Report(FamilyExplorerProgress p)
        {
            writer.WriteLine(p.Stage == "search"
                ? $"[search {p.Done}/{p.Total}] d = {Num(p.D)}"
                : $"[follow {p.Done}/{p.Total}] start at d = {Num(p.D)}; {p.Families} famil{(p.Families == 1 ? "y" : "ies")} so far");
            writer.Flush();
        }
    }

    // ReLU keeps its closed-form kernel (and the rescaling zero modes that go with it); the rest come from the plug-in registry.
    internal static IPairKernel Kernel(string spec) =>
        spec.Trim().Equals("relu", StringComparison.OrdinalIgnoreCase)
            ? ReluGaussianKernel.Instance
            : GaussianKernels.For(PluginRegistry.Activation(spec));

    private static object RowJson(FamilyType type, FamilyRow r)
    {
        bool integer = Math.Abs(r.D - Math.Round(r.D)) < 1e-12;
        return new
        {
            d = r.D,
            loss = r.Loss,
            gradientNorm = r.GradientNorm,
            classification = Kind(r.Kind),
            index = r.Index,
            minEigenvalue = r.MinEigenvalue,
            smallestByIrrep = r.Blocks.ToDictionary(b => b.Name, b => b.Smallest),
            coordinates = r.Coordinates,
            multiplicity = integer ? Json.Count(type.Multiplicity((int)Math.Round(r.D))) : null,
        };
    }

    private static object? JsonNumber(double v) => double.IsFinite(v) ? v : double.IsNaN(v) ? null : v > 0 ? "+inf" : "-inf";

    private static void RenderFits(IAnsiConsole console, int family, FamilyTrace trace, IReadOnlyList<Expansion> fits)
    {
        console.WriteLine();
        console.WriteLine($"family {family} at large d: {trace.Rows.Count - 1} points up to d = {Num(trace.Rows[^1].D)}" + (trace.Stop is { } s ? $" (stopped: {s})" : ""));
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn("quantity");
        table.AddColumn("leading terms (± error)");
        table.AddColumn(new TableColumn("limit d → ∞").RightAligned());
        foreach (var e in fits)
        {
            var terms = string.Join(" + ", e.Terms.Take(3).Select(t =>
                $"({t.Coefficient.ToString("G6", CultureInfo.InvariantCulture)} ± {t.Error.ToString("G1", CultureInfo.InvariantCulture)})" +
                (t.HalfPower == 0 ? "" : $"·d^{(-t.HalfPower % 2 == 0 ? (-t.HalfPower / 2).ToString(CultureInfo.InvariantCulture) : $"({-t.HalfPower}/2)")}")));
            string limit = double.IsFinite(e.Limit) ? $"{e.Limit.ToString("G8", CultureInfo.InvariantCulture)} ± {e.LimitError.ToString("G1", CultureInfo.InvariantCulture)}" : e.Limit > 0 ? "+∞" : "−∞";
            table.AddRow(Markup.Escape(e.Quantity), Markup.Escape(terms), Markup.Escape(limit));
        }
        console.Write(table);
    }

    private static string Kind(CriticalPointKind k) => k switch
    {
        CriticalPointKind.Minimum => "minimum",
        CriticalPointKind.Saddle => "saddle",
        _ => "degenerate",
    };

    private static string Num(double v) => v.ToString("G10", CultureInfo.InvariantCulture);

    private static void Render(IAnsiConsole console, FamilyModel model, string[] names, FamilyExploration result)
    {
        console.WriteLine($"type {result.Type}, activation {model.Kernel.Name}, second layer {(model.SecondLayerTrainable ? "trained" : "fixed (a = 1)")}: " +
            $"{result.Families.Count} famil{(result.Families.Count == 1 ? "y" : "ies")} in [{Num(result.From)}, {Num(result.To)}] " +
            $"({result.StartsTried} starts on {result.Grid.Count} grid points, {result.PointsFound} critical points found).");
        for (int i = 0; i < result.Families.Count; i++)
        {
            var b = result.Families[i];
            console.WriteLine();
            console.WriteLine($"family {i + 1} (d from {Num(b.MinD)} to {Num(b.MaxD)}; found at d = {Num(b.FoundAt)}): start " +
                string.Join(", ", names.Zip(b.Start, (n, v) => $"{n} = {v.ToString("0.######", CultureInfo.InvariantCulture)}"))
                + (b.LargerIsotropy ? " (its isotropy is larger than the type)" : ""));
            var irreps = b.Rows.SelectMany(r => r.Blocks.Select(x => x.Name)).Distinct().ToList();
            var table = new Table { Border = TableBorder.Rounded };
            table.AddColumn(new TableColumn("d").RightAligned());
            table.AddColumn(new TableColumn("loss").RightAligned());
            table.AddColumn(new TableColumn("‖∇L‖").RightAligned());
            table.AddColumn("class");
            table.AddColumn(new TableColumn("λ_min").RightAligned());
            foreach (var name in irreps) table.AddColumn(new TableColumn(Markup.Escape(name)).RightAligned());
            var folds = b.Folds.Select(x => x.D).ToHashSet();
            foreach (var r in b.Rows.Where(r => Math.Abs(r.D - Math.Round(r.D)) < 1e-12 || r == b.Rows[0] || r == b.Rows[^1] || folds.Contains(r.D)))
            {
                var cells = new List<string>
                {
                    Num(r.D) + (folds.Contains(r.D) ? " (fold)" : ""), r.Loss.ToString("0.000000E+0", CultureInfo.InvariantCulture), r.GradientNorm.ToString("0.0E+0", CultureInfo.InvariantCulture),
                    Kind(r.Kind) + (r.Kind == CriticalPointKind.Saddle ? $" ({r.Index.ToString("0.##", CultureInfo.InvariantCulture)})" : ""),
                    r.MinEigenvalue.ToString("0.0000E+0", CultureInfo.InvariantCulture),
                };
                foreach (var name in irreps)
                    cells.Add(r.Blocks.FirstOrDefault(x => x.Name == name)?.Smallest.ToString("0.000000", CultureInfo.InvariantCulture) ?? "–");
                table.AddRow(cells.Select(Markup.Escape).ToArray());
            }
            console.Write(table);
            foreach (var x in b.Folds)
                console.WriteLine($"fold at d = {x.D.ToString("0.000000000000", CultureInfo.InvariantCulture)} ({x.KindName}: " +
                    (x.Kind == FoldKind.Birth ? "two critical points appear as d increases" : "two critical points meet and vanish as d increases") +
                    $"), loss {x.Loss.ToString("0.000000E+0", CultureInfo.InvariantCulture)}, fixed-space eigenvalue {x.SmallestFixedSpaceEigenvalue.ToString("0.0E+0", CultureInfo.InvariantCulture)}.");
            foreach (var c in b.Crossings)
                console.WriteLine($"crossing at d = {c.D.ToString("0.000000000000", CultureInfo.InvariantCulture)}: {c.Irrep} (eigenvalue {c.EigenvalueIndex + 1} of its block, {c.Dimension.ToString("0.###", CultureInfo.InvariantCulture)} copies) goes {c.Direction}.");
            if (b.Folds.Count == 0 && b.Crossings.Count == 0) console.WriteLine("no fold or crossing in range.");
            console.WriteLine($"ends: {b.FirstEnd}; {b.LastEnd}.");
        }
    }
}
