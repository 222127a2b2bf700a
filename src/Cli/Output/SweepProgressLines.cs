using System.Globalization;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>One line per finished run of a sweep (<c>sgd</c>, <c>experiment</c>) when no terminal progress bar is shown.</summary>
internal sealed class SweepProgressLines(TextWriter writer) : IProgress<SgdProgress>
{
    public void Report(SgdProgress p)
    {
        if (p.Last is { } r)
            writer.WriteLine($"[{p.Completed}/{p.Total}] seed {r.Seed}: {r.Steps} steps, {r.Stop}, loss {Number.Sci(r.Loss)}, ‖∇L‖ {Number.Sci(r.GradientNorm)}");
        else
            writer.WriteLine($"[{p.Completed}/{p.Total}] {(p.Completed > 0 ? $"{p.Completed} run(s) already in the file" : "starting")}");
        writer.Flush();
    }
}
