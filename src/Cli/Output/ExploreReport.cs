using System.Collections.Immutable;
using System.Numerics;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>explore's report from the library's results: the survey (Gaussian inputs) or the main-type search (Monte Carlo).</summary>
internal static class ExploreReports
{
    /// <summary>Weights are written (table and JSON) up to this d; beyond, the block values are.</summary>
    public const int MaxWeightsD = 30;

    /// <summary>explore's one report of a run either way (<see cref="SurveyPlan.Run"/>): the survey's or the main-type search's.</summary>
    public static ExploreReport Of(SurveyOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Search is { } search)
        {
            var sampled = outcome.Plan.Sampled!;
            return FromSearch(search, ExploreRender.SampledModel(sampled.Request, sampled.Model));
        }
        return FromSurvey(outcome.Survey!);
    }

    /// <summary>The survey as explore's report (JSON field names of the full-model explore kept; spectra by irreducible added).</summary>
    private static ExploreReport FromSurvey(SurveyResult r)
    {
        var model = r.Model;
        int d = model.D;
        var points = r.Points.Select(p => Point(p.IsotropyName, p.IsotropyOrder, p.OrbitSize, p.FoundIn, p.FixedDimension, p.Loss, p.GradientNorm,
            p.SmallestEigenvalue, p.Kind, p.Index, d <= MaxWeightsD ? p.Embed() : null, model.K, d,
            p.Irreducibles.Select(b => new ExploreIrreducible(b.Name, Partitions(b, p.Isotropy), (long)Math.Round(b.Dimension), b.Eigenvalues.ToImmutableArray())))
            with
        {
            Blocks = p.Layout.Orbits.Select((o, i) => new ExploreBlockValue(p.Layout.OrbitName(i), o.Size, p.Coordinates[i])).ToImmutableArray(),
        });
        // Points whose exact isotropy is not a diagonal Young type (found in the non-Young types' fixed spaces).
        var groupPoints = r.GroupPoints.Select(p => Point(p.IsotropyName, p.IsotropyOrder, p.OrbitSize, p.FoundIn, p.FixedDimension, p.Loss, p.GradientNorm,
            p.SmallestEigenvalue, p.Kind, p.Index, p.Weights, model.K, d,
            p.Irreducibles.Select(b => new ExploreIrreducible(b.Label, ImmutableArray<int[]>.Empty, b.Degree, b.Eigenvalues.ToImmutableArray()))));
        var allPoints = points.Concat(groupPoints).OrderBy(p => p.Loss).ToImmutableArray();
        return new ExploreReport
        {
            K = model.K,
            D = d,
            Model = $"L(W) = ½ E_x (Σᵢ {(model.SecondLayerTrainable ? "aᵢ " : "")}σ(wᵢ·x) − Σⱼ σ(vⱼ·x))², {model.Kernel.Name} kernel, {model.Describe()}, x ~ N(0, Σ)" +
                    (model.SecondLayerTrainable ? ", second layer trained" : ", second layer fixed to 1"),
            Teacher = model.Describe(),
            SymmetryOrder = Json.Order(model.SymmetryOrder),
            SeedsPerType = r.Options.StartsPerType,
            // In the survey's order: ΔS_d and the two-block types, the non-Young (maximal) types, the rest.
            Types = r.Types.TakeWhile(t => t.Type.BlockCount <= model.Classes.Count + 1).Select(Young)
                .Concat(r.GroupTypes.Select(t => new ExploreType { Name = t.Type.Name, FixedDimension = t.FixedDimension, Converged = t.Converged, FullModel = true }))
                .Concat(r.Types.SkipWhile(t => t.Type.BlockCount <= model.Classes.Count + 1).Select(Young))
                .ToImmutableArray(),
            Points = allPoints,
            Unconverged = r.Types.Sum(t => t.Starts - t.Converged) + r.GroupTypes.Sum(t => t.Starts - t.Converged),
            Spectrum = "isotypic components by irreducible of the isotropy's Young part, from the loss restricted to fixed spaces (reduced model, cost independent of d)" +
                       (r.GroupPoints.Count > 0 ? "; for a non-Young isotropy, the numeric isotypic decomposition of the full Hessian under that group" : ""),
            Cancelled = r.Cancelled,
        };
    }

    // The fields every survey point has; W's k rows (rounded to 6 decimals) when x is given.
    private static ExplorePoint Point(string isotropy, BigInteger order, BigInteger orbitSize, string foundIn, int fixedDimension, double loss,
        double gradientNorm, double smallest, CriticalPointKind kind, long index, double[]? x, int k, int d, IEnumerable<ExploreIrreducible> irreducibles) => new()
    {
        Isotropy = isotropy,
        IsotropyOrder = Json.Order(order),
        OrbitSize = orbitSize,
        FoundIn = foundIn,
        FixedDimension = fixedDimension,
        Loss = loss,
        GradientNorm = gradientNorm,
        SmallestEigenvalue = smallest,
        Classification = kind.ToString().ToLowerInvariant(),
        Index = (int)Math.Min(int.MaxValue, index),
        Weights = x is null ? null : Enumerable.Range(0, k).Select(i => x.Skip(i * d).Take(d).Select(v => Math.Round(v, 6)).ToArray()).ToImmutableArray(),
        Irreducibles = irreducibles.ToImmutableArray(),
    };

    private static ExploreType Young(SurveyTypeReport t) => new() { Name = t.Type.Name, FixedDimension = t.FixedDimension, Converged = t.Converged };

    // The partition of each factor: (p − |τ|, τ).
    private static ImmutableArray<int[]> Partitions(IrreducibleSpectrum b, SurveyType type) =>
        b.Label.Tails.Select((tail, f) => new[] { (f < type.Parts.Count ? type.Parts[f] : type.ExtraRows) - tail.Sum() }.Concat(tail).ToArray()).ToImmutableArray();

    /// <summary>The main-type search as explore's report; <paramref name="model"/> is the loss in words.</summary>
    private static ExploreReport FromSearch(MainTypeSearchResult r, string model)
    {
        int d = r.Model.Layout.D;
        var points = r.Points.Select(p => new ExplorePoint
        {
            Isotropy = p.Isotropy.Type.Name,
            IsotropyOrder = Json.Order(p.Isotropy.Order),
            OrbitSize = p.Isotropy.OrbitSize,
            FoundIn = p.FoundIn,
            FixedDimension = p.Isotropy.FixedDimension,
            Loss = p.Loss,
            GradientNorm = p.GradientNorm,
            SmallestEigenvalue = p.Analysis?.Spectrum.Smallest,
            Classification = p.Analysis?.Classification.Kind.ToString().ToLowerInvariant(),
            Index = p.Analysis?.Classification.Index,
            Weights = Enumerable.Range(0, d).Select(i => p.X.Skip(i * d).Take(d).Select(v => Math.Round(v, 6)).ToArray()).ToImmutableArray(),
        }).ToImmutableArray();
        int parameters = r.Model.Layout.Dimension;
        return new ExploreReport
        {
            K = d,
            D = d,
            Model = model,
            SymmetryOrder = Json.Order(r.Model.InvarianceGroup.Order),
            SeedsPerType = r.StartsPerType,
            Types = r.Types.Select(t => new ExploreType { Name = t.Name, FixedDimension = t.FixedDimension }).ToImmutableArray(),
            Points = points,
            Unconverged = r.Unconverged,
            Spectrum = r.DenseSpectra ? "dense (MathNet symmetric eigensolver)"
                : $"isotypic components from Hessian–vector products ({parameters} parameters exceed the dense limit {DenseSpectrumProvider.MaxDimension}); omitted for points whose isotropy has no fast isotypic path",
        };
    }
}

/// <summary>The JSON output of <c>symmetry explore</c>.</summary>
internal sealed record ExploreReport
{
    /// <summary>Hidden units.</summary>
    public required int K { get; init; }

    /// <summary>Input dimension.</summary>
    public required int D { get; init; }

    /// <summary>The loss studied.</summary>
    public required string Model { get; init; }

    /// <summary>|S_k × S_d| as a decimal string.</summary>
    public required string SymmetryOrder { get; init; }

    /// <summary>Random starts per type.</summary>
    public required int SeedsPerType { get; init; }

    /// <summary>The types searched and their fixed-space dimensions.</summary>
    public required ImmutableArray<ExploreType> Types { get; init; }

    /// <summary>The distinct critical points, by increasing loss.</summary>
    public required ImmutableArray<ExplorePoint> Points { get; init; }

    /// <summary>Starts whose search did not reach ‖∇L‖ ≤ 1e-10.</summary>
    public required int Unconverged { get; init; }

    /// <summary>How the spectra were computed.</summary>
    public required string Spectrum { get; init; }

    /// <summary>The teacher (survey), e.g. "V = I_10 ⊕ 2·I_10"; null for the Monte Carlo search.</summary>
    public string? Teacher { get; init; }

    /// <summary>True when Ctrl+C stopped the survey: the points are those found so far.</summary>
    public bool Cancelled { get; init; }
}

/// <summary>One block value of a point: the orbit's name, its number of cells, the value.</summary>
internal sealed record ExploreBlockValue(string Orbit, double Cells, double Value);

/// <summary>The Hessian eigenvalues carried by one irreducible, each with multiplicity <see cref="Dimension"/>.</summary>
/// <param name="Label">E.g. "(998,2) × (1)".</param>
/// <param name="Partitions">The partition of each factor.</param>
/// <param name="Dimension">dim λ.</param>
/// <param name="Eigenvalues">The eigenvalues on that isotypic component, ascending.</param>
internal sealed record ExploreIrreducible(string Label, ImmutableArray<int[]> Partitions, long Dimension, ImmutableArray<double> Eigenvalues);

/// <summary>An isotropy type searched.</summary>
internal sealed record ExploreType
{
    /// <summary>E.g. ΔS_5×ΔS_1.</summary>
    public required string Name { get; init; }

    /// <summary>dim Fix(ΔH).</summary>
    public required int FixedDimension { get; init; }

    /// <summary>Starts that reached the gradient tolerance (survey); null for the Monte Carlo search.</summary>
    public int? Converged { get; init; }

    /// <summary>True for a non-Young type (from the ΔS_d isotropy poset), searched in the full model rather than the reduced one.</summary>
    public bool FullModel { get; init; }
}

/// <summary>One critical point.</summary>
internal sealed record ExplorePoint
{
    /// <summary>The isotropy type of the point in S_k × S_d, e.g. ΔS_5×ΔS_1 (from <see cref="PointIsotropy"/>).</summary>
    public required string Isotropy { get; init; }

    /// <summary>The order of the isotropy group, a decimal string.</summary>
    public required string IsotropyOrder { get; init; }

    /// <summary>|S_k × S_d| / |isotropy|: how many equivalent critical points; written as a number, or a string beyond 2⁵³.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(CountConverter))]
    public required BigInteger OrbitSize { get; init; }

    /// <summary>The largest searched type whose fixed space the point was found in.</summary>
    public required string FoundIn { get; init; }

    /// <summary>dim Fix(isotropy).</summary>
    public required int FixedDimension { get; init; }

    /// <summary>L(W).</summary>
    public required double Loss { get; init; }

    /// <summary>‖∇L(W)‖ in the full space.</summary>
    public required double GradientNorm { get; init; }

    /// <summary>λ_min of the full Hessian; null when the dense spectrum is out of reach.</summary>
    public required double? SmallestEigenvalue { get; init; }

    /// <summary>minimum, saddle or degenerate; null without a spectrum.</summary>
    public required string? Classification { get; init; }

    /// <summary>Number of negative eigenvalues; null without a spectrum.</summary>
    public required int? Index { get; init; }

    /// <summary>W, rows rounded to 6 decimals; null beyond d = 30 (see <see cref="Blocks"/>).</summary>
    public required ImmutableArray<double[]>? Weights { get; init; }

    /// <summary>The point as block values of its isotropy type (survey); null for the Monte Carlo search.</summary>
    public ImmutableArray<ExploreBlockValue>? Blocks { get; init; }

    /// <summary>The Hessian spectrum by irreducible (survey); null for the Monte Carlo search.</summary>
    public ImmutableArray<ExploreIrreducible>? Irreducibles { get; init; }
}
