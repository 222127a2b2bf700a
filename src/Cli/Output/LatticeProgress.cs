using Landscape.Symmetry.Groups;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Output;

/// <summary><c>symmetry lattice</c>'s progress bar: classes expanded out of classes found, on stderr.</summary>
internal static class LatticeProgress
{
    /// <summary>Runs the enumeration, with a progress bar on stderr when a person watches.</summary>
    public static IsotropyPoset Run(CliContext context,
        Func<IProgress<IsotropyEnumerationProgress>?, CancellationToken, IsotropyPoset> enumerate)
    {
        // A progress bar only when a person watches: stdout and stderr both a terminal. It goes to
        // stderr so that piped JSON stays clean.
        if (!context.Terminal || Console.IsErrorRedirected) return enumerate(null, CancellationToken.None);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IsotropyPoset? result = null;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("isotropy classes", maxValue: 1);
                var progress = new Progress(task);
                result = enumerate(progress, CancellationToken.None);
            });
        return result!;
    }

    // Called on worker threads; Spectre's task is thread-safe. The bar is expanded / found, which
    // grows and shrinks as classes are discovered.
    private sealed class Progress(ProgressTask task) : IProgress<IsotropyEnumerationProgress>
    {
        public void Report(IsotropyEnumerationProgress value)
        {
            task.MaxValue = Math.Max(1, value.ClassesFound);
            task.Value = value.ClassesExpanded;
            task.Description = $"isotropy classes: {value.ClassesExpanded} expanded of {value.ClassesFound} found";
        }
    }
}
