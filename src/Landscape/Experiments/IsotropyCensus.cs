using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The least-symmetry-breaking experiment of Arjevani and Field ("Spurious local minima of shallow ReLU networks conform
/// with the symmetry of the target model", section 5) read off a sweep: the isotropy type of every end point
/// (<see cref="PointIsotropy"/>, entries equal within a tolerance), the types counted with their loss ranges, the
/// fraction of spurious runs with a Clopper–Pearson interval, and the sweep's speed.
/// </summary>
/// <param name="Points">One per run, by seed as given.</param>
/// <param name="Types">The types, most frequent first (ties by name, ordinal); "diverged" for runs without an end point.</param>
/// <param name="Spurious">gd runs judged spurious (final loss ≥ <see cref="GdProtocol.SpuriousLoss"/>), 99% interval; null when no run was judged.</param>
/// <param name="Capped">Runs that hit the step cap.</param>
/// <param name="Speed">Steps per second and seconds per run.</param>
public sealed record IsotropyCensus(IReadOnlyList<CensusPoint> Points, IReadOnlyList<CensusType> Types, BinomialInterval? Spurious, int Capped, SweepSpeed Speed)
{
    /// <summary>
    /// Largest k and d of a census: every end point is typed in the full model (entries clustered, a bipartite digraph of
    /// k + d vertices and k·d arcs searched for automorphisms), once per run of a sweep of thousands.
    /// </summary>
    public const int MaxSize = 100;

    /// <summary>The label of a run that diverged (no end point to type).</summary>
    public const string Diverged = "diverged";

    /// <summary>
    /// The tolerance a census uses unless told otherwise: <see cref="PointIsotropy.DefaultTolerance"/> for refined end points,
    /// <see cref="GdProtocol.IsotropyTolerance"/> for gradient-descent end points (critical points: entries exact up to
    /// ‖∇L‖/λ_min), <see cref="SweepEndPoints.RawTolerance"/> for raw SGD end points (a loose clustering).
    /// </summary>
    public static double DefaultTolerance(bool refine, bool gradientDescent) =>
        refine ? PointIsotropy.DefaultTolerance : gradientDescent ? GdProtocol.IsotropyTolerance : SweepEndPoints.RawTolerance;

    /// <summary>
    /// The census of <paramref name="results"/>: each end point refined first when <paramref name="refine"/> (lines that hold
    /// no refined point are refined now; gd end points are analysed as they are), then typed with <paramref name="tolerance"/>.
    /// </summary>
    /// <exception cref="ArgumentException">k or d above <see cref="MaxSize"/>, or the tolerance is not positive and finite.</exception>
    public static IsotropyCensus Of(SgdProblem problem, IReadOnlyList<SgdRunResult> results, bool refine, double tolerance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(results);
        if (problem.Layout.K > MaxSize || problem.Layout.D > MaxSize)
            throw new ArgumentException($"A census types end points of k, d ≤ {MaxSize}; got k = {problem.Layout.K}, d = {problem.Layout.D}.");
        if (!(tolerance > 0) || !double.IsFinite(tolerance)) throw new ArgumentException($"The isotropy tolerance must be positive and finite; got {tolerance}.");
        var points = new List<CensusPoint>();
        foreach (var line in results)
        {
            if (line.Parameters.Length == 0) { points.Add(new CensusPoint(line, null, null, null)); continue; }
            var r = refine ? SweepEndPoints.Refined(problem, line, cancellationToken) : line;
            var x = SweepEndPoints.Point(r)!;
            points.Add(new CensusPoint(r, x, r.Refined?.Loss ?? r.Loss, PointIsotropy.Of(problem.Layout, x, tolerance, cancellationToken)));
        }
        var types = points.GroupBy(p => p.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CensusType(g.Key, g.First().Structure, g.ToList())).ToList();
        var judged = results.Where(r => r.Spurious is not null).ToList();
        var spurious = judged.Count == 0 ? null : BinomialInterval.ClopperPearson(judged.Count(r => r.Spurious == true), judged.Count, 0.99);
        return new IsotropyCensus(points, types, spurious, results.Count(r => r.Stop == "max-steps"), SweepSpeed.Of(results));
    }
}

/// <summary>One run of an <see cref="IsotropyCensus"/>.</summary>
/// <param name="Run">The run (with its refined point when the census refined it).</param>
/// <param name="X">The point typed; null when the run diverged.</param>
/// <param name="Loss">Its loss (refined when refined); null when the run diverged.</param>
/// <param name="Isotropy">Its isotropy group; null when the run diverged.</param>
public sealed record CensusPoint(SgdRunResult Run, double[]? X, double? Loss, MatrixIsotropyGroup? Isotropy)
{
    /// <summary>The type's name, e.g. ΔS_5×ΔS_1, or <see cref="IsotropyCensus.Diverged"/>.</summary>
    public string Type => Isotropy?.Type.Name ?? IsotropyCensus.Diverged;

    /// <summary>The type's structure, empty for a diverged run.</summary>
    public string Structure => Isotropy?.Type.Structure ?? "";

    /// <summary>The classification of the analysed end point (refined or gd), else null.</summary>
    public string? Classification => (Run.Refined ?? Run.EndPoint)?.Classification;
}

/// <summary>One isotropy type of an <see cref="IsotropyCensus"/> and the runs that ended there.</summary>
public sealed record CensusType(string Type, string Structure, IReadOnlyList<CensusPoint> Points)
{
    /// <summary>The smallest loss among the points, null when none has one.</summary>
    public double? MinLoss => Points.Any(p => p.Loss is not null) ? Points.Select(p => p.Loss).OfType<double>().Min() : null;

    /// <summary>The largest loss among the points, null when none has one.</summary>
    public double? MaxLoss => Points.Any(p => p.Loss is not null) ? Points.Select(p => p.Loss).OfType<double>().Max() : null;

    /// <summary>The seeds, ascending.</summary>
    public int[] Seeds => Points.Select(p => p.Run.Seed).Order().ToArray();

    /// <summary>The point of lowest loss that has one (the type's representative), else null.</summary>
    public CensusPoint? Representative => Points.Where(p => p.X is not null).OrderBy(p => p.Loss).FirstOrDefault();
}
