using System.CommandLine;
using System.Numerics;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Groups;
using Landscape.Symmetry.Representations;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// <c>symmetry decompose --d D --subgroup SPEC [--second-layer] [--json]</c>: the irreducible
/// constituents of M(d,d) (and ℝᵈ for a trainable second layer) under a subgroup of S_d acting
/// diagonally. So far the subgroup must be a Young subgroup S(p₁) x … x S(p_r), decomposed by class
/// sums; other subgroups are refused with a message saying so.
/// </summary>
internal static class DecomposeCommand
{
    public static Command Create(CliContext context)
    {
        var d = new Option<int>("--d") { Description = "The matrix size: M(d,d), d ≥ 1.", Required = true };
        var subgroup = new Option<string>("--subgroup")
        {
            Description = "A Young subgroup of S_d acting diagonally, e.g. \"S(5) x S(1)\" for d = 6, or \"S(6)\".",
            Required = true,
        };
        var secondLayer = new Option<bool>("--second-layer") { Description = "Add the d entries of a trainable second layer (moved like rows)." };
        var json = new Option<bool>("--json") { Description = "Write one JSON object instead of a table." };
        var command = new Command("decompose",
            "Irreducible constituents (label, degree, multiplicity) of M(d,d) under a Young subgroup of S_d acting diagonally.")
        {
            d, subgroup, secondLayer, json,
        };
        command.SetAction(parse =>
        {
            int size = parse.GetValue(d);
            if (size < 1) throw new ArgumentException($"--d must be at least 1; got {size}.");
            var spec = GroupSpec.Parse(parse.GetValue(subgroup)!);
            if (spec.Degree != size)
                throw new ArgumentException($"The subgroup {spec} acts on {spec.Degree} points, but --d is {size}: it must be a subgroup of S_{size}.");
            var sizes = YoungFactors(spec);
            bool layer = parse.GetValue(secondLayer);
            var decomposition = MatrixCellCharacters.Diagonal(sizes, layer);
            var bound = decomposition.Components.Aggregate(BigInteger.Zero, (sum, c) => sum + c.Multiplicity);
            if (parse.GetValue(json))
                Json.Write(context.Out, new
                {
                    subgroup = spec.ToString(),
                    d = size,
                    secondLayer = layer,
                    constituents = decomposition.Components.Select(c => new
                    {
                        label = c.Label.ToString(),
                        degree = Json.Count(c.Degree),
                        multiplicity = Json.Count(c.Multiplicity),
                    }).ToArray(),
                    dimension = Json.Count(decomposition.Dimension),
                    distinctEigenvaluesBound = Json.Count(bound),
                });
            else Render(context.CreateConsole(), spec.ToString(), size, layer, decomposition, bound);
            return ExitCodes.Success;
        });
        return command;
    }

    private static List<int> YoungFactors(GroupSpec spec) => spec switch
    {
        SymmetricGroupSpec s => new List<int> { s.N },
        DirectProductGroupSpec p => YoungFactors(p.Left).Concat(YoungFactors(p.Right)).ToList(),
        _ => throw new ArgumentException(
            $"decompose handles Young subgroups S(p1) x ... x S(pr) so far; {spec} is not one (other subgroups need the isotypic decomposition that is not built yet)."),
    };

    private static void Render(IAnsiConsole console, string subgroup, int d, bool secondLayer,
        PermutationCharacterDecomposition decomposition, BigInteger bound)
    {
        console.MarkupLine($"[bold]M({d},{d}){(secondLayer ? $" ⊕ ℝ^{d}" : "")} under Δ({Markup.Escape(subgroup)})[/]");
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn("irreducible");
        table.AddColumn(new TableColumn("degree").RightAligned());
        table.AddColumn(new TableColumn("multiplicity").RightAligned());
        foreach (var c in decomposition.Components)
            table.AddRow(Markup.Escape(c.Label.ToString()), c.Degree.ToString(), c.Multiplicity.ToString());
        console.Write(table);
        console.WriteLine($"dimension {decomposition.Dimension} = Σ degree × multiplicity; an equivariant symmetric operator on it has at most {bound} distinct eigenvalues.");
    }
}
