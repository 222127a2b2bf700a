using Landscape.Symmetry.Groups;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>The table of <c>symmetry maximal</c>, and the kind names its JSON uses.</summary>
internal static class MaximalRender
{
    /// <summary>The kind in camelCase, as in the JSON: alternating, intransitive, imprimitive, affine, diagonal, productAction, almostSimple.</summary>
    public static string KindName(MaximalSubgroupKind kind)
    {
        var s = kind.ToString();
        return char.ToLowerInvariant(s[0]) + s[1..];
    }

    /// <summary>One row per class of maximal subgroups, with a note when the list is incomplete.</summary>
    public static void Render(IAnsiConsole console, MaximalSubgroupList list)
    {
        console.MarkupLine($"[bold]Maximal subgroups of {Markup.Escape(list.Parent)}[/] — {list.Count} conjugacy class{(list.Count == 1 ? "" : "es")}" +
                           (list.IsComplete ? "" : " [yellow](incomplete list)[/]"));
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("name");
        table.AddColumn("kind");
        table.AddColumn(new TableColumn("order").RightAligned());
        table.AddColumn("orbits");
        table.AddColumn("transitive");
        table.AddColumn("primitive");
        int i = 1;
        foreach (var m in list)
            table.AddRow((i++).ToString(), Markup.Escape(m.Name), KindName(m.Kind), TextFormat.BigNumber(m.Order),
                Markup.Escape("[" + string.Join(",", m.OrbitLengths) + "]"), m.IsTransitive ? "yes" : "no", m.IsPrimitive ? "yes" : "no");
        if (list.Count > 0) console.Write(table);
        if (!list.IsComplete) console.MarkupLine($"[dim]{Markup.Escape(list.Note!)}[/]");
        console.MarkupLine("[dim]Generators: --json (1-based GAP cycle notation).[/]");
    }
}
