using Landscape.Symmetry.Groups;
using Landscape.Symmetry.Representations;
using MathNet.Numerics.Distributions;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The search of a non-Young type (<see cref="SurveyGroupType"/>): random starts in Fix(H) of the FULL model, L-BFGS then
/// Newton there (<see cref="FixedSpaceSearch"/>; a critical point of the restriction is critical for the full loss, H
/// being a symmetry), the exact isotropy of each point, and its report: a point whose isotropy is a diagonal Young
/// type goes through the reduced model like the survey's other points (<see cref="SurveyPoint"/>), any other gets its
/// spectrum from the isotypic decomposition of its own isotropy group (<see cref="SurveyGroupPoint"/>).
/// </summary>
internal static class GroupTypeSearch
{
    internal sealed record Outcome(SurveyGroupTypeReport Report,
        List<(SurveyPoint Point, List<(double Value, double Count)> Entries)> YoungPoints,
        List<(SurveyGroupPoint Point, List<(double Value, double Count)> Entries)> GroupPoints);

    public static Outcome Run(SurveyModel model, SurveyGroupType type, SurveyOptions options, double tolerance, int seed, CancellationToken cancellationToken)
    {
        int d = model.D;
        var objective = TwoLayerPopulationLoss.IdentityTeacher(d, d, model.SecondLayerTrainable, model.Kernel);
        var search = new FixedSpaceSearch(objective, type.Representative());
        var young = new List<(SurveyPoint, List<(double, double)>)>();
        var other = new List<(SurveyGroupPoint, List<(double, double)>)>();
        var searchOptions = new SearchOptions { Refinement = new NewtonOptions { GradientTolerance = tolerance / 10 } };
        int converged = 0;
        for (int j = 0; j < options.StartsPerType; j++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CriticalPointResult r;
            try
            {
                r = search.Search(Start(search, d, seed + j, wide: j % 2 == 1), searchOptions, cancellationToken);
            }
            catch (ArgumentException)
            {
                continue; // a row reached 0, where a kinked activation's loss has no derivative
            }
            if (!(r.GradientNorm <= tolerance) || r.X.Any(v => !double.IsFinite(v))) continue;
            converged++;
            // A row at 0 (‖wᵢ‖ ≤ 1e-6): no Hessian there for a kinked activation; not reported, as in the Young types.
            if (Enumerable.Range(0, d).Any(i => Enumerable.Range(0, d).Sum(j => r.X[i * d + j] * r.X[i * d + j]) <= 1e-12)) continue;
            var entries = Entries(r.X, d, d, model.SecondLayerTrainable);
            if (young.Any(p => LandscapeSurvey.Same(p.Item1.Loss, r.Value, p.Item2, entries)) ||
                other.Any(p => LandscapeSurvey.Same(p.Item1.Loss, r.Value, p.Item2, entries))) continue;
            var analysed = Analyze(model, objective, type.Name, r.X, cancellationToken);
            if (analysed.Young is { } y) young.Add((y, entries));
            else other.Add((analysed.Other!, entries));
        }
        return new Outcome(new SurveyGroupTypeReport(type, type.FixedDimension, options.StartsPerType, converged), young, other);
    }

    /// <summary>
    /// A critical point of the full model (identity teacher, k = d) analysed from its exact isotropy: a diagonal Young
    /// isotropy is relabelled into diagonal position and read as block values (reduced spectrum), any other keeps the
    /// full vector and takes the isotypic spectrum of its isotropy group.
    /// </summary>
    public static (SurveyPoint? Young, SurveyGroupPoint? Other) Analyze(SurveyModel model, TwoLayerPopulationLoss objective, string foundIn, double[] x,
        CancellationToken cancellationToken)
    {
        int d = model.D;
        bool trainable = model.SecondLayerTrainable;
        var exact = PointIsotropy.Of(objective.Layout, x, cancellationToken: cancellationToken);
        if (!exact.Type.DiagonalYoungParts.IsEmpty && exact.DiagonalConjugator is { } phi)
        {
            var y = new double[x.Length];
            for (int i = 0; i < d; i++)
            {
                for (int j = 0; j < d; j++) y[phi[i] * d + j] = x[i * d + j];
                if (trainable) y[d * d + phi[i]] = x[d * d + i];
            }
            if (ReducedPoint.TryRead(objective, y) is { } read)
            {
                var block = BlockPoint.Of(read.Layout, read.Coordinates);
                block.Coarsen(LandscapeSurvey.ValueTolerance);
                return (LandscapeSurvey.Analyze(model, foundIn, block, cancellationToken), null);
            }
        }
        var spectrum = IsotypicSpectrumProvider.Instance.ComputeLabelled(objective, x, exact.AsCellGroup(), cancellationToken);
        var irreducibles = spectrum.Values.GroupBy(v => v.Irreducible.Label)
            .Select(g => new SurveyIrreducibleSpectrum(g.Key, g.First().Multiplicity, g.Select(v => v.Eigenvalue).Order().ToArray()))
            .OrderBy(b => b.Label == "trivial" ? 0 : 1).ThenBy(b => b.Degree).ThenBy(b => b.Label, StringComparer.Ordinal).ToList();
        double max = spectrum.Values.Max(v => Math.Abs(v.Eigenvalue));
        double tol = 1e-9 * Math.Max(1, max);
        long negative = spectrum.Values.Where(v => v.Eigenvalue < -tol).Sum(v => v.Multiplicity);
        long zero = spectrum.Values.Where(v => Math.Abs(v.Eigenvalue) <= tol).Sum(v => v.Multiplicity);
        var kind = negative > 0 ? CriticalPointKind.Saddle : zero > model.FlatDirections ? CriticalPointKind.Degenerate : CriticalPointKind.Minimum;
        var g = new double[x.Length];
        double value = objective.Gradient(x, g);
        string name = exact.Type.Name;
        if (exact.Type.IsDiagonal)
            name = SurveyGroupType.NameOf(PermutationGroup.Create(d, exact.Generators.Select(p => p.Row), exact.Order), exact.Type.Name);
        return (null, new SurveyGroupPoint(foundIn, name, exact.Order, exact.OrbitSize, exact.FixedDimension, x, value, Lbfgs.Norm(g), kind, negative,
            spectrum.Values.Min(v => v.Eigenvalue), irreducibles));
    }

    /// <summary>
    /// The multiset of the entries of W (and of a, kept apart) as (value, count), values merged within the survey's
    /// tolerance: the same on a whole orbit of S_k × S_d, as <see cref="BlockPoint.Entries"/> lists it for block points.
    /// </summary>
    public static List<(double Value, double Count)> Entries(ReadOnlySpan<double> x, int k, int d, bool trainable)
    {
        int cells = k * d;
        var all = new List<double>(cells + k);
        for (int i = 0; i < cells; i++) all.Add(x[i]);
        // Second-layer entries kept apart from W's; a fixed a is k ones, as BlockPoint lists it.
        for (int i = 0; i < k; i++) all.Add(1e6 + (trainable ? x[cells + i] : 1));
        all.Sort();
        var merged = new List<(double Value, double Count)>();
        foreach (var v in all)
        {
            if (merged.Count > 0 && v - merged[^1].Value <= LandscapeSurvey.ValueTolerance) merged[^1] = (merged[^1].Value, merged[^1].Count + 1);
            else merged.Add((v, 1));
        }
        return merged;
    }

    // Per orbit of Fix(H) one value: off the pairing diagonal ~ N(0, 1/d) (Xavier's scale), on it N(0, 1/d) or, for wide
    // starts, N(0, 1) (rows near ±eᵢ as well as near 0), second layer 1 + N(0, 1/4); coordinates in the orthonormal basis.
    private static double[] Start(FixedSpaceSearch search, int d, int seed, bool wide)
    {
        var rng = new Random(seed);
        var orbits = search.Subspace.Orbits;
        var c = new double[orbits.Length];
        double off = 1 / Math.Sqrt(d);
        for (int o = 0; o < c.Length; o++)
        {
            int first = orbits[o][0];
            double v = first >= d * d ? 1 + 0.5 * Normal.Sample(rng, 0, 1)
                : first / d == first % d ? (wide ? 1 : off) * Normal.Sample(rng, 0, 1)
                : off * Normal.Sample(rng, 0, 1);
            c[o] = v * Math.Sqrt(orbits[o].Length);
        }
        return c;
    }
}
