using System.CommandLine;
using Landscape.Symmetry.Cli.Input;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Groups;

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
            else IsotropyRender.Render(context.CreateConsole(), g, t);
            return ExitCodes.Success;
        });
        return command;
    }
}
