using System.CommandLine;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Cli.Output.Plots;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// <c>symmetry spectrum --point FILE|identity|random [--method auto|dense|isotypic|reduced] [--cluster-tolerance T] [model options] [--json]</c>:
/// the Hessian spectrum at a point as distinct eigenvalues with multiplicities — dense (at most 2500 parameters) or by
/// isotypic components (two-layer, k = d, isotropy a diagonal Young type; eigenvalues labelled by irreducible) — with ‖∇L‖
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
                          "diagonal teacher; else dense up to 2500 parameters, else isotypic), reduced (spectrum per irreducible from the loss restricted to fixed " +
                          "spaces, cost independent of d), dense (MathNet eigensolver), or isotypic (the Hessian on each isotypic component, from " +
                          "Hessian–vector products; 'block' is accepted as an alias, its former name).",
            DefaultValueFactory = _ => "auto",
        };
        method.AcceptOnlyFromAmong("auto", "dense", "isotypic", "block", "reduced");
        var tolerance = new Option<double>("--cluster-tolerance")
        {
            Description = $"Eigenvalues closer than this × max(1, max|λ|) to their neighbour (chained) count as one, with summed multiplicity. " +
                          $"Default {DefaultClusterTolerance:0e0}: above the rounding of a dense eigensolver (~1e-13) and of the isotypic path, " +
                          "below the gaps between the distinct eigenvalues of the papers' critical points.",
            DefaultValueFactory = _ => DefaultClusterTolerance,
        };
        var json = JsonOption.Create();
        var plot = PlotOption.Create("the eigenvalues as strips, one per irreducible, with multiplicities");
        var command = new Command("spectrum",
            "The Hessian spectrum at --point as distinct eigenvalues with multiplicities (dense, or per isotypic component labelled by irreducible), " +
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
            var how = parse.GetValue(method) switch { "dense" => SpectrumMethod.Dense, "isotypic" or "block" => SpectrumMethod.Isotypic, "reduced" => SpectrumMethod.Reduced, _ => SpectrumMethod.Auto };
            var reading = PointReading.Of(model, x, how, IsotropySummary.Applies(model), cancellationToken);
            var report = SpectrumReport.Of(description, pointDescription, x, reading, model.FlatDirections, relative, CriticalGradientNorm);
            plotFile?.Write(SpectrumPlot.Render([new SpectrumPanel(
                $"{pointDescription}: {report.Isotropy?.Name ?? "Hessian spectrum"}, loss {PlotStyle.Number(reading.Loss, 5)}, {report.Classification ?? "not critical"}",
                SpectrumEntries.Of(reading.Spectrum, report.ClusterTolerance))]));
            if (parse.GetValue(json)) Json.Write(context.Out, report);
            else SpectrumRender.Render(context.CreateConsole(), report, CriticalGradientNorm);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
