using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape;

/// <summary>One point of a family: where it is, what the loss and the Hessian say there.</summary>
/// <param name="D">d (real).</param>
/// <param name="Coordinates">The block values (orbit coordinates of <see cref="FixedSpaceLayout.ForType"/>).</param>
/// <param name="Loss">L at the point.</param>
/// <param name="GradientNorm">‖∇L‖ of the full model (from the reduced gradient: it is constant on orbits).</param>
/// <param name="Kind">Minimum, saddle or degenerate, from the spectra of all irreducibles.</param>
/// <param name="Index">Number of negative Hessian eigenvalues with multiplicity (a polynomial in d, so real between integers).</param>
/// <param name="MinEigenvalue">The smallest Hessian eigenvalue.</param>
/// <param name="Irreducibles">Eigenvalues per irreducible (one isotypic component each).</param>
public sealed record FamilyRow(double D, double[] Coordinates, double Loss, double GradientNorm, CriticalPointKind Kind, double Index,
    double MinEigenvalue, IReadOnlyList<IrreducibleSpectrum> Irreducibles);

/// <summary>
/// A family type with a kernel and a second-layer setting: the reduced loss at any real d, Newton correction of a
/// point at fixed d, and evaluation of a point (loss, gradient, spectrum per irreducible, classification). Newton
/// works in orthonormal orbit coordinates, where the gradient norm is that of the full model.
/// </summary>
public sealed class FamilyModel
{
    /// <summary>A model of the type with the kernel.</summary>
    public FamilyModel(FamilyType type, IPairKernel kernel, bool secondLayerTrainable = false)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(kernel);
        Type = type;
        Kernel = kernel;
        SecondLayerTrainable = secondLayerTrainable;
    }

    /// <summary>The type.</summary>
    public FamilyType Type { get; }

    /// <summary>The pair kernel (activation and Gaussian inputs).</summary>
    public IPairKernel Kernel { get; }

    /// <summary>Whether the second layer trains.</summary>
    public bool SecondLayerTrainable { get; }

    /// <summary>Relative tolerance for calling an eigenvalue zero (as <see cref="Classification.Of"/>).</summary>
    public double RelativeTolerance { get; init; } = 1e-9;

    /// <summary>The reduced loss at d.</summary>
    /// <exception cref="ArgumentException">The type is not valid at d.</exception>
    public ReducedPopulationLoss At(double d)
    {
        Type.CheckValidAt(d);
        return new ReducedPopulationLoss(Kernel, FixedSpaceLayout.ForType(Type, d, SecondLayerTrainable));
    }

    /// <summary>Number of coordinates of the fixed space (independent of d).</summary>
    public int Dimension => At(Type.MinimumD).Dimension;

    /// <summary>The Newton tolerance on ‖∇L‖ used at d: 1e-11·max(1, d) (rounding in sums over ~d rows grows with d).</summary>
    public static double GradientToleranceAt(double d) => 1e-11 * Math.Max(1, d);

    /// <summary>Newton from <paramref name="guess"/> at fixed d (any index). Returns the point and the result of the refinement.</summary>
    /// <param name="d">d.</param>
    /// <param name="guess">The start (block values).</param>
    /// <param name="maxIterations">Newton iterations at most.</param>
    /// <param name="cancellationToken">Cancels between iterations.</param>
    /// <param name="tolerance">Stop at this ‖∇L‖ (default <see cref="GradientToleranceAt"/>); a smaller one polishes to rounding (the result may then say Stalled).</param>
    public (double[] Coordinates, OptimizationResult Result) Correct(double d, double[] guess, int maxIterations = 40, CancellationToken cancellationToken = default,
        double? tolerance = null)
    {
        var loss = At(d);
        var size = loss.Layout.OrbitSizes();
        var scale = size.Select(Math.Sqrt).ToArray();
        double[] ToRaw(double[] z) { var c = new double[z.Length]; for (int i = 0; i < z.Length; i++) c[i] = z[i] / scale[i]; return c; }
        double F(double[] z, double[] g)
        {
            double v = loss.Gradient(ToRaw(z), g);
            for (int i = 0; i < g.Length; i++) g[i] /= scale[i];
            return v;
        }
        double[,] H(double[] z) => loss.OrthonormalHessian(ToRaw(z));
        var z0 = guess.Select((c, i) => c * scale[i]).ToArray();
        var result = NewtonRefinement.Refine(F, H, z0,
            new NewtonOptions { GradientTolerance = tolerance ?? GradientToleranceAt(d), MaxIterations = maxIterations }, cancellationToken);
        return (ToRaw(result.X), result);
    }

    /// <summary>Loss, gradient norm, spectrum per irreducible and classification at a point.</summary>
    public FamilyRow Evaluate(double d, double[] coordinates)
    {
        var loss = At(d);
        var g = new double[loss.Dimension];
        double value = loss.Gradient(coordinates, g);
        var irreducibles = FamilySpectrum.Compute(Kernel, Type, d, SecondLayerTrainable, coordinates, excludeRescalings: RemovesRescalings);
        var (kind, index, min) = Classify(d, irreducibles);
        return new FamilyRow(d, coordinates, value, loss.FullGradientNorm(g), kind, index, min, irreducibles);
    }

    /// <summary>Classification from the spectra per irreducible: eigenvalues below −tol count with their dimension; ReLU with a trainable second layer has k flat rescalings.</summary>
    public (CriticalPointKind Kind, double Index, double Min) Classify(double d, IReadOnlyList<IrreducibleSpectrum> irreducibles)
    {
        double max = irreducibles.SelectMany(b => b.Eigenvalues).Max(Math.Abs);
        double tol = RelativeTolerance * Math.Max(1, max);
        double negative = 0, zero = 0, min = double.PositiveInfinity;
        foreach (var b in irreducibles)
            foreach (var e in b.Eigenvalues)
            {
                if (e < -tol) negative += b.Dimension;
                else if (e <= tol) zero += b.Dimension;
                min = Math.Min(min, e);
            }
        double flat = 0; // the rescaling zero modes of ReLU with a trained second layer are removed from the spectra
        var kind = negative > 0 ? CriticalPointKind.Saddle : zero > flat + 0.5 ? CriticalPointKind.Degenerate : CriticalPointKind.Minimum;
        return (kind, negative, min);
    }

    /// <summary>
    /// True for ReLU with a trainable second layer: the k rescaling zero modes wᵢ → c·wᵢ, aᵢ → aᵢ/c are left out of the
    /// spectra per irreducible (so their smallest eigenvalues and crossings are about the other directions).
    /// </summary>
    public bool RemovesRescalings => SecondLayerTrainable && Kernel is ReluGaussianKernel;

    /// <summary>The smallest eigenvalue of the trivial irreducible's orthonormal reduced Hessian (zero at a fold of the family).</summary>
    internal double TrivialSmallest(double d, double[] coordinates) =>
        Matrix<double>.Build.DenseOfArray(At(d).OrthonormalHessian(coordinates)).Evd(Symmetricity.Symmetric).EigenValues.Min(e => e.Real);
}
