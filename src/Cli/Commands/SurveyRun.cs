using Landscape.Symmetry.Cli.Models;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>explore's run of a <see cref="SurveyPlan"/> from the terminal: Ctrl+C cancels a survey (it then returns what it found), progress lines on stderr.</summary>
internal static class SurveyRun
{
    // A second Ctrl+C ends the process as usual.
    public static SurveyOutcome WithCtrlC(SurveyPlan plan, SurveyOptions options, TextWriter? progressWriter)
    {
        return OptionWords.Run(() => CtrlC.Run(ct => plan.Run(options, progressWriter is null ? null : new ProgressLines(progressWriter), ct)),
            ForUsers, e => e.Message.Contains("SurveyOptions.", StringComparison.Ordinal));
    }

    /// <summary>Runs <paramref name="call"/> (e.g. <see cref="SurveyRequest.Resolve"/>) with the library's property names in its errors said as options.</summary>
    public static T InUsersWords<T>(Func<T> call)
        => OptionWords.Run(call, ForUsers, e => e.Message.Contains("SurveyRequest.", StringComparison.Ordinal) || e.Message.Contains("SurveyOptions.", StringComparison.Ordinal));

    /// <summary>The library's property names (SurveyOptions.MaxBlocks, SurveyRequest.D, …) as explore's users type them (--blocks, --d, …).</summary>
    public static string ForUsers(string message) => message
        .Replace("SurveyRequest.Distribution", "--distribution", StringComparison.Ordinal)
        .Replace("SurveyRequest.NarrowsTypes", "--type, --blocks and --max-fixed-dim", StringComparison.Ordinal)
        .Replace("SurveyRequest.SecondLayerTrainable", "--second-layer", StringComparison.Ordinal)
        .Replace("SurveyRequest.Covariance", "--covariance", StringComparison.Ordinal)
        .Replace("SurveyRequest.Teacher", "--teacher", StringComparison.Ordinal)
        .Replace("SurveyRequest.Model", "--model", StringComparison.Ordinal)
        .Replace("SurveyRequest.D", "--d", StringComparison.Ordinal)
        .Replace("(CriticalPointSearch)", "(symmetry critical)", StringComparison.Ordinal)
        .Replace("(PointSpectrum)", "(symmetry spectrum)", StringComparison.Ordinal)
        .Replace("checked by ContractKit", "checked by symmetry check", StringComparison.Ordinal)
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
