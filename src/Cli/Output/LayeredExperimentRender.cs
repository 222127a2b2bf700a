using System.Globalization;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>experiment's report for a deep net as text: the settings, lost and duplicated seeds, speed, and one table of types per layer.</summary>
internal static class LayeredExperimentRender
{
    public static void Render(IAnsiConsole console, LayeredExperimentReport r, int? files)
    {
        console.WriteLine($"{r.Runs} run(s), {r.Model}, widths {string.Join('-', r.Widths)}, {r.Activation}, {r.Distribution}, protocol {r.Protocol}; " +
            (r.Refined ? "end points refined" : "raw SGD end points") + $", tolerance {r.Tolerance:G3}; " +
            (r.InputsPermuted ? "hidden units and inputs permuted." : "hidden units permuted (the inputs are not a symmetry of this loss)."));
        if (files is { } count)
            console.WriteLine($"from {count} file(s): lost seeds [{string.Join(' ', r.Lost!)}], duplicated seeds [{string.Join(' ', r.Duplicated!)}].");
        console.WriteLine($"{r.Capped} run(s) hit the step cap; {Number.Sci(r.StepsPerSecond)} steps/s, {Number.Sci(r.SecondsPerRun)} s per run.");
        console.WriteLine("Per layer: the isotropy type of H_l, the permutations (rows, columns) of W_l that extend to a symmetry of the whole net.");
        foreach (var layer in r.Layers)
        {
            var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(Markup.Escape($"W{layer.Layer} ({layer.Rows}×{layer.Columns})")) };
            foreach (var h in new[] { "isotropy type of H_l", "count", "loss min", "loss max", "seeds", "svg" }) table.AddColumn(Markup.Escape(h));
            foreach (var t in layer.Types)
                table.AddRow(Markup.Escape(t.Type), t.Count.ToString(CultureInfo.InvariantCulture), Number.Sci(t.MinLoss), Number.Sci(t.MaxLoss),
                    string.Join(' ', t.Seeds), Markup.Escape(t.Svg ?? ""));
            console.Write(table);
        }
    }
}
