using System.Numerics;
using Landscape.Symmetry.Representations;
using MathNet.Numerics.Distributions;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The main job as a library call: every critical point the survey finds, by isotropy type, for a two-layer model with
/// a block-scalar teacher (<see cref="SurveyModel"/>). For each type inside the joint symmetry (maximal first,
/// <see cref="SurveyTypes"/>) random starts in the fixed space are taken by L-BFGS and Newton to a critical point of
/// the loss restricted to it (<see cref="ReducedPopulationLoss"/>, which is critical for the full loss, the gradient
/// being equivariant); each point's isotropy is read off its block values, equivalent points are reported once, and
/// the Hessian spectrum by irreducible comes from the reduced model too (<see cref="ReducedSpectrum"/>). Nothing
/// costs more as d grows, except the count of types the budget selects. With k = d + m the m extra rows are one more
/// block of every type. For V = I_d, k = d and d ≤ <see cref="PosetTypes.MaxD"/> the non-Young maximal types of the
/// ΔS_d isotropy poset are searched as well, in the full model (<see cref="GroupTypeSearch"/>); their points with a
/// non-Young isotropy are in <see cref="SurveyResult.GroupPoints"/>.
/// </summary>
public static class LandscapeSurvey
{
    /// <summary>Up to this d (identity teacher) a point's isotropy is computed exactly on the embedded point; beyond, read from its blocks.</summary>
    public const int ExactIsotropyD = 30;

    /// <summary>Block values closer than this count as equal when reading the isotropy and comparing points.</summary>
    public const double ValueTolerance = 1e-6;

    /// <summary>The ‖∇L‖ (full space) a start must reach to count: max(1e-10, 1e-11·d), the rounding of sums over d rows.</summary>
    public static double GradientToleranceAt(int d) => Math.Max(1e-10, 1e-11 * d);

    /// <summary>Runs the survey.</summary>
    /// <param name="model">The model.</param>
    /// <param name="options">Types and starts (default: <see cref="SurveyOptions"/>'s defaults).</param>
    /// <param name="progress">Told when each type starts (from worker threads).</param>
    /// <param name="cancellationToken">Stops the survey; the result then holds what was found so far, with <see cref="SurveyResult.Cancelled"/> set.</param>
    /// <exception cref="ArgumentException">Types outside the joint symmetry, a budget above the limit, a trivial joint symmetry (see <see cref="SurveyTypes.Enumerate"/>).</exception>
    public static SurveyResult Run(SurveyModel model, SurveyOptions? options = null, IProgress<SurveyProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new SurveyOptions();
        var types = SurveyTypes.Enumerate(model, options);
        var groupTypes = SurveyTypes.EnumerateGroupTypes(model, options);
        if (types.Count + groupTypes.Count == 0)
            throw new ArgumentException("The named types select nothing to search; name at least one type in SurveyOptions.Types.");
        double tolerance = GradientToleranceAt(model.D);
        // Merge order, maximal first: ΔS_d and the two-block Young types, then the non-Young maximal types (which sit
        // just below ΔS_d in its isotropy poset), then the rest.
        int youngFirst = types.TakeWhile(t => t.BlockCount <= model.Classes.Count + 1).Count();
        var names = types.Take(youngFirst).Select(t => t.Name).Concat(groupTypes.Select(t => t.Name)).Concat(types.Skip(youngFirst).Select(t => t.Name)).ToList();
        int total = names.Count;
        // Types are independent: searched in parallel, merged in type order, so the result does not depend on the
        // number of threads.
        var perType = new TypeOutcome?[total];
        int started = 0;
        bool cancelled = false;
        try
        {
            Parallel.For(0, total, new ParallelOptions { CancellationToken = cancellationToken }, ti =>
            {
                int order = Interlocked.Increment(ref started);
                progress?.Report(new SurveyProgress(order - 1, total, names[ti]));
                if (ti >= youngFirst && ti < youngFirst + groupTypes.Count)
                {
                    var g = groupTypes[ti - youngFirst];
                    var found = GroupTypeSearch.Run(model, g, options, tolerance, StartSeed(options.Seed, g.Name, 0), cancellationToken);
                    perType[ti] = new TypeOutcome(null, found.Report, found.YoungPoints, found.GroupPoints);
                }
                else
                    perType[ti] = SearchType(model, types[ti < youngFirst ? ti : ti - groupTypes.Count], options, tolerance, cancellationToken);
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }
        var points = new List<(SurveyPoint Point, List<(double Value, double Count)> Entries)>();
        var groupPoints = new List<(SurveyGroupPoint Point, List<(double Value, double Count)> Entries)>();
        var reports = new List<SurveyTypeReport>();
        var groupReports = new List<SurveyGroupTypeReport>();
        for (int ti = 0; ti < total; ti++)
        {
            if (perType[ti] is not { } outcome) continue;
            if (outcome.Report is { } report) reports.Add(report);
            if (outcome.GroupReport is { } groupReport) groupReports.Add(groupReport);
            foreach (var candidate in outcome.Points)
                if (!points.Any(p => Same(p.Point.Loss, candidate.Point.Loss, p.Entries, candidate.Entries) || BothGlobal(p.Point, candidate.Point)) &&
                    !groupPoints.Any(p => Same(p.Point.Loss, candidate.Point.Loss, p.Entries, candidate.Entries))) points.Add(candidate);
            foreach (var candidate in outcome.GroupPoints)
            {
                if (groupPoints.Any(p => Same(p.Point.Loss, candidate.Point.Loss, p.Entries, candidate.Entries))) continue;
                // A Young type's fixed space may hold a point whose exact isotropy is larger and not Young (ΔS_3≀S_2 points
                // lie in Fix(ΔS_3×ΔS_3)): it is reported once, with the spectrum by its own isotropy's irreducibles,
                // found in the first type (maximal first) that found it.
                int earlier = points.FindIndex(p => Same(p.Point.Loss, candidate.Point.Loss, p.Entries, candidate.Entries));
                if (earlier >= 0)
                {
                    groupPoints.Add((candidate.Point with { FoundIn = points[earlier].Point.FoundIn }, candidate.Entries));
                    points.RemoveAt(earlier);
                }
                else groupPoints.Add(candidate);
            }
        }
        return new SurveyResult(model, options, reports, points.Select(p => p.Point).OrderBy(p => p.Loss).ToList(), cancelled, tolerance)
        {
            GroupTypes = groupReports,
            GroupPoints = groupPoints.Select(p => p.Point).OrderBy(p => p.Loss).ToList(),
        };
    }

    private sealed record TypeOutcome(SurveyTypeReport? Report, SurveyGroupTypeReport? GroupReport,
        List<(SurveyPoint Point, List<(double Value, double Count)> Entries)> Points,
        List<(SurveyGroupPoint Point, List<(double Value, double Count)> Entries)> GroupPoints);

    private static TypeOutcome SearchType(SurveyModel model, SurveyType type, SurveyOptions options, double tolerance, CancellationToken cancellationToken)
    {
        var layout = type.Layout();
        var loss = new ReducedPopulationLoss(model.Kernel, layout);
        var points = new List<(SurveyPoint Point, List<(double Value, double Count)> Entries)>();
        int converged = 0;
        for (int j = 0; j < options.StartsPerType; j++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var found = Search(loss, RandomStart(layout, model.D, StartSeed(options.Seed, type.Name, j), wide: j % 2 == 1), tolerance, cancellationToken);
            if (found is null) continue;
            converged++;
            if (HasDeadRow(layout, found)) continue;
            var coords = model.SecondLayerTrainable && model.Kernel.PositivelyHomogeneous ? loss.Balanced(found) : found;
            var block = BlockPoint.Of(type, layout, coords);
            block.Coarsen(ValueTolerance);
            var entries = block.Entries(ValueTolerance);
            double value = loss.Value(coords);
            if (points.Any(p => Same(p.Point.Loss, value, p.Entries, entries))) continue;
            points.Add((Analyze(model, type.Name, block, cancellationToken), entries));
        }
        return new TypeOutcome(new SurveyTypeReport(type, layout.Dimension, options.StartsPerType, converged), null, points, new());
    }

    /// <summary>
    /// Analyses a block-constant point of a type: its isotropy (coarsest Young type and exchangeable blocks), orbit
    /// size, loss, gradient norm, spectrum by irreducible and classification.
    /// </summary>
    /// <exception cref="ArgumentException">The coordinates do not fit the type's layout.</exception>
    public static SurveyPoint Analyze(SurveyType type, ReadOnlySpan<double> coordinates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(type);
        var layout = type.Layout();
        if (coordinates.Length != layout.Dimension)
            throw new ArgumentException($"The fixed space of {type.Name} has {layout.Dimension} coordinates; got {coordinates.Length}.", nameof(coordinates));
        var block = BlockPoint.Of(type, layout, coordinates);
        block.Coarsen(ValueTolerance);
        return Analyze(type.Model, type.Name, block, cancellationToken);
    }

    internal static SurveyPoint Analyze(SurveyModel model, string foundIn, BlockPoint block, CancellationToken cancellationToken)
    {
        var point = Reduced(model, foundIn, block, cancellationToken);
        if (!model.IsIdentity || model.D > ExactIsotropyD) return point;
        var full = new ParameterLayout(model.K, model.D, model.SecondLayerTrainable);
        var x = point.Embed();
        var exact = PointIsotropy.Of(full, x, cancellationToken: cancellationToken);
        // A point found in a small type may be a row relabelling of a point with a larger diagonal isotropy (rows can be
        // permuted independently of columns); relabel it into diagonal position so the spectrum is labelled by the
        // irreducibles of the larger group.
        if (model.ExtraRows == 0 && exact.Type.IsDiagonal && exact.DiagonalConjugator is { } phi)
        {
            var y = new double[x.Length];
            for (int i = 0; i < model.D; i++)
            {
                for (int j = 0; j < model.D; j++) y[phi[i] * model.D + j] = x[i * model.D + j];
                if (model.SecondLayerTrainable) y[model.D * model.D + phi[i]] = x[model.D * model.D + i];
            }
            var teacher = TwoLayerPopulationLoss.IdentityTeacher(model.D, model.D, model.SecondLayerTrainable, model.Kernel);
            if (ReducedPoint.TryRead(teacher, y) is { } read && read.Parts.Length < point.Isotropy.BlockCount)
            {
                var relabelled = BlockPoint.Of(read.Layout, read.Coordinates);
                relabelled.Coarsen(ValueTolerance);
                point = Reduced(model, foundIn, relabelled, cancellationToken);
            }
        }
        return point with
        {
            // The exact group contains the Young type read from the blocks: equal orders make them equal, and the type's
            // name says more than the engine's structural one for k > d ("order 720; rows 6+1+1; columns 6+1").
            IsotropyName = model.ExtraRows > 0 && exact.Order == point.IsotropyOrder ? point.IsotropyName
                : model.ExtraRows == 0 && exact.Type.IsDiagonal && exact.Type.DiagonalYoungParts.IsEmpty
                ? SurveyGroupType.NameOf(Groups.PermutationGroup.Create(model.D, exact.Generators.Select(g => g.Row), exact.Order), exact.Type.Name)
                : exact.Type.Name,
            IsotropyOrder = exact.Order,
            OrbitSize = exact.OrbitSize,
            FixedDimension = exact.FixedDimension,
            IsotropyExact = true,
        };
    }

    // The point's Young type from its blocks, loss, gradient norm, spectrum by irreducible and classification.
    private static SurveyPoint Reduced(SurveyModel model, string foundIn, BlockPoint block, CancellationToken cancellationToken)
    {
        var (iso, layout, coords) = block.ToType(model);
        var loss = new ReducedPopulationLoss(model.Kernel, layout);
        var g = new double[layout.Dimension];
        double value = loss.Gradient(coords, g);
        var irreducibles = ReducedSpectrum.Compute(model.Kernel, layout, coords, cancellationToken);
        var (kind, index, smallest) = ReducedSpectrum.Classify(irreducibles, model.FlatDirections);
        BigInteger order = iso.Order;
        var sets = block.ExchangeableSets(ValueTolerance).ToList();
        foreach (var m in sets) order *= Groups.Factorials.Of(m);
        return new SurveyPoint(foundIn, iso, sets.Count > 0, order, model.SymmetryOrder / order, layout.Dimension, coords, layout, value,
            loss.FullGradientNorm(g), kind, index, smallest, irreducibles);
    }

    // A row block with ‖wᵢ‖ ≤ 1e-6: the loss of a kinked activation has no Hessian there (with k > d an extra row can
    // die at 0 beside a global minimum of the other rows); such points are not reported, like starts that meet a zero row.
    private static bool HasDeadRow(FixedSpaceLayout layout, double[] coords)
    {
        var norm2 = new double[layout.RowBlockCount];
        for (int o = 0; o < layout.Dimension; o++)
        {
            var orbit = layout.Orbits[o];
            if (orbit.Kind != OrbitKind.SecondLayer && layout.RowSizes[orbit.Row] > 0)
                norm2[orbit.Row] += coords[o] * coords[o] * orbit.Size / layout.RowSizes[orbit.Row];
        }
        return norm2.Any(n => n <= 1e-12);
    }

    // With k > d the global minima (loss 0) form continua (an extra row anywhere on a ray the others cover): one point of
    // each isotropy type is kept rather than every point a start lands on.
    private static bool BothGlobal(SurveyPoint a, SurveyPoint b) =>
        a.Isotropy.ExtraRows > 0 && Math.Abs(a.Loss) <= 1e-10 && Math.Abs(b.Loss) <= 1e-10 && a.IsotropyName == b.IsotropyName;

    internal static bool Same(double lossA, double lossB, List<(double Value, double Count)> a, List<(double Value, double Count)> b)
    {
        if (Math.Abs(lossA - lossB) > 1e-9 * Math.Max(1, Math.Abs(lossA)) || a.Count != b.Count) return false;
        for (int i = 0; i < a.Count; i++)
            if (Math.Abs(a[i].Value - b[i].Value) > 10 * ValueTolerance || Math.Abs(a[i].Count - b[i].Count) > 0.5) return false;
        return true;
    }

    // L-BFGS then Newton in orthonormal orbit coordinates (where the gradient norm is the full model's); null when the
    // start does not reach the tolerance or meets a point where the loss is not differentiable.
    private static double[]? Search(ReducedPopulationLoss loss, double[] start, double tolerance, CancellationToken cancellationToken)
    {
        var scale = loss.Layout.OrbitSizes().Select(Math.Sqrt).ToArray();
        double[] ToRaw(double[] z) { var c = new double[z.Length]; for (int i = 0; i < z.Length; i++) c[i] = z[i] / scale[i]; return c; }
        double F(double[] z, double[] grad)
        {
            double v = loss.Gradient(ToRaw(z), grad);
            for (int i = 0; i < grad.Length; i++) grad[i] /= scale[i];
            return v;
        }
        try
        {
            var z0 = start.Select((c, i) => c * scale[i]).ToArray();
            var descent = Lbfgs.Minimize(F, z0, new LbfgsOptions { GradientTolerance = 1e-8, MaxIterations = 2000 }, cancellationToken);
            var refined = NewtonRefinement.Refine(F, z => loss.OrthonormalHessian(ToRaw(z)), descent.X,
                new NewtonOptions { GradientTolerance = tolerance / 10, MaxIterations = 60 }, cancellationToken);
            if (!(refined.GradientNorm <= tolerance) || refined.X.Any(v => !double.IsFinite(v))) return null;
            return ToRaw(refined.X);
        }
        catch (ArgumentException)
        {
            return null; // a row block reached 0, where a kinked activation's loss has no derivative
        }
    }

    // Block values: off-diagonal ~ N(0, 1/d) (Xavier's scale for entries), the diagonal of the pairing ~ N(0, 1) on odd
    // starts so that rows near ±eᵢ are reached as well as rows near 0; second-layer weights ~ 1 + N(0, 1/4).
    private static double[] RandomStart(FixedSpaceLayout layout, int d, int seed, bool wide)
    {
        var rng = new Random(seed);
        var c = new double[layout.Dimension];
        double off = 1 / Math.Sqrt(d), diag = wide ? 1 : off;
        for (int o = 0; o < c.Length; o++)
            c[o] = layout.Orbits[o].Kind switch
            {
                OrbitKind.Block => off * Normal.Sample(rng, 0, 1),
                OrbitKind.Diagonal => diag * Normal.Sample(rng, 0, 1),
                _ => 1 + 0.5 * Normal.Sample(rng, 0, 1),
            };
        return c;
    }

    // A seed depending only on (seed, type, start): FNV-1a of the type name, so a type gets the same starts however it is chosen.
    private static int StartSeed(int seed, string name, int start)
    {
        uint h = 2166136261;
        foreach (char ch in name) { h ^= ch; h *= 16777619; }
        return (int)(h ^ (uint)(seed * 1000003) ^ (uint)(start * 7919)) & int.MaxValue;
    }
}
