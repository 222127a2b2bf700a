using Landscape.Symmetry.Representations;

namespace Landscape.Symmetry.Landscape;

/// <summary>A critical point found in a type's fixed space at one d.</summary>
/// <param name="Coordinates">Block values.</param>
/// <param name="GradientNorm">‖∇L‖ of the full model there.</param>
/// <param name="LargerIsotropy">True when two blocks hold the same values, so the point is fixed by a larger group than the type (e.g. W = I in Fix(ΔS_{d−1}×ΔS₁)).</param>
public sealed record FamilyStart(double[] Coordinates, double GradientNorm, bool LargerIsotropy);

/// <summary>The outcome of a search for critical points at d₀.</summary>
/// <param name="Starts">Distinct critical points found (minima of the restriction first, then other indices).</param>
/// <param name="BestResidual">The smallest ‖∇L‖ any attempt reached (what to report when nothing converged).</param>
/// <param name="Attempts">Starts tried.</param>
public sealed record FamilySearchResult(IReadOnlyList<FamilyStart> Starts, double BestResidual, int Attempts);

/// <summary>
/// Critical points of a type's restricted loss at one d: from reproducible random block values (diagonal near 1,
/// off-diagonal small, second layer near 1) and a few structured guesses, L-BFGS then Newton (minima of the
/// restriction), and Newton alone (saddles of the restriction); converged points are kept once each.
/// </summary>
public static class FamilyStarts
{
    /// <summary>Searches at d with <paramref name="attempts"/> random starts per method.</summary>
    public static FamilySearchResult Find(FamilyModel model, double d, int attempts = 12, int seed = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var loss = model.At(d);
        var layout = loss.Layout;
        var rng = new Random(seed);
        var found = new List<FamilyStart>();
        double best = double.PositiveInfinity;
        int tried = 0;
        var starts = new List<(double[] C, bool NewtonOnly)>();
        // Structured guesses: W = I, and the identity with the small blocks flipped (the shapes of the papers' minima).
        starts.Add((Guess(layout, _ => 1.0, 0), false));
        starts.Add((Guess(layout, s => s == 0 ? 1.0 : -0.5, 0), false));
        for (int a = 0; a < attempts; a++)
        {
            starts.Add((Guess(layout, _ => 1 + 0.6 * (rng.NextDouble() - 0.5), 0.4, rng), false));
            starts.Add((Guess(layout, _ => 2 * (rng.NextDouble() - 0.3), 0.6, rng), true));
        }
        foreach (var (c0, newtonOnly) in starts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            tried++;
            double[] c = c0;
            try
            {
                if (!newtonOnly)
                {
                    var size = layout.OrbitSizes();
                    var scale = size.Select(Math.Sqrt).ToArray();
                    double F(double[] z, double[] g)
                    {
                        var raw = z.Select((v, i) => v / scale[i]).ToArray();
                        double v = loss.Gradient(raw, g);
                        for (int i = 0; i < g.Length; i++) g[i] /= scale[i];
                        return v;
                    }
                    var r = Lbfgs.Minimize(F, c0.Select((v, i) => v * scale[i]).ToArray(),
                        new LbfgsOptions { GradientTolerance = 1e-8, MaxIterations = 2000 }, cancellationToken);
                    c = r.X.Select((v, i) => v / scale[i]).ToArray();
                }
                var (point, result) = model.Correct(d, c, 60, cancellationToken);
                if (model.SecondLayerTrainable && model.Kernel is ReluGaussianKernel) point = loss.Balanced(point);
                best = Math.Min(best, result.GradientNorm);
                if (result.Stop != StopReason.Converged) continue;
                if (found.Any(f => Distance(f.Coordinates, point) < 1e-6)) continue;
                // Newton can also run off to points with huge weights where the loss is flat (bounded activations).
                if (point.Any(v => Math.Abs(v) > 1e3)) continue;
                // A (numerically) zero row is where ReLU has no derivative: such a "critical point" is an artefact of Newton.
                if (!model.Kernel.DifferentiableAtZero && Enumerable.Range(0, layout.RowBlockCount).Any(s => loss.RowNorm(point, s) < 1e-6)) continue;
                found.Add(new FamilyStart(point, result.GradientNorm, HasLargerIsotropy(layout, point)));
            }
            catch (ArgumentException)
            {
                // A start that ran into a zero row (ReLU is not differentiable there): try the next one.
            }
        }
        return new FamilySearchResult(found, best, tried);
    }

    private static double[] Guess(FixedSpaceLayout layout, Func<int, double> diagonal, double spread, Random? rng = null)
    {
        var c = new double[layout.Dimension];
        for (int o = 0; o < c.Length; o++)
        {
            var orbit = layout.Orbits[o];
            double noise = rng is null ? 0 : spread * (rng.NextDouble() - 0.5);
            c[o] = orbit.Kind switch
            {
                OrbitKind.Diagonal => diagonal(orbit.Row),
                OrbitKind.SecondLayer => 1 + noise,
                _ => (layout.Partner[orbit.Row] < 0 ? 0.5 : 0) + noise / Math.Max(1, Math.Sqrt(layout.D)),
            };
        }
        return c;
    }

    private static double Distance(double[] a, double[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Max();

    /// <summary>True when two coupled blocks could be merged: equal diagonals, equal rows and columns of block values.</summary>
    public static bool HasLargerIsotropy(FixedSpaceLayout layout, double[] c, double tolerance = 1e-7)
    {
        double Off(int s, int t) { int i = layout.BlockIndex(s, t); return i >= 0 ? c[i] : double.NaN; }
        int r = layout.RowBlockCount;
        for (int s = 0; s < r; s++)
            for (int s2 = s + 1; s2 < r; s2++)
            {
                int t = layout.Partner[s], t2 = layout.Partner[s2];
                if (t < 0 || t2 < 0) continue;
                bool same = Math.Abs(c[layout.DiagonalIndex(s)] - c[layout.DiagonalIndex(s2)]) <= tolerance;
                var values = new[] { Off(s, t), Off(s, t2), Off(s2, t), Off(s2, t2) }.Where(double.IsFinite).ToArray();
                same &= values.Max() - values.Min() <= tolerance;
                for (int u = 0; u < r && same; u++)
                {
                    if (u == s || u == s2) continue;
                    if (layout.Partner[u] >= 0) same &= Math.Abs(Off(s, layout.Partner[u]) - Off(s2, layout.Partner[u])) <= tolerance;
                    same &= Math.Abs(Off(u, t) - Off(u, t2)) <= tolerance;
                }
                if (layout.SecondLayerTrainable)
                    same &= Math.Abs(c[layout.SecondLayerIndex(s)] - c[layout.SecondLayerIndex(s2)]) <= tolerance;
                if (same) return true;
            }
        return false;
    }
}
