using System.CommandLine;
using System.Numerics;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Groups;
using Landscape.Symmetry.Representations;
using Spectre.Console;

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
    private sealed record Constituent(string Label, BigInteger Degree, BigInteger Multiplicity, string? Kind, double[]? Character);

    private sealed record ClassInfo(string Representative, BigInteger Size);

    private sealed record Result(string Space, string Method, IReadOnlyList<Constituent> Constituents, IReadOnlyList<ClassInfo>? Classes)
    {
        public BigInteger Dimension => Constituents.Aggregate(BigInteger.Zero, (s, c) => s + c.Degree * c.Multiplicity);

        public BigInteger Bound => Constituents.Aggregate(BigInteger.Zero, (s, c) => s + c.Multiplicity);
    }

    public static Command Create(CliContext context)
    {
        var d = new Option<int>("--d") { Description = "The number of columns (inputs) d ≥ 1; the space is M(d,d) unless --k is given.", Required = true };
        var subgroup = new Option<string>("--subgroup")
        {
            Description = "Without --k: a subgroup of S_d acting diagonally, e.g. \"S(5) x S(1)\", \"S(3) wr S(2)\", or generators \"(1,2,3),(1,2)\". "
                + "With --k: a subgroup of S_k × S_d on k + d points, rows 1..k then columns k+1..k+d, e.g. \"S(2) x S(3)\" for k = 2, d = 3.",
            Required = true,
        };
        var k = new Option<int?>("--k") { Description = "The number of rows (neurons) k ≥ 1: decompose M(k,d) under a subgroup of S_k × S_d instead of M(d,d) under ΔH." };
        var secondLayer = new Option<bool>("--second-layer") { Description = "Add the entries of a trainable second layer (one per row, moved like rows)." };
        var json = new Option<bool>("--json") { Description = "Write one JSON object instead of a table." };
        var command = new Command("decompose",
            "Irreducible constituents (label, degree, multiplicity) of the weight space M(d,d) under a subgroup of S_d acting diagonally, or of M(k,d) under a subgroup of S_k × S_d.")
        {
            d, subgroup, k, secondLayer, json,
        };
        command.SetAction(parse =>
        {
            int columns = parse.GetValue(d);
            if (columns < 1) throw new ArgumentException($"--d must be at least 1; got {columns}.");
            int? rows = parse.GetValue(k);
            if (rows is < 1) throw new ArgumentException($"--k must be at least 1; got {rows}.");
            var text = parse.GetValue(subgroup)!;
            var spec = GroupSpec.Parse(text);
            // Generators name only the points they move; fix the rest up to the space's degree.
            int points = columns + (rows ?? 0);
            if (spec is GeneratedGroupSpec && spec.Degree < points) spec = GroupSpec.Parse(text, points);
            bool layer = parse.GetValue(secondLayer);
            var result = rows is { } r ? RowsAndColumns(spec, r, columns, layer) : Diagonal(spec, columns, layer);
            if (parse.GetValue(json))
                Json.Write(context.Out, new
                {
                    subgroup = spec.ToString(),
                    d = columns,
                    k = rows,
                    secondLayer = layer,
                    space = result.Space,
                    method = result.Method,
                    constituents = result.Constituents.Select(c => new
                    {
                        label = c.Label,
                        degree = Json.Count(c.Degree),
                        multiplicity = Json.Count(c.Multiplicity),
                        kind = c.Kind,
                        character = c.Character,
                    }).ToArray(),
                    classes = result.Classes?.Select(c => new { representative = c.Representative, size = Json.Count(c.Size) }).ToArray(),
                    dimension = Json.Count(result.Dimension),
                    distinctEigenvaluesBound = Json.Count(result.Bound),
                });
            else Render(context.CreateConsole(), result);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Result Diagonal(GroupSpec spec, int d, bool layer)
    {
        if (spec.Degree != d)
            throw new ArgumentException($"The subgroup {spec} acts on {spec.Degree} points, but --d is {d}: it must be a subgroup of S_{d}.");
        string space = $"M({d},{d}){(layer ? $" ⊕ ℝ^{d}" : "")} under Δ({spec})";
        if (YoungFactors(spec) is { } sizes && (ProductCharacters.ClassCount(sizes) <= PermutationCharacterDecomposition.MaxClassCount
            || sizes.Count <= DiagonalYoungDecomposition.MaxBlocks))
        {
            if (ProductCharacters.ClassCount(sizes) <= PermutationCharacterDecomposition.MaxClassCount)
                return new Result(space, "class sums (exact)", Exact(MatrixCellCharacters.Diagonal(sizes, layer)), null);
            var fast = DiagonalYoungDecomposition.FromFactorSizes(sizes, layer);
            return new Result(space, "fixed spaces of Young subgroups (exact: integer eigenvalues of a central element)",
                fast.Types.Select(t => new Constituent(t.Label, t.Degree, t.Multiplicity, null, null)).ToList(), null);
        }
        var h = spec.Build();
        return Numeric(space, h, MatrixCellAction.Diagonal(h, layer), g => MatrixCellAction.Lift(d, d, g, g, layer));
    }

    private static Result RowsAndColumns(GroupSpec spec, int k, int d, bool layer)
    {
        if (spec.Degree != k + d)
            throw new ArgumentException(
                $"The subgroup {spec} acts on {spec.Degree} points, but with --k {k} and --d {d} it must be a subgroup of S_{k} × S_{d} on {k + d} points (rows 1..{k}, then columns {k + 1}..{k + d}).");
        string space = $"M({k},{d}){(layer ? $" ⊕ ℝ^{k}" : "")} under {spec} (rows 1..{k}, columns {k + 1}..{k + d})";
        var h = spec.Build();
        foreach (var g in h.Generators)
            for (int p = 0; p < k; p++)
                if (g[p] >= k)
                    throw new ArgumentException(
                        $"The subgroup {spec} is not a subgroup of S_{k} × S_{d}: its generator {g} sends row {p + 1} to point {g[p] + 1}, a column.");
        if (YoungFactors(spec) is { } sizes)
        {
            int split = 0, prefix = 0;
            while (split < sizes.Count && prefix < k) prefix += sizes[split++];
            if (prefix == k)
                return new Result(space, "class sums (exact)",
                    Exact(MatrixCellCharacters.RowsAndColumns(sizes.Take(split).ToList(), sizes.Skip(split).ToList(), layer)), null);
        }
        Permutation Lift(Permutation g)
        {
            var rowPart = Permutation.FromImages(Enumerable.Range(0, k).Select(p => g[p]).ToArray());
            var columnPart = Permutation.FromImages(Enumerable.Range(k, d).Select(p => g[p] - k).ToArray());
            return MatrixCellAction.Lift(k, d, rowPart, columnPart, layer);
        }
        int n = MatrixCellAction.Degree(k, d, layer);
        return Numeric(space, h, PermutationGroup.Create(n, h.Generators.Select(Lift), h.Order), Lift);
    }

    private static Result Numeric(string space, PermutationGroup h, PermutationGroup cells, Func<Permutation, Permutation> lift)
    {
        if (cells.Degree > IsotypicDecomposition.MaxDimension)
            throw new ArgumentException(
                $"The space has dimension {cells.Degree}; subgroups other than Young subgroups are decomposed numerically (dense, from the commutant), which is limited to dimension {IsotypicDecomposition.MaxDimension}.");
        var decomposition = IsotypicDecomposition.Of(cells);
        IReadOnlyList<ConjugacyClass>? classes;
        try { classes = ConjugacyClasses.Of(h); }
        catch (InvalidOperationException) { classes = null; }
        var lifted = classes?.Select(c => lift(c.Representative)).ToArray();
        var constituents = decomposition.Types.Select((t, i) => new Constituent(t.Label, t.Degree, t.Multiplicity, t.Kind,
            lifted?.Select(g => Math.Round(decomposition.Character(i, g), 6) + 0.0).ToArray())).ToList();
        return new Result(space, "numeric (commutant): labels are not names of irreducibles, characters are on the listed classes",
            constituents, classes?.Select(c => new ClassInfo(c.Representative.ToString(), c.Size)).ToList());
    }

    private static List<Constituent> Exact(PermutationCharacterDecomposition decomposition) =>
        decomposition.Components.Select(c => new Constituent(c.Label.ToString(), c.Degree, c.Multiplicity, null, null)).ToList();

    private static List<int>? YoungFactors(GroupSpec spec) => spec switch
    {
        SymmetricGroupSpec s => new List<int> { s.N },
        DirectProductGroupSpec p when YoungFactors(p.Left) is { } left && YoungFactors(p.Right) is { } right => left.Concat(right).ToList(),
        _ => null,
    };

    private static void Render(IAnsiConsole console, Result result)
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
