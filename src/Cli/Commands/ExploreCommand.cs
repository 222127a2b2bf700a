using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Numerics;
using Landscape.Symmetry.Cli.Models;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Groups;
using Landscape.Symmetry.Landscape;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// <c>symmetry explore [--d D] [--seeds N] [--seed S] [--blocks R] [--max-fixed-dim N] [--type T]... [--teacher SPEC|FILE]
/// [--covariance SPEC] [--second-layer] [--activation A] [--distribution P] [--json]</c>: the main job. For a two-layer network
/// with Gaussian inputs and a block-scalar teacher it runs <see cref="LandscapeSurvey"/> (every diagonal Young type inside
/// the joint symmetry, searched in the reduced model at any d) and renders the critical points with their spectra by
/// irreducible. Inputs without a pair kernel (uniform cube, Monte Carlo) take the full-model search of the four main
/// types at d ≤ <see cref="MaxSampledSize"/>.
/// </summary>
internal static class ExploreCommand
{
    public const int DefaultD = 6;
    public const int DefaultSeeds = 12;

    /// <summary>Largest d for models without a pair kernel (Monte Carlo): the full-model search is O(d³) per gradient.</summary>
    public const int MaxSampledSize = 100;

    /// <summary>Weights are written (table and JSON) up to this d; beyond, the block values are.</summary>
    public const int MaxWeightsD = 30;

    /// <summary>The first line of the output.</summary>
    public const string Header = "Critical points of the two-layer ReLU network (Gaussian inputs, teacher V = I_d), by isotropy type.";

    /// <summary>The first line of the output for a plug-in model, naming its activation and input distribution.</summary>
    public static string HeaderFor(string activationSpec, string distributionSpec, string teacher = "V = I_d") =>
        $"Critical points of the two-layer {activationSpec} network ({distributionSpec} inputs, teacher {teacher}), by isotropy type.";

    public static Command Create(CliContext context)
    {
        var d = new Option<int?>("--d") { Description = $"Input dimension d (= k); default the teacher's size or {DefaultD}. 2..{SurveyModel.MaxD} (Monte Carlo models: ..{MaxSampledSize})." };
        var k = new Option<int?>("--k") { Description = "Hidden units k; the diagonal isotropy types need k = d, which is the default." };
        var seeds = new Option<int>("--seeds")
        {
            Description = $"Random starts per isotropy type. Default {DefaultSeeds}; 1..1000.",
            DefaultValueFactory = _ => DefaultSeeds,
        };
        var seed = new Option<int>("--seed") { Description = "Seed of the random starts. Default 0." };
        var blocks = new Option<int?>("--blocks") { Description = "Search every diagonal Young type with at most this many blocks (1..12). Default: classes + 2 (3 for V = I_d) up to d = 30, beyond that only those whose extra small blocks have ≤ 3 rows." };
        var maxFixed = new Option<int?>("--max-fixed-dim") { Description = "Only types whose fixed space has at most this dimension." };
        var types = new Option<string[]>("--type") { Description = "Search these types only, e.g. --type \"ΔS_9×ΔS_3\" (ASCII: \"S_9 x S_3\"); repeat for more. Blocks are placed class by class.", AllowMultipleArgumentsPerToken = false };
        var teacher = new Option<string>("--teacher") { Description = "The teacher: blocks(n1,n2,...;c1,c2,...) for the diagonal c1·I_n1 ⊕ c2·I_n2 ⊕ … (e.g. blocks(10,10;1,2)), identity(d), or a file with a diagonal matrix. Default I_d." };
        var covariance = new Option<string>("--covariance") { Description = "Input covariance as blocks(n1,...;s1,...) (variances), e.g. blocks(10,10;1,2) for N(0, I_10 ⊕ 2·I_10). Default I_d." };
        var secondLayer = new Option<bool>("--second-layer") { Description = "Train the second layer a as well." };
        var json = new Option<bool>("--json") { Description = "Write one JSON object instead of a table (all fields, spectra by irreducible)." };
        var spuriousOnly = new Option<bool>("--spurious") { Description = "Table: list only the spurious local minima (the JSON keeps every point)." };
        var progressOption = new Option<bool>("--progress") { Description = "Report progress on stderr even when it is redirected (it is shown on a terminal anyway)." };
        var plugins = new ModelOptions();
        var (activation, distribution, modelOption) = (plugins.Activation, plugins.Distribution, plugins.Model);
        var command = new Command("explore",
            "The main job: critical points of the two-layer network by isotropy type — every diagonal Young type inside the joint " +
            "symmetry of teacher and inputs, searched in the reduced model (any d), with Hessian spectra by irreducible. Ctrl+C stops " +
            "and writes what was found so far.")
        {
            d, k, seeds, seed, blocks, maxFixed, types, teacher, covariance, secondLayer, json, spuriousOnly, progressOption, activation, distribution, modelOption,
        };
        command.SetAction(parse =>
        {
            string? activationSpec = parse.GetValue(activation), distributionSpec = parse.GetValue(distribution);
            int starts = parse.GetValue(seeds);
            if (starts < 1 || starts > 1000) throw new ArgumentException($"--seeds must be between 1 and 1000; got {starts}.");
            var modelSpec = parse.GetValue(modelOption) is { } text ? Plugins.PluginRegistry.Model(text) : null;
            if (modelSpec is { Kind: Plugins.ModelKind.Deep })
                throw new ArgumentException("explore searches the isotropy types of the two-layer model; for a deep(...) model use " +
                                            "critical (search from a point), spectrum (Hessian at a point) or check (the symmetry contract).");
            var act = modelSpec?.Activation ?? plugins.ActivationOf(parse);
            var dist = plugins.DistributionOf(parse);
            var diagonal = parse.GetValue(teacher) is { } teacherText ? TeacherDiagonal(teacherText) : null;
            var variances = parse.GetValue(covariance) is { } covText ? SurveyModel.ParseDiagonal(covText) : null;
            if (dist is Plugins.CorrelatedGaussian correlated)
            {
                if (variances is not null) throw new ArgumentException("Give the input covariance once: --covariance or --distribution gaussian(cov=FILE).");
                variances = DiagonalOf(correlated.Covariance, "the covariance of --distribution");
                dist = Plugins.PluginRegistry.Distribution("gaussian");
            }
            int size = parse.GetValue(d) ?? diagonal?.Length ?? variances?.Length ?? DefaultD;
            if (size < 2 || size > SurveyModel.MaxD) throw new ArgumentException($"--d must be between 2 and {SurveyModel.MaxD}; got {size}.");
            if (diagonal is not null && diagonal.Length != size) throw new ArgumentException($"The teacher has {diagonal.Length} columns but --d is {size}.");
            if (variances is not null && variances.Length != size) throw new ArgumentException($"The covariance has {variances.Length} entries but --d is {size}.");
            int hidden = parse.GetValue(k) ?? size;
            if (hidden != size)
                throw new ArgumentException($"explore searches the diagonal isotropy types ΔH ≤ ΔS_d, which need k = d; got k = {hidden}, d = {size}. Use --k {size} (or leave it out).");
            bool trainable = parse.GetValue(secondLayer);
            if (dist is not Plugins.StandardGaussian)
            {
                // No pair kernel: the old full-model search of the four main types.
                if (size > MaxSampledSize) throw new ArgumentException($"--d must be between 2 and {MaxSampledSize} for {dist.Spec} inputs (Monte Carlo, full model); got {size}.");
                if (diagonal is not null || variances is not null || trainable || parse.GetValue(types) is { Length: > 0 } || parse.GetValue(blocks) is not null || parse.GetValue(maxFixed) is not null)
                    throw new ArgumentException($"--teacher, --covariance, --second-layer, --type, --blocks and --max-fixed-dim need Gaussian inputs (a pair kernel); {dist.Spec} inputs search the four main types of V = I_d.");
                var sampled = Explore(size, starts, PluginModel(size, act, dist, modelSpec?.Samples ?? DefaultSamples, modelSpec?.Seed ?? 0, out var description, out var sampledHeader), description);
                if (parse.GetValue(json)) Json.Write(context.Out, sampled);
                else Render(context.CreateConsole(), sampled, sampledHeader);
                return ExitCodes.Success;
            }
            var kernel = Plugins.GaussianKernels.For(act);
            var model = SurveyModel.FromDiagonals(kernel, diagonal ?? Enumerable.Repeat(1.0, size).ToArray(), variances, trainable);
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
            var result = RunWithCtrlC(model, options, showProgress ? stderr : null);
            string header = activationSpec is null && distributionSpec is null && modelSpec is null && model.IsIdentity
                ? Header
                : HeaderFor(activationSpec is null && modelSpec is null ? "ReLU" : act.Spec, variances is null ? (distributionSpec is null && activationSpec is null ? "Gaussian" : dist.Spec) : "Gaussian N(0, Σ)",
                    model.IsIdentity ? "V = I_d" : model.Describe());
            var report = FromSurvey(result);
            if (parse.GetValue(json)) Json.Write(context.Out, report);
            else Render(context.CreateConsole(), report, header, parse.GetValue(spuriousOnly));
            if (result.Cancelled) stderr.WriteLine($"stopped by Ctrl+C after {result.Types.Count} of the types; the points above are those found so far.");
            return ExitCodes.Success;
        });
        return command;
    }

    // Ctrl+C cancels the survey, which then returns what it found; a second Ctrl+C ends the process as usual.
    private static SurveyResult RunWithCtrlC(SurveyModel model, SurveyOptions options, TextWriter? progressWriter) =>
        CtrlC.Run(ct => LandscapeSurvey.Run(model, options, progressWriter is null ? null : new ProgressLines(progressWriter), ct));

    // One line per type on stderr (synchronously: System.Progress would post to the thread pool and reorder lines).
    private sealed class ProgressLines(TextWriter writer) : IProgress<SurveyProgress>
    {
        private readonly object gate = new();

        public void Report(SurveyProgress value)
        {
            lock (gate) writer.WriteLine($"explore: type {value.TypeIndex + 1}/{value.TypeCount} {value.TypeName}");
        }
    }

    // --teacher: a blocks(...) spec or a file holding a diagonal matrix.
    private static double[] TeacherDiagonal(string text)
    {
        if (text.TrimStart().StartsWith("blocks(", StringComparison.OrdinalIgnoreCase) || text.TrimStart().StartsWith("identity(", StringComparison.OrdinalIgnoreCase))
            return SurveyModel.ParseDiagonal(text);
        string content;
        try { content = File.ReadAllText(text); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"--teacher '{text}' is neither blocks(n1,...;c1,...) / identity(d) nor a readable file: {e.Message}");
        }
        return DiagonalOf(Plugins.MatrixText.Parse(content, $"teacher file '{text}'"), $"the teacher in '{text}'");
    }

    private static double[] DiagonalOf(double[,] m, string what)
    {
        int rows = m.GetLength(0), cols = m.GetLength(1);
        if (rows != cols) throw new ArgumentException($"{what} is {rows}×{cols}; explore needs a square diagonal matrix (block-scalar teacher or covariance).");
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
                if (i != j && m[i, j] != 0)
                    throw new ArgumentException($"{what} has the off-diagonal entry ({i + 1},{j + 1}) = {m[i, j]}; explore's survey needs a diagonal (block-scalar) matrix. " +
                                                "Use critical / spectrum for a point of another model.");
        return Enumerable.Range(0, rows).Select(i => m[i, i]).ToArray();
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

    /// <summary>The survey as explore's report (JSON field names of the full-model explore kept; spectra by irreducible added).</summary>
    internal static ExploreReport FromSurvey(SurveyResult r)
    {
        var model = r.Model;
        int d = model.D;
        var points = r.Points.Select(p =>
        {
            var x = d <= MaxWeightsD ? p.Embed() : null;
            return new ExplorePoint
            {
                Isotropy = p.IsotropyName,
                IsotropyOrder = Json.Order(p.IsotropyOrder),
                OrbitSize = Json.Count(p.OrbitSize),
                OrbitSizeValue = p.OrbitSize,
                FoundIn = p.FoundIn,
                FixedDimension = p.FixedDimension,
                Loss = p.Loss,
                GradientNorm = p.GradientNorm,
                SmallestEigenvalue = p.SmallestEigenvalue,
                Classification = p.Kind.ToString().ToLowerInvariant(),
                Index = (int)Math.Min(int.MaxValue, p.Index),
                Weights = x is null ? null : Enumerable.Range(0, d).Select(i => x.Skip(i * d).Take(d).Select(v => Math.Round(v, 6)).ToArray()).ToImmutableArray(),
                Blocks = p.Layout.Orbits.Select((o, i) => new ExploreBlockValue(p.Layout.OrbitName(i), o.Size, p.Coordinates[i])).ToImmutableArray(),
                Irreducibles = p.Blocks.Select(b => new ExploreIrreducible(b.Name, Partitions(b, p.Isotropy), (long)Math.Round(b.Dimension), b.Eigenvalues.ToImmutableArray())).ToImmutableArray(),
            };
        }).ToImmutableArray();
        return new ExploreReport
        {
            K = d,
            D = d,
            Model = $"L(W) = ½ E_x (Σᵢ {(model.SecondLayerTrainable ? "aᵢ " : "")}σ(wᵢ·x) − Σⱼ σ(vⱼ·x))², {model.Kernel.Name} kernel, {model.Describe()}, x ~ N(0, Σ)" +
                    (model.SecondLayerTrainable ? ", second layer trained" : ", second layer fixed to 1"),
            Teacher = model.Describe(),
            SymmetryOrder = Json.Order(model.SymmetryOrder),
            SeedsPerType = r.Options.StartsPerType,
            Types = r.Types.Select(t => new ExploreType { Name = t.Type.Name, FixedDimension = t.FixedDimension, Converged = t.Converged }).ToImmutableArray(),
            Points = points,
            Unconverged = r.Types.Sum(t => t.Starts - t.Converged),
            Spectrum = "isotypic blocks by irreducible of the isotropy's Young part, from the loss restricted to fixed spaces (reduced model, cost independent of d)",
            Cancelled = r.Cancelled,
        };
    }

    // The partition of each factor: (p − |τ|, τ).
    private static ImmutableArray<int[]> Partitions(IrreducibleBlock b, SurveyType type) =>
        b.Label.Tails.Select((tail, f) => new[] { type.Parts[f] - tail.Sum() }.Concat(tail).ToArray()).ToImmutableArray();

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

    // |L| below 1e-12 is rounding around the global minimum's 0; print it as 0 rather than "-0.000000000".
    private static string Loss(double v) => (Math.Abs(v) < 1e-12 ? 0 : v).ToString("0.000000000", CultureInfo.InvariantCulture);

    private static string Sci(double v) => v.ToString("0.00E+00", CultureInfo.InvariantCulture);

    private static void Render(IAnsiConsole console, ExploreReport r, string header, bool spuriousOnly = false)
    {
        bool survey = r.Teacher is not null;
        console.WriteLine(header);
        console.WriteLine($"k = d = {r.D}: {r.Model}. Symmetry " + (survey && r.Teacher != $"V = I_{r.D}" ? "S_k × (S_n per column class)" : "S_k × S_d") + $", order {TextFormat.BigNumber(System.Numerics.BigInteger.Parse(r.SymmetryOrder, CultureInfo.InvariantCulture))}.");
        const int listed = 12;
        console.WriteLine($"Fixed-point spaces searched ({r.SeedsPerType} random starts each, L-BFGS then Newton{(survey ? ", in the reduced model" : "")}): " +
                          string.Join(", ", r.Types.Take(listed).Select(t => $"{t.Name} (dim {t.FixedDimension})")) +
                          (r.Types.Length > listed ? $", … ({r.Types.Length} types in all; --json lists them)" : "") + ".");
        var table = new Table { Border = TableBorder.Rounded };
        var headings = new List<string> { "isotropy", "orbit size", "fixed dim", "loss", "‖∇L‖", "λ_min", "classification" };
        if (survey) headings.AddRange(new[] { "irreducible", "dim", "Hessian eigenvalues" });
        foreach (var heading in headings)
            table.AddColumn(new TableColumn(new Text(heading, new Style(decoration: Decoration.Bold))));
        foreach (var p in r.Points.Where(p => !spuriousOnly || (p.Classification == "minimum" && p.Loss > 1e-8)))
        {
            var cells = new List<string>
            {
                p.Isotropy,
                TextFormat.Approximate(p.OrbitSizeValue),
                p.FixedDimension.ToString(CultureInfo.InvariantCulture),
                Loss(p.Loss),
                Sci(p.GradientNorm),
                p.SmallestEigenvalue is { } l ? l.ToString("0.000000", CultureInfo.InvariantCulture) : "n/a",
                p.Classification is null ? "n/a" : p.Classification == "saddle" ? $"saddle (index {p.Index})" : p.Classification,
            };
            if (!survey) { table.AddRow(cells.Select(c => new Text(c)).ToArray()); continue; }
            // One row per irreducible: the point's own columns on its first row only.
            bool first = true;
            foreach (var b in p.Irreducibles!.Value)
            {
                var row = first ? cells.ToList() : Enumerable.Repeat("", cells.Count).ToList();
                row.Add(b.Label);
                row.Add(b.Dimension.ToString(CultureInfo.InvariantCulture));
                row.Add(string.Join(" ", b.Eigenvalues.Select(e => e.ToString("0.00000", CultureInfo.InvariantCulture))));
                table.AddRow(row.Select(c => new Text(c)).ToArray());
                first = false;
            }
        }
        if (survey && !console.Profile.Capabilities.Interactive) console.Profile.Width = Math.Max(console.Profile.Width, 200);
        console.Write(table);
        if (spuriousOnly) console.WriteLine($"(--spurious: {r.Points.Length} critical points found in all, the spurious local minima listed.)");
        if (survey)
            console.WriteLine((r.D <= LandscapeSurvey.ExactIsotropyD && r.Teacher == $"V = I_{r.D}"
                                  ? $"Isotropy: the exact subgroup of S_k × S_d fixing the point (entries equal within {PointIsotropy.DefaultTolerance:0e0}); "
                                  : "Isotropy: the coarsest diagonal Young type fixing the point, read from its block values (within 1e-6), \"+ exchangeable blocks\" when " +
                                    "equal blocks can also be swapped as wholes; ") + "orbit size = |G| / |isotropy| equivalent critical points; fixed dim = dim Fix(isotropy). " +
                              $"Spectrum: {r.Spectrum}.");
        else
            console.WriteLine($"Isotropy: the exact subgroup of S_k × S_d fixing the point (entries equal within {PointIsotropy.DefaultTolerance:0e0}); " +
                              $"orbit size = |S_k × S_d| / |isotropy| equivalent critical points; fixed dim = dim Fix(isotropy). Spectrum: {r.Spectrum}.");
        if (r.Unconverged > 0) console.WriteLine($"{r.Unconverged} start(s) did not reach the gradient tolerance and are not listed.");
        if (r.Cancelled) console.WriteLine($"Stopped by Ctrl+C after {r.Types.Length} type(s): the points listed are those found so far.");
        var spurious = r.Points.Where(p => p.Classification == "minimum" && p.Loss > 1e-8).ToList();
        if (spurious.Count == 0) return;
        console.WriteLine($"{spurious.Count} spurious local minim{(spurious.Count == 1 ? "um" : "a")} (loss > 0, Hessian positive definite):");
        foreach (var p in spurious)
        {
            console.WriteLine($"  {p.Isotropy}, loss {Loss(p.Loss)}, λ_min {p.SmallestEigenvalue:0.000000}:");
            if (r.D > 8 || p.Weights is null)
            {
                console.WriteLine(p.Blocks is { } values
                    ? "    block values " + string.Join(", ", values.Select(v => $"{v.Orbit} = {v.Value.ToString("0.000000", CultureInfo.InvariantCulture)}")) + " (W with --json up to d = 30)"
                    : "    (W omitted for d > 8; use --json)");
                continue;
            }
            foreach (var row in p.Weights.Value)
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

    /// <summary>The teacher (survey), e.g. "V = I_10 ⊕ 2·I_10"; null for the Monte Carlo search.</summary>
    public string? Teacher { get; init; }

    /// <summary>True when Ctrl+C stopped the survey: the points are those found so far.</summary>
    public bool Cancelled { get; init; }
}

/// <summary>One block value of a point: the orbit's name, its number of cells, the value.</summary>
internal sealed record ExploreBlockValue(string Orbit, double Cells, double Value);

/// <summary>The Hessian eigenvalues carried by one irreducible, each with multiplicity <see cref="Dimension"/>.</summary>
/// <param name="Label">E.g. "(998,2) × (1)".</param>
/// <param name="Partitions">The partition of each factor.</param>
/// <param name="Dimension">dim λ.</param>
/// <param name="Eigenvalues">The block's eigenvalues, ascending.</param>
internal sealed record ExploreIrreducible(string Label, ImmutableArray<int[]> Partitions, long Dimension, ImmutableArray<double> Eigenvalues);

/// <summary>An isotropy type searched.</summary>
internal sealed record ExploreType
{
    /// <summary>E.g. ΔS_5×ΔS_1.</summary>
    public required string Name { get; init; }

    /// <summary>dim Fix(ΔH).</summary>
    public required int FixedDimension { get; init; }

    /// <summary>Starts that reached the gradient tolerance (survey); null for the Monte Carlo search.</summary>
    public int? Converged { get; init; }
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

    /// <summary>W, rows rounded to 6 decimals; null beyond d = 30 (see <see cref="Blocks"/>).</summary>
    public required ImmutableArray<double[]>? Weights { get; init; }

    /// <summary>The point as block values of its isotropy type (survey); null for the Monte Carlo search.</summary>
    public ImmutableArray<ExploreBlockValue>? Blocks { get; init; }

    /// <summary>The Hessian spectrum by irreducible (survey); null for the Monte Carlo search.</summary>
    public ImmutableArray<ExploreIrreducible>? Irreducibles { get; init; }
}
