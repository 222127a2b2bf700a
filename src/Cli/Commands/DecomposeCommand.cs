using System.CommandLine;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Representations;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// <c>symmetry decompose --d D --subgroup SPEC [--k K] [--second-layer] [--json]</c>: the irreducible
/// constituents of the weight space under a subgroup. Without <c>--k</c> the space is M(d,d) (⊕ ℝᵈ) and
/// SPEC is a subgroup of S_d acting diagonally on rows and columns; with <c>--k</c> the space is M(k,d)
/// (⊕ ℝᵏ) and SPEC is a subgroup of S_k × S_d written on k + d points, rows 1..k first, then columns.
/// Young subgroups get exact partition-tuple labels (class sums, or fixed spaces of Young subgroups
/// when there are too many classes); any other subgroup is decomposed numerically from the commutant.
/// </summary>
internal static class DecomposeCommand
{
    public static Command Create(CliContext context)
    {
        var d = SizeOption.UpTo("--d", "The number of columns (inputs) d; the space is M(d,d) unless --k is given.", Groups.GroupSpec.MaxDegree, required: true);
        var subgroup = new Option<string>("--subgroup")
        {
            Description = "Without --k: a subgroup of S_d acting diagonally, e.g. \"S(5) x S(1)\", \"S(3) wr S(2)\", or generators \"(1,2,3),(1,2)\". "
                + "With --k: a subgroup of S_k × S_d on k + d points, rows 1..k then columns k+1..k+d, e.g. \"S(2) x S(3)\" for k = 2, d = 3.",
            Required = true,
        };
        var k = SizeOption.UpTo("--k", "The number of rows (neurons) k: decompose M(k,d) under a subgroup of S_k × S_d instead of M(d,d) under ΔH.", Groups.GroupSpec.MaxDegree);
        var secondLayer = new Option<bool>("--second-layer") { Description = "Add the entries of a trainable second layer (one per row, moved like rows)." };
        var json = JsonOption.Create();
        var command = new Command("decompose",
            "Irreducible constituents (label, degree, multiplicity) of the weight space M(d,d) under a subgroup of S_d acting diagonally, or of M(k,d) under a subgroup of S_k × S_d.")
        {
            d, subgroup, k, secondLayer, json,
        };
        command.SetAction(parse =>
        {
            int columns = d.Value(parse, 0);
            int? rows = k.Checked(parse);
            var (spec, result) = WeightSpaceDecomposition.Of(parse.GetValue(subgroup)!, columns, rows, parse.GetValue(secondLayer));
            if (parse.GetValue(json))
                Json.Write(context.Out, DecomposeReport.Of(spec.ToString(), columns, rows, parse.GetValue(secondLayer), result));
            else DecomposeRender.Render(context.CreateConsole(), result);
            return ExitCodes.Success;
        });
        return command;
    }
}
