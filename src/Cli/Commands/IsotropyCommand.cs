using System.CommandLine;
using Landscape.Symmetry.Cli.Input;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Groups;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// <c>symmetry isotropy --matrix FILE [--second-layer FILE] [--tolerance t] [--diagonal] [--json]</c>:
/// the isotropy group of a weight matrix in S_k × S_d (or in ΔS_d with <c>--diagonal</c>), its type,
/// orbits, fixed-point dimension and orbit size.
/// </summary>
internal static class IsotropyCommand
{
    public static Command Create(CliContext context)
    {
        var matrix = new Option<string>("--matrix", "-m")
        {
            Description = "The k×d weight matrix: JSON {\"rows\": [[...], ...]} or a NumPy .npy file (2-D, '<f8' or '<f4', C order).",
            Required = true,
        };
        var secondLayer = new Option<string?>("--second-layer", "-a")
        {
            Description = "Optional second layer a (k entries, moved with the rows): JSON {\"values\": [...]} or a 1-D .npy file.",
        };
        var tolerance = new Option<double>("--tolerance", "-t")
        {
            Description = "Entries closer than this (single linkage on sorted values) count as equal; 0 means exact.",
            DefaultValueFactory = _ => MatrixIsotropy.DefaultTolerance,
        };
        var diagonal = new Option<bool>("--diagonal")
        {
            Description = "Square W only: permute rows and columns together (the group ΔS_d) instead of independently (S_k × S_d).",
        };
        var json = JsonOption.Create();
        var command = new Command("isotropy",
            "The isotropy group of a weight matrix: generators, order, type (e.g. ΔS_5×ΔS_1), row and column orbits, fixed-point dimension.")
        {
            matrix, secondLayer, tolerance, diagonal, json,
        };
        command.SetAction(parse =>
        {
            var w = MatrixIsotropy.ToMatrix(MatrixFile.ReadMatrix(parse.GetValue(matrix)!));
            var a = parse.GetValue(secondLayer) is { } path ? MatrixFile.ReadVector(path) : null;
            double t = parse.GetValue(tolerance);
            bool diag = parse.GetValue(diagonal);
            var g = diag ? MatrixIsotropy.Diagonal(w, a, t) : MatrixIsotropy.Of(w, a, t);
            if (parse.GetValue(json)) Json.Write(context.Out, IsotropyReport.Of(g, t));
            else Render(context.CreateConsole(), g, t);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, MatrixIsotropyGroup g, double tolerance)
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
