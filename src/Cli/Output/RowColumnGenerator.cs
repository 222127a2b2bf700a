using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>A generator (π, ρ) of a subgroup of S_k × S_d: the row and the column permutation in cycle notation.</summary>
internal sealed record RowColumnGenerator(string Rows, string Columns)
{
    public static RowColumnGenerator Of(RowColumnPermutation g) => new(g.Row.ToString(), g.Column.ToString());
}
