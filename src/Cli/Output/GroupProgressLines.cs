using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>
/// <c>symmetry group</c>'s progress: one line per step of <see cref="GroupSummary.Of"/>, written synchronously
/// (System.Progress would post to the thread pool and reorder lines); the last step seen, for a Ctrl+C message.
/// </summary>
internal sealed class GroupProgressLines(TextWriter writer) : IProgress<GroupSummaryProgress>
{
    public GroupSummaryProgress? Last { get; private set; }

    public void Report(GroupSummaryProgress p)
    {
        Last = p;
        writer.WriteLine($"group: step {p.Step}/{p.Steps}: {p.Stage}");
        writer.Flush();
    }
}
