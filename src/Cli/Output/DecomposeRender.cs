using Landscape.Symmetry.Representations;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>decompose's result as text: the space, a table of constituents, the method and the eigenvalue bound.</summary>
internal static class DecomposeRender
{
    public static void Render(IAnsiConsole console, WeightSpaceDecomposition result)
    {
        console.MarkupLine($"[bold]{Markup.Escape(result.Space)}[/]");
        bool numeric = result.Constituents.Any(c => c.Kind is not null);
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn("irreducible");
        table.AddColumn(new TableColumn("degree").RightAligned());
        table.AddColumn(new TableColumn("multiplicity").RightAligned());
        if (numeric) table.AddColumn("type");
        foreach (var c in result.Constituents)
        {
            var cells = new List<string> { Markup.Escape(c.Label), c.Degree.ToString(), c.Multiplicity.ToString() };
            if (numeric) cells.Add(c.Kind!);
            table.AddRow(cells.ToArray());
        }
        console.Write(table);
        console.WriteLine($"method: {result.Method}.");
        console.WriteLine($"dimension {result.Dimension} = Σ degree × multiplicity; an equivariant symmetric operator on it has at most {result.Bound} distinct eigenvalues.");
    }
}
