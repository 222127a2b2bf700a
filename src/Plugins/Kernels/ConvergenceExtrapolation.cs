namespace Landscape.Symmetry.Plugins;

/// <summary>
/// The error of a quadrature result estimated from the same quantity by two coarser rules of the same family.
/// </summary>
/// <remarks>
/// <para>Rules are indexed by a resolution t (nodes per unit, t₀ &gt; t₁ &gt; t₂, here t₀/√2 and t₀/2). Let
/// d₁ = |Q₀ − Q₁| and d₂ = |Q₁ − Q₂|. When the errors fall fast, d₁ ≈ E(t₁) and d₂ ≈ E(t₂).</para>
/// <para>Geometric model: for the trapezoidal rule on an integrand analytic in a strip, and for Gauss–Legendre on an
/// analytic integrand, log E(t) is, up to slowly varying factors, a concave function of t — a straight line
/// (−2πδ t, a pole at distance δ) after a parabola (−2π²t², the Gaussian weight alone, which dominates at coarse
/// steps). The secant of a concave function through t₂, t₁ lies above it beyond t₁, so extrapolating log E linearly,
/// E(t₀) ≈ d₁ (d₁/d₂)^p with p = (t₀ − t₁)/(t₁ − t₂), over- rather than underestimates. Plain d₁ (the error of the
/// coarser rule) would be a cruder bound still: for a rule at 1e-14 and halved resolution, d₁ is about 1e-7. The error
/// is, however, a sum of such terms (the Gaussian's and each pole's, in each of the two directions of the plane), and
/// where a slower-decaying term takes over between the coarse levels and the fine one, log E has a convex corner and
/// the extrapolation falls short: by 14 % for z/(1 + 4z²) at |w| = 0.3, |v| = 2.5 in the tests. The estimate is
/// therefore multiplied by <see cref="SafetyFactor"/>.</para>
/// <para>Otherwise: a kink, jump or other non-analytic point makes the error fall like a power of the step, and
/// irregularly — a kink at z = c is met at a different offset from the grid by each rule, so the error of the trapezoidal
/// rule oscillates within O(h²) — where the geometric extrapolation would underestimate. A ratio r = d₁/d₂ above 1/16
/// (for resolutions t₀, t₀/√2, t₀/2 that is a power q ≤ 8 of the step, or no clear convergence) gives d₁ + d₂, which bounds
/// |Q₀ − Q₂|: exact for errors falling like h on these levels, above the error for any faster power, and of the size of
/// the coarser errors when they oscillate.</para>
/// <para>Components are taken in parts (value, gradient, Hessian), with d₁, d₂ the largest differences over a part's
/// components: a single component can cancel by accident at one level. And all parts of one evaluation come from the same
/// rules on integrands with the same singularities, so the model is chosen once for all: if the largest differences
/// over all components (above the noise level) do not fall geometrically, every part gets d₁ + d₂ — an oscillating
/// error can make one part's ratio look geometric by accident. Without geometric convergence nothing guarantees
/// d₁ + d₂ either: rules far too coarse for the integrand (errors of 1e-4 and more) have errors that change sign and size
/// irregularly from rule to rule. The caller therefore learns which model was used, and documents the estimate as a bound
/// only in the geometric case.</para>
/// <para>A floor at a few units of rounding of the scale keeps the estimate from claiming more than double precision.</para>
/// </remarks>
internal static class ConvergenceExtrapolation
{
    /// <summary>Ratios d₁/d₂ above this are not trusted to be geometric convergence.</summary>
    internal const double GeometricRatio = 1.0 / 16;

    /// <summary>The rounding floor relative to the scale of the result: 16 units of 2⁻⁵², about 3.6e-15.</summary>
    internal const double RoundingFloor = 16 * 2.220446049250313e-16;

    /// <summary>The factor on the geometric extrapolation (see the remarks).</summary>
    internal const double SafetyFactor = 10;

    /// <summary>Differences d₂ below this many rounding floors are noise and do not decide the model.</summary>
    internal const double NoiseFloors = 1000;

    /// <summary>The estimated error of each part of <paramref name="fine"/> (largest over the part's components).</summary>
    /// <param name="fine">Q₀, the components from the finest rule.</param>
    /// <param name="middle">Q₁.</param>
    /// <param name="coarse">Q₂.</param>
    /// <param name="partEnds">The exclusive end index of each part, increasing, the last equal to the length.</param>
    /// <param name="p">(t₀ − t₁)/(t₁ − t₂), 2 for rules halving their resolution.</param>
    /// <param name="scale">The magnitude against which rounding is measured.</param>
    /// <returns>
    /// One estimate per part (NaN where a rule gave a non-finite component), and whether the differences fell geometrically.
    /// </returns>
    public static (double[] Parts, bool Geometric) Estimate(ReadOnlySpan<double> fine, ReadOnlySpan<double> middle, ReadOnlySpan<double> coarse,
        ReadOnlySpan<int> partEnds, double p, double scale)
    {
        double floor = RoundingFloor * scale;
        var (all1, all2) = LargestDifferences(fine, middle, coarse);
        bool geometric = all2 <= NoiseFloors * floor || all1 <= GeometricRatio * all2;
        var result = new double[partEnds.Length];
        int start = 0;
        for (int part = 0; part < partEnds.Length; part++)
        {
            int end = partEnds[part];
            var (d1, d2) = LargestDifferences(fine[start..end], middle[start..end], coarse[start..end]);
            double e = double.IsNaN(d1) || double.IsNaN(d2) ? double.NaN
                : d1 == 0 ? 0
                : geometric && d1 <= GeometricRatio * d2 ? Math.Min(d1 + d2, SafetyFactor * d1 * Math.Pow(d1 / d2, p))
                : d1 + d2;
            result[part] = double.IsNaN(e) ? e : Math.Max(e, floor);
            start = end;
        }
        return (result, geometric);
    }

    // max |Q₀ − Q₁| and max |Q₁ − Q₂| over the components; NaN if any is NaN.
    private static (double D1, double D2) LargestDifferences(ReadOnlySpan<double> fine, ReadOnlySpan<double> middle, ReadOnlySpan<double> coarse)
    {
        double d1 = 0, d2 = 0;
        for (int i = 0; i < fine.Length; i++)
        {
            double a = Math.Abs(fine[i] - middle[i]), b = Math.Abs(middle[i] - coarse[i]);
            if (double.IsNaN(a) || double.IsNaN(b)) return (double.NaN, double.NaN);
            d1 = Math.Max(d1, a);
            d2 = Math.Max(d2, b);
        }
        return (d1, d2);
    }
}
