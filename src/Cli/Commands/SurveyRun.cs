using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>explore's survey run from the terminal: Ctrl+C cancels it (it then returns what it found), progress lines on stderr.</summary>
internal static class SurveyRun
{
    // A second Ctrl+C ends the process as usual.
    public static SurveyResult WithCtrlC(SurveyModel model, SurveyOptions options, TextWriter? progressWriter)
    {
        using var cts = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            if (cts.IsCancellationRequested) return;
            e.Cancel = true;
            cts.Cancel();
        }
        Console.CancelKeyPress += OnCancel;
        try
        {
            var progress = progressWriter is null ? null : new ProgressLines(progressWriter);
            return LandscapeSurvey.Run(model, options, progress, cts.Token);
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }

    // One line per type on stderr (synchronously: System.Progress would post to the thread pool and reorder lines).
    private sealed class ProgressLines(TextWriter writer) : IProgress<SurveyProgress>
    {
        private readonly object gate = new();

        public void Report(SurveyProgress value)
        {
            lock (gate) writer.WriteLine($"explore: type {value.TypeIndex + 1}/{value.TypeCount} {value.TypeName}");
        }
    }
}
