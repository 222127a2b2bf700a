using System.CommandLine;
using System.Globalization;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Cli.Output.Plots;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// <c>symmetry family --type SPEC --from D0 --to D1 [--step h] [--k-offset m] [--activation relu] [--second-layer] [--json] [--plot FILE]</c>:
/// every critical point found in the fixed space of the type at D0 is followed in real d to D1, with loss, gradient
/// norm, classification and the smallest Hessian eigenvalue per irreducible at every integer d (and every step), and
/// the d where a block eigenvalue crosses zero.
/// </summary>
internal static class FamilyCommand
{
    public static Command Create(CliContext context)
    {
        var type = new Option<string>("--type") { Description = "The isotropy type written in d, e.g. \"S(d-1) x S(1)\", \"S(d-2) x S(2)\", \"S(d)\".", Required = true };
        var from = new Option<double>("--from") { Description = "Start d (real); critical points are searched in the type's fixed space here.", Required = true };
        var to = new Option<double>("--to") { Description = "End d (real; smaller than --from follows the family downwards).", Required = true };
        var step = new Option<double>("--step") { Description = "Largest continuation step in d (every integer d is visited as well).", DefaultValueFactory = _ => 0.25 };
        var kOffset = new Option<int>("--k-offset") { Description = "m = k − d extra student rows (over-parameterisation), permuted among themselves.", DefaultValueFactory = _ => 0 };
        var activation = new Option<string>("--activation") { Description = "The activation (Gaussian inputs): relu (closed-form kernel), erf, tanh, gelu, softplus(beta=1), leaky-relu(alpha=0.01).", DefaultValueFactory = _ => "relu" };
        var secondLayer = new Option<bool>("--second-layer") { Description = "Train the second layer too (default: a = 1 fixed)." };
        var starts = new Option<int>("--starts") { Description = "Random starts per search method at D0.", DefaultValueFactory = _ => 12 };
        var seed = new Option<int>("--seed") { Description = "Seed of the random starts.", DefaultValueFactory = _ => 1 };
        var fit = new Option<double?>("--fit") { Description = "Also continue each family from --to to this d (e.g. 1e6) on a geometric grid and fit its entries, loss and eigenvalues in powers of d^(-1/2)." };
        var json = new Option<bool>("--json") { Description = "Write one JSON object instead of tables." };
        var svg = PlotOption.Create("per family the smallest eigenvalue per irreducible against d (crossings and folds marked) above the loss against d on log axes (one file per family: FILE, FILE-2.png, …)", "--svg");
        var command = new Command("family",
            "Follow critical points of an isotropy type as d varies over the reals: loss, classification, eigenvalues per irreducible, and where they cross zero.")
        {
            type, from, to, step, kOffset, activation, secondLayer, starts, seed, fit, json, svg,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var plotFile = PlotOption.Parse(parse, svg);
            var familyType = FamilyType.Parse(parse.GetValue(type)!, parse.GetValue(kOffset));
            double d0 = parse.GetValue(from), d1 = parse.GetValue(to), h = parse.GetValue(step);
            if (!double.IsFinite(d0) || !double.IsFinite(d1)) throw new ArgumentException("--from and --to must be finite numbers.");
            if (!(h > 0) || !double.IsFinite(h)) throw new ArgumentException($"--step must be a positive number; got {h}.");
            if (parse.GetValue(starts) < 1) throw new ArgumentException("--starts must be at least 1.");
            familyType.CheckValidAt(d0, "--from");
            familyType.CheckValidAt(d1, "--to");
            var kernel = Kernel(parse.GetValue(activation)!);
            var model = new FamilyModel(familyType, kernel, parse.GetValue(secondLayer));
            var search = FamilyStarts.Find(model, d0, parse.GetValue(starts), parse.GetValue(seed), cancellationToken);
            if (search.Starts.Count == 0)
                throw new InvalidOperationException(
                    $"No critical point of type {familyType} was found at d = {Num(d0)} ({search.Attempts} starts); the smallest gradient norm reached was {search.BestResidual:E3}.");
            var options = new ContinuationOptions { Step = h };
            var traces = search.Starts.Select(s => (Start: s, Trace: FamilyContinuation.Follow(model, d0, s.Coordinates, d1, options, null, cancellationToken))).ToList();
            var fitTo = parse.GetValue(fit);
            if (fitTo is { } f && !(f > d1 && d1 >= 20))
                throw new ArgumentException($"--fit must exceed --to, and --to must be at least 20 so the fit sees large d; got --to {Num(d1)} and --fit {Num(f)}.");
            var fits = traces.Select(t => fitTo is { } end && t.Trace.Stop is null && t.Trace.Rows[^1].D == d1
                ? LargeDExpansion.FitFamily(model, d1, t.Trace.Rows[^1].Coordinates, end, cancellationToken: cancellationToken)
                : ((FamilyTrace, IReadOnlyList<Expansion>)?)null).ToList();
            var layout = model.At(d0).Layout;
            var coordinateNames = Enumerable.Range(0, layout.Dimension).Select(layout.OrbitName).ToArray();
            for (int i = 0; plotFile is not null && i < traces.Count; i++)
                plotFile.Numbered(i + 1).Write(FamilyPlot.Render(FamilyPictures.Of(familyType, i + 1, traces[i].Trace)));
            if (parse.GetValue(json))
                Json.Write(context.Out, new
                {
                    type = familyType.ToString(),
                    kOffset = familyType.ExtraRows,
                    activation = kernel.Name,
                    secondLayer = model.SecondLayerTrainable,
                    from = d0,
                    to = d1,
                    step = h,
                    coordinates = coordinateNames,
                    search = new { attempts = search.Attempts, found = search.Starts.Count },
                    families = traces.Select((t, i) => new
                    {
                        index = i + 1,
                        start = t.Start.Coordinates,
                        largerIsotropy = t.Start.LargerIsotropy,
                        stop = t.Trace.Stop,
                        rows = t.Trace.Rows.Select(r => RowJson(familyType, r)).ToArray(),
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
                        crossings = t.Trace.Crossings.Select(c => new
                        {
                            d = c.D,
                            irrep = c.Irrep,
                            direction = c.Direction,
                            eigenvalueIndex = c.EigenvalueIndex,
                            dimension = c.Dimension,
                        }).ToArray(),
                    }).ToArray(),
                });
            else
            {
                var console = context.CreateConsole();
                Render(console, familyType, model, coordinateNames, traces);
                for (int i = 0; i < fits.Count; i++)
                    if (fits[i] is { } fr) RenderFits(console, i + 1, fr.Item1, fr.Item2);
            }
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
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

    private static void Render(IAnsiConsole console, FamilyType type, FamilyModel model, string[] names,
        List<(FamilyStart Start, FamilyTrace Trace)> traces)
    {
        console.WriteLine($"type {type}, activation {model.Kernel.Name}, second layer {(model.SecondLayerTrainable ? "trained" : "fixed (a = 1)")}: {traces.Count} critical point(s) at d = {Num(traces[0].Trace.Rows[0].D)}.");
        for (int i = 0; i < traces.Count; i++)
        {
            var (start, trace) = traces[i];
            console.WriteLine();
            console.WriteLine($"family {i + 1}: start {string.Join(", ", names.Zip(start.Coordinates, (n, v) => $"{n} = {v.ToString("0.######", CultureInfo.InvariantCulture)}"))}"
                + (start.LargerIsotropy ? " (its isotropy is larger than the type)" : ""));
            var irreps = trace.Rows.SelectMany(r => r.Blocks.Select(b => b.Name)).Distinct().ToList();
            var table = new Table { Border = TableBorder.Rounded };
            table.AddColumn(new TableColumn("d").RightAligned());
            table.AddColumn(new TableColumn("loss").RightAligned());
            table.AddColumn(new TableColumn("‖∇L‖").RightAligned());
            table.AddColumn("class");
            table.AddColumn(new TableColumn("λ_min").RightAligned());
            foreach (var name in irreps) table.AddColumn(new TableColumn(Markup.Escape(name)).RightAligned());
            foreach (var r in trace.Rows.Where(r => Math.Abs(r.D - Math.Round(r.D)) < 1e-12 || r == trace.Rows[0] || r == trace.Rows[^1]))
            {
                var cells = new List<string>
                {
                    Num(r.D), r.Loss.ToString("0.000000E+0", CultureInfo.InvariantCulture), r.GradientNorm.ToString("0.0E+0", CultureInfo.InvariantCulture),
                    Kind(r.Kind) + (r.Kind == CriticalPointKind.Saddle ? $" ({r.Index.ToString("0.##", CultureInfo.InvariantCulture)})" : ""),
                    r.MinEigenvalue.ToString("0.0000E+0", CultureInfo.InvariantCulture),
                };
                foreach (var name in irreps)
                    cells.Add(r.Blocks.FirstOrDefault(b => b.Name == name)?.Smallest.ToString("0.000000", CultureInfo.InvariantCulture) ?? "–");
                table.AddRow(cells.Select(Markup.Escape).ToArray());
            }
            console.Write(table);
            foreach (var c in trace.Crossings)
                console.WriteLine($"crossing at d = {c.D.ToString("0.000000000000", CultureInfo.InvariantCulture)}: {c.Irrep} (eigenvalue {c.EigenvalueIndex + 1} of its block, {c.Dimension.ToString("0.###", CultureInfo.InvariantCulture)} copies) goes {c.Direction}.");
            if (trace.Crossings.Count == 0) console.WriteLine("no crossing in range.");
            if (trace.Stop is { } stop) console.WriteLine($"stopped: {stop}");
        }
    }
}
