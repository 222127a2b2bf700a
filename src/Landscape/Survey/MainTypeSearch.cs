using Landscape.Symmetry.Groups;
using System.Collections.Immutable;
using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The full-model search of the four main diagonal Young types of S_d (<see cref="DiagonalYoungTypes.MainTypes"/>) for a
/// two-layer model with k = d that has no reduced model — inputs without a pair kernel, whose loss is sampled (Monte
/// Carlo). Each type's fixed space is searched from seeded random starts (<see cref="FixedSpaceSearch"/>); the points
/// found are merged by orbit invariants, typed exactly (<see cref="PointIsotropy"/>) and classified by their Hessian.
/// <see cref="LandscapeSurvey"/> is the road for Gaussian inputs (any d); this one is O(d³) per gradient.
/// </summary>
public static class MainTypeSearch
{
    /// <summary>A start counts as converged when its search ends with ‖∇L‖ at most this.</summary>
    public const double ConvergedGradientNorm = 1e-10;

    /// <summary>Searches every main type of <paramref name="model"/> and merges the points found, one per S_d × S_d orbit.</summary>
    /// <param name="model">A two-layer loss with k = d and the second layer fixed (cells i·d + j).</param>
    /// <param name="startsPerType">Random starts per type: seeds 0 … startsPerType − 1, entries of variance 1/d.</param>
    /// <param name="cancellationToken">Checked before every start and inside each search.</param>
    /// <exception cref="ArgumentException">k ≠ d, or fewer than one start.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static MainTypeSearchResult Run(IObjective model, int startsPerType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var layout = model.Layout;
        if (layout.K != layout.D) throw new ArgumentException($"The main diagonal types need k = d; got k = {layout.K}, d = {layout.D}.");
        if (startsPerType < 1) throw new ArgumentException($"At least one start per type is needed; got {startsPerType}.");
        int d = layout.D;
        var types = DiagonalYoungTypes.MainTypes(d).Select(p => (Name: DiagonalYoungTypes.Name(p), Group: MatrixCellAction.DiagonalYoung(p))).ToList();
        var found = new List<(double[] X, double Value, double[] Invariants, int TypeRank)>();
        var searched = new List<MainTypeSearched>();
        int failures = 0;
        foreach (var t in types)
        {
            var search = new FixedSpaceSearch(model, t.Group);
            searched.Add(new MainTypeSearched(t.Name, search.Dimension));
            for (int seed = 0; seed < startsPerType; seed++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var r = search.Search(search.XavierStart(seed), cancellationToken: cancellationToken);
                if (r.GradientNorm > ConvergedGradientNorm) { failures++; continue; }
                // One entry per orbit of S_d × S_d; of the orbit's points found, keep one fixed by the largest listed type.
                var invariants = OrbitInvariants(r.X, r.Value, d);
                int rank = types.FindIndex(u => CriticalPointReport.IsFixedBy(r.X, u.Group, 1e-8));
                if (rank < 0) rank = types.Count;
                int same = found.FindIndex(f => MaxDifference(f.Invariants, invariants) < 1e-6);
                if (same < 0) found.Add((r.X, r.Value, invariants, rank));
                else if (rank < found[same].TypeRank) found[same] = (r.X, r.Value, invariants, rank);
            }
        }
        bool dense = layout.Dimension <= DenseSpectrumProvider.MaxDimension;
        var points = found.OrderBy(f => f.Value).Select(f =>
        {
            var isotropy = PointIsotropy.Of(layout, f.X);
            var g = new double[f.X.Length];
            model.Gradient(f.X, g);
            // Found in: the first (largest) listed type whose group fixes the point as found.
            return new MainTypePoint(f.X, f.Value, Math.Sqrt(g.Sum(v => v * v)), types[Math.Min(f.TypeRank, types.Count - 1)].Name, isotropy,
                Analyze(model, f.X, isotropy, dense));
        }).ToImmutableArray();
        return new MainTypeSearchResult(model, startsPerType, searched.ToImmutableArray(), points, failures, dense);
    }

    /// <summary>
    /// Dense spectrum while the Hessian is small; beyond that the isotypic path, which needs the point's isotropy to be a
    /// diagonal Young type (the numeric decomposition of other groups is dense too) — otherwise no spectrum.
    /// </summary>
    private static CriticalPointReport? Analyze(IObjective model, double[] x, Groups.MatrixIsotropyGroup isotropy, bool dense)
    {
        int flat = model.FlatDirections;
        if (dense) return CriticalPointReport.Analyze(model, x, isotropy.AsCellGroup(), flatDirections: flat);
        try
        {
            var (symmetric, group) = PointSpectrum.ForIsotypic(model.Layout, x, isotropy);
            return CriticalPointReport.Analyze(model, symmetric, group, IsotypicSpectrumProvider.Instance, flat);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// Numbers equal on a whole orbit of S_d × S_d (row and column permutations): the loss, the singular values of W
    /// and the sorted entries. Points whose invariants agree are reported once; this can only merge points that are
    /// not in one orbit if all of these coincide, which for critical points of different symmetry has not been seen.
    /// </summary>
    private static double[] OrbitInvariants(double[] x, double value, int d)
    {
        var w = Matrix<double>.Build.Dense(d, d, (i, j) => x[i * d + j]);
        var singular = w.Svd(computeVectors: false).S.ToArray().Order();
        return new[] { value }.Concat(singular).Concat(x.Order()).ToArray();
    }

    private static double MaxDifference(double[] a, double[] b)
    {
        double m = 0;
        for (int i = 0; i < a.Length; i++) m = Math.Max(m, Math.Abs(a[i] - b[i]));
        return m;
    }
}
