using System.Collections.Immutable;
using Landscape.Symmetry.Groups;
using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Representations;

/// <summary>
/// A symmetry-adapted basis: a permutation representation of a finite group H on ℝⁿ split into isotypic
/// components, with what the spectrum by isotypic components needs: for each irreducible type U of multiplicity m, an orthonormal "slot"
/// frame of m·e vectors (e = dim End_H(U)), the images of one fixed vector of one copy under an
/// orthonormal basis of Hom_H(U, component). An H-equivariant symmetric A maps the slot to itself,
/// and the m·e × m·e compression ⟨sₐ, A s_b⟩ carries the component's eigenvalues: each once per e
/// eigenvalues of the compression, with the type's degree as multiplicity in ℝⁿ.
/// </summary>
/// <remarks>
/// Two implementations: <see cref="IsotypicDecomposition"/> (any permutation group, numerically from
/// the commutant, dense, n up to a few thousand) and <see cref="DiagonalYoungDecomposition"/> (diagonal
/// Young subgroups on M(d,d) ⊕ ℝᵈ, structured vectors, d in the thousands).
/// </remarks>
public abstract class SymmetryAdaptedBasis
{
    /// <summary>The default relative tolerance of the equivariance and symmetry checks.</summary>
    public const double DefaultTolerance = 1e-7;

    /// <summary>
    /// The decomposition for a group acting on the coordinates of M(d,d) (⊕ ℝᵈ): the fast
    /// <see cref="DiagonalYoungDecomposition"/> when the group is a diagonal Young subgroup
    /// (<see cref="DiagonalYoungDecomposition.TryRecognize"/>), otherwise the numerical
    /// <see cref="IsotypicDecomposition"/> (dimension at most <see cref="IsotypicDecomposition.MaxDimension"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The group's degree is not d² (+ d), or the general path is needed and the dimension is too large.</exception>
    public static SymmetryAdaptedBasis ForCells(PermutationGroup group, int d, bool secondLayer = false, int seed = 1, CancellationToken cancellationToken = default) =>
        (SymmetryAdaptedBasis?)DiagonalYoungDecomposition.TryRecognize(group, d, secondLayer, cancellationToken)
        ?? IsotypicDecomposition.Of(group, seed, cancellationToken);

    /// <summary>n, the dimension of the representation.</summary>
    public abstract int Dimension { get; }

    /// <summary>The irreducible types that occur, with degree and multiplicity.</summary>
    public abstract ImmutableArray<IrreducibleType> Types { get; }

    /// <summary>Generators of H as permutations of the n coordinates; the equivariance check uses them.</summary>
    public abstract IReadOnlyList<Permutation> Generators { get; }

    /// <summary>Σ multiplicities: the most distinct eigenvalues an equivariant symmetric operator can have.</summary>
    public long DistinctEigenvaluesBound => Types.Sum(t => (long)t.Multiplicity);

    /// <summary>
    /// The orthonormal slot frame of type <paramref name="typeIndex"/> (index into <see cref="Types"/>):
    /// m·e vectors of length n.
    /// </summary>
    public abstract double[][] SlotVectors(int typeIndex);

    /// <summary>
    /// The spectrum of an H-equivariant symmetric operator from its compressions to the isotypic components: Σ m·e products with the
    /// slot vectors, plus 1 + (number of generators) for the equivariance check.
    /// </summary>
    /// <param name="operator">A, on ℝⁿ with n = <see cref="Dimension"/>.</param>
    /// <param name="tolerance">Relative tolerance of the checks: ‖A(gv) − g(Av)‖ ≤ tol·‖Av‖ and asymmetry of each compression B: ‖B − Bᵀ‖ ≤ tol·‖B‖.</param>
    /// <param name="checkEquivariance">Check A(gv) = g(Av) for every generator g on a random v first (on by default).</param>
    /// <param name="seed">Seed of the random test vector.</param>
    /// <exception cref="ArgumentException">The size does not match, A does not commute with some generator, A is not symmetric, or A returned NaN/∞.</exception>
    public IsotypicSpectrum Spectrum(SymmetricOperator @operator, double tolerance = DefaultTolerance, bool checkEquivariance = true, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(@operator);
        if (@operator.Dimension != Dimension)
            throw new ArgumentException(
                $"The operator acts on ℝ^{@operator.Dimension} but the representation has dimension {Dimension}.", nameof(@operator));
        if (!(tolerance > 0)) throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be positive.");
        long before = @operator.Applications;
        if (checkEquivariance) CheckEquivariance(@operator, tolerance, seed);

        var values = new List<SpectralValue>();
        var types = Types;
        for (int t = 0; t < types.Length; t++)
        {
            var type = types[t];
            var slots = SlotVectors(t);
            int k = slots.Length;
            var images = new double[k][];
            for (int b = 0; b < k; b++)
            {
                images[b] = @operator.Apply(slots[b]);
                CheckFinite(images[b], type);
            }
            var compression = Matrix<double>.Build.Dense(k, k, (a, b) => Dot(slots[a], images[b]));
            double norm = compression.FrobeniusNorm(), asymmetry = (compression - compression.Transpose()).FrobeniusNorm();
            if (asymmetry > tolerance * Math.Max(norm, double.Epsilon) && asymmetry > 0)
                throw new ArgumentException(
                    $"The operator is not symmetric: its compression to {type.Label} has ‖B − Bᵀ‖ = {asymmetry:G3} against ‖B‖ = {norm:G3}.", nameof(@operator));
            var symmetric = (compression + compression.Transpose()) * 0.5;
            var eigenvalues = symmetric.Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).OrderBy(x => x).ToArray();
            // A type with e > 1 shows each eigenvalue e times in its compression (the compression is the real form
            // of a Hermitian matrix over ℂ or ℍ); consecutive groups of e are one eigenvalue.
            int e = type.EndomorphismDimension;
            for (int i = 0; i + e <= eigenvalues.Length; i += e)
                values.Add(new SpectralValue(eigenvalues.Skip(i).Take(e).Average(), type.Degree, type));
        }
        values.Sort((x, y) => x.Eigenvalue.CompareTo(y.Eigenvalue));
        return new IsotypicSpectrum(values.ToImmutableArray(), values.Sum(v => v.Multiplicity), @operator.Applications - before);
    }

    /// <summary>
    /// Checks A(gv) = g(Av) for every generator on one random vector v, where (gv)_{g(i)} = vᵢ.
    /// </summary>
    /// <exception cref="ArgumentException">Some generator does not commute with A (the message names it and the relative error).</exception>
    public void CheckEquivariance(SymmetricOperator @operator, double tolerance = DefaultTolerance, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(@operator);
        if (@operator.Dimension != Dimension)
            throw new ArgumentException(
                $"The operator acts on ℝ^{@operator.Dimension} but the representation has dimension {Dimension}.", nameof(@operator));
        var random = new Random(seed);
        var v = new double[Dimension];
        for (int i = 0; i < v.Length; i++) v[i] = random.NextDouble() * 2 - 1;
        var av = @operator.Apply(v);
        CheckFinite(av, null);
        double scale = Math.Sqrt(Dot(av, av));
        var gv = new double[Dimension];
        var gav = new double[Dimension];
        var agv = new double[Dimension];
        for (int k = 0; k < Generators.Count; k++)
        {
            var g = Generators[k];
            Act(g, v, gv);
            Act(g, av, gav);
            @operator.Apply(gv, agv);
            double err = 0;
            for (int i = 0; i < agv.Length; i++) err += (agv[i] - gav[i]) * (agv[i] - gav[i]);
            err = Math.Sqrt(err);
            if (!(err <= tolerance * scale))
                throw new ArgumentException(
                    $"The operator is not equivariant: for generator {k + 1} of {Generators.Count}, ‖A(gv) − g(Av)‖ = {err:G3} against ‖Av‖ = {scale:G3} (tolerance {tolerance:G3}); its isotypic spectrum would be wrong.",
                    nameof(@operator));
        }
    }

    /// <summary>(g·v)_{g(i)} = vᵢ: the permutation action on coordinates.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Act(Permutation g, ReadOnlySpan<double> v, Span<double> result)
    {
        var images = g.Images;
        for (int i = 0; i < v.Length; i++) result[images[i]] = v[i];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    private static void CheckFinite(double[] y, IrreducibleType? type)
    {
        foreach (var x in y)
            if (!double.IsFinite(x))
                throw new ArgumentException(
                    $"The operator returned {x}{(type is null ? "" : $" on a slot vector of {type.Label}")}; its spectrum is undefined.", "operator");
    }
}
