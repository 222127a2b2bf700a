namespace Landscape.Symmetry.Landscape;

/// <summary>A Hessian eigenvalue of one irreducible crossing zero along a family.</summary>
/// <param name="D">Where (located to the requested tolerance in d).</param>
/// <param name="Irrep">The irreducible's name.</param>
/// <param name="EigenvalueIndex">Which eigenvalue of that irreducible (0 = smallest).</param>
/// <param name="Upward">True when the eigenvalue goes from negative to positive as d increases.</param>
/// <param name="Dimension">dim of the irreducible at the crossing: how many Hessian eigenvalues cross at once.</param>
public sealed record FamilyCrossing(double D, string Irrep, int EigenvalueIndex, bool Upward, double Dimension)
{
    /// <summary>"negative-to-positive" or "positive-to-negative" (as d increases).</summary>
    public string Direction => Upward ? "negative-to-positive" : "positive-to-negative";
}

/// <summary>Settings of <see cref="FamilyContinuation.Follow"/>.</summary>
public sealed record ContinuationOptions
{
    /// <summary>The largest step in d (default 0.25). Every integer d in range is visited as well.</summary>
    public double Step { get; init; } = 0.25;

    /// <summary>Smallest step before the continuation is declared stalled (default 1e-6).</summary>
    public double MinStep { get; init; } = 1e-6;

    /// <summary>Crossings are located to this width in d (default 1e-11).</summary>
    public double CrossingTolerance { get; init; } = 1e-11;

    /// <summary>Eigenvalues within this (relative) distance of 0 at either end of a step are not counted as crossings (flat directions).</summary>
    public double ZeroTolerance { get; init; } = 1e-8;

    /// <summary>Largest change of a block value in one step beyond the predictor's (guards against jumping to another family).</summary>
    public double MaxCorrection { get; init; } = 0.05;

    /// <summary>Visit only these d (with intermediate steps as needed), instead of every integer (used for large-d sweeps).</summary>
    public IReadOnlyList<double>? Stations { get; init; }
}

/// <summary>The result of following one family.</summary>
/// <param name="Rows">The points computed, in order of d (including every integer d reached).</param>
/// <param name="Crossings">Zero crossings of eigenvalues per irreducible, in order of d.</param>
/// <param name="Stop">Null when the end was reached; otherwise why the continuation stopped (a fold, a stall) and where.</param>
public sealed record FamilyTrace(IReadOnlyList<FamilyRow> Rows, IReadOnlyList<FamilyCrossing> Crossings, string? Stop);

/// <summary>
/// Natural-parameter continuation in d: predict by extrapolating the last two points (secant), correct by Newton at the
/// new d in the fixed space, and halve the step when Newton fails or the correction is too large. Between accepted
/// points every eigenvalue of every irreducible is compared; a sign change is located by Illinois-type regula
/// falsi on d ↦ λⱼ(x(d), d), each evaluation Newton-correcting the point at that d first. When the step falls below
/// <see cref="ContinuationOptions.MinStep"/> (typically at a fold, where the family turns back in d) the
/// continuation stops, keeps its rows and says where.
/// </summary>
public static class FamilyContinuation
{
    /// <summary>Follows the critical point <paramref name="start"/> (at d₀) to d₁.</summary>
    /// <exception cref="ArgumentException">The type is not valid at d₀ or d₁, or the start is not a critical point at d₀.</exception>
    public static FamilyTrace Follow(FamilyModel model, double d0, double[] start, double d1, ContinuationOptions? options = null,
        IProgress<FamilyRow>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(start);
        var o = options ?? new ContinuationOptions();
        if (!(o.Step > 0)) throw new ArgumentException($"The step must be positive; got {o.Step}.", nameof(options));
        model.Type.CheckValidAt(d0, nameof(d0));
        model.Type.CheckValidAt(d1, nameof(d1));
        var (c0, r0) = model.Correct(d0, start, 60, cancellationToken);
        if (r0.Stop != StopReason.Converged)
            throw new ArgumentException($"The start is not a critical point at d = {d0}: Newton reached ‖∇L‖ = {r0.GradientNorm:E2}.", nameof(start));
        var rows = new List<FamilyRow> { model.Evaluate(d0, c0) };
        progress?.Report(rows[0]);
        var crossings = new List<FamilyCrossing>();
        double dir = Math.Sign(d1 - d0);
        double h = o.Step;
        var stations = Stations(d0, d1, o);
        int next = 0;
        string? stop = null;
        while (dir != 0 && next < stations.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var last = rows[^1];
            double target = stations[next];
            double d = Math.Abs(target - last.D) <= h ? target : last.D + dir * h;
            var guess = Predict(rows, d);
            bool ok = false;
            FamilyRow? row = null;
            try
            {
                var (c, r) = model.Correct(d, guess, 40, cancellationToken);
                double moved = c.Zip(guess, (a, b) => Math.Abs(a - b)).Max();
                double predicted = guess.Zip(last.Coordinates, (a, b) => Math.Abs(a - b)).Max();
                if (r.Stop == StopReason.Converged && moved <= o.MaxCorrection + 2 * predicted)
                {
                    row = model.Evaluate(d, c);
                    ok = true;
                }
            }
            catch (ArgumentException) { }
            if (!ok)
            {
                h /= 2;
                if (h < o.MinStep)
                {
                    double trivial = SafeTrivial(model, last);
                    stop = $"stalled after d = {last.D:R}: Newton found no nearby critical point for any step ≥ {o.MinStep:G2} " +
                           $"(smallest eigenvalue of the fixed-space Hessian there {trivial:E3}; near zero means a fold — the family turns back in d)";
                    break;
                }
                continue;
            }
            crossings.AddRange(Locate(model, last, row!, o, cancellationToken));
            rows.Add(row!);
            progress?.Report(row!);
            if (d == target) next++;
            h = Math.Min(o.Step, h * 2);
        }
        crossings.Sort((a, b) => a.D.CompareTo(b.D));
        return new FamilyTrace(rows, crossings, stop);
    }

    private static double SafeTrivial(FamilyModel model, FamilyRow row)
    {
        try { return model.TrivialSmallest(row.D, row.Coordinates); }
        catch (ArgumentException) { return double.NaN; }
    }

    // Every integer strictly between d0 and d1, then d1 (or the caller's stations).
    private static List<double> Stations(double d0, double d1, ContinuationOptions o)
    {
        double dir = Math.Sign(d1 - d0);
        IEnumerable<double> list;
        if (o.Stations is not null) list = o.Stations.Where(s => (s - d0) * dir > 0 && (s - d1) * dir <= 0);
        else
        {
            var ints = new List<double>();
            if (dir > 0) for (double i = Math.Floor(d0) + 1; i < d1; i++) ints.Add(i);
            else for (double i = Math.Ceiling(d0) - 1; i > d1; i--) ints.Add(i);
            list = ints;
        }
        var result = list.OrderBy(s => s * dir).ToList();
        if (result.Count == 0 || result[^1] != d1) result.Add(d1);
        return result;
    }

    private static double[] Predict(List<FamilyRow> rows, double d)
    {
        var b = rows[^1];
        if (rows.Count < 2) return (double[])b.Coordinates.Clone();
        var a = rows[^2];
        double t = (d - b.D) / (b.D - a.D);
        return b.Coordinates.Zip(a.Coordinates, (y, x) => y + t * (y - x)).ToArray();
    }

    private static IEnumerable<FamilyCrossing> Locate(FamilyModel model, FamilyRow a, FamilyRow b, ContinuationOptions o, CancellationToken ct)
    {
        var found = new List<FamilyCrossing>();
        foreach (var ba in a.Irreducibles)
        {
            var bb = b.Irreducibles.FirstOrDefault(x => x.Name == ba.Name);
            if (bb is null) continue;
            double scale = Math.Max(1, Math.Max(ba.Eigenvalues.Max(Math.Abs), bb.Eigenvalues.Max(Math.Abs)));
            double zero = o.ZeroTolerance * scale;
            for (int j = 0; j < Math.Min(ba.Eigenvalues.Length, bb.Eigenvalues.Length); j++)
            {
                double ea = ba.Eigenvalues[j], eb = bb.Eigenvalues[j];
                if (Math.Abs(ea) <= zero || Math.Abs(eb) <= zero || Math.Sign(ea) == Math.Sign(eb)) continue;
                var label = ba.Label;
                int index = j;
                double G(double d)
                {
                    double t = (d - a.D) / (b.D - a.D);
                    var guess = a.Coordinates.Zip(b.Coordinates, (x, y) => x + t * (y - x)).ToArray();
                    // Polished to rounding: the located d is only as good as the point the eigenvalue is taken at.
                    var (c, _) = model.Correct(d, guess, 40, ct, 1e-16 * Math.Max(1, d));
                    var spectra = FamilySpectrum.Compute(model.Kernel, model.Type, d, model.SecondLayerTrainable, c, l => l == label || l.Tails.SequenceEqual(label.Tails, TailComparer.Instance), model.RemovesRescalings);
                    return spectra[0].Eigenvalues[index];
                }
                double root = RegulaFalsi(G, a.D, ea, b.D, eb, o.CrossingTolerance);
                double dim = label.Dimension(model.At(root).Layout.Factors.Select(f => f.Size).ToArray());
                bool upward = (eb - ea) * Math.Sign(b.D - a.D) > 0;
                found.Add(new FamilyCrossing(root, ba.Name, j, upward, dim));
            }
        }
        return found;
    }

    private sealed class TailComparer : IEqualityComparer<int[]>
    {
        public static TailComparer Instance { get; } = new();
        public bool Equals(int[]? x, int[]? y) => x!.SequenceEqual(y!);
        public int GetHashCode(int[] obj) => obj.Length;
    }

    /// <summary>A root of g in [a, b] with g(a), g(b) of opposite signs: Illinois regula falsi with a bisection every fourth step.</summary>
    internal static double RegulaFalsi(Func<double, double> g, double a, double fa, double b, double fb, double tolerance)
    {
        int side = 0;
        for (int it = 0; it < 200 && Math.Abs(b - a) > tolerance; it++)
        {
            double c = it % 4 == 3 ? 0.5 * (a + b) : (a * fb - b * fa) / (fb - fa);
            if (!(c > Math.Min(a, b) && c < Math.Max(a, b))) c = 0.5 * (a + b);
            double fc = g(c);
            if (fc == 0) return c;
            if (Math.Sign(fc) == Math.Sign(fb))
            {
                b = c; fb = fc;
                if (side == -1) fa /= 2;
                side = -1;
            }
            else
            {
                a = c; fa = fc;
                if (side == 1) fb /= 2;
                side = 1;
            }
        }
        return 0.5 * (a + b);
    }
}
