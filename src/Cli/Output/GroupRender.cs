using Spectre.Console;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>group's report as a table of facts.</summary>
internal static class GroupRender
{
    public static void Render(IAnsiConsole console, GroupReport r)
    {
        var table = new Table { Border = TableBorder.Rounded, ShowHeaders = false };
        table.AddColumn(new TableColumn("fact").NoWrap());
        table.AddColumn("value");
        void Row(string name, string value) => table.AddRow(new Markup($"[bold]{Markup.Escape(name)}[/]"), new Text(value));

        Row("spec", r.Spec);
        Row("degree", r.Degree.ToString());
        Row("order", TextFormat.BigNumber(r.OrderValue));
        Row("orbits", TextFormat.Orbits(r.Orbits, r.Degree));
        Row("transitive", YesNo(r.Transitive));
        Row("primitive", r.Primitive is { } p ? YesNo(p) : "n/a (not transitive)");
        Row("giant", r.Giant switch
        {
            "symmetric" => "yes: the full symmetric group on all points",
            "alternating" => "yes: the alternating group on all points",
            _ => "no",
        });
        Row("conjugacy classes", r.ConjugacyClassCount is { } c
            ? TextFormat.BigNumber(c)
            : $"unknown ({r.ConjugacyClassesReason})");
        if (r.ConjugacyClassList is { } list)
            Row("class sizes", Pack(list.GroupBy(c => c.Size).Select(g => g.Count() == 1 ? g.Key : $"{g.Key}×{g.Count()}"), ", "));
        else if (r.ConjugacyClassCount is not null)
            Row("class sizes", Pack($"not listed ({r.ConjugacyClassListReason})".Split(' '), " "));
        if (r.ConjugacyClassCheck is { } check) Row("classes checked", Pack(check.Split(' '), " "));
        Row("generators", $"{r.Generators.Length}:\n" + TextFormat.Lines(r.Generators, 6, 70));
        Row("base", r.Base is { } b
            ? $"{b.Length} point{(b.Length == 1 ? "" : "s")}: " + TextFormat.Truncate("[" + string.Join(", ", b) + "]", 70)
            : $"not built ({r.BaseReason})");
        Row("block systems", BlockSystems(r));

        console.MarkupLine($"[bold]Group {Markup.Escape(r.Spec)}[/]");
        console.Write(table);
        console.MarkupLine("[dim]Points are 0-based; generators use 1-based cycle notation as in GAP.[/]");
    }

    private static string BlockSystems(GroupReport r)
    {
        if (r.BlockSystems is not { } systems)
            return r.Transitive
                ? $"not computed (degree above {GroupReport.BlockSystemDegreeLimit})"
                : "n/a (not transitive)";
        if (systems.Length == 0) return "none (primitive)";
        var lines = systems.Select(s =>
        {
            var blocks = string.Join(" ", s.Take(4).Select(b => TextFormat.PointSet(b, 24)));
            if (s.Length > 4) blocks += " …";
            return $"{s.Length} blocks of size {s[0].Length}: {blocks}";
        }).ToList();
        return $"{systems.Length} minimal:\n" + TextFormat.Lines(lines, 6, 80);
    }


    // Items joined into lines of at most 70 characters, at most 6 lines.
    private static string Pack(IEnumerable<string> items, string separator)
    {
        var lines = new List<string> { "" };
        foreach (var item in items)
        {
            if (lines[^1].Length > 0 && lines[^1].Length + separator.Length + item.Length > 70) lines.Add("");
            lines[^1] += (lines[^1].Length > 0 ? separator : "") + item;
        }
        return TextFormat.Lines(lines, 6, 80);
    }

    private static string YesNo(bool b) => b ? "yes" : "no";
}
