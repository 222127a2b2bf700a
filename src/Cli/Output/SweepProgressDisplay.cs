using Landscape.Symmetry.Landscape;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>How a sweep shows its progress: a Spectre bar on a terminal, else one line per run (none under <c>--json</c>).</summary>
internal static class SweepProgressDisplay
{
    /// <summary>Runs <paramref name="sweep"/> with the progress display that fits the context.</summary>
    public static T Run<T>(CliContext context, bool json, string label, Func<IProgress<SgdProgress>, T> sweep)
    {
        if (!context.Terminal || json) return sweep(new SweepProgressLines(json ? TextWriter.Null : context.Out));
        T result = default!;
        AnsiConsole.Progress().Start(ctx =>
        {
            var task = ctx.AddTask(label, maxValue: 1);
            result = sweep(new Progress<SgdProgress>(p => { task.MaxValue = Math.Max(1, p.Total); task.Value = p.Completed; }));
        });
        return result;
    }
}
