using Landscape.Symmetry.Groups;
using Landscape.Symmetry.Representations;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// A block-constant point of a diagonal Young type read block by block: X[s,t] the value on the cells (i, j) with row i
/// in block s and column j in block t (i not paired with j; NaN where there are no such cells), Y[s] the diagonal value
/// of block s, A[s] its second-layer weight. Used to find the coarsest Young type fixing the point (merge blocks whose
/// values agree) and blocks exchangeable as wholes, and to compare points up to the joint symmetry.
/// </summary>
internal sealed class BlockPoint
{
    public required List<int> Parts;
    public required List<int> Classes;
    public required List<List<double>> X;
    public required List<double> Y;
    public required List<double> A;

    /// <summary>m = k − d extra rows (one row block after the coupled ones), 0 when k = d.</summary>
    public int ExtraRows;

    /// <summary>E[t]: the extra rows' value on column block t (empty when there are none).</summary>
    public List<double> E = new();

    /// <summary>The extra rows' second-layer weight (1 when a is fixed).</summary>
    public double EA = 1;

    public static BlockPoint Of(SurveyType type, FixedSpaceLayout layout, ReadOnlySpan<double> coords) =>
        Of(type.Parts, type.Classes, layout, coords);

    /// <summary>A point of a layout with uncut coupled factors; blocks with equal (teacher, input) scales share a class.</summary>
    public static BlockPoint Of(FixedSpaceLayout layout, ReadOnlySpan<double> coords)
    {
        var scales = layout.Factors.Select(f => (f.TeacherScale, f.InputScale)).ToList();
        var classes = scales.Select(s => scales.IndexOf(s)).ToArray();
        return Of(layout.Factors.Select(f => (int)Math.Round(f.Size)).ToArray(), classes, layout, coords);
    }

    private static BlockPoint Of(IReadOnlyList<int> parts, IReadOnlyList<int> classes, FixedSpaceLayout layout, ReadOnlySpan<double> coords)
    {
        int r = parts.Count;
        var x = new List<List<double>>();
        for (int s = 0; s < r; s++)
        {
            var row = new List<double>();
            for (int t = 0; t < r; t++) { int i = layout.BlockIndex(s, t); row.Add(i >= 0 ? coords[i] : double.NaN); }
            x.Add(row);
        }
        var y = new List<double>();
        var a = new List<double>();
        for (int s = 0; s < r; s++)
        {
            y.Add(coords[layout.DiagonalIndex(s)]);
            int ai = layout.SecondLayerIndex(s);
            a.Add(ai >= 0 ? coords[ai] : 1);
        }
        var point = new BlockPoint { Parts = parts.ToList(), Classes = classes.ToList(), X = x, Y = y, A = a };
        // The extra rows of k = d + m: the rows-only factor, whose row block comes after the r coupled ones.
        if (layout.RowBlockCount > r)
        {
            point.ExtraRows = (int)Math.Round(layout.RowSizes[r]);
            for (int t = 0; t < r; t++) point.E.Add(coords[layout.BlockIndex(r, t)]);
            int ea = layout.SecondLayerIndex(r);
            point.EA = ea >= 0 ? coords[ea] : 1;
        }
        return point;
    }

    private static bool Near(double a, double b, double tol) => double.IsNaN(a) ? double.IsNaN(b) : !double.IsNaN(b) && Math.Abs(a - b) <= tol;

    private bool OutsideAgree(int i, int j, double tol)
    {
        if (Classes[i] != Classes[j] || !Near(Y[i], Y[j], tol) || !Near(A[i], A[j], tol)) return false;
        if (ExtraRows > 0 && !Near(E[i], E[j], tol)) return false;
        for (int t = 0; t < Parts.Count; t++)
        {
            if (t == i || t == j) continue;
            if (!Near(X[i][t], X[j][t], tol) || !Near(X[t][i], X[t][j], tol)) return false;
        }
        return true;
    }

    /// <summary>Blocks i and j can be merged: the point is fixed by the Young group with i ∪ j as one block.</summary>
    public bool Mergeable(int i, int j, double tol)
    {
        if (!OutsideAgree(i, j, tol)) return false;
        double v = X[i][j];
        return Near(X[j][i], v, tol) && (double.IsNaN(X[i][i]) || Near(X[i][i], v, tol)) && (double.IsNaN(X[j][j]) || Near(X[j][j], v, tol));
    }

    /// <summary>Blocks i and j (equal sizes) can be exchanged as wholes, row ℓ of i with row ℓ of j and the paired columns.</summary>
    public bool Exchangeable(int i, int j, double tol) =>
        Parts[i] == Parts[j] && OutsideAgree(i, j, tol) && Near(X[i][i], X[j][j], tol) && Near(X[i][j], X[j][i], tol);

    /// <summary>Merges block j into block i.</summary>
    public void Merge(int i, int j)
    {
        Parts[i] += Parts[j];
        if (!double.IsNaN(X[i][j])) X[i][i] = X[i][j];
        Parts.RemoveAt(j); Classes.RemoveAt(j); Y.RemoveAt(j); A.RemoveAt(j);
        if (ExtraRows > 0) E.RemoveAt(j);
        X.RemoveAt(j);
        foreach (var row in X) row.RemoveAt(j);
    }

    /// <summary>Merges while any two blocks can be merged.</summary>
    public void Coarsen(double tol)
    {
        bool merged = true;
        while (merged)
        {
            merged = false;
            for (int i = 0; i < Parts.Count && !merged; i++)
                for (int j = i + 1; j < Parts.Count && !merged; j++)
                    if (Mergeable(i, j, tol)) { Merge(i, j); merged = true; }
        }
    }

    /// <summary>The type and its orbit coordinates (blocks reordered as <see cref="SurveyType"/> orders them).</summary>
    public (SurveyType Type, FixedSpaceLayout Layout, double[] Coordinates) ToType(SurveyModel model)
    {
        var type = new SurveyType(model, Parts, Classes);
        // SurveyType sorts by class, then size descending (stable): the same order applied here.
        var order = Enumerable.Range(0, Parts.Count).OrderBy(i => Classes[i]).ThenByDescending(i => Parts[i]).ToArray();
        var layout = type.Layout();
        var coords = new double[layout.Dimension];
        for (int o = 0; o < layout.Dimension; o++)
        {
            var orbit = layout.Orbits[o];
            if (orbit.Row >= Parts.Count)
            {
                // The extra rows' block.
                coords[o] = orbit.Kind == OrbitKind.Block ? E[order[orbit.Column]] : EA;
                continue;
            }
            int s = order[orbit.Row];
            coords[o] = orbit.Kind switch
            {
                OrbitKind.Block => X[s][order[orbit.Column]],
                OrbitKind.Diagonal => Y[s],
                _ => A[s],
            };
        }
        return (type, layout, coords);
    }

    /// <summary>The sizes of the sets of mutually exchangeable blocks (union of exchangeable pairs), sets of one left out.</summary>
    public IEnumerable<int> ExchangeableSets(double tol)
    {
        int r = Parts.Count;
        var sets = new UnionFind(r);
        for (int i = 0; i < r; i++)
            for (int j = i + 1; j < r; j++)
                if (Exchangeable(i, j, tol)) sets.Union(i, j);
        return sets.Classes().Select(c => c.Length).Where(n => n > 1);
    }

    /// <summary>
    /// The multiset of the entries of W (and a) as (value, count), values merged within tol: equal on a whole orbit of
    /// the joint symmetry, so two points with different lists are not equivalent.
    /// </summary>
    public List<(double Value, double Count)> Entries(double tol)
    {
        var all = new List<(double Value, double Count)>();
        int r = Parts.Count;
        for (int s = 0; s < r; s++)
        {
            for (int t = 0; t < r; t++)
                if (!double.IsNaN(X[s][t])) all.Add((X[s][t], (double)Parts[s] * (Parts[t] - (s == t ? 1 : 0))));
            all.Add((Y[s], Parts[s]));
            all.Add((1e6 + A[s], Parts[s])); // second-layer entries kept apart from W's
            if (ExtraRows > 0) all.Add((E[s], (double)ExtraRows * Parts[s]));
        }
        if (ExtraRows > 0) all.Add((1e6 + EA, ExtraRows));
        all.Sort((p, q) => p.Value.CompareTo(q.Value));
        var merged = new List<(double Value, double Count)>();
        foreach (var e in all)
        {
            if (e.Count == 0) continue;
            if (merged.Count > 0 && e.Value - merged[^1].Value <= tol) merged[^1] = (merged[^1].Value, merged[^1].Count + e.Count);
            else merged.Add(e);
        }
        return merged;
    }
}
