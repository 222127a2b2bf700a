using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Numerics;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Cli.Output.Plots;
using Landscape.Symmetry.Groups;
using Landscape.Symmetry.Landscape;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// <c>symmetry explore [--d D] [--k K] [--seeds N] [--activation A] [--distribution P] [--model two-layer(samples=N,seed=S)] [--json]</c>: the main job on built-in defaults. For the
/// two-layer ReLU network with Gaussian inputs and identity teacher (k = d = 6 by default) it searches each main
/// isotropy type's fixed-point space Fix(ΔH) for critical points, refines them with Newton to ‖∇L‖ ≤ 1e-12, and
/// reports loss, gradient norm, fixed dimension, the smallest Hessian eigenvalue and the classification.
/// </summary>
internal static class ExploreCommand
{
    public const int DefaultD = 6;
    public const int DefaultSeeds = 12;

    /// <summary>Largest d accepted (the search is O(d³) per gradient, and the dense spectrum stops at d = 50).</summary>
    public const int MaxSize = 100;

    /// <summary>The first line of the output.</summary>
    public const string Header = "Critical points of the two-layer ReLU network (Gaussian inputs, teacher V = I_d), by isotropy type.";

    /// <summary>The first line of the output for a plug-in model, naming its activation and input distribution.</summary>
    public static string HeaderFor(string activationSpec, string distributionSpec) =>
        $"Critical points of the two-layer {activationSpec} network ({distributionSpec} inputs, teacher V = I_d), by isotropy type.";

    public static Command Create(CliContext context)
    {
        var d = SizeOption("--d", DefaultD, "Input dimension d (and the teacher's width): W ∈ M(k,d).");
        var k = new Option<int?>("--k") { Description = "Hidden units k; the diagonal isotropy types need k = d, which is the default." };
        var seeds = new Option<int>("--seeds")
        {
            Description = $"Random starts per isotropy type. Default {DefaultSeeds}; 1..1000.",
            DefaultValueFactory = _ => DefaultSeeds,
        };
        var json = new Option<bool>("--json") { Description = "Write one JSON object instead of a table." };
        var plot = PlotOption.Create("the Hessian spectrum of every point found, a strip per irreducible with multiplicities");
        // The plug-in options every model-taking command shares; explore uses the activation and the distribution.
        var plugins = new ModelOptions();
        var (activation, distribution, modelOption) = (plugins.Activation, plugins.Distribution, plugins.Model);
        var command = new Command("explore",
            "The main job on built-in defaults: critical points of the two-layer ReLU network with identity teacher " +
            "(k = d = 6) found in the fixed-point spaces of its main isotropy types, with their Hessian spectra.")
        {
            d, k, seeds, json, activation, distribution, modelOption, plot,
        };
        command.SetAction(parse =>
        {
            var plotFile = PlotOption.Parse(parse, plot);
            int size = parse.GetValue(d);
            string? activationSpec = parse.GetValue(activation), distributionSpec = parse.GetValue(distribution);
            int hidden = parse.GetValue(k) ?? size;
            if (hidden != size)
                throw new ArgumentException($"explore searches the diagonal isotropy types ΔH ≤ ΔS_d, which need k = d; got k = {hidden}, d = {size}.");
            int starts = parse.GetValue(seeds);
            if (starts < 1 || starts > 1000) throw new ArgumentException($"--seeds must be between 1 and 1000; got {starts}.");
            string header = Header;
            var modelSpec = parse.GetValue(modelOption) is { } text ? Plugins.PluginRegistry.Model(text) : null;
            if (modelSpec is { Kind: Plugins.ModelKind.Deep })
                throw new ArgumentException("explore searches the isotropy types of the two-layer model; for a deep(...) model use " +
                                            "critical (search from a point), spectrum (Hessian at a point) or check (the symmetry contract).");
            string? description = null;
            var custom = activationSpec is null && distributionSpec is null && modelSpec is null ? null
                : PluginModel(size, modelSpec?.Activation ?? plugins.ActivationOf(parse), plugins.DistributionOf(parse),
                    modelSpec?.Samples ?? DefaultSamples, modelSpec?.Seed ?? 0, out description, out header);
            var report = Explore(size, starts, custom, description);
            plotFile?.Write(ExplorePictures.Spectra(custom ?? TwoLayerPopulationLoss.IdentityTeacher(size, size), report));
            if (parse.GetValue(json)) Json.Write(context.Out, report);
            else Render(context.CreateConsole(), report, header);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Monte Carlo samples of a distribution without a kernel when --model does not say (two-layer(samples=N) does).</summary>
    public const int DefaultSamples = 20_000;

    // The identity-teacher two-layer loss for other activations and distributions (through the plug-in registry).
    private static IObjective PluginModel(int d, Plugins.Activation act, Plugins.IInputDistribution dist, int samples, int seed,
        out string description, out string header)
    {
        header = HeaderFor(act.Spec, dist.Spec);
        var model = Plugins.PluginModels.TwoLayer(act, dist, Plugins.PluginModels.IdentityTeacher(d), null, d, samples: samples, seed: seed);
        description = $"L(W) = ½ E_x (Σᵢ σ(wᵢ·x) − Σⱼ σ(eⱼ·x))², σ = {act.Spec}, x ~ {dist.Spec}" +
                      (model is Plugins.IMonteCarloObjective ? $" (Monte Carlo, {samples} samples, seed {seed})" : "") + ", second layer fixed to 1";
        return model;
    }

    /// <summary>Searches every main type and merges the points found (one entry per distinct point).</summary>
    public static ExploreReport Explore(int d, int seedsPerType, IObjective? model = null, string? modelDescription = null)
    {
        model ??= TwoLayerPopulationLoss.IdentityTeacher(d, d);
        var types = IsotropyTypes.MainTypes(d).Select(p => (Parts: p, Name: IsotropyTypes.Name(p), Group: IsotropyTypes.Diagonal(p))).ToList();
        var found = new List<(double[] X, double Value, double[] Invariants, int TypeRank)>();
        var dims = new Dictionary<string, int>();
        int failures = 0;
        foreach (var t in types)
        {
            var search = new FixedSpaceSearch(model, t.Group);
            dims[t.Name] = search.Dimension;
            for (int seed = 0; seed < seedsPerType; seed++)
            {
                var r = search.Search(search.RandomStart(seed, 1.0 / d));
                if (r.GradientNorm > 1e-10) { failures++; continue; }
                // One entry per orbit of S_d × S_d; of the orbit's points found, keep one fixed by the largest listed type.
                var inv = OrbitInvariants(r.X, r.Value, d);
                int rank = types.FindIndex(u => CriticalPointReport.IsFixedBy(r.X, u.Group, 1e-8));
                if (rank < 0) rank = types.Count;
                int same = found.FindIndex(f => MaxDiff(f.Invariants, inv) < 1e-6);
                if (same < 0) found.Add((r.X, r.Value, inv, rank));
                else if (rank < found[same].TypeRank) found[same] = (r.X, r.Value, inv, rank);
            }
        }
        bool dense = model.Layout.Dimension <= DenseSpectrumProvider.MaxDimension;
        var points = found.OrderBy(f => f.Value).Select(f =>
        {
            // Found in: the first (largest) listed type whose group fixes the point as found.
            var type = types[Math.Min(f.TypeRank, types.Count - 1)];
            var iso = PointIsotropy.Of(model.Layout, f.X);
            var g = new double[f.X.Length];
            model.Gradient(f.X, g);
            CriticalPointReport? analysis = Analyze(model, f.X, iso, dense);
            return new ExplorePoint
            {
                Isotropy = iso.Type.Name,
                IsotropyOrder = Json.Order(iso.Order),
                OrbitSize = Json.Count(iso.OrbitSize),
                OrbitSizeValue = iso.OrbitSize,
                FoundIn = type.Name,
                FixedDimension = iso.FixedDimension,
                Loss = f.Value,
                GradientNorm = Math.Sqrt(g.Sum(v => v * v)),
                SmallestEigenvalue = analysis?.Spectrum.Smallest,
                Classification = analysis?.Classification.Kind.ToString().ToLowerInvariant(),
                Index = analysis?.Classification.Index,
                Weights = Enumerable.Range(0, d).Select(i => f.X.Skip(i * d).Take(d).Select(v => Math.Round(v, 6)).ToArray()).ToImmutableArray(),
            };
        }).ToImmutableArray();
        return new ExploreReport
        {
            K = d,
            D = d,
            Model = modelDescription ?? "L(W) = ½ E_x (Σᵢ relu(wᵢ·x) − Σⱼ relu(eⱼ·x))², x ~ N(0, I_d), second layer fixed to 1",
            SymmetryOrder = Json.Order(model.InvarianceGroup.Order),
            SeedsPerType = seedsPerType,
            Types = types.Select(t => new ExploreType { Name = t.Name, FixedDimension = dims[t.Name] }).ToImmutableArray(),
            Points = points,
            Unconverged = failures,
            Spectrum = dense ? "dense (MathNet symmetric eigensolver)"
                : $"isotypic blocks from Hessian–vector products ({model.Layout.Dimension} parameters exceed the dense limit {DenseSpectrumProvider.MaxDimension}); omitted for points whose isotropy has no fast block path",
        };
    }

    /// <summary>
    /// Dense spectrum while the Hessian is small; beyond that the block path, which needs the point's isotropy to be a
    /// diagonal Young type (the numeric decomposition of other groups is dense too) — otherwise no spectrum.
    /// </summary>
    private static CriticalPointReport? Analyze(IObjective model, double[] x, MatrixIsotropyGroup isotropy, bool dense)
    {
        int flat = model.FlatDirections;
        if (dense) return CriticalPointReport.Analyze(model, x, isotropy.AsCellGroup(), flatDirections: flat);
        try
        {
            var (symmetric, group) = PointSpectrum.ForBlocks(model.Layout, x, isotropy);
            return CriticalPointReport.Analyze(model, symmetric, group, BlockSpectrumProvider.Instance, flat);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// Numbers equal on a whole orbit of S_d × S_d (row and column permutations): the loss, the singular values of W
    /// and the sorted entries. Points whose invariants agree are reported once; this can only merge points that are
    /// not in one orbit if all of these coincide, which for critical points of different symmetry has not been seen.
    /// </summary>
    private static double[] OrbitInvariants(double[] x, double value, int d)
    {
        var w = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(d, d, (i, j) => x[i * d + j]);
        var singular = w.Svd(computeVectors: false).S.ToArray().Order();
        return new[] { value }.Concat(singular).Concat(x.Order()).ToArray();
    }

    private static double MaxDiff(double[] a, double[] b)
    {
        double m = 0;
        for (int i = 0; i < a.Length; i++) m = Math.Max(m, Math.Abs(a[i] - b[i]));
        return m;
    }

    private static Option<int> SizeOption(string name, int defaultValue, string description)
    {
        var option = new Option<int>(name)
        {
            Description = $"{description} Default {defaultValue}; 2..{MaxSize}.",
            DefaultValueFactory = _ => defaultValue,
        };
        option.Validators.Add(result =>
        {
            // A token that is not an integer is reported by the parser itself; check only the range here.
            if (result.Tokens.Count != 1 ||
                !int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
                return;
            if (value < 2 || value > MaxSize)
                result.AddError($"{name} must be between 2 and {MaxSize}; got {value}.");
        });
        return option;
    }

    // |L| below 1e-12 is rounding around the global minimum's 0; print it as 0 rather than "-0.000000000".
    private static string Loss(double v) => (Math.Abs(v) < 1e-12 ? 0 : v).ToString("0.000000000", CultureInfo.InvariantCulture);

    private static string Sci(double v) => v.ToString("0.00E+00", CultureInfo.InvariantCulture);

    private static void Render(IAnsiConsole console, ExploreReport r, string header)
    {
        console.WriteLine(header);
        console.WriteLine($"k = d = {r.D}: {r.Model}. Symmetry S_k × S_d, order {r.SymmetryOrder}.");
        console.WriteLine($"Fixed-point spaces searched ({r.SeedsPerType} random starts each, L-BFGS then Newton): " +
                          string.Join(", ", r.Types.Select(t => $"{t.Name} (dim {t.FixedDimension})")) + ".");
        var table = new Table { Border = TableBorder.Rounded };
        foreach (var heading in new[] { "isotropy", "orbit size", "fixed dim", "loss", "‖∇L‖", "λ_min", "classification" })
            table.AddColumn(new TableColumn(new Text(heading, new Style(decoration: Decoration.Bold))));
        foreach (var p in r.Points)
            table.AddRow(
                p.Isotropy,
                TextFormat.Approximate(p.OrbitSizeValue),
                p.FixedDimension.ToString(CultureInfo.InvariantCulture),
                Loss(p.Loss),
                Sci(p.GradientNorm),
                p.SmallestEigenvalue is { } l ? l.ToString("0.000000", CultureInfo.InvariantCulture) : "n/a",
                p.Classification is null ? "n/a" : p.Classification == "saddle" ? $"saddle (index {p.Index})" : p.Classification);
        console.Write(table);
        console.WriteLine($"Isotropy: the exact subgroup of S_k × S_d fixing the point (entries equal within {PointIsotropy.DefaultTolerance:0e0}); " +
                          $"orbit size = |S_k × S_d| / |isotropy| equivalent critical points; fixed dim = dim Fix(isotropy). Spectrum: {r.Spectrum}.");
        if (r.Unconverged > 0) console.WriteLine($"{r.Unconverged} start(s) did not reach ‖∇L‖ ≤ 1e-10 and are not listed.");
        var spurious = r.Points.Where(p => p.Classification == "minimum" && p.Loss > 1e-8).ToList();
        if (spurious.Count == 0) return;
        console.WriteLine($"{spurious.Count} spurious local minim{(spurious.Count == 1 ? "um" : "a")} (loss > 0, Hessian positive definite):");
        foreach (var p in spurious)
        {
            console.WriteLine($"  {p.Isotropy}, loss {Loss(p.Loss)}, λ_min {p.SmallestEigenvalue:0.000000}:");
            if (r.D > 8) { console.WriteLine("    (W omitted for d > 8; use --json)"); continue; }
            foreach (var row in p.Weights)
                console.WriteLine("    " + string.Join(" ", row.Select(v => v.ToString("+0.0000;-0.0000", CultureInfo.InvariantCulture))));
        }
    }
}

/// <summary>The JSON output of <c>symmetry explore</c>.</summary>
internal sealed record ExploreReport
{
    /// <summary>Hidden units.</summary>
    public required int K { get; init; }

    /// <summary>Input dimension.</summary>
    public required int D { get; init; }

    /// <summary>The loss studied.</summary>
    public required string Model { get; init; }

    /// <summary>|S_k × S_d| as a decimal string.</summary>
    public required string SymmetryOrder { get; init; }

    /// <summary>Random starts per type.</summary>
    public required int SeedsPerType { get; init; }

    /// <summary>The types searched and their fixed-space dimensions.</summary>
    public required ImmutableArray<ExploreType> Types { get; init; }

    /// <summary>The distinct critical points, by increasing loss.</summary>
    public required ImmutableArray<ExplorePoint> Points { get; init; }

    /// <summary>Starts whose search did not reach ‖∇L‖ ≤ 1e-10.</summary>
    public required int Unconverged { get; init; }

    /// <summary>How the spectra were computed.</summary>
    public required string Spectrum { get; init; }
}

/// <summary>An isotropy type searched.</summary>
internal sealed record ExploreType
{
    /// <summary>E.g. ΔS_5×ΔS_1.</summary>
    public required string Name { get; init; }

    /// <summary>dim Fix(ΔH).</summary>
    public required int FixedDimension { get; init; }
}

/// <summary>One critical point.</summary>
internal sealed record ExplorePoint
{
    /// <summary>The isotropy type of the point in S_k × S_d, e.g. ΔS_5×ΔS_1 (from <see cref="PointIsotropy"/>).</summary>
    public required string Isotropy { get; init; }

    /// <summary>The order of the isotropy group, a decimal string.</summary>
    public required string IsotropyOrder { get; init; }

    /// <summary>|S_k × S_d| / |isotropy|: how many equivalent critical points; a number, or a string beyond 2⁵³.</summary>
    public required System.Text.Json.Nodes.JsonNode? OrbitSize { get; init; }

    /// <summary>The orbit size, for the table (not serialized).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public BigInteger OrbitSizeValue { get; init; }

    /// <summary>The largest searched type whose fixed space the point was found in.</summary>
    public required string FoundIn { get; init; }

    /// <summary>dim Fix(isotropy).</summary>
    public required int FixedDimension { get; init; }

    /// <summary>L(W).</summary>
    public required double Loss { get; init; }

    /// <summary>‖∇L(W)‖ in the full space.</summary>
    public required double GradientNorm { get; init; }

    /// <summary>λ_min of the full Hessian; null when the dense spectrum is out of reach.</summary>
    public required double? SmallestEigenvalue { get; init; }

    /// <summary>minimum, saddle or degenerate; null without a spectrum.</summary>
    public required string? Classification { get; init; }

    /// <summary>Number of negative eigenvalues; null without a spectrum.</summary>
    public required int? Index { get; init; }

    /// <summary>W, rows rounded to 6 decimals.</summary>
    public required ImmutableArray<double[]> Weights { get; init; }
}
