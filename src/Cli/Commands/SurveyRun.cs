using Landscape.Symmetry.Cli.Models;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>explore's survey run from the terminal: Ctrl+C cancels it (it then returns what it found), progress lines on stderr.</summary>
internal static class SurveyRun
{
    // A second Ctrl+C ends the process as usual.
    public static SurveyResult WithCtrlC(SurveyModel model, SurveyOptions options, TextWriter? progressWriter)
    {
        try
        {
            return CtrlC.Run(ct => LandscapeSurvey.Run(model, options, progressWriter is null ? null : new ProgressLines(progressWriter), ct));
        }
        catch (ArgumentException e) when (e.Message.Contains("SurveyOptions.", StringComparison.Ordinal))
        {
            throw new ArgumentException(ForUsers(e.Message), e);
        }
    }

    /// <summary>The library's option names (SurveyOptions.MaxBlocks, …) as explore's users type them (--blocks, …).</summary>
    public static string ForUsers(string message) => message
        .Replace("SurveyOptions.MaxBlocks", "--blocks", StringComparison.Ordinal)
        .Replace("SurveyOptions.MaxFixedDimension", "--max-fixed-dim", StringComparison.Ordinal)
        .Replace("name types in SurveyOptions.Types", "name types with --type", StringComparison.Ordinal)
        .Replace("SurveyOptions.Types", "--type", StringComparison.Ordinal)
        .Replace("SurveyOptions.StartsPerType", "--seeds", StringComparison.Ordinal);

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
