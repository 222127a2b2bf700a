using Landscape.Symmetry.Groups;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>lattice's isotropy classes as a table with the covering relation.</summary>
internal static class LatticeRender
{
    public static void Render(IAnsiConsole console, IsotropyPoset poset, FileInfo? dotFile)
    {
        string space = poset.SecondLayer ? $"M({poset.Rows},{poset.Columns}) ⊕ ℝ^{poset.Rows}" : $"M({poset.Rows},{poset.Columns})";
        console.MarkupLine($"[bold]Isotropy classes of {Markup.Escape(poset.AmbientName)} on {Markup.Escape(space)}[/]");
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn(new TableColumn("id").RightAligned());
        table.AddColumn("type");
        table.AddColumn(new TableColumn("order").RightAligned());
        table.AddColumn(new TableColumn("dim Fix").RightAligned());
        table.AddColumn("rows");
        table.AddColumn("columns");
        table.AddColumn("maximal");
        table.AddColumn("covered by");
        foreach (var c in poset.Classes)
            table.AddRow(c.Id.ToString(), Markup.Escape(c.Name), c.Order.ToString(), c.FixedDimension.ToString(),
                string.Join("+", c.RowPartition), string.Join("+", c.ColumnPartition), c.Maximal ? "yes" : "",
                string.Join(", ", poset.Diagram.UpperCovers(c.Id)));
        console.Write(table);
        console.WriteLine($"{poset.Classes.Length} classes, {poset.Edges.Length} covering pairs, " +
                          $"{poset.Classes.Count(c => c.Maximal)} maximal. Ordered by inclusion up to conjugacy this is a poset, not always a lattice.");
        if (dotFile is not null) console.WriteLine($"Hasse diagram written to {dotFile.FullName} (render: dot -Tsvg {dotFile.Name} -o lattice.svg).");
    }
}
