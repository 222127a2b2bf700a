using System.CommandLine;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Groups;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary><c>symmetry group &lt;spec&gt; [--degree n] [--json]</c>: the basic facts about one permutation group.</summary>
internal static class GroupCommand
{
    public static Command Create(CliContext context)
    {
        var spec = new Argument<string>("spec")
        {
            Description = "A group spec, e.g. \"S(5)\", \"A(6)\", \"D(8)\", \"S(3) wr S(2)\", \"S(2) x S(3)\", " +
                          "\"Hyperoctahedral(4)\", \"Cells(3,4)\", \"Group(8; (1,2,3),(1,8))\", or generators \"(1,2,3),(1,2)\" with --degree.",
        };
        var degree = new Option<int?>("--degree", "-n")
        {
            Description = "Number of points, for a bare generator list (points are 1-based in cycle notation).",
        };
        var json = JsonOption.Create();

        var command = new Command("group", "Order, orbits, transitivity, primitivity, conjugacy classes, base and block systems of a group.")
        {
            spec, degree, json,
        };
        command.SetAction(parse =>
        {
            var parsed = GroupSpec.Parse(parse.GetValue(spec)!, parse.GetValue(degree));
            var report = GroupReport.Of(parsed);
            if (parse.GetValue(json)) Json.Write(context.Out, report);
            else Render(context.CreateConsole(), report);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, GroupReport r)
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
        Row("generators", $"{r.Generators.Length}:\n" + TextFormat.Lines(r.Generators, 6, 70));
        Row("base", r.Base is { } b
            ? $"{b.Length} point{(b.Length == 1 ? "" : "s")}: " + TextFormat.Truncate("[" + string.Join(", ", b) + "]", 70)
            : "not built (giant: order and membership need no stabilizer chain)");
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


    private static string YesNo(bool b) => b ? "yes" : "no";
}
