using Landscape.Symmetry.Groups;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>The table of <c>symmetry isotropy</c>.</summary>
internal static class IsotropyRender
{
    /// <summary>The isotropy group of a matrix as a table of facts.</summary>
    public static void Render(IAnsiConsole console, MatrixIsotropyGroup g, double tolerance)
    {
        string acting = g.Action == IsotropyAction.Diagonal ? $"ΔS_{g.Columns}" : $"S_{g.Rows} × S_{g.Columns}";
        console.MarkupLine($"[bold]Isotropy of a {g.Rows}×{g.Columns} matrix{(g.HasSecondLayer ? " with second layer" : "")} in {Markup.Escape(acting)}[/] (tolerance {tolerance:G3})");
        var table = new Table { Border = TableBorder.Rounded, ShowHeaders = false };
        table.AddColumn(new TableColumn("fact").NoWrap());
        table.AddColumn("value");
        void Row(string name, string value) => table.AddRow(new Markup($"[bold]{Markup.Escape(name)}[/]"), new Text(value));
        Row("type", g.Type.Name);
        Row("order", TextFormat.BigNumber(g.Order));
        Row("structure", g.Type.Structure);
        Row("conjugate into ΔS_d", g.IsConjugateToDiagonal ? "yes" : "no");
        Row("row orbits", TextFormat.Orbits(g.RowPartition, g.Rows));
        Row("column orbits", TextFormat.Orbits(g.ColumnPartition, g.Columns));
        Row("fixed-point dimension", g.FixedDimension.ToString());
        Row("orbit size of W", TextFormat.BigNumber(g.OrbitSize));
        Row("generators", g.Generators.Length == 0
            ? "none (trivial group)"
            : TextFormat.Lines(g.Generators.Select(x => g.Action == IsotropyAction.Diagonal ? x.Row.ToString() : $"rows {x.Row}  columns {x.Column}").ToList(), 8, 100));
        console.Write(table);
    }
}
