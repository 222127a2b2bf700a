using Landscape.Symmetry.Representations;
using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// Pseudo-arclength continuation of one branch of critical points of a type's restricted loss, in y = (c, u) with c
/// the block values and u = ln d (so a step is a fixed fraction of d at any scale). The branch is the zero set of
/// E(c, d) = the gradient per cell (∂L/∂c divided by orbit sizes: the full model's gradient entries); with ReLU and a
/// trainable second layer the a-equations, which the rescaling invariance makes redundant, are replaced by the balance
/// aₛ² = |wₛ|² so that the branch is a curve. Predictor along the unit tangent t (the kernel of [∂E/∂c ∂E/∂u]),
/// corrector: Newton on E = 0 in the hyperplane through the prediction orthogonal to t. A sign change of the
/// tangent's u-component between two points is a fold, located by regula falsi on that component along the chord;
/// each stretch between folds is monotone in d and carries the stations (rows at fixed d) and the eigenvalue crossings.
/// </summary>
internal sealed class BranchTracer
{
    private const double DerivativeStep = 1e-5;

    private readonly FamilyModel model;
    private readonly FamilyExplorerOptions options;
    private readonly double lowD, highD;
    private readonly double[] stations;
    private readonly bool balance;
    private readonly int n;
    private readonly CancellationToken ct;

    /// <summary>A point of the branch and its unit tangent in (c, ln d).</summary>
    private sealed record Node(double[] C, double D, double[] Tangent)
    {
        public double U => Math.Log(D);
    }

    /// <summary>One direction of a branch: rows after the start, folds, crossings, and why it ended.</summary>
    public sealed class Leg
    {
        public List<FamilyRow> Rows { get; } = new();
        public List<FamilyFold> Folds { get; } = new();
        public List<FamilyCrossing> Crossings { get; } = new();
        public string End { get; set; } = "";
    }

    /// <param name="model">The family model.</param>
    /// <param name="lowD">Lower end of the range (the branch stops there).</param>
    /// <param name="highD">Upper end.</param>
    /// <param name="stations">d where rows are wanted (ascending; they include lowD and highD).</param>
    /// <param name="options">Settings.</param>
    /// <param name="ct">Cancels between steps.</param>
    public BranchTracer(FamilyModel model, double lowD, double highD, double[] stations, FamilyExplorerOptions options, CancellationToken ct)
    {
        this.model = model;
        this.lowD = lowD;
        this.highD = highD;
        this.stations = stations;
        this.options = options;
        this.ct = ct;
        balance = model.RemovesRescalings;
        n = model.At(lowD).Dimension;
    }

    /// <summary>
    /// Follows the branch through the critical point <paramref name="start"/> at d₀ in one direction
    /// (<paramref name="direction"/> = −1: d decreasing at first; +1: increasing).
    /// </summary>
    /// <param name="start">The start (a converged critical point at d₀).</param>
    /// <param name="d0">Its d.</param>
    /// <param name="startRow">Its row.</param>
    /// <param name="direction">−1 or +1.</param>
    /// <param name="station">Called with each station row reached; a non-null answer stops the leg with that reason (the branch meets a known one).</param>
    public Leg Trace(double[] start, double d0, FamilyRow startRow, int direction, Func<FamilyRow, string?> station)
    {
        var leg = new Leg();
        var reference = new double[n + 1];
        reference[n] = direction;
        var t0 = Tangent(start, d0, reference);
        if (t0 is null)
        {
            leg.End = $"no tangent at the start d = {d0:R} (the fixed-space Hessian is singular there)";
            return leg;
        }
        var a = new Node(start, d0, t0);
        var rowA = startRow;
        double ds = options.MaxArcStep / 2;
        var y0 = Pack(start, Math.Log(d0));
        for (int step = 0; ; step++)
        {
            ct.ThrowIfCancellationRequested();
            if (step >= options.MaxStepsPerBranch)
            {
                leg.End = $"step budget ({options.MaxStepsPerBranch}) used up at d = {a.D:R}";
                return leg;
            }
            var ya = Pack(a.C, a.U);
            // Arclength is measured with each block value relative to its size (σᵢ = max(1, |cᵢ|)): families whose values
            // grow with d then take steps that are a fixed fraction of d, like those whose values converge.
            var sigma = Enumerable.Range(0, n + 1).Select(i => i < n ? Math.Max(1, Math.Abs(a.C[i])) : 1).ToArray();
            var scaled = a.Tangent.Select((v, i) => v / sigma[i]).ToArray();
            double scaledNorm = Math.Sqrt(Dot(scaled, scaled));
            var heading = a.Tangent.Select(v => v / scaledNorm).ToArray();
            var yp = ya.Select((v, i) => v + ds * heading[i]).ToArray();
            // A step that would leave the range ends on the range's end instead (the type may not exist beyond it).
            if (Math.Exp(yp[n]) is var dp && (dp < lowD || dp > highD) && a.D != lowD && a.D != highD && FinishAt(a, rowA, dp < lowD ? lowD : highD, leg, station) is { } end)
            {
                leg.End = end;
                return leg;
            }
            var normal = scaled.Select((v, i) => v / sigma[i]).ToArray();
            var corrected = CorrectOnPlane(yp, normal);
            Node? b = null;
            FamilyRow? rowB = null;
            if (corrected is { } cy && Math.Sqrt(cy.Y.Select((v, i) => (v - yp[i]) * (v - yp[i]) / (sigma[i] * sigma[i])).Sum()) <= 0.5 * ds)
            {
                var (cb, ub) = Unpack(cy.Y);
                double db = Math.Exp(ub);
                var tb = Tangent(cb, db, a.Tangent);
                if (tb is not null && Dot(tb, a.Tangent) >= 0.9)
                {
                    try
                    {
                        rowB = model.Evaluate(db, cb);
                        b = new Node(cb, db, tb);
                    }
                    catch (ArgumentException) { }
                }
                if (b is not null && cy.Iterations <= 2) ds = Math.Min(options.MaxArcStep, 1.5 * ds);
            }
            if (b is null)
            {
                ds /= 2;
                if (ds < options.MinArcStep && (a.D == lowD || a.D == highD))
                {
                    leg.End = $"reached d = {a.D:R}";
                    return leg;
                }
                if (ds < options.MinArcStep)
                {
                    leg.End = $"stalled after d = {a.D:R} (no critical point within a step of {options.MinArcStep:G2} along the branch; " +
                              $"smallest fixed-space eigenvalue there {SmallestMagnitude(a.C, a.D):E2})";
                    return leg;
                }
                continue;
            }
            if (Segment(a, rowA, b, rowB!, leg, station) is { } exit)
            {
                leg.End = exit;
                return leg;
            }
            leg.Rows.Add(rowB!);
            if (b.C.Any(v => Math.Abs(v) > 1e3))
            {
                leg.End = $"block values beyond 1e3 at d = {b.D:R} (the branch runs off to infinity)";
                return leg;
            }
            if (!model.Kernel.DifferentiableAtZero)
            {
                var loss = model.At(b.D);
                for (int s = 0; s < loss.Layout.RowBlockCount; s++)
                    if (loss.RowNorm(b.C, s) < 1e-6)
                    {
                        leg.End = $"row block {s + 1} shrinks to zero at d = {b.D:R} (the activation has no derivative there)";
                        return leg;
                    }
            }
            if (step > 3 && Distance(Pack(b.C, b.U), y0) < ds)
            {
                leg.End = $"closed loop: back at the start after d = {b.D:R}";
                return leg;
            }
            a = b;
            rowA = rowB!;
        }
    }

    // The row at the end of the range, by Newton at that d from the tangent's extrapolation; null when it does not converge.
    private string? FinishAt(Node a, FamilyRow rowA, double bound, Leg leg, Func<FamilyRow, string?> station)
    {
        double tu = a.Tangent[n];
        if (Math.Abs(tu) < 1e-3) return null;
        double theta = (Math.Log(bound) - a.U) / tu;
        if (theta <= 0 || theta > 4 * options.MaxArcStep) return null;
        var guess = a.C.Select((v, i) => v + theta * a.Tangent[i]).ToArray();
        FamilyRow row;
        try
        {
            var (c, r) = model.Correct(bound, guess, 40, ct);
            if (r.Stop != StopReason.Converged || c.Zip(guess, (x, y) => Math.Abs(x - y)).Max() > 0.05) return null;
            if (balance) c = model.At(bound).Balanced(c);
            row = model.Evaluate(bound, c);
        }
        catch (ArgumentException) { return null; }
        Crossings(a, rowA, new Node(row.Coordinates, bound, a.Tangent), row, leg, false, false);
        leg.Rows.Add(row);
        return station(row) ?? $"reached d = {bound:R}";
    }

    // One accepted step a → b: a fold inside splits it into two stretches monotone in d; each gets its stations and
    // crossings. Returns why the leg stops inside this step (left the range, met a known branch), or null.
    private string? Segment(Node a, FamilyRow rowA, Node b, FamilyRow rowB, Leg leg, Func<FamilyRow, string?> station)
    {
        double ta = a.Tangent[n], tb = b.Tangent[n];
        if (ta != 0 && tb != 0 && Math.Sign(ta) != Math.Sign(tb) && LocateFold(a, b) is { } f)
        {
            var rowF = model.Evaluate(f.D, f.C);
            if (Stretch(a, rowA, f, rowF, leg, station, foldAtEnd: true) is { } exit) return exit;
            leg.Rows.Add(rowF);
            leg.Folds.Add(new FamilyFold(f.D, f.C, rowF.Loss, a.D > f.D ? FoldKind.Birth : FoldKind.Death, SmallestMagnitude(f.C, f.D)));
            return Stretch(f, rowF, b, rowB, leg, station, foldAtStart: true);
        }
        return Stretch(a, rowA, b, rowB, leg, station);
    }

    // A stretch p → q monotone in d: stations strictly after p up to q, in order; the range ends stop the leg.
    private string? Stretch(Node p, FamilyRow rowP, Node q, FamilyRow rowQ, Leg leg, Func<FamilyRow, string?> station,
        bool foldAtStart = false, bool foldAtEnd = false)
    {
        double lo = Math.Min(p.D, q.D), hi = Math.Max(p.D, q.D);
        bool up = q.D > p.D;
        var inside = stations.Where(s => s > lo && s < hi || s == q.D).ToList();
        // A stretch that starts on an end of the range and leaves it: the end's row is already there.
        if ((p.D == lowD && q.D < lowD) || (p.D == highD && q.D > highD)) return $"reached d = {p.D:R}";
        if (!up) inside.Reverse();
        var last = (Node: p, Row: rowP);
        foreach (var s in inside)
        {
            double theta = (Math.Log(s) - p.U) / (q.U - p.U);
            var guess = p.C.Zip(q.C, (x, y) => x + theta * (y - x)).ToArray();
            FamilyRow row;
            try
            {
                var (c, r) = model.Correct(s, guess, 40, ct);
                if (r.Stop != StopReason.Converged || c.Zip(guess, (x, y) => Math.Abs(x - y)).Max() > 0.05) continue;
                if (balance) c = model.At(s).Balanced(c);
                row = model.Evaluate(s, c);
            }
            catch (ArgumentException) { continue; }
            bool boundary = (s == lowD && q.D < lowD) || (s == highD && q.D > highD);
            var node = new Node(row.Coordinates, s, p.Tangent);
            Crossings(last.Node, last.Row, node, row, leg, foldAtStart && last.Node == p, false);
            leg.Rows.Add(row);
            if (station(row) is { } meets) return meets;
            if (boundary) return $"reached d = {s:R}";
            last = (node, row);
        }
        if (q.D < lowD || q.D > highD)
            return $"left the range after d = {last.Node.D:R} (no row could be computed at the end of the range)";
        Crossings(last.Node, last.Row, q, rowQ, leg, foldAtStart && last.Node == p, foldAtEnd);
        return null;
    }

    // Zero crossings of eigenvalues per irreducible between two points of a stretch monotone in d, located in d by regula falsi,
    // each evaluation a Newton correction at that d from the interpolated point. Eigenvalues near zero at a fold end
    // are the fold's own (the trivial irreducible's eigenvalue passes through zero along the branch there) and are skipped.
    private void Crossings(Node p, FamilyRow rowP, Node q, FamilyRow rowQ, Leg leg, bool foldAtStart, bool foldAtEnd)
    {
        if (p.D == q.D) return;
        foreach (var bp in rowP.Irreducibles)
        {
            var bq = rowQ.Irreducibles.FirstOrDefault(x => x.Name == bp.Name);
            if (bq is null) continue;
            double scale = Math.Max(1, Math.Max(bp.Eigenvalues.Max(Math.Abs), bq.Eigenvalues.Max(Math.Abs)));
            double zero = options.ZeroTolerance * scale, foldZero = 1e-6 * scale;
            for (int j = 0; j < Math.Min(bp.Eigenvalues.Length, bq.Eigenvalues.Length); j++)
            {
                double ep = bp.Eigenvalues[j], eq = bq.Eigenvalues[j];
                if (Math.Abs(ep) <= (foldAtStart ? foldZero : zero) || Math.Abs(eq) <= (foldAtEnd ? foldZero : zero) || Math.Sign(ep) == Math.Sign(eq)) continue;
                var label = bp.Label;
                int index = j;
                double G(double d)
                {
                    double theta = (Math.Log(d) - p.U) / (q.U - p.U);
                    var guess = p.C.Zip(q.C, (x, y) => x + theta * (y - x)).ToArray();
                    // Polished to rounding: the located d is only as good as the point the eigenvalue is taken at.
                    var (c, _) = model.Correct(d, guess, 40, ct, 1e-16 * Math.Max(1, d));
                    if (balance) c = model.At(d).Balanced(c);
                    var spectra = FamilySpectrum.Compute(model.Kernel, model.Type, d, model.SecondLayerTrainable, c,
                        l => l.Tails.Count == label.Tails.Count && l.Tails.Zip(label.Tails).All(z => z.First.SequenceEqual(z.Second)), model.RemovesRescalings);
                    return spectra[0].Eigenvalues[index];
                }
                double root;
                try { root = FamilyContinuation.RegulaFalsi(G, p.D, ep, q.D, eq, options.Tolerance); }
                catch (ArgumentException) { continue; }
                double dim = label.Dimension(model.At(root).Layout.Factors.Select(f => f.Size).ToArray());
                bool upward = (eq - ep) * Math.Sign(q.D - p.D) > 0;
                leg.Crossings.Add(new FamilyCrossing(root, bp.Name, j, upward, dim));
            }
        }
    }

    // The fold between a and b: the root of the tangent's u-component along the chord, each evaluation a corrector in
    // the hyperplane through the chord point orthogonal to the chord.
    private Node? LocateFold(Node a, Node b)
    {
        var ya = Pack(a.C, a.U);
        var yb = Pack(b.C, b.U);
        var chord = yb.Zip(ya, (x, y) => x - y).ToArray();
        double length = Math.Sqrt(Dot(chord, chord));
        var normal = chord.Select(v => v / length).ToArray();
        Node? last = null;
        double G(double theta)
        {
            var yp = ya.Select((v, i) => v + theta * chord[i]).ToArray();
            var corrected = CorrectOnPlane(yp, normal) ?? throw new ArgumentException("No critical point on the chord.");
            var (c, u) = Unpack(corrected.Y);
            var t = Tangent(c, Math.Exp(u), a.Tangent) ?? throw new ArgumentException("No tangent on the chord.");
            last = new Node(c, Math.Exp(u), t);
            return t[n];
        }
        try
        {
            // The tolerance is in chord fraction; d is quadratic in it near the fold, so d is located far more finely.
            double theta = FamilyContinuation.RegulaFalsi(G, 0, a.Tangent[n], 1, b.Tangent[n], options.Tolerance / Math.Max(length, 1e-3));
            G(theta);
            return last;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // Newton on (E(c, eᵘ) = 0, normal · (y − yp) = 0) from yp.
    private (double[] Y, int Iterations)? CorrectOnPlane(double[] yp, double[] normal, int maxIterations = 12)
    {
        var y = (double[])yp.Clone();
        try
        {
            for (int it = 0; it <= maxIterations; it++)
            {
                var (c, u) = Unpack(y);
                double d = Math.Exp(u);
                if (!model.Type.IsValidAt(d)) return null;
                var jac = new double[n, n];
                var (e, converged) = Residual(c, d, jac);
                double plane = 0;
                for (int i = 0; i <= n; i++) plane += normal[i] * (y[i] - yp[i]);
                if (converged && Math.Abs(plane) <= 1e-14 * (1 + Math.Abs(u))) return (y, it);
                if (it == maxIterations) return null;
                var ju = DerivativeInU(c, d);
                var a = Matrix<double>.Build.Dense(n + 1, n + 1);
                var rhs = Vector<double>.Build.Dense(n + 1);
                for (int i = 0; i < n; i++)
                {
                    for (int j = 0; j < n; j++) a[i, j] = jac[i, j];
                    a[i, n] = ju[i];
                    rhs[i] = -e[i];
                }
                for (int j = 0; j <= n; j++) a[n, j] = normal[j];
                rhs[n] = -plane;
                var dy = a.Solve(rhs);
                if (dy.Any(v => !double.IsFinite(v))) return null;
                for (int i = 0; i <= n; i++) y[i] += dy[i];
            }
        }
        catch (ArgumentException) { }
        return null;
    }

    // The unit tangent at (c, d): the kernel of [∂E/∂c ∂E/∂u], oriented along the reference.
    private double[]? Tangent(double[] c, double d, double[] reference)
    {
        try
        {
            var jac = new double[n, n];
            Residual(c, d, jac);
            var ju = DerivativeInU(c, d);
            var a = Matrix<double>.Build.Dense(n + 1, n + 1);
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++) a[i, j] = jac[i, j];
                a[i, n] = ju[i];
            }
            for (int j = 0; j <= n; j++) a[n, j] = reference[j];
            var rhs = Vector<double>.Build.Dense(n + 1);
            rhs[n] = 1;
            var t = a.Solve(rhs).ToArray();
            double norm = Math.Sqrt(Dot(t, t));
            if (!double.IsFinite(norm) || norm == 0) return null;
            for (int i = 0; i <= n; i++) t[i] /= norm;
            if (Dot(t, reference) < 0) for (int i = 0; i <= n; i++) t[i] = -t[i];
            return t;
        }
        catch (ArgumentException) { return null; }
    }

    // E(c, d) (and ∂E/∂c into jac when given); converged when the full model's ‖∇L‖ is at the Newton tolerance.
    private (double[] E, bool Converged) Residual(double[] c, double d, double[,]? jac)
    {
        var loss = model.At(d);
        var layout = loss.Layout;
        var size = layout.OrbitSizes();
        var g = new double[n];
        loss.Gradient(c, g);
        bool converged = loss.FullGradientNorm(g) <= FamilyModel.GradientToleranceAt(d);
        var e = new double[n];
        for (int i = 0; i < n; i++) e[i] = g[i] / size[i];
        if (jac is not null)
        {
            var h = loss.Hessian(c);
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) jac[i, j] = h[i, j] / size[i];
        }
        if (balance)
            for (int s = 0; s < layout.RowBlockCount; s++)
            {
                int ai = layout.SecondLayerIndex(s);
                if (ai < 0) continue;
                if (jac is not null) for (int j = 0; j < n; j++) jac[ai, j] = 0;
                double w2 = 0;
                for (int o = 0; o < n; o++)
                {
                    var orbit = layout.Orbits[o];
                    if (orbit.Row != s || orbit.Kind == OrbitKind.SecondLayer) continue;
                    double perRow = size[o] / layout.RowSizes[s];
                    w2 += perRow * c[o] * c[o];
                    if (jac is not null) jac[ai, o] = -2 * perRow * c[o];
                }
                e[ai] = c[ai] * c[ai] - w2;
                if (jac is not null) jac[ai, ai] = 2 * c[ai];
                converged &= Math.Abs(e[ai]) <= 1e-12 * Math.Max(1, c[ai] * c[ai]);
            }
        return (e, converged);
    }

    // ∂E/∂u = d·∂E/∂d by central differences in u (forward at the lower edge of the type's range).
    private double[] DerivativeInU(double[] c, double d)
    {
        double up = d * Math.Exp(DerivativeStep), down = d * Math.Exp(-DerivativeStep);
        var eUp = Residual(c, up, null).E;
        if (model.Type.IsValidAt(down))
        {
            var eDown = Residual(c, down, null).E;
            return eUp.Zip(eDown, (x, y) => (x - y) / (2 * DerivativeStep)).ToArray();
        }
        var e0 = Residual(c, d, null).E;
        return eUp.Zip(e0, (x, y) => (x - y) / DerivativeStep).ToArray();
    }

    private double SmallestMagnitude(double[] c, double d)
    {
        try
        {
            return Matrix<double>.Build.DenseOfArray(model.At(d).OrthonormalHessian(c)).Evd(Symmetricity.Symmetric).EigenValues
                .Select(z => z.Real).MinBy(Math.Abs);
        }
        catch (ArgumentException) { return double.NaN; }
    }

    private double[] Pack(double[] c, double u)
    {
        var y = new double[n + 1];
        Array.Copy(c, y, n);
        y[n] = u;
        return y;
    }

    private (double[] C, double U) Unpack(double[] y) => (y[..n], y[n]);

    private static double Dot(double[] a, double[] b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    private static double Distance(double[] a, double[] b) => Math.Sqrt(a.Zip(b, (x, y) => (x - y) * (x - y)).Sum());
}
