using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Representations.Tests.FixedPoints;

public class FixedPointSubspaceTests
{
    private static Matrix<double> PermutationMatrix(Permutation g)
    {
        // e_i ↦ e_{g(i)}: column i has its 1 in row g(i).
        var m = Matrix<double>.Build.Dense(g.Degree, g.Degree);
        for (int i = 0; i < g.Degree; i++) m[g[i], i] = 1;
        return m;
    }

    private static readonly PermutationGroup[] SmallGroups =
    {
        MatrixCellAction.DiagonalSymmetric(4),
        MatrixCellAction.Diagonal(Constructions.DirectProduct(Constructions.Symmetric(3), Constructions.Symmetric(1))),
        MatrixCellAction.Diagonal(Constructions.DirectProduct(Constructions.Symmetric(2), Constructions.Symmetric(2)), secondLayer: true),
        MatrixCellAction.Full(2, 3, secondLayer: true),
        Constructions.WreathProduct(Constructions.Cyclic(3), Constructions.Symmetric(2)),
        Constructions.Dihedral(6),
    };

    [Fact]
    public void Projector_equals_the_average_of_all_group_elements()
    {
        // Brute force: P = (1/|H|) Σ_h M_h.
        foreach (var h in SmallGroups)
        {
            var sum = Matrix<double>.Build.Dense(h.Degree, h.Degree);
            long count = 0;
            foreach (var g in h.Elements()) { sum += PermutationMatrix(g); count++; }
            var naive = sum / count;
            var fast = FixedPointSubspace.Of(h).ProjectorMatrix();
            Assert.True((naive - fast).InfinityNorm() < 1e-12, $"{h}: projector differs from the group average");
        }
    }

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 100)]
    public Property Projection_is_invariant_idempotent_and_orthogonal()
    {
        var h = MatrixCellAction.Diagonal(Constructions.DirectProduct(Constructions.Symmetric(5), Constructions.Symmetric(2)));
        var space = FixedPointSubspace.Of(h);
        return Prop.ForAll(Generators.Vectors(h.Degree).ToArbitrary(), v =>
        {
            var p = space.Project(v);
            bool invariant = h.Generators.All(g => Enumerable.Range(0, p.Length).All(i => Math.Abs(p[g[i]] - p[i]) < 1e-12));
            var pp = space.Project(p);
            bool idempotent = Enumerable.Range(0, p.Length).All(i => Math.Abs(pp[i] - p[i]) < 1e-12);
            // v − Pv is orthogonal to every basis vector (each orbit sum of the residual vanishes).
            var residual = v.Zip(p, (a, b) => a - b).ToArray();
            bool orthogonal = space.Coordinates(residual).All(c => Math.Abs(c) < 1e-9);
            return invariant && idempotent && orthogonal;
        });
    }

    [Fact]
    public void Basis_is_orthonormal_and_embed_inverts_coordinates()
    {
        var space = FixedPointSubspace.Of(MatrixCellAction.DiagonalSymmetric(6, secondLayer: true));
        var b = space.BasisMatrix();
        var gram = b.TransposeThisAndMultiply(b);
        Assert.True((gram - Matrix<double>.Build.DenseIdentity(space.Dimension)).InfinityNorm() < 1e-12);
        var c = Enumerable.Range(1, space.Dimension).Select(i => i * 0.5).ToArray();
        Assert.Equal(c, space.Coordinates(space.Embed(c)).Select(x => Math.Round(x, 12)).ToArray());
    }

    [Theory]
    [InlineData(5)]
    [InlineData(30)]
    [InlineData(1000)]
    public void Dimensions_of_the_important_types_do_not_grow_with_d(int d)
    {
        // Design notes: Fix(ΔS_d) has dimension 2, Fix(ΔS_{d−1}×ΔS_1) 5, Fix(ΔS_{d−q}×ΔS_q) 6 (q ≥ 2);
        // a trainable second layer adds 1, 2, 2.
        PermutationGroup Type(int q, bool second) => q == 0
            ? MatrixCellAction.DiagonalSymmetric(d, second)
            : MatrixCellAction.Diagonal(Constructions.DirectProduct(Constructions.Symmetric(d - q), Constructions.Symmetric(q)), second);
        Assert.Equal(2, FixedPointSubspace.Of(Type(0, false)).Dimension);
        Assert.Equal(5, FixedPointSubspace.Of(Type(1, false)).Dimension);
        Assert.Equal(6, FixedPointSubspace.Of(Type(2, false)).Dimension);
        Assert.Equal(3, FixedPointSubspace.Of(Type(0, true)).Dimension);
        Assert.Equal(7, FixedPointSubspace.Of(Type(1, true)).Dimension);
        Assert.Equal(8, FixedPointSubspace.Of(Type(2, true)).Dimension);
    }

    [Fact]
    public void Dimension_equals_the_trivial_multiplicity_from_characters()
    {
        // dim V^H = ⟨1, χ_V⟩, computed independently by class sums over the Young subgroup.
        foreach (var sizes in new[] { new[] { 4 }, new[] { 3, 1 }, new[] { 2, 2 }, new[] { 2, 1, 1 } })
        {
            var h = sizes.Skip(1).Aggregate(Constructions.Symmetric(sizes[0]), (acc, p) => Constructions.DirectProduct(acc, Constructions.Symmetric(p)));
            var decomposition = MatrixCellCharacters.Diagonal(sizes);
            var trivial = new PartitionTuple(sizes.Select(p => Partition.Of(p)));
            Assert.Equal((int)decomposition.Multiplicity(trivial), FixedPointSubspace.Of(MatrixCellAction.Diagonal(h)).Dimension);
        }
    }

    [Fact]
    public void Bad_input_is_rejected_with_a_message()
    {
        var space = FixedPointSubspace.Of(MatrixCellAction.DiagonalSymmetric(3));
        var e = Assert.Throws<ArgumentException>(() => space.Project(new double[8]));
        Assert.Contains("9 entries", e.Message);
        Assert.Throws<ArgumentException>(() => space.Embed(new double[3]));
        Assert.Throws<InvalidOperationException>(() => FixedPointSubspace.Of(MatrixCellAction.DiagonalSymmetric(70)).ProjectorMatrix());
    }
}
