namespace Landscape.Symmetry.Landscape;

/// <summary>
/// Every family of a type in a range of d: critical points are searched in the fixed space on a grid of d across
/// [from, to] (<see cref="Grid"/>; a family born inside the range is seen at the first grid point after its birth),
/// each point not yet on a known family is followed both ways by pseudo-arclength continuation
/// (<see cref="BranchTracer"/>) through its folds until it leaves the range, and a branch that runs into a known one is
/// merged with it. Each family comes with its rows (every integer d or grid point it passes, and the continuation
/// points between), its folds (where it is born or dies as d grows) and its eigenvalue crossings per irreducible
/// (where it changes between saddle and minimum).
/// </summary>
public static class FamilyExplorer
{
    /// <summary>Follows every family of the model's type found in [from, to].</summary>
    /// <param name="model">The type with its kernel and second-layer setting (any k-offset).</param>
    /// <param name="from">Lower end of the range (the type must be valid there).</param>
    /// <param name="to">Upper end (greater than <paramref name="from"/>).</param>
    /// <param name="options">Grid, search and continuation settings.</param>
    /// <param name="progress">Reports each searched grid point and each start followed.</param>
    /// <param name="cancellationToken">Stops the exploration; the result then holds the families complete so far and says <c>Cancelled</c>.</param>
    /// <exception cref="ArgumentException">A non-finite or empty range, a type not valid at an end, settings out of range, a grid or search above
    /// <see cref="FamilyExplorerOptions.MaxGridPoints"/> / <see cref="FamilyExplorerOptions.MaxStarts"/>.</exception>
    public static FamilyExploration Follow(FamilyModel model, double from, double to, FamilyExplorerOptions? options = null,
        IProgress<FamilyExplorerProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var o = options ?? new FamilyExplorerOptions();
        o.Validate();
        var grid = Grid(model.Type, from, to, o);
        int perPoint = 2 * o.Attempts + 2;
        if ((long)grid.Count * perPoint > FamilyExplorerOptions.MaxStarts)
            throw new ArgumentException(
                $"The search would try {(long)grid.Count * perPoint} starts ({grid.Count} grid points × {perPoint}), above the limit of {FamilyExplorerOptions.MaxStarts}; " +
                "use fewer starts per point or a coarser grid (a larger step or ratio).");
        var stations = Stations(from, to, grid, o);

        var searches = new FamilySearchResult?[grid.Count];
        var families = new List<Builder>();
        int tried = 0, found = 0;
        var gate = new object();
        try
        {
            int done = 0;
            Parallel.For(0, grid.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                searches[i] = FamilyStarts.Find(model, grid[i], o.Attempts, o.Seed + i, cancellationToken);
                lock (gate) progress?.Report(new FamilyExplorerProgress("search", ++done, grid.Count, 0, grid[i]));
            });
            tried = searches.Sum(s => s!.Attempts);
            found = searches.Sum(s => s!.Starts.Count);
            var tracer = new BranchTracer(model, from, to, stations, o, cancellationToken);
            var relabellings = BlockRelabellings.Of(model, from);
            int processed = 0;
            for (int i = 0; i < grid.Count; i++)
                foreach (var start in searches[i]!.Starts)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(new FamilyExplorerProgress("follow", ++processed, found, families.Count, grid[i]));
                    // A point on a known family, or the image of one under a block relabelling (the same family up to symmetry).
                    if (families.Any(f => f.Passes(grid[i], start.Coordinates, o.SamePointTolerance)
                        || relabellings.Any(m => f.Passes(grid[i], BlockRelabellings.Apply(m, start.Coordinates), o.SamePointTolerance)))) continue;
                    var branch = Trace(tracer, model, grid[i], start, families, o);
                    if (branch is not null) families.Add(branch);
                }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new FamilyExploration(model.Type, from, to, grid, tried, found, families.Select(f => f.Build()).ToList(), Cancelled: true);
        }
        var built = families.Select(f => f.Build()).ToArray();
        if (o.BeyondRatio > 1)
        {
            try
            {
                Parallel.For(0, built.Length, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
                    i => built[i] = built[i] with { Below = Beyond(model, built[i], from, to, -1, o, cancellationToken), Above = Beyond(model, built[i], from, to, +1, o, cancellationToken) });
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return new FamilyExploration(model.Type, from, to, grid, tried, found, built, Cancelled: true);
            }
        }
        return new FamilyExploration(model.Type, from, to, grid, tried, found, built, Cancelled: false);
    }

    /// <summary>
    /// The family past one end of the range (<paramref name="side"/> −1: below from, +1: above to) when its first or last row
    /// is on that end: followed by the same continuation from that row outwards until it reaches the limit
    /// (<see cref="FamilyExplorerOptions.BeyondRatio"/>, never below <see cref="FamilyType.LowestD"/>) or comes back to
    /// the end after a fold; null when the family does not reach that end or the type starts there.
    /// </summary>
    public static FamilyBeyond? Beyond(FamilyModel model, FamilyBranch branch, double from, double to, int side, FamilyExplorerOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(branch);
        var o = options ?? new FamilyExplorerOptions();
        double end = side < 0 ? from : to;
        var row = side < 0 ? branch.Rows[0] : branch.Rows[^1];
        string reason = side < 0 ? branch.FirstEnd : branch.LastEnd;
        if (Math.Abs(row.D - end) > 1e-12 * Math.Max(1, end) || !reason.StartsWith("reached d =", StringComparison.Ordinal)) return null;
        double lowest = model.Type.LowestD;
        double limit = side < 0 ? Math.Max(lowest, from / o.BeyondRatio) : to * o.BeyondRatio;
        bool typeStart = side < 0 && limit == lowest;
        if (side < 0 && limit >= end * (1 - 1e-12)) return null; // the type starts at the end of the range: there is nothing below
        var (low, high) = side < 0 ? (limit, end) : (end, limit);
        var tracer = new BranchTracer(model, low, high, new[] { low, high }, o, cancellationToken);
        var leg = tracer.Trace(row.Coordinates, end, row, side, _ => null);
        return new FamilyBeyond(end, limit, typeStart, leg.Folds, leg.End, leg.Rows.Count > 0 ? leg.Rows[^1] : null);
    }

    /// <summary>
    /// The search grid: from, then steps of max(GridStep, (GridRatio − 1)·d) (even spacing at small d, geometric beyond),
    /// then to.
    /// </summary>
    /// <exception cref="ArgumentException">A non-finite or empty range, the type not valid at an end, more than <see cref="FamilyExplorerOptions.MaxGridPoints"/> points.</exception>
    public static IReadOnlyList<double> Grid(FamilyType type, double from, double to, FamilyExplorerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        var o = options ?? new FamilyExplorerOptions();
        o.Validate();
        if (!double.IsFinite(from) || !double.IsFinite(to))
            throw new ArgumentException($"The range's ends from and to must be finite numbers; got from = {Num(from)}, to = {Num(to)}.");
        if (!(from < to))
            throw new ArgumentException($"The range's end from must be below to (from < to: every family in the range is followed both ways); got from = {Num(from)}, to = {Num(to)}.");
        type.CheckValidAt(from, nameof(from));
        type.CheckValidAt(to, nameof(to));
        var grid = new List<double> { from };
        for (double d = from; ;)
        {
            d += Math.Max(o.GridStep, (o.GridRatio - 1) * d);
            if (d >= to * (1 - 1e-12)) break;
            grid.Add(d);
            if (grid.Count > FamilyExplorerOptions.MaxGridPoints)
                throw new ArgumentException(
                    $"The grid from {from} to {to} would have more than {FamilyExplorerOptions.MaxGridPoints} points; use a larger grid step or ratio.");
        }
        grid.Add(to);
        return grid;
    }

    // Rows wanted at: the grid, the ends, and every integer d when there are not too many.
    private static double[] Stations(double from, double to, IReadOnlyList<double> grid, FamilyExplorerOptions o)
    {
        var set = new SortedSet<double>(grid) { from, to };
        double first = Math.Ceiling(from), last = Math.Floor(to);
        if (last - first + 1 <= o.MaxIntegerRows)
            for (double i = first; i <= last; i++) set.Add(i);
        return set.ToArray();
    }

    private static Builder? Trace(BranchTracer tracer, FamilyModel model, double d0, FamilyStart start, List<Builder> families, FamilyExplorerOptions o)
    {
        FamilyRow startRow;
        try { startRow = model.Evaluate(d0, start.Coordinates); }
        catch (ArgumentException) { return null; }
        // A point with a flat direction inside the fixed space lies on a continuum of critical points (e.g. a neuron split
        // in two with k = d + m): there is no branch to follow.
        if (!IsIsolated(model, d0, start.Coordinates)) return null;
        var builder = new Builder(d0, start, startRow);
        builder.Hit(startRow);
        string? Station(FamilyRow row)
        {
            for (int j = 0; j < families.Count; j++)
                if (families[j].Passes(row.D, row.Coordinates, o.SamePointTolerance))
                {
                    builder.Joins = j;
                    return $"joins family {j + 1} at d = {row.D:R}";
                }
            if (builder.Passes(row.D, row.Coordinates, o.SamePointTolerance)) return $"closed loop: back at d = {row.D:R}";
            builder.Hit(row);
            return null;
        }
        var down = tracer.Trace(start.Coordinates, d0, startRow, -1, Station);
        builder.Down = down;
        int? joinedDown = builder.Joins;
        builder.Joins = null;
        var up = down.End.StartsWith("closed loop", StringComparison.Ordinal)
            ? new BranchTracer.Leg { End = "closed loop" }
            : tracer.Trace(start.Coordinates, d0, startRow, +1, Station);
        builder.Up = up;
        int? joinedUp = builder.Joins;
        // A branch that runs into a known family is that family: the known one absorbs the new stretch.
        // Both ends on known families: a connector between points already followed (or a loop through them); nothing new.
        if (joinedDown is not null && joinedUp is not null) return null;
        int? joined = joinedDown ?? joinedUp;
        if (joined is { } k)
        {
            families[k].Absorb(builder, joinedDown is not null);
            return null;
        }
        return builder;
    }

    /// <summary>
    /// True when the critical point is isolated in the fixed space: the fixed-space Hessian (rescalings of ReLU with a
    /// trained second layer aside) has no eigenvalue within 1e-7 (relative) of zero.
    /// </summary>
    public static bool IsIsolated(FamilyModel model, double d, double[] coordinates)
    {
        ArgumentNullException.ThrowIfNull(model);
        var h = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(model.At(d).OrthonormalHessian(coordinates));
        var eig = h.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric).EigenValues.Select(z => Math.Abs(z.Real)).Order().ToArray();
        double scale = Math.Max(1, eig[^1]);
        int flat = model.RemovesRescalings ? model.At(d).Layout.RowBlockCount : 0;
        return eig.Length <= flat || eig[flat] > 1e-7 * scale;
    }

    /// <summary>A branch being assembled from its two legs.</summary>
    private sealed class Builder(double foundAt, FamilyStart start, FamilyRow startRow)
    {
        private readonly Dictionary<double, List<double[]>> hits = new();
        private List<FamilyRow>? rows;
        private List<FamilyFold> folds = new();
        private List<FamilyCrossing> crossings = new();
        private string firstEnd = "", lastEnd = "";

        public BranchTracer.Leg Down { get; set; } = new();
        public BranchTracer.Leg Up { get; set; } = new();
        public int? Joins { get; set; }

        public void Hit(FamilyRow row)
        {
            if (!hits.TryGetValue(row.D, out var list)) hits[row.D] = list = new List<double[]>();
            list.Add(row.Coordinates);
        }

        public bool Passes(double d, double[] c, double tolerance) =>
            hits.TryGetValue(d, out var list) && list.Any(x => x.Zip(c, (a, b) => Math.Abs(a - b)).Max() <= tolerance);

        private void Assemble()
        {
            if (rows is not null) return;
            rows = Enumerable.Reverse(Down.Rows).Append(startRow).Concat(Up.Rows).ToList();
            folds = Enumerable.Reverse(Down.Folds).Concat(Up.Folds).ToList();
            crossings = Enumerable.Reverse(Down.Crossings).Concat(Up.Crossings).ToList();
            firstEnd = Down.End;
            lastEnd = Up.End;
        }

        // The other branch met this one at a station; its rows beyond the meeting point extend this branch there.
        public void Absorb(Builder other, bool otherDownJoined)
        {
            Assemble();
            other.Assemble();
            var meet = otherDownJoined ? other.rows![0] : other.rows![^1];
            int at = rows!.FindIndex(r => r.D == meet.D && r.Coordinates.Zip(meet.Coordinates, (a, b) => Math.Abs(a - b)).Max() <= 1e-6);
            if (at < 0) return;
            // Oriented so that the other branch continues from the meeting point away from it.
            var extension = otherDownJoined ? other.rows.Skip(1).ToList() : Enumerable.Reverse(other.rows).Skip(1).ToList();
            string extensionEnd = otherDownJoined ? other.lastEnd : other.firstEnd;
            var newFolds = other.folds.Where(f => !folds.Any(g => Math.Abs(g.D - f.D) < 1e-7)).ToList();
            var newCrossings = other.crossings.Where(c => !crossings.Any(g => g.Irrep == c.Irrep && Math.Abs(g.D - c.D) < 1e-7)).ToList();
            // Keep the longer side of this branch at the meeting point: the other side is covered by the extension.
            if (at >= rows.Count - 1 - at)
            {
                rows = rows.Take(at + 1).Concat(extension).ToList();
                lastEnd = extensionEnd;
            }
            else
            {
                rows = Enumerable.Reverse(extension).Concat(rows.Skip(at)).ToList();
                firstEnd = extensionEnd;
            }
            folds.AddRange(newFolds);
            crossings.AddRange(newCrossings);
            foreach (var r in other.rows) Hit(r);
        }

        public FamilyBranch Build()
        {
            Assemble();
            return new FamilyBranch(rows!, folds, crossings, firstEnd, lastEnd, foundAt, start.Coordinates, start.LargerIsotropy);
        }
    }

    private static string Num(double v) => v.ToString("G", System.Globalization.CultureInfo.InvariantCulture);
}
