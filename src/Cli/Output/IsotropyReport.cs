using System.Collections.Immutable;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>The JSON output of <c>symmetry isotropy</c>.</summary>
internal sealed record IsotropyReport(int K, int D, string Action, bool SecondLayer, double Tolerance, string Order, string Type, string Structure,
    bool Diagonal, string? DiagonalConjugator, RowColumnGenerator[] Generators, ImmutableArray<ImmutableArray<int>> RowPartition,
    ImmutableArray<ImmutableArray<int>> ColumnPartition, int FixedDimension, string OrbitSize)
{
    public static IsotropyReport Of(MatrixIsotropyGroup g, double tolerance) =>
        new(g.Rows, g.Columns, g.Action == IsotropyAction.Diagonal ? "diagonal" : "rows-and-columns", g.HasSecondLayer, tolerance, Json.Order(g.Order),
            g.Type.Name, g.Type.Structure, g.IsConjugateToDiagonal, g.DiagonalConjugator?.ToString(), g.Generators.Select(RowColumnGenerator.Of).ToArray(),
            g.RowPartition, g.ColumnPartition, g.FixedDimension, Json.Order(g.OrbitSize));
}
