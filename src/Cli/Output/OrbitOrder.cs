using System.Collections.Immutable;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>
/// A display order for the rows and columns of W that makes its isotropy visible: columns grouped by orbit (largest
/// orbit first), and — when the isotropy is conjugate into ΔS_d — row i placed where its partner column φ(i) is, so
/// that a point of type ΔS_p×ΔS_q shows as two diagonal blocks instead of a scattered permutation matrix.
/// </summary>
internal static class OrbitOrder
{
    /// <summary>(rows, columns): the original index shown at each display position.</summary>
    public static (int[] Rows, int[] Columns) Of(MatrixIsotropyGroup isotropy)
    {
        ArgumentNullException.ThrowIfNull(isotropy);
        int[] columns = Grouped(isotropy.ColumnPartition);
        int[] rows;
        if (isotropy.Rows == isotropy.Columns && isotropy.DiagonalConjugator is { } phi)
        {
            var position = new int[columns.Length];
            for (int p = 0; p < columns.Length; p++) position[columns[p]] = p;
            rows = new int[isotropy.Rows];
            for (int i = 0; i < isotropy.Rows; i++) rows[position[phi[i]]] = i;
        }
        else rows = Grouped(isotropy.RowPartition);
        return (rows, columns);
    }

    /// <summary>
    /// The sizes of consecutive orbit groups along the orders of <see cref="Of"/>: (rows, columns). Rows placed by their
    /// partner columns fall into the column groups.
    /// </summary>
    public static (int[] Rows, int[] Columns) Groups(MatrixIsotropyGroup isotropy)
    {
        ArgumentNullException.ThrowIfNull(isotropy);
        int[] columns = Sorted(isotropy.ColumnPartition).Select(o => o.Length).ToArray();
        bool paired = isotropy.Rows == isotropy.Columns && isotropy.DiagonalConjugator is not null;
        return (paired ? columns : Sorted(isotropy.RowPartition).Select(o => o.Length).ToArray(), columns);
    }

    // Orbits by decreasing size, ties by their first point; points inside an orbit in increasing order.
    private static int[] Grouped(ImmutableArray<ImmutableArray<int>> orbits) => Sorted(orbits).SelectMany(o => o).ToArray();

    private static IEnumerable<ImmutableArray<int>> Sorted(ImmutableArray<ImmutableArray<int>> orbits) =>
        orbits.OrderByDescending(o => o.Length).ThenBy(o => o[0]);
}
