using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Cli.Output.Plots;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// <c>symmetry spectrum --point FILE|identity|random [--method auto|dense|block] [--cluster-tolerance T] [model options] [--json]</c>:
/// the Hessian spectrum at a point as distinct eigenvalues with multiplicities — dense (at most 2500 parameters) or by
/// isotypic blocks (two-layer, k = d, isotropy a diagonal Young type; eigenvalues labelled by irreducible) — with ‖∇L‖
/// so that a spectrum at a non-critical point is recognisable as such.
/// </summary>
internal static class SpectrumCommand
{
    /// <summary>Default relative clustering tolerance (see the option's description).</summary>
    public const double DefaultClusterTolerance = 1e-6;

    /// <summary>‖∇L‖ up to which the point is called critical (Newton leaves 1e-12; a point rounded to 6 decimals gives ~1e-6).</summary>
    public const double CriticalGradientNorm = 1e-8;

    public static Command Create(CliContext context)
    {
        var models = new ModelOptions();
        var point = new PointOptions(defaultPoint: null);
        var method = new Option<string>("--method")
        {
            Description = "auto (default: reduced whenever the point is block constant for a diagonal Young type of a two-layer Gaussian model with a " +
                          "diagonal teacher; else dense up to 2500 parameters, else block), reduced (blocks per irreducible from the loss restricted to fixed " +
                          "spaces, cost independent of d), dense (MathNet eigensolver), or block (isotypic blocks from Hessian–vector products).",
            DefaultValueFactory = _ => "auto",
        };
        method.AcceptOnlyFromAmong("auto", "dense", "block", "reduced");
        var tolerance = new Option<double>("--cluster-tolerance")
        {
            Description = $"Eigenvalues closer than this × max(1, max|λ|) to their neighbour (chained) count as one, with summed multiplicity. " +
                          $"Default {DefaultClusterTolerance:0e0}: above the rounding of a dense eigensolver (~1e-13) and of the block path, " +
                          "below the gaps between the distinct eigenvalues of the papers' critical points.",
            DefaultValueFactory = _ => DefaultClusterTolerance,
        };
        var json = new Option<bool>("--json") { Description = "Write one JSON object instead of a table." };
        var plot = PlotOption.Create("the eigenvalues as strips, one per irreducible, with multiplicities");
        var command = new Command("spectrum",
            "The Hessian spectrum at --point as distinct eigenvalues with multiplicities (dense, or isotypic blocks labelled by irreducible), " +
            "with the gradient norm (is the point critical?) and the isotropy.");
        foreach (var o in models.All.Concat(point.All)) command.Options.Add(o);
        command.Options.Add(method);
        command.Options.Add(tolerance);
        command.Options.Add(json);
        command.Options.Add(plot);
        command.SetAction((parse, cancellationToken) =>
        {
            var plotFile = PlotOption.Parse(parse, plot);
            double relative = parse.GetValue(tolerance);
            if (!(relative >= 0 && relative < 1)) throw new ArgumentException($"--cluster-tolerance must be in [0, 1); got {relative}.");
            var (model, description) = models.Build(parse, point);
            var (x, pointDescription) = point.Resolve(parse, model);
            var how = parse.GetValue(method) switch { "dense" => SpectrumMethod.Dense, "block" => SpectrumMethod.Block, "reduced" => SpectrumMethod.Reduced, _ => SpectrumMethod.Auto };
            if (model is DeepNetworkLoss && how == SpectrumMethod.Block)
                throw new ArgumentException("--method block needs a two-layer model with k = d and diagonal Young isotropy; a deep model's spectrum is dense (--method dense).");
            var (spectrum, value, gradientNorm, isotropy) = Compute(model, x, how, cancellationToken);
            bool critical = gradientNorm <= CriticalGradientNorm;
            int flat = model.FlatDirections;
            var classification = Classification.Of(spectrum.Spectrum, flatDirections: flat);
            double absolute = relative * Math.Max(1, spectrum.Spectrum.Eigenvalues.Max(Math.Abs));
            var report = new SpectrumReport
            {
                Model = description,
                Point = pointDescription,
                Parameters = x.Length,
                Loss = value,
                GradientNorm = gradientNorm,
                Critical = critical,
                Isotropy = isotropy,
                Method = spectrum.Method.ToString().ToLowerInvariant(),
                MethodDetail = spectrum.Spectrum.Method,
                MovedBy = spectrum.Method is SpectrumMethod.Block or SpectrumMethod.Reduced ? x.Zip(spectrum.X, (a, b) => Math.Abs(a - b)).Max() : null,
                ClusterTolerance = absolute,
                SmallestEigenvalue = spectrum.Spectrum.Smallest,
                LargestEigenvalue = spectrum.Spectrum.Largest,
                NegativeEigenvalues = classification.Index,
                Classification = critical ? classification.Kind.ToString().ToLowerInvariant() : null,
                FlatDirections = flat,
                Eigenvalues = Clusters(spectrum, absolute),
            };
            plotFile?.Write(SpectrumPlot.Render([new SpectrumPanel(
                $"{pointDescription}: {isotropy?.Name ?? "Hessian spectrum"}, loss {PlotStyle.Number(value, 5)}, {report.Classification ?? "not critical"}",
                SpectrumEntries.Of(spectrum, absolute))]));
            if (parse.GetValue(json)) Json.Write(context.Out, report);
            else Render(context.CreateConsole(), report);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>
    /// The spectrum by the chosen method, with loss, ‖∇L‖ and isotropy. On the reduced path all of them come from the
    /// reduced model at the point's orbit average (nothing there grows with d); otherwise from the full model at x.
    /// </summary>
    internal static (PointSpectrum Spectrum, double Loss, double GradientNorm, IsotropySummary? Isotropy) Compute(IObjective model, double[] x,
        SpectrumMethod how, CancellationToken cancellationToken)
    {
        if (how is SpectrumMethod.Auto or SpectrumMethod.Reduced && model is IReducibleObjective two && two.ReducibleTerms() is { } terms)
        {
            var first = PointSpectrum.Compute(model, x, how == SpectrumMethod.Reduced ? SpectrumMethod.Reduced : SpectrumMethod.Auto, null, cancellationToken);
            if (first.Reduced is { } reduced)
            {
                var loss = reduced.Loss(terms.Kernel);
                var g = new double[loss.Dimension];
                double v = loss.Gradient(reduced.Coordinates, g);
                return (first, v, loss.FullGradientNorm(g), IsotropySummary.OfReduced(reduced, two.Layout.K, two.Layout.D));
            }
        }
        else if (how == SpectrumMethod.Reduced)
            throw new ArgumentException("--method reduced needs a two-layer model with Gaussian inputs of diagonal covariance, k = d and a diagonal teacher; use --method dense or block.");
        var gradient = new double[x.Length];
        double value = model.Gradient(x, gradient);
        double gradientNorm = Math.Sqrt(gradient.Sum(t => t * t));
        var (isotropy, group) = IsotropySummary.Of(model, x, cancellationToken);
        var spectrum = PointSpectrum.Compute(model, x, how, group, cancellationToken);
        return (spectrum, value, gradientNorm, isotropy);
    }

    /// <summary>
    /// Distinct eigenvalues: ascending values merged while the gap to the previous one is at most <paramref name="tolerance"/>
    /// (single linkage), each cluster reported at its multiplicity-weighted mean with the irreducibles it came from.
    /// </summary>
    internal static ImmutableArray<SpectrumCluster> Clusters(PointSpectrum spectrum, double tolerance)
    {
        var values = spectrum.Blocks is { } blocks
            ? blocks.Values.Select(v => (Value: v.Eigenvalue, Multiplicity: v.Multiplicity, Label: (string?)v.Irreducible.Label)).ToList()
            : spectrum.Spectrum.Eigenvalues.Select(v => (Value: v, Multiplicity: 1L, Label: (string?)null)).ToList();
        values.Sort((a, b) => a.Value.CompareTo(b.Value));
        var result = new List<SpectrumCluster>();
        int start = 0;
        for (int i = 1; i <= values.Count; i++)
        {
            if (i < values.Count && values[i].Value - values[i - 1].Value <= tolerance) continue;
            var run = values.GetRange(start, i - start);
            long m = run.Sum(v => v.Multiplicity);
            double mean = run.Sum(v => v.Value * v.Multiplicity) / m;
            ImmutableArray<string>? labels = spectrum.Blocks is null ? null : run.Select(v => v.Label!).Distinct().ToImmutableArray();
            result.Add(new SpectrumCluster(mean, m, labels));
            start = i;
        }
        return result.ToImmutableArray();
    }

    private static void Render(IAnsiConsole console, SpectrumReport r)
    {
        console.WriteLine($"model      {r.Model}");
        console.WriteLine($"point      {r.Point} ({r.Parameters} parameters)");
        console.WriteLine($"loss       {Number.Text(r.Loss)}");
        console.WriteLine($"‖∇L‖       {Number.Short(r.GradientNorm)} " +
                          (r.Critical ? $"(critical: ≤ {CriticalGradientNorm:0e0})" : $"(NOT critical: above {CriticalGradientNorm:0e0}; this is the Hessian at a non-critical point)"));
        if (r.Isotropy is { } iso) console.WriteLine($"isotropy   {iso}");
        console.WriteLine($"method     {r.MethodDetail}" + (r.MovedBy is { } moved ? $", at the orbit average of the point (moved by {Number.Short(moved)})" : ""));
        var table = new Table { Border = TableBorder.Rounded };
        var headings = r.Method is "block" or "reduced" ? new[] { "eigenvalue", "multiplicity", "irreducible(s)" } : new[] { "eigenvalue", "multiplicity" };
        foreach (var heading in headings)
            table.AddColumn(new TableColumn(new Text(heading, new Style(decoration: Decoration.Bold))));
        foreach (var c in r.Eigenvalues)
        {
            var cells = new List<string> { Number.Text(c.Value), c.Multiplicity.ToString(CultureInfo.InvariantCulture) };
            if (c.Irreducibles is { } labels) cells.Add(string.Join(", ", labels));
            table.AddRow(cells.Select(s => new Text(s)).ToArray());
        }
        console.Write(table);
        console.WriteLine($"{r.Eigenvalues.Length} distinct eigenvalues (clustered within {Number.Short(r.ClusterTolerance)}), {r.Parameters} with multiplicity; " +
                          $"λ_min {Number.Text(r.SmallestEigenvalue)}, {r.NegativeEigenvalues} negative" +
                          (r.Classification is { } kind ? $"; {kind}{FlatNote(r.FlatDirections)}." : "."));
    }

    /// <summary>" (k flat rescaling directions allowed)" when the model has them, else empty.</summary>
    internal static string FlatNote(int flat) => flat > 0 ? $" ({flat} flat rescaling directions allowed)" : "";
}

/// <summary>One distinct eigenvalue.</summary>
/// <param name="Value">The eigenvalue (mean of its cluster).</param>
/// <param name="Multiplicity">How many eigenvalues, with multiplicity, the cluster holds.</param>
/// <param name="Irreducibles">The irreducibles of the isotropy whose blocks it came from (block path), else null.</param>
internal sealed record SpectrumCluster(double Value, long Multiplicity, ImmutableArray<string>? Irreducibles);

/// <summary>The JSON output of <c>symmetry spectrum</c>.</summary>
internal sealed record SpectrumReport
{
    /// <summary>The model, one line.</summary>
    public required string Model { get; init; }

    /// <summary>Where the point came from.</summary>
    public required string Point { get; init; }

    /// <summary>Number of parameters.</summary>
    public required int Parameters { get; init; }

    /// <summary>L at the point.</summary>
    public required double Loss { get; init; }

    /// <summary>‖∇L‖ at the point.</summary>
    public required double GradientNorm { get; init; }

    /// <summary>Whether ‖∇L‖ ≤ 1e-8.</summary>
    public required bool Critical { get; init; }

    /// <summary>The isotropy type (two-layer), else null.</summary>
    public required IsotropySummary? Isotropy { get; init; }

    /// <summary>dense or block.</summary>
    public required string Method { get; init; }

    /// <summary>The method with its cost.</summary>
    public required string MethodDetail { get; init; }

    /// <summary>Block path: max |x − orbit average| of the point the spectrum was read at; else null.</summary>
    public required double? MovedBy { get; init; }

    /// <summary>The absolute clustering tolerance used.</summary>
    public required double ClusterTolerance { get; init; }

    /// <summary>λ_min.</summary>
    public required double SmallestEigenvalue { get; init; }

    /// <summary>λ_max.</summary>
    public required double LargestEigenvalue { get; init; }

    /// <summary>Eigenvalues below −1e-9 · max(1, max|λ|) (the index at a critical point).</summary>
    public required int NegativeEigenvalues { get; init; }

    /// <summary>minimum, saddle or degenerate at a critical point; null otherwise.</summary>
    public required string? Classification { get; init; }

    /// <summary>Zero eigenvalues a minimum may have for a known reason: k rescalings of a ReLU-like model with a trainable second layer, else 0.</summary>
    public required int FlatDirections { get; init; }

    /// <summary>The distinct eigenvalues, ascending.</summary>
    public required ImmutableArray<SpectrumCluster> Eigenvalues { get; init; }
}
