using Landscape.Symmetry.Representations.Tests.Naive;
using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Representations.Tests.Isotypic;

public class IsotypicDecompositionTests
{
    /// <summary>The quaternion group Q₈ in its regular representation: points 0..7 are 1, i, j, k, −1, −i, −j, −k.</summary>
    internal static PermutationGroup QuaternionRegular()
    {
        // Unit products u·v as (sign, unit) with units 1, i, j, k = 0..3.
        int[,] unit = { { 0, 1, 2, 3 }, { 1, 0, 3, 2 }, { 2, 3, 0, 1 }, { 3, 2, 1, 0 } };
        int[,] sign = { { 0, 0, 0, 0 }, { 0, 1, 0, 1 }, { 0, 1, 1, 0 }, { 0, 0, 1, 1 } };
        int Multiply(int a, int b) => ((a / 4 + b / 4 + sign[a % 4, b % 4]) % 2) * 4 + unit[a % 4, b % 4];
        var left = (int x) => Permutation.FromImages(Enumerable.Range(0, 8).Select(y => Multiply(x, y)).ToArray());
        return PermutationGroup.Create(8, new[] { left(1), left(2) });
    }

    public static IEnumerable<object[]> SmallGroups() => new (string, Func<PermutationGroup>)[]
    {
        ("C(5)", () => Constructions.Cyclic(5)),
        ("D(6)", () => Constructions.Dihedral(6)),
        ("Q8 regular", QuaternionRegular),
        ("A(4)", () => Constructions.Alternating(4)),
        ("Δ(S(3) wr S(2)) on M(6,6)", () => MatrixCellAction.Diagonal(Constructions.WreathProduct(Constructions.Symmetric(3), Constructions.Symmetric(2)))),
        ("ΔC(4) on M(4,4) ⊕ ℝ⁴", () => MatrixCellAction.Diagonal(Constructions.Cyclic(4), secondLayer: true)),
        ("ΔD(4) on M(4,4)", () => MatrixCellAction.Diagonal(Constructions.Dihedral(4))),
        ("trivial group on 5 points", () => PermutationGroup.Trivial(5)),
        ("Q8 on two regular orbits", () => PermutationGroup.Create(16, QuaternionRegular().Generators.Select(g =>
            Permutation.FromImages(Enumerable.Range(0, 16).Select(p => p < 8 ? g[p] : 8 + g[p - 8]).ToArray())))),
    }.Select(x => new object[] { x.Item1, x.Item2 });

    [Theory]
    [MemberData(nameof(SmallGroups))]
    public void Projectors_equal_brute_force_character_averages_and_multiplicities_match_fixed_point_counts(string name, Func<PermutationGroup> make)
    {
        var h = make();
        var dec = IsotypicDecomposition.Of(h);
        int n = h.Degree;
        var elements = h.Elements().ToList();
        var total = Matrix<double>.Build.Dense(n, n);
        long commutant = 0;
        for (int t = 0; t < dec.Types.Length; t++)
        {
            var type = dec.Types[t];
            var basis = dec.Basis(t);
            Assert.True((basis.TransposeThisAndMultiply(basis) - Matrix<double>.Build.DenseIdentity(basis.ColumnCount)).InfinityNorm() < 1e-9, $"{name} {type.Label}: basis not orthonormal");
            var copy = basis.SubMatrix(0, n, 0, (int)type.Degree);
            // χ_U(g) = tr(P_g on one copy); P_U = (deg / (e·|H|)) Σ_g χ_U(g) P_g, and m = (1/(e·|H|)) Σ_g fix(g) χ_U(g), ⟨χ,χ⟩ = e.
            var average = Matrix<double>.Build.Dense(n, n);
            double multiplicity = 0, norm = 0;
            foreach (var g in elements)
            {
                var pg = NaiveEquivariance.PermutationMatrix(g);
                double chi = copy.TransposeThisAndMultiply(pg * copy).Trace();
                average += pg * chi;
                multiplicity += chi * Enumerable.Range(0, n).Count(p => g[p] == p);
                norm += chi * chi;
            }
            int e = type.EndomorphismDimension;
            average *= type.Degree / (double)(e * elements.Count);
            Assert.True((average - dec.Projector(t)).InfinityNorm() < 1e-9, $"{name} {type.Label}: projector differs from the character average");
            Assert.Equal(type.Multiplicity, multiplicity / (e * elements.Count), 9);
            Assert.Equal(e, norm / elements.Count, 9);
            total += dec.Projector(t);
            commutant += (long)type.Multiplicity * type.Multiplicity * e;
        }
        Assert.True((total - Matrix<double>.Build.DenseIdentity(n)).InfinityNorm() < 1e-9, $"{name}: projectors do not sum to the identity");
        Assert.Equal(dec.OrbitalCount, commutant);
        Assert.Equal("trivial", dec.Types[0].Label);
    }

    [Theory]
    [MemberData(nameof(SmallGroups))]
    public void Block_spectrum_equals_the_dense_spectrum_on_group_averaged_matrices(string name, Func<PermutationGroup> make)
    {
        var h = make();
        var dec = IsotypicDecomposition.Of(h, seed: 5);
        for (int seed = 1; seed <= 2; seed++)
        {
            var a = NaiveEquivariance.AverageOverGroup(h, seed);
            var spectrum = dec.Spectrum(SymmetricOperator.FromMatrix(a));
            Assert.True(NaiveEquivariance.RelativeDifference(NaiveEquivariance.DenseEigenvalues(a), spectrum.Expand()) < 1e-9, $"{name}: spectra differ");
            Assert.Equal(dec.DistinctEigenvaluesBound, spectrum.Values.Length);
        }
    }

    [Fact]
    public void Complex_and_quaternionic_types_are_recognised()
    {
        // Cₙ on n points: the nontrivial characters pair up into ⌊(n−1)/2⌋ real 2-dimensional types of complex type.
        var cyclic = IsotypicDecomposition.Of(Constructions.Cyclic(7));
        Assert.Equal(3, cyclic.Types.Count(t => t.Degree == 2 && t.EndomorphismDimension == 2 && t.Multiplicity == 1));
        // Q₈ regular: four real characters and the 2-dimensional complex irreducible, which is quaternionic:
        // over ℝ one 4-dimensional type with End = ℍ, occurring once.
        var q8 = IsotypicDecomposition.Of(QuaternionRegular());
        var quaternionic = Assert.Single(q8.Types, t => t.EndomorphismDimension == 4);
        Assert.Equal((4L, 1), (quaternionic.Degree, quaternionic.Multiplicity));
        Assert.Equal(4, q8.Types.Count(t => t.Degree == 1));
    }

    [Theory]
    [InlineData(new[] { 4 }, false)]
    [InlineData(new[] { 3, 2 }, true)]
    [InlineData(new[] { 2, 2, 1 }, false)]
    public void Young_groups_on_cells_give_the_degrees_and_multiplicities_of_the_class_sums(int[] sizes, bool layer)
    {
        int d = sizes.Sum();
        var h = MatrixCellAction.Diagonal(Spectra.DiagonalYoungDecompositionTests.YoungGroup(d,
            DiagonalYoungDecomposition.FromFactorSizes(sizes).Blocks), layer);
        var numeric = IsotypicDecomposition.Of(h).Types.Select(t => (t.Degree, t.Multiplicity)).OrderBy(x => x);
        var exact = MatrixCellCharacters.Diagonal(sizes, layer).Components.Select(c => ((long)c.Degree, (int)c.Multiplicity)).OrderBy(x => x);
        Assert.Equal(exact, numeric);
    }

    [Fact]
    public void Wreath_product_spectrum_matches_dense_on_a_random_orbital_matrix()
    {
        var h = MatrixCellAction.Diagonal(Constructions.WreathProduct(Constructions.Symmetric(4), Constructions.Symmetric(2)), secondLayer: true);
        var a = NaiveEquivariance.RandomOnOrbitals(h, seed: 8);
        var spectrum = IsotypicDecomposition.Of(h).Spectrum(SymmetricOperator.FromMatrix(a));
        Assert.True(NaiveEquivariance.RelativeDifference(NaiveEquivariance.DenseEigenvalues(a), spectrum.Expand()) < 1e-9);
    }

    [Fact]
    public void A_non_equivariant_operator_is_refused()
    {
        var h = Constructions.Dihedral(5);
        var a = NaiveEquivariance.AverageOverGroup(h, seed: 2);
        a[0, 1] += 1e-4;
        a[1, 0] += 1e-4;
        var e = Assert.Throws<ArgumentException>(() => IsotypicDecomposition.Of(h).Spectrum(SymmetricOperator.FromMatrix(a)));
        Assert.Contains("not equivariant", e.Message);
    }

    [Fact]
    public void Too_large_a_degree_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => IsotypicDecomposition.Of(Constructions.Cyclic(IsotypicDecomposition.MaxDimension + 1)));
        Assert.Contains("DiagonalYoungDecomposition", e.Message);
    }

    [Fact]
    public void Orbital_count_is_the_number_of_orbits_on_pairs()
    {
        // Sₙ on n points has 2 orbitals (diagonal, off-diagonal); Cₙ has n; the trivial group n².
        Assert.Equal(2, Orbitals.Of(Constructions.Symmetric(6)).Count);
        Assert.Equal(6, Orbitals.Of(Constructions.Cyclic(6)).Count);
        Assert.Equal(16, Orbitals.Of(PermutationGroup.Trivial(4)).Count);
    }
}
