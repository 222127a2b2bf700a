using System.Collections.Immutable;
using Landscape.Symmetry.Groups;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Representations;

/// <summary>
/// The isotypic decomposition of the permutation representation of any finite permutation group H on
/// ℝⁿ (cyclic, dihedral, wreath products, isotropy groups given by generators), computed numerically
/// from the commutant: no character table is needed, so the irreducibles are labelled <c>numeric χk</c>
/// (and <c>trivial</c>), with their characters on the conjugacy classes when those can be listed.
/// </summary>
/// <remarks>
/// <para>The orbital matrices span the commutant C = End_H(ℝⁿ) ≅ ⊕_U M_{m_U}(D_U) with D_U = ℝ, ℂ or ℍ.
/// A generic symmetric X ∈ C acts on each isotypic component as a generic Hermitian m_U × m_U matrix over
/// D_U, so its eigenspaces are single irreducible copies; a second generic element splits any accidental
/// coincidence. Copies U, U′ are isomorphic exactly when a generic Y ∈ C has P_{U′} Y P_U ≠ 0, which also
/// gives the intertwiners (scaled isometries) that put the copies' vectors in one slot. The result is
/// checked against dim C = Σ m_U² dim D_U.</para>
/// <para>Dense: O(n³) time, O(n²) memory, n ≤ <see cref="MaxDimension"/>. For M(d,d) under diagonal
/// Young subgroups use <see cref="DiagonalYoungDecomposition"/>, which does not grow with d.</para>
/// </remarks>
public sealed class IsotypicDecomposition : SymmetryAdaptedBasis
{
    /// <summary>The largest degree decomposed (a dense eigendecomposition of that size takes seconds).</summary>
    public const int MaxDimension = 2500;

    private const double ClusterTolerance = 1e-8;

    private readonly ImmutableArray<IrreducibleType> types;
    private readonly Matrix<double>[] bases;
    private readonly Matrix<double>[] slots;

    private IsotypicDecomposition(PermutationGroup group, int orbitalCount, IReadOnlyList<ConjugacyClass>? classes,
        ImmutableArray<IrreducibleType> types, Matrix<double>[] bases, Matrix<double>[] slots)
    {
        Group = group;
        OrbitalCount = orbitalCount;
        Classes = classes;
        this.types = types;
        this.bases = bases;
        this.slots = slots;
    }

    /// <summary>The group, acting on the coordinates 0..n−1 by e_p ↦ e_{g(p)}.</summary>
    public PermutationGroup Group { get; }

    /// <summary>dim End_H(ℝⁿ): the number of orbitals, Σ m² · <see cref="IrreducibleType.EndomorphismDimension"/>.</summary>
    public int OrbitalCount { get; }

    /// <summary>The conjugacy classes the characters are given on (ConjugacyClasses.Of order), or null when they could not be listed.</summary>
    public IReadOnlyList<ConjugacyClass>? Classes { get; }

    /// <inheritdoc />
    public override int Dimension => Group.Degree;

    /// <inheritdoc />
    public override ImmutableArray<IrreducibleType> Types => types;

    /// <inheritdoc />
    public override IReadOnlyList<Permutation> Generators => Group.Generators;

    /// <summary>
    /// Decomposes ℝⁿ under <paramref name="group"/>; the random commutant elements come from <paramref name="seed"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The degree exceeds <see cref="MaxDimension"/>.</exception>
    /// <exception cref="InvalidOperationException">The numerical decomposition failed its consistency check (try another seed).</exception>
    public static IsotypicDecomposition Of(PermutationGroup group, int seed = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        int n = group.Degree;
        if (n > MaxDimension)
            throw new ArgumentException(
                $"The numerical isotypic decomposition is dense (O(n³)) and limited to degree {MaxDimension}; the group has degree {n}. For M(d,d) under a diagonal Young subgroup use DiagonalYoungDecomposition.",
                nameof(group));
        var orbitals = Orbitals.Of(group, cancellationToken);
        var random = new Random(seed);

        // 1. Irreducible subspaces: eigenspaces of a generic symmetric commutant element, refined by a second one.
        var pieces = Eigenspaces(RandomCommutant(orbitals, random, symmetric: true));
        cancellationToken.ThrowIfCancellationRequested();
        pieces = Split(pieces, RandomCommutant(orbitals, random, symmetric: true));
        cancellationToken.ThrowIfCancellationRequested();

        // 2. Isomorphism classes: a generic Y links isomorphic copies and only those.
        var y = RandomCommutant(orbitals, random, symmetric: false);
        double threshold = 1e-9 * y.FrobeniusNorm();
        var classes = new List<(Matrix<double> First, Matrix<double> YFirst, List<(Matrix<double> Q, Matrix<double> Map)> Copies)>();
        foreach (var q in pieces)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool placed = false;
            foreach (var c in classes)
            {
                if (c.First.ColumnCount != q.ColumnCount) continue;
                var map = q.TransposeThisAndMultiply(c.YFirst);
                if (map.FrobeniusNorm() <= threshold) continue;
                c.Copies.Add((q, map));
                placed = true;
                break;
            }
            if (!placed) classes.Add((q, y * q, new() { (q, Matrix<double>.Build.DenseIdentity(q.ColumnCount)) }));
        }

        // 3. Per class: End_H(U) from a few generic elements, the slot frame, the basis.
        var classList = TryClasses(group);
        // Generic elements that show End_H(U) (needed only for even degrees); shared by all types.
        var probes = new Lazy<Matrix<double>[]>(() => Enumerable.Range(0, 4).Select(_ => RandomCommutant(orbitals, random, symmetric: false)).ToArray());
        var found = new List<(IrreducibleType Type, Matrix<double> Basis, Matrix<double> Slot)>();
        long commutantCheck = 0;
        foreach (var (first, _, copies) in classes)
        {
            int k = first.ColumnCount, m = copies.Count;
            var endomorphisms = EndomorphismBasis(first, probes);
            int e = endomorphisms.Count;
            commutantCheck += (long)m * m * e;
            var slot = Matrix<double>.Build.Dense(n, m * e);
            var basis = Matrix<double>.Build.Dense(n, m * k);
            for (int i = 0; i < m; i++)
            {
                var (q, map) = copies[i];
                basis.SetSubMatrix(0, i * k, q);
                var isometry = map * (Math.Sqrt(k) / map.FrobeniusNorm());
                for (int t = 0; t < e; t++)
                    slot.SetColumn(i * e + t, q * (isometry * endomorphisms[t].Column(0)));
            }
            var character = classList is null
                ? ImmutableArray<double>.Empty
                : classList.Select(c => Trace(first, c.Representative)).ToImmutableArray();
            found.Add((new IrreducibleType("", null, k, m, e, character), basis, slot));
        }
        if (commutantCheck != orbitals.Count)
            throw new InvalidOperationException(
                $"The numerical decomposition is inconsistent: Σ m²·dim End = {commutantCheck} but the commutant has dimension {orbitals.Count}. Try another seed.");

        // Trivial first (it contains the constant vectors), then by degree, then by multiplicity.
        var ones = Vector<double>.Build.Dense(n, 1.0 / Math.Sqrt(n));
        var ordered = found
            .OrderByDescending(f => f.Type.Degree == 1 && (f.Basis.TransposeThisAndMultiply(ones)).L2Norm() > 0.5)
            .ThenBy(f => f.Type.Degree)
            .ThenByDescending(f => f.Type.Multiplicity)
            .ThenBy(f => string.Join(",", f.Type.Character.Select(x => Math.Round(x, 6))))
            .ToList();
        var labelled = ordered.Select((f, i) => f.Type with
        {
            Label = i == 0 && f.Type.Degree == 1 && f.Basis.TransposeThisAndMultiply(ones).L2Norm() > 0.5 ? "trivial" : $"numeric χ{i + 1}",
        }).ToImmutableArray();
        return new IsotypicDecomposition(group, orbitals.Count, classList, labelled,
            ordered.Select(f => f.Basis).ToArray(), ordered.Select(f => f.Slot).ToArray());
    }

    /// <summary>An orthonormal basis of the isotypic component of type <paramref name="typeIndex"/>: n × (degree · multiplicity), copy by copy.</summary>
    public Matrix<double> Basis(int typeIndex) => bases[CheckType(typeIndex)].Clone();

    /// <summary>The orthogonal projector onto the isotypic component of type <paramref name="typeIndex"/>.</summary>
    public Matrix<double> Projector(int typeIndex)
    {
        var b = bases[CheckType(typeIndex)];
        return b.TransposeAndMultiply(b);
    }

    /// <summary>
    /// χ_U(g) = tr(g on one copy of type <paramref name="typeIndex"/>), for any permutation g of the n
    /// coordinates that lies in the group (not checked; for other g the number means nothing).
    /// </summary>
    /// <exception cref="ArgumentException">g does not have degree n.</exception>
    public double Character(int typeIndex, Permutation g)
    {
        ArgumentNullException.ThrowIfNull(g);
        if (g.Degree != Dimension) throw new ArgumentException($"The permutation has degree {g.Degree}; the representation has dimension {Dimension}.", nameof(g));
        var b = bases[CheckType(typeIndex)];
        return Trace(b.SubMatrix(0, b.RowCount, 0, (int)types[typeIndex].Degree), g);
    }

    /// <inheritdoc />
    public override double[][] SlotVectors(int typeIndex)
    {
        var s = slots[CheckType(typeIndex)];
        return Enumerable.Range(0, s.ColumnCount).Select(c => s.Column(c).ToArray()).ToArray();
    }

    private int CheckType(int typeIndex)
    {
        if (typeIndex < 0 || typeIndex >= types.Length)
            throw new ArgumentOutOfRangeException(nameof(typeIndex), typeIndex, $"There are {types.Length} types.");
        return typeIndex;
    }

    private static IReadOnlyList<ConjugacyClass>? TryClasses(PermutationGroup group)
    {
        try { return ConjugacyClasses.Of(group); }
        catch (InvalidOperationException) { return null; }
    }

    /// <summary>tr(Qᵀ P_g Q) = Σ_p ⟨Q_{g(p)}, Q_p⟩ over rows.</summary>
    private static double Trace(Matrix<double> q, Permutation g)
    {
        double s = 0;
        for (int p = 0; p < q.RowCount; p++)
            for (int c = 0; c < q.ColumnCount; c++) s += q[g[p], c] * q[p, c];
        return s;
    }

    private static Matrix<double> RandomCommutant(Orbitals orbitals, Random random, bool symmetric)
    {
        var c = new double[orbitals.Count];
        for (int i = 0; i < c.Length; i++) c[i] = Normal.Sample(random, 0, 1);
        int n = orbitals.Degree;
        var x = Matrix<double>.Build.Dense(n, n, (p, q) => c[orbitals[p, q]]);
        return symmetric ? (x + x.Transpose()) * 0.5 : x;
    }

    /// <summary>Splits each subspace (orthonormal columns) by the eigenspaces of the compression of X; 1-dimensional ones are irreducible already.</summary>
    private static List<Matrix<double>> Split(IEnumerable<Matrix<double>> subspaces, Matrix<double> x)
    {
        var result = new List<Matrix<double>>();
        foreach (var q in subspaces)
        {
            if (q.ColumnCount == 1) { result.Add(q); continue; }
            foreach (var v in Eigenspaces(q.TransposeThisAndMultiply(x * q))) result.Add(q * v);
        }
        return result;
    }

    /// <summary>Orthonormal bases of the eigenspaces of a symmetric matrix, eigenvalues within the relative cluster tolerance merged.</summary>
    private static List<Matrix<double>> Eigenspaces(Matrix<double> x)
    {
        var evd = ((x + x.Transpose()) * 0.5).Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(z => z.Real).ToArray();
        double scale = Math.Max(values.Max(Math.Abs), 1e-300);
        var result = new List<Matrix<double>>();
        int start = 0;
        for (int i = 1; i <= values.Length; i++)
        {
            if (i < values.Length && values[i] - values[i - 1] <= ClusterTolerance * scale) continue;
            result.Add(evd.EigenVectors.SubMatrix(0, values.Length, start, i - start));
            start = i;
        }
        return result;
    }

    /// <summary>
    /// An orthonormal basis of End_H(U) in U's coordinates, scaled to orthogonal matrices, the identity
    /// first: 1, 2 or 4 elements (real, complex, quaternionic type).
    /// </summary>
    private static List<Matrix<double>> EndomorphismBasis(Matrix<double> q, Lazy<Matrix<double>[]> probes)
    {
        int k = q.ColumnCount;
        var basis = new List<Matrix<double>> { Matrix<double>.Build.DenseIdentity(k) };
        // Complex and quaternionic irreducibles have even real dimension.
        if (k % 2 == 1) return basis;
        foreach (var probe in probes.Value)
        {
            if (basis.Count == 4) break;
            var z = q.TransposeThisAndMultiply(probe * q);
            double before = z.FrobeniusNorm();
            foreach (var b in basis) z -= b * (b.PointwiseMultiply(z).Enumerate().Sum() / k);
            double norm = z.FrobeniusNorm();
            if (norm > 1e-7 * before) basis.Add(z * (Math.Sqrt(k) / norm));
        }
        if (basis.Count == 3)
            throw new InvalidOperationException("The numerical decomposition is inconsistent: an endomorphism algebra of dimension 3 is impossible. Try another seed.");
        return basis;
    }
}
