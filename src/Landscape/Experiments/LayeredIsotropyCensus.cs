using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The deep-net part of the experiment of Arjevani and Field ("Spurious local minima of shallow ReLU networks conform with
/// the symmetry of the target model", section 5, Figure 5) read off a sweep: for every end point the joint stabiliser of
/// the whole network and, per layer l, its image H_l in S_{n_l} × S_{n_{l−1}} (<see cref="LayeredPointIsotropy"/>); then
/// per layer the types of H_l counted with their loss ranges.
/// </summary>
/// <param name="Points">One per run, by seed as given.</param>
/// <param name="Layers">Entry l−1 for W_l: its types, most frequent first (ties by name, ordinal); "diverged" for runs without an end point.</param>
/// <param name="Capped">Runs that hit the step cap.</param>
/// <param name="Speed">Steps per second and seconds per run.</param>
public sealed record LayeredIsotropyCensus(IReadOnlyList<LayeredCensusPoint> Points, IReadOnlyList<IReadOnlyList<LayerCensusType>> Layers, int Capped, SweepSpeed Speed)
{
    /// <summary>
    /// The census of <paramref name="results"/> for the layered model of <paramref name="problem"/>: each end point refined first
    /// when <paramref name="refine"/> (as <see cref="IsotropyCensus.Of"/>), then typed layer by layer with <paramref name="tolerance"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The problem's objective is not a layered network, or the tolerance is not positive and finite.</exception>
    public static LayeredIsotropyCensus Of(SgdProblem problem, IReadOnlyList<SgdRunResult> results, bool refine, double tolerance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(results);
        if (problem.Objective is not ILayeredNetwork network)
            throw new ArgumentException("The layer-by-layer census needs a layered model (a deep(...) net); a two-layer model has IsotropyCensus.", nameof(problem));
        if (!(tolerance > 0) || !double.IsFinite(tolerance)) throw new ArgumentException($"The isotropy tolerance must be positive and finite; got {tolerance}.");
        var points = new List<LayeredCensusPoint>();
        foreach (var line in results)
        {
            if (line.Parameters.Length == 0) { points.Add(new LayeredCensusPoint(line, null, null, null)); continue; }
            var r = refine ? SweepEndPoints.Refined(problem, line, cancellationToken) : line;
            var x = SweepEndPoints.Point(r)!;
            points.Add(new LayeredCensusPoint(r, x, r.Refined?.Loss ?? r.Loss, LayeredPointIsotropy.Of(network, x, tolerance, cancellationToken)));
        }
        int depth = network.Widths.Count - 1;
        var layers = Enumerable.Range(0, depth).Select(l => (IReadOnlyList<LayerCensusType>)points
            .GroupBy(p => p.TypeOf(l)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LayerCensusType(l, g.Key, g.First().Isotropy?.Layers[l].Type.Structure ?? "", g.ToList())).ToList()).ToList();
        return new LayeredIsotropyCensus(points, layers, results.Count(r => r.Stop == "max-steps"), SweepSpeed.Of(results));
    }
}

/// <summary>One run of a <see cref="LayeredIsotropyCensus"/>.</summary>
/// <param name="Run">The run (with its refined point when the census refined it).</param>
/// <param name="X">The point typed; null when the run diverged.</param>
/// <param name="Loss">Its loss (refined when refined); null when the run diverged.</param>
/// <param name="Isotropy">Its joint stabiliser and per-layer images; null when the run diverged.</param>
public sealed record LayeredCensusPoint(SgdRunResult Run, double[]? X, double? Loss, LayeredIsotropyGroup? Isotropy)
{
    /// <summary>The type of H_l (layer 0 is W_1), or <see cref="IsotropyCensus.Diverged"/>.</summary>
    public string TypeOf(int layer) => Isotropy?.Layers[layer].Type.Name ?? IsotropyCensus.Diverged;
}

/// <summary>One isotropy type of one layer's H_l in a <see cref="LayeredIsotropyCensus"/> and the runs whose W_l has it.</summary>
/// <param name="Layer">0-based: 0 is W_1.</param>
/// <param name="Type">The type's name.</param>
/// <param name="Structure">The type's structure, empty for diverged runs.</param>
/// <param name="Points">The runs.</param>
public sealed record LayerCensusType(int Layer, string Type, string Structure, IReadOnlyList<LayeredCensusPoint> Points)
{
    /// <summary>The seeds, ascending.</summary>
    public int[] Seeds => Points.Select(p => p.Run.Seed).Order().ToArray();

    /// <summary>The smallest loss among the points, null when none has one.</summary>
    public double? MinLoss => Points.Any(p => p.Loss is not null) ? Points.Select(p => p.Loss).OfType<double>().Min() : null;

    /// <summary>The largest loss among the points, null when none has one.</summary>
    public double? MaxLoss => Points.Any(p => p.Loss is not null) ? Points.Select(p => p.Loss).OfType<double>().Max() : null;

    /// <summary>The point of lowest loss that has one (the type's representative for this layer), else null.</summary>
    public LayeredCensusPoint? Representative => Points.Where(p => p.X is not null).OrderBy(p => p.Loss).FirstOrDefault();
}
