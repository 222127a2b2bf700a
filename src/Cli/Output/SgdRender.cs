using System.Globalization;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>sgd's report as text: runs and speed, then one table row per run.</summary>
internal static class SgdRender
{
    public static void Render(IAnsiConsole console, SgdReport report)
    {
        console.WriteLine($"{report.Ran} run(s) now, {report.Skipped} already in {report.File}; " +
            $"{Number.Sci(report.StepsPerSecond)} steps/s, {Number.Sci(report.SecondsPerRun)} s per run.");
        var table = new Table { Border = TableBorder.Rounded };
        foreach (var h in new[] { "seed", "steps", "stop", "loss", "‖∇L‖", "refined loss", "refined ‖∇L‖", "λ_min", "classification", "isotropy" })
            table.AddColumn(h);
        foreach (var r in report.Runs)
            table.AddRow(r.Seed.ToString(CultureInfo.InvariantCulture), r.Steps.ToString(CultureInfo.InvariantCulture), r.Stop, Number.Sci(r.Loss), Number.Sci(r.GradientNorm),
                Number.Sci(r.RefinedLoss), Number.Sci(r.RefinedGradientNorm), Number.Sci(r.SmallestEigenvalue), r.Classification ?? "", r.Isotropy ?? "");
        console.Write(table);
    }
}
