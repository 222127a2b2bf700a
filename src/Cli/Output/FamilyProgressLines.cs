using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>family's progress on stderr: one line per searched grid point and per start followed.</summary>
internal sealed class FamilyProgressLines(TextWriter writer) : IProgress<FamilyExplorerProgress>
{
    public void Report(FamilyExplorerProgress p)
    {
        writer.WriteLine(p.Stage == "search"
            ? $"[search {p.Done}/{p.Total}] d = {FamilyRender.Num(p.D)}"
            : $"[follow {p.Done}/{p.Total}] start at d = {FamilyRender.Num(p.D)}; {p.Families} famil{(p.Families == 1 ? "y" : "ies")} so far");
        writer.Flush();
    }
}
