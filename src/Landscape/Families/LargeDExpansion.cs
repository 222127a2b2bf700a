using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape;

/// <summary>One term c·d^{−p/2} of a fitted expansion, with an error estimate.</summary>
/// <param name="HalfPower">p: the term is c·(d^{−1/2})^p (p = −2 grows like d, p = 0 is the limit).</param>
/// <param name="Coefficient">c.</param>
/// <param name="Error">How much c moves between fits with one term more and with the smallest-d third of the samples dropped.</param>
public sealed record ExpansionTerm(int HalfPower, double Coefficient, double Error);

/// <summary>A fitted expansion of a quantity in powers of d^{−1/2}.</summary>
/// <param name="Quantity">What was fitted (a coordinate name, "loss", an irreducible).</param>
/// <param name="Terms">The terms from the leading power on.</param>
/// <param name="Limit">The limit as d → ∞: the d⁰ coefficient when no growing term is significant, ±∞ otherwise.</param>
/// <param name="LimitError">Its error estimate.</param>
/// <param name="Residual">Largest |fit − sample| over the samples.</param>
public sealed record Expansion(string Quantity, IReadOnlyList<ExpansionTerm> Terms, double Limit, double LimitError, double Residual);

/// <summary>
/// Least-squares fits of f(d) ≈ Σ_{p ≥ p₀} c_p d^{−p/2} to samples at large d (the papers' fractional power series),
/// with the leading power chosen as the first whose coefficient is significant, and error estimates from refits.
/// </summary>
public static class LargeDExpansion
{
    /// <summary>Fits samples (d, f(d)) with <paramref name="terms"/> terms starting at d^{1} (p = −2).</summary>
    /// <exception cref="ArgumentException">Fewer samples than twice the number of terms, or non-finite samples.</exception>
    public static Expansion Fit(string quantity, IReadOnlyList<(double D, double Value)> samples, int terms = 6)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count < 2 * (terms + 1)) throw new ArgumentException($"A fit with {terms} terms needs at least {2 * (terms + 1)} samples; got {samples.Count}.", nameof(samples));
        if (samples.Any(s => !double.IsFinite(s.D) || !double.IsFinite(s.Value) || s.D <= 0))
            throw new ArgumentException("Samples must be finite with d > 0.", nameof(samples));
        var sorted = samples.OrderBy(s => s.D).ToList();
        int lowest = -2;
        double[] c = Solve(sorted, lowest, terms), err = Errors(sorted, lowest, terms, c);
        // Drop leading growing terms that are not significant (|c| below three error estimates and tiny against the data).
        double scale = Math.Max(1e-300, sorted.Max(s => Math.Abs(s.Value)));
        while (lowest < 0 && (Math.Abs(c[0]) <= 3 * err[0] || Math.Abs(c[0]) * Math.Pow(sorted[^1].D, -lowest / 2.0) < 1e-9 * scale))
        {
            lowest++;
            c = Solve(sorted, lowest, terms);
            err = Errors(sorted, lowest, terms, c);
        }
        var list = c.Select((v, i) => new ExpansionTerm(lowest + i, v, err[i])).ToList();
        double limit = lowest < 0 ? (c[0] > 0 ? double.PositiveInfinity : double.NegativeInfinity) : lowest == 0 ? c[0] : 0;
        double limitError = lowest < 0 ? double.NaN : lowest == 0 ? err[0] : 0;
        double residual = sorted.Max(s => Math.Abs(Evaluate(list, s.D) - s.Value));
        return new Expansion(quantity, list, limit, limitError, residual);
    }

    /// <summary>Σ c·d^{−p/2} over the terms.</summary>
    public static double Evaluate(IReadOnlyList<ExpansionTerm> terms, double d) =>
        terms.Sum(t => t.Coefficient * Math.Pow(d, -t.HalfPower / 2.0));

    private static double[] Solve(IReadOnlyList<(double D, double Value)> s, int lowest, int terms)
    {
        // Columns scaled by their size at the largest d keep the least-squares problem well conditioned.
        var a = Matrix<double>.Build.Dense(s.Count, terms, (i, j) => Math.Pow(s[i].D / s[^1].D, -(lowest + j) / 2.0));
        var b = Vector<double>.Build.Dense(s.Count, i => s[i].Value);
        var x = a.QR().Solve(b);
        return Enumerable.Range(0, terms).Select(j => x[j] * Math.Pow(s[^1].D, (lowest + j) / 2.0)).ToArray();
    }

    private static double[] Errors(IReadOnlyList<(double D, double Value)> s, int lowest, int terms, double[] c)
    {
        var more = Solve(s, lowest, terms + 1);
        var tail = Solve(s.Skip(s.Count / 3).ToList(), lowest, terms);
        return c.Select((v, j) => Math.Max(Math.Abs(more[j] - v), Math.Abs(tail[j] - v))).ToArray();
    }

    /// <summary>
    /// Follows a family from (d, coordinates) to <paramref name="dMax"/> along <paramref name="count"/> geometrically
    /// spaced stations and fits every coordinate, the loss and the smallest eigenvalue of each irreducible.
    /// </summary>
    /// <remarks>
    /// The loss is a sum of ~d² kernel values that cancel to O(1), so its rounding error grows like 1e-16·d²; its fit
    /// uses only stations with d ≤ <paramref name="lossLimitD"/>. Coordinates and eigenvalues lose only ~1e-16·d.
    /// </remarks>
    public static (FamilyTrace Trace, IReadOnlyList<Expansion> Fits) FitFamily(FamilyModel model, double d, double[] coordinates,
        double dMax = 1e6, int count = 48, double lossLimitD = 1e4, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!(dMax > d)) throw new ArgumentException($"The end d = {dMax} must exceed the start d = {d}.", nameof(dMax));
        var stations = Enumerable.Range(1, count).Select(i => d * Math.Pow(dMax / d, i / (double)count)).ToArray();
        stations[^1] = dMax;
        var trace = FamilyContinuation.Follow(model, d, coordinates, dMax,
            new ContinuationOptions { Step = double.MaxValue, Stations = stations }, null, cancellationToken);
        var rows = trace.Rows.Skip(1).ToList();
        var fits = new List<Expansion>();
        if (rows.Count < 16) return (trace, fits);
        var layout = model.At(d).Layout;
        for (int o = 0; o < layout.Dimension; o++)
            fits.Add(Fit(layout.OrbitName(o), rows.Select(r => (r.D, r.Coordinates[o])).ToList()));
        var lossRows = rows.Where(r => r.D <= lossLimitD).Select(r => (r.D, r.Loss)).ToList();
        if (lossRows.Count >= 14) fits.Add(Fit("loss", lossRows));
        foreach (var name in rows[^1].Irreducibles.Select(b => b.Name))
        {
            var samples = rows.Select(r => (r.D, r.Irreducibles.FirstOrDefault(b => b.Name == name)?.Smallest ?? double.NaN)).Where(s => double.IsFinite(s.Item2)).ToList();
            if (samples.Count >= 14) fits.Add(Fit("λ_min " + name, samples));
        }
        return (trace, fits);
    }
}
