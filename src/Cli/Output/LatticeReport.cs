using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>The JSON output of <c>symmetry lattice</c>: the classes and the covering pairs [lower, upper] by id.</summary>
internal sealed record LatticeReport(string Ambient, int K, int D, bool Diagonal, bool SecondLayer, IReadOnlyList<LatticeClass> Classes, int[][] Edges)
{
    public static LatticeReport Of(IsotropyPoset poset) =>
        new(poset.AmbientName, poset.Rows, poset.Columns, poset.Diagonal, poset.SecondLayer,
            poset.Classes.Select(c => new LatticeClass(c.Id, Json.Order(c.Order), c.FixedDimension, c.RowPartition.ToArray(), c.ColumnPartition.ToArray(),
                c.Maximal, c.Name, c.Generators.Select(RowColumnGenerator.Of).ToArray())).ToList(),
            poset.Edges.Select(e => new[] { e.Lower, e.Upper }).ToArray());
}

/// <summary>One class of isotropy subgroups: id, order (a decimal string), dim Fix, row and column orbit sizes, maximality, name, generators.</summary>
internal sealed record LatticeClass(int Id, string Order, int FixedDimension, int[] RowPartition, int[] ColumnPartition, bool Maximal, string Name,
    RowColumnGenerator[] Generators);
