using Landscape.Symmetry.Groups;
using Landscape.Symmetry.Representations;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The permutations of whole blocks that normalise a type's group H: row blocks of equal size (as functions of d) and
/// column blocks of equal size exchanged, coupled blocks of size above 1 only with coupled blocks (with their partner
/// columns), single rows and single columns (fixed pointwise by H) freely. Such a relabelling maps Fix(H) onto
/// itself and critical points to critical points of the same loss and spectrum, e.g. with k = d + 1 the special row
/// and the extra row of ΔS_{d−1}×ΔS₁ trade places; and the exchange of the two rows of a coupled block of size 2, which
/// swaps that block's diagonal and off-diagonal values. Two branches related by one are the same family up to symmetry.
/// </summary>
public static class BlockRelabellings
{
    /// <summary>
    /// Each non-trivial relabelling as a coordinate map: the image of a point c has coordinate <c>map[o]</c> equal to c[o].
    /// </summary>
    public static IReadOnlyList<int[]> Of(FamilyModel model, double d)
    {
        ArgumentNullException.ThrowIfNull(model);
        var layout = model.At(d).Layout;
        // Sizes compared at a second d, so only counts that agree as functions of d are exchanged.
        var other = FixedSpaceLayout.ForType(model.Type, d + 1.37, model.SecondLayerTrainable);
        int r = layout.RowBlockCount, c = layout.ColumnBlockCount, n = layout.Dimension;
        bool SameRow(int s, int s2) => Math.Abs(layout.RowSizes[s] - layout.RowSizes[s2]) < 1e-9 && Math.Abs(other.RowSizes[s] - other.RowSizes[s2]) < 1e-9;
        bool SameColumn(int t, int t2) => Math.Abs(layout.ColumnSizes[t] - layout.ColumnSizes[t2]) < 1e-9 && Math.Abs(other.ColumnSizes[t] - other.ColumnSizes[t2]) < 1e-9;
        bool SingleRow(int s) => Math.Abs(layout.RowSizes[s] - 1) < 1e-9 && Math.Abs(other.RowSizes[s] - 1) < 1e-9;
        var result = new List<int[]>();
        foreach (var pi in Constructions.Symmetric(r).Elements())
        {
            if (Enumerable.Range(0, r).Any(s => !SameRow(s, pi[s]) || (!SingleRow(s) && (layout.Partner[s] >= 0) != (layout.Partner[pi[s]] >= 0)))) continue;
            foreach (var tau in Constructions.Symmetric(c).Elements())
            {
                if (Enumerable.Range(0, c).Any(t => !SameColumn(t, tau[t]))) continue;
                if (Enumerable.Range(0, r).Any(s => !SingleRow(s) && layout.Partner[s] >= 0 && tau[layout.Partner[s]] != layout.Partner[pi[s]])) continue;
                var map = new int[n];
                bool ok = true, identity = true;
                for (int o = 0; o < n && ok; o++)
                {
                    var orbit = layout.Orbits[o];
                    int s2 = pi[orbit.Row];
                    int image;
                    if (orbit.Kind == OrbitKind.SecondLayer) image = layout.SecondLayerIndex(s2);
                    else
                    {
                        int t2 = tau[orbit.Column];
                        bool diagonal = orbit.Kind == OrbitKind.Diagonal || (SingleRow(orbit.Row) && layout.Partner[orbit.Row] == orbit.Column);
                        // A single row meets a single column in one cell, whichever of the two it is paired with.
                        if (SingleRow(orbit.Row)) image = layout.Partner[s2] == t2 ? layout.DiagonalIndex(s2) : layout.BlockIndex(s2, t2);
                        else image = diagonal ? layout.DiagonalIndex(s2) : layout.BlockIndex(s2, t2);
                    }
                    if (image < 0) ok = false;
                    else { map[o] = image; identity &= image == o; }
                }
                if (ok && !identity && map.Distinct().Count() == n) result.Add(map);
            }
        }
        // Exchanging the two rows of a coupled block of size 2 (a row permutation alone, columns fixed) swaps the block's
        // diagonal value with its off-diagonal one and keeps every other value: the same critical point up to symmetry.
        var pairs = Enumerable.Range(0, r)
            .Where(s => layout.Partner[s] >= 0 && Math.Abs(layout.RowSizes[s] - 2) < 1e-9 && Math.Abs(other.RowSizes[s] - 2) < 1e-9
                        && layout.DiagonalIndex(s) >= 0 && layout.BlockIndex(s, layout.Partner[s]) >= 0)
            .ToArray();
        var bases = result.Prepend(Enumerable.Range(0, n).ToArray()).ToList();
        for (int mask = 1; mask < 1 << pairs.Length; mask++)
        {
            var swap = Enumerable.Range(0, n).ToArray();
            for (int q = 0; q < pairs.Length; q++)
                if ((mask >> q & 1) == 1)
                {
                    int a = layout.DiagonalIndex(pairs[q]), b = layout.BlockIndex(pairs[q], layout.Partner[pairs[q]]);
                    (swap[a], swap[b]) = (b, a);
                }
            foreach (var m in bases)
            {
                var composite = m.Select(image => swap[image]).ToArray();
                if (!result.Any(x => x.SequenceEqual(composite)) && !composite.Select((v, o) => v == o).All(same => same)) result.Add(composite);
            }
        }
        return result;
    }

    /// <summary>The image of a point under a relabelling from <see cref="Of"/>.</summary>
    public static double[] Apply(int[] map, double[] coordinates)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(coordinates);
        var image = new double[coordinates.Length];
        for (int o = 0; o < map.Length; o++) image[map[o]] = coordinates[o];
        return image;
    }
}
