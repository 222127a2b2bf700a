using Landscape.Symmetry.Groups;
using Landscape.Symmetry.Representations;
using MathNet.Numerics.Distributions;

namespace Landscape.Symmetry.Landscape;

/// <summary>Settings of a search for critical points (<see cref="FixedSpaceSearch"/>, <see cref="CriticalPointSearch"/>).</summary>
public sealed record SearchOptions
{
    /// <summary>
    /// The descent phase (L-BFGS). Default: tolerance 1e-6, 5000 iterations. Newton takes it from there: below
    /// ~1e-7 the loss decreases by less than its rounding error (it is a difference of O(d²) terms), so line
    /// searches on the value stop making progress while Newton, which only looks at the gradient, converges
    /// quadratically.
    /// </summary>
    public LbfgsOptions Descent { get; init; } = new() { GradientTolerance = 1e-6 };

    /// <summary>The Newton phase. Default: ‖∇L‖ ≤ 1e-12.</summary>
    public NewtonOptions Refinement { get; init; } = new();

    /// <summary>
    /// <see cref="CriticalPointSearch"/> only: when Newton does not converge from the <see cref="Descent"/> hand-over,
    /// L-BFGS goes on from there with these settings (default tolerance 1e-10) and Newton is tried once more. Where the
    /// curvatures are as small as the hand-over gradient norm (deep nets near their degenerate minima), Newton's first
    /// step from ‖∇L‖ ≈ 1e-6 is of order 1 and leaves the region where its quadratic model holds.
    /// </summary>
    public LbfgsOptions RetryDescent { get; init; } = new() { GradientTolerance = 1e-10 };

    /// <summary>Skip the descent and go straight to Newton (finds saddles near the start as well as minima).</summary>
    public bool NewtonOnly { get; init; }
}

/// <summary>A critical point found by a search, with how well it was verified.</summary>
/// <param name="X">The point (full parameter vector).</param>
/// <param name="Value">The loss there.</param>
/// <param name="GradientNorm">‖∇L(x)‖ of the full model, recomputed at the end (not the search's own measure).</param>
/// <param name="ReducedGradientNorm">The norm the search drove down (in Fix(H) coordinates, or the full norm).</param>
/// <param name="Descent">The L-BFGS phase (null when skipped).</param>
/// <param name="Refinement">The Newton phase.</param>
public sealed record CriticalPointResult(double[] X, double Value, double GradientNorm, double ReducedGradientNorm,
    OptimizationResult? Descent, OptimizationResult Refinement)
{
    /// <summary>The point as orbit values of the reduced model when <see cref="ReducedFixedSpaceSearch"/> found it, else null.</summary>
    public double[]? Coordinates { get; init; }

    /// <summary>
    /// True when <see cref="GradientNorm"/> was computed by the full model at <see cref="X"/>; false when it is the reduced
    /// model's exact ‖∇L‖ (<see cref="ReducedFixedSpaceSearch.FullGradientUpTo"/>).
    /// </summary>
    public bool GradientFromFullModel { get; init; } = true;
}

/// <summary>
/// Critical points inside a fixed-point space Fix(H) = {x : x∘h = x for h ∈ H}: the loss is restricted to
/// x = B c with the orthonormal orbit basis B of <see cref="FixedPointSubspace"/>, minimized (L-BFGS) and
/// refined (Newton with the m×m reduced Hessian BᵀHB, m = dim Fix(H)) in the coordinates c.
/// </summary>
/// <remarks>
/// When H is contained in the loss's symmetry group, ∇L is H-equivariant, so ∇L(Bc) ∈ Fix(H): the reduced
/// gradient Bᵀ∇L then has the same norm as ∇L, and a critical point of the restriction is a critical point of
/// the full loss (Michel's principle of symmetric criticality). <see cref="Search"/> recomputes the full
/// gradient to show it. The reduced Hessian costs m Hessian–vector products, so m is small (2–6 for the
/// main types) even when d is large.
/// </remarks>
public sealed class FixedSpaceSearch
{
    /// <summary>A search for critical points of <paramref name="objective"/> with isotropy containing <paramref name="subgroup"/>.</summary>
    /// <exception cref="ArgumentException">H does not act on the parameter indices, or is not contained in the declared invariance group.</exception>
    public FixedSpaceSearch(IObjective objective, PermutationGroup subgroup, bool checkContainment = true)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(subgroup);
        if (subgroup.Degree != objective.Layout.Dimension)
            throw new ArgumentException(
                $"The subgroup acts on {subgroup.Degree} points but the model has {objective.Layout.Dimension} parameters.", nameof(subgroup));
        if (checkContainment)
            foreach (var g in subgroup.Generators)
                if (!(objective is TwoLayerPopulationLoss loss ? loss.IsSymmetry(g) : objective.InvarianceGroup.Contains(g)))
                    throw new ArgumentException(
                        $"The generator {g} is not a declared symmetry of the loss: critical points in its fixed space need not be critical.",
                        nameof(subgroup));
        Objective = objective;
        Subgroup = subgroup;
        Subspace = FixedPointSubspace.Of(subgroup);
    }

    /// <summary>
    /// The search in Fix(ΔH) of the diagonal Young type named <paramref name="typeName"/> (e.g. "ΔS_5×ΔS_1", parsed by
    /// <see cref="DiagonalYoungTypes.Parse"/>) of a two-layer model with k = d; a trained second layer is permuted with the rows.
    /// </summary>
    /// <returns>The search and the type's parts.</returns>
    /// <exception cref="ArgumentException">k ≠ d, or the name is not a diagonal Young type of ΔS_d.</exception>
    public static (FixedSpaceSearch Search, int[] Parts) ForDiagonalType(IObjective objective, string typeName)
    {
        ArgumentNullException.ThrowIfNull(objective);
        var layout = objective.Layout;
        if (layout.K != layout.D)
            throw new ArgumentException($"A search in Fix(ΔH) for a diagonal Young type ΔH ≤ ΔS_d needs k = d; got k = {layout.K}, d = {layout.D}.");
        var parts = DiagonalYoungTypes.Parse(typeName, layout.D);
        return (new FixedSpaceSearch(objective, MatrixCellAction.DiagonalYoung(parts, layout.SecondLayerTrainable)), parts);
    }

    /// <summary>The loss.</summary>
    public IObjective Objective { get; }

    /// <summary>H.</summary>
    public PermutationGroup Subgroup { get; }

    /// <summary>Fix(H) with its orthonormal orbit basis.</summary>
    public FixedPointSubspace Subspace { get; }

    /// <summary>dim Fix(H).</summary>
    public int Dimension => Subspace.Dimension;

    /// <summary>f(c) = L(Bc) and ∇f(c) = Bᵀ∇L(Bc).</summary>
    public double ReducedValueAndGradient(double[] c, double[] gradient)
    {
        var x = Subspace.Embed(c);
        var g = new double[x.Length];
        double value = Objective.Gradient(x, g);
        Subspace.Coordinates(g).CopyTo(gradient, 0);
        return value;
    }

    /// <summary>The reduced Hessian Bᵀ∇²L(Bc)B, from m Hessian–vector products.</summary>
    public double[,] ReducedHessian(double[] c)
    {
        var x = Subspace.Embed(c);
        int m = Dimension;
        var h = new double[m, m];
        var e = new double[m];
        var hv = new double[x.Length];
        for (int j = 0; j < m; j++)
        {
            Array.Clear(e);
            e[j] = 1;
            Objective.HessianVectorProduct(x, Subspace.Embed(e), hv);
            var col = Subspace.Coordinates(hv);
            for (int i = 0; i < m; i++) h[i, j] = col[i];
        }
        for (int i = 0; i < m; i++)
            for (int j = 0; j < i; j++) h[i, j] = h[j, i] = 0.5 * (h[i, j] + h[j, i]);
        return h;
    }

    /// <summary>Searches from the point with coordinates c0: L-BFGS in Fix(H), then Newton in Fix(H).</summary>
    public CriticalPointResult Search(double[] c0, SearchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(c0);
        if (c0.Length != Dimension) throw new ArgumentException($"Fix(H) has dimension {Dimension}; got {c0.Length} coordinates.", nameof(c0));
        var o = options ?? new SearchOptions();
        OptimizationResult? descent = null;
        var start = c0;
        if (!o.NewtonOnly)
        {
            descent = Lbfgs.Minimize(ReducedValueAndGradient, c0, o.Descent, cancellationToken);
            start = descent.X;
        }
        var refined = NewtonRefinement.Refine(ReducedValueAndGradient, ReducedHessian, start, o.Refinement, cancellationToken);
        var x = Subspace.Embed(refined.X);
        var g = new double[x.Length];
        double value = Objective.Gradient(x, g);
        return new CriticalPointResult(x, value, Lbfgs.Norm(g), refined.GradientNorm, descent, refined);
    }

    /// <summary>Coordinates of a point of V in the orthonormal basis of Fix(H) (of its projection onto Fix(H)).</summary>
    public double[] Coordinates(double[] x) => Subspace.Coordinates(x);

    /// <summary>
    /// The papers' start in Fix(H) of a two-layer model: entries of variance 1/d (Xavier's scale) averaged over orbits
    /// (<see cref="RandomStart"/>), a trained second layer around a = 1.
    /// </summary>
    public double[] XavierStart(int seed)
    {
        var layout = Objective.Layout;
        double[]? around = layout.SecondLayerTrainable
            ? Enumerable.Range(0, layout.Dimension).Select(i => i >= layout.K * layout.D ? 1.0 : 0).ToArray()
            : null;
        return RandomStart(seed, 1.0 / layout.D, around);
    }

    /// <summary>
    /// Reproducible random starts: Gaussian entries of variance <paramref name="variance"/> (e.g. 1/d, Xavier's
    /// scale) projected onto Fix(H), i.e. orbit means, with an optional base point added.
    /// </summary>
    public double[] RandomStart(int seed, double variance, double[]? around = null)
    {
        var rng = new Random(seed);
        var x = new double[Subspace.AmbientDimension];
        double sd = Math.Sqrt(variance);
        for (int i = 0; i < x.Length; i++) x[i] = (around?[i] ?? 0) + sd * Normal.Sample(rng, 0, 1);
        // Orbit means shrink the noise by √|orbit|; rescale so each coordinate keeps the stated spread.
        var c = Subspace.Coordinates(x);
        if (around is not null)
        {
            var c0 = Subspace.Coordinates(around);
            for (int o = 0; o < c.Length; o++) c[o] = c0[o] + (c[o] - c0[o]) * Math.Sqrt(Subspace.Orbits[o].Length);
        }
        else
            for (int o = 0; o < c.Length; o++) c[o] *= Math.Sqrt(Subspace.Orbits[o].Length);
        return c;
    }
}
