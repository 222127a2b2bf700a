using Landscape.Symmetry.Groups;
using MathNet.Numerics.Distributions;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The search of <see cref="FixedSpaceSearch"/> in Fix(ΔS_{p₁}×…×ΔS_{p_r}) done in the reduced model
/// (<see cref="ReducedPopulationLoss"/> on the type's block layout) instead of the full loss restricted to Fix(H): the
/// same orthonormal orbit coordinates, the same L-BFGS then Newton, at a cost independent of d. Applies to the models of
/// the reduced road (<see cref="IReducibleObjective"/>: a pair kernel of Gaussian inputs N(0, diag σ²), k = d, a
/// diagonal teacher) when every block of the type lies inside one class of equal (teacher, input) scales.
/// </summary>
/// <remarks>
/// Blocks are consecutive indices in the order of the parts, as <see cref="Constructions.Young"/> and
/// <see cref="MatrixCellAction.DiagonalYoung"/> place them, so a lifted point is a point of the full search's Fix(H).
/// The coordinates are orbit values (every cell of an orbit holds the coordinate), the convention of
/// <see cref="ReducedPopulationLoss"/>; the optimizers work in z = c·√|orbit|, the orthonormal coordinates of
/// <see cref="Representations.FixedPointSubspace"/>, where the reduced gradient norm is the full model's ‖∇L‖ (the gradient is
/// H-equivariant, so it lies in Fix(H) and is constant on orbits).
/// </remarks>
public sealed class ReducedFixedSpaceSearch
{
    /// <summary>
    /// Up to this many parameters the result's <see cref="CriticalPointResult.GradientNorm"/> is recomputed by the full
    /// model at the lifted point (O(k²d): about a tenth of a second at d = 500 on one core); beyond it, it is the reduced
    /// model's exact ‖∇L‖ (<see cref="ReducedPopulationLoss.FullGradientNorm"/>), equal to the full one by equivariance.
    /// </summary>
    public const int FullGradientUpTo = 251_000;

    private readonly double[] scale;

    private ReducedFixedSpaceSearch(IReducibleObjective objective, int[] parts, FixedSpaceLayout layout, IPairKernel kernel)
    {
        Objective = objective;
        Parts = parts;
        Loss = new ReducedPopulationLoss(kernel, layout);
        scale = layout.OrbitSizes().Select(Math.Sqrt).ToArray();
    }

    /// <summary>
    /// The reduced search for the diagonal Young type with these parts, or null when the reduced road does not apply: the
    /// model is not reducible (<see cref="IReducibleObjective.ReducibleTerms"/> null: not a Gaussian pair-kernel model
    /// with k = d and a diagonal teacher), or a block mixes columns of different teacher or input scales (then ΔH is not
    /// a symmetry of the loss and the full search says so).
    /// </summary>
    /// <exception cref="ArgumentException">The parts do not sum to d.</exception>
    public static ReducedFixedSpaceSearch? TryCreate(IObjective objective, IReadOnlyList<int> parts)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(parts);
        if (objective is not IReducibleObjective reducible || reducible.ReducibleTerms() is not { } terms) return null;
        int d = objective.Layout.D;
        if (parts.Sum() != d || parts.Any(p => p < 1))
            throw new ArgumentException($"The parts ({string.Join(", ", parts)}) must be positive and sum to d = {d}.", nameof(parts));
        var factors = new List<LayoutFactor>();
        int start = 0;
        foreach (int p in parts)
        {
            double teacher = terms.TeacherDiagonal[start], sigma = terms.InputScales[start];
            for (int j = start; j < start + p; j++)
                if (terms.TeacherDiagonal[j] != teacher || terms.InputScales[j] != sigma) return null;
            factors.Add(new LayoutFactor(FactorKind.Coupled, new double[] { p }) { TeacherScale = teacher, InputScale = sigma });
            start += p;
        }
        var layout = new FixedSpaceLayout(factors, objective.Layout.SecondLayerTrainable);
        return new ReducedFixedSpaceSearch(reducible, parts.ToArray(), layout, terms.Kernel);
    }

    /// <summary>The full model (for the lifted point's dimension and, up to <see cref="FullGradientUpTo"/>, its gradient).</summary>
    public IReducibleObjective Objective { get; }

    /// <summary>The type's parts, in block order.</summary>
    public int[] Parts { get; }

    /// <summary>The loss restricted to the type's fixed space.</summary>
    public ReducedPopulationLoss Loss { get; }

    /// <summary>dim Fix(H): the number of orbit values.</summary>
    public int Dimension => Loss.Dimension;

    /// <summary>
    /// The start <see cref="FixedSpaceSearch.XavierStart"/> draws for the same seed, as orbit values: the same Gaussian
    /// draws (entries of variance 1/d, a trained second layer around 1), each orbit's value their sum over the orbit
    /// divided by √|orbit|. The full and reduced searches from one seed therefore start at the same point (to rounding).
    /// Costs one draw per parameter (d² + d), which is what keeps the two starts equal.
    /// </summary>
    public double[] XavierStart(int seed)
    {
        var layout = Objective.Layout;
        int k = layout.K, d = layout.D;
        var rng = new Random(seed);
        double sd = Math.Sqrt(1.0 / d);
        var sums = new double[Dimension];
        var blockOf = BlockOf();
        for (int i = 0; i < k; i++)
            for (int j = 0; j < d; j++)
            {
                int o = i == j ? Loss.Layout.DiagonalIndex(blockOf[i]) : Loss.Layout.BlockIndex(blockOf[i], blockOf[j]);
                sums[o] += sd * Normal.Sample(rng, 0, 1);
            }
        var c = new double[Dimension];
        for (int o = 0; o < c.Length; o++) c[o] = sums[o] / scale[o];
        if (layout.SecondLayerTrainable)
        {
            var aSums = new double[Dimension];
            for (int i = 0; i < k; i++) aSums[Loss.Layout.SecondLayerIndex(blockOf[i])] += sd * Normal.Sample(rng, 0, 1);
            for (int s = 0; s < Parts.Length; s++) { int o = Loss.Layout.SecondLayerIndex(s); c[o] = 1 + aSums[o] / scale[o]; }
        }
        return c;
    }

    /// <summary>The orbit values of a full point's projection onto Fix(H) (orbit means).</summary>
    /// <exception cref="ArgumentException">x has the wrong length.</exception>
    public double[] Coordinates(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var layout = Objective.Layout;
        layout.CheckLength(x.Length, nameof(x));
        int k = layout.K, d = layout.D;
        var blockOf = BlockOf();
        var sums = new double[Dimension];
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < d; j++)
                sums[i == j ? Loss.Layout.DiagonalIndex(blockOf[i]) : Loss.Layout.BlockIndex(blockOf[i], blockOf[j])] += x[layout.WeightIndex(i, j)];
            if (layout.SecondLayerTrainable) sums[Loss.Layout.SecondLayerIndex(blockOf[i])] += x[layout.SecondLayerIndex(i)];
        }
        for (int o = 0; o < sums.Length; o++) sums[o] /= Loss.Layout.Orbits[o].Size;
        return sums;
    }

    /// <summary>The full parameter vector whose cells hold the orbit values (W row-major, then a).</summary>
    public double[] Lift(double[] coordinates) => Loss.Embed(coordinates);

    /// <summary>
    /// L-BFGS then Newton (with the reduced Hessian) from the orbit values <paramref name="c0"/>, in orthonormal orbit
    /// coordinates; the point is lifted to the full parameter vector at the end. <see cref="CriticalPointResult.GradientNorm"/>
    /// is the full model's ‖∇L‖ at the lifted point up to <see cref="FullGradientUpTo"/> parameters, else the reduced
    /// model's exact one; <see cref="CriticalPointResult.ReducedGradientNorm"/> is the norm Newton drove down.
    /// </summary>
    /// <exception cref="ArgumentException">c0 has the wrong length or is not finite; the search met a point where the activation has no derivative (a zero row block of ReLU).</exception>
    public CriticalPointResult Search(double[] c0, SearchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(c0);
        if (c0.Length != Dimension) throw new ArgumentException($"Fix(H) has dimension {Dimension}; got {c0.Length} coordinates.", nameof(c0));
        var o = options ?? new SearchOptions();
        double F(double[] z, double[] gradient)
        {
            double v = Loss.Gradient(ToValues(z), gradient);
            for (int i = 0; i < gradient.Length; i++) gradient[i] /= scale[i];
            return v;
        }
        var start = c0.Select((v, i) => v * scale[i]).ToArray();
        OptimizationResult? descent = null;
        if (!o.NewtonOnly)
        {
            descent = Lbfgs.Minimize(F, start, o.Descent, cancellationToken);
            start = descent.X;
        }
        var refined = NewtonRefinement.Refine(F, z => Loss.OrthonormalHessian(ToValues(z)), start, o.Refinement, cancellationToken);
        var values = ToValues(refined.X);
        var x = Lift(values);
        double value, norm;
        if (x.Length <= FullGradientUpTo)
        {
            var g = new double[x.Length];
            value = Objective.Gradient(x, g);
            norm = Lbfgs.Norm(g);
        }
        else
        {
            var g = new double[Dimension];
            value = Loss.Gradient(values, g);
            norm = Loss.FullGradientNorm(g);
        }
        return new CriticalPointResult(x, value, norm, refined.GradientNorm, descent, refined) { Coordinates = values, GradientFromFullModel = x.Length <= FullGradientUpTo };
    }

    private double[] ToValues(double[] z)
    {
        var c = new double[z.Length];
        for (int i = 0; i < z.Length; i++) c[i] = z[i] / scale[i];
        return c;
    }

    private int[] BlockOf()
    {
        var blockOf = new int[Parts.Sum()];
        for (int b = 0, i = 0; b < Parts.Length; b++)
            for (int l = 0; l < Parts[b]; l++) blockOf[i++] = b;
        return blockOf;
    }
}
