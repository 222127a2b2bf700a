using System.Globalization;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>experiment's report as text: the settings, lost and duplicated seeds, the spurious fraction, speed, and the table of types.</summary>
internal static class ExperimentRender
{
    public static void Render(IAnsiConsole console, ExperimentReport r, bool gd, int? files)
    {
        console.WriteLine($"{r.Runs} run(s), k = {r.K}, d = {r.D}, {r.Activation}, {r.Distribution}, protocol {r.Protocol}; " +
            (r.Refined ? $"end points refined, tolerance {r.Tolerance:G3}." : gd ? $"gd end points, tolerance {r.Tolerance:G3}." : $"raw SGD end points, tolerance {r.Tolerance:G3}."));
        if (files is { } count)
            console.WriteLine($"from {count} file(s): lost seeds [{string.Join(' ', r.Lost!)}], duplicated seeds [{string.Join(' ', r.Duplicated!)}].");
        if (r.Spurious is { } s)
            console.WriteLine($"spurious (loss ≥ 1e-3): {s.Count}/{s.Runs} = {100 * s.Fraction:0.0}% " +
                $"(99% interval {100 * s.Lower99:0.0}–{100 * s.Upper99:0.0}%); {r.Capped} run(s) hit the step cap.");
        console.WriteLine($"{Number.Sci(r.StepsPerSecond)} steps/s, {Number.Sci(r.SecondsPerRun)} s per run.");
        var table = new Table { Border = TableBorder.Rounded };
        foreach (var h in new[] { "isotropy type", "count", "loss min", "loss max", "seeds", "svg" }) table.AddColumn(Markup.Escape(h));
        foreach (var t in r.Types)
            table.AddRow(Markup.Escape(t.Type), t.Count.ToString(CultureInfo.InvariantCulture), Number.Sci(t.MinLoss), Number.Sci(t.MaxLoss),
                string.Join(' ', t.Seeds), Markup.Escape(t.Svg ?? ""));
        console.Write(table);
    }
}
