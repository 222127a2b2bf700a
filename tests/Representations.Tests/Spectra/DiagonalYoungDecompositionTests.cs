using Landscape.Symmetry.Representations.Tests.Naive;
using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Representations.Tests.Spectra;

public class DiagonalYoungDecompositionTests
{
    private static IEnumerable<int[]> Compositions(int d)
    {
        if (d == 0) { yield return Array.Empty<int>(); yield break; }
        for (int first = 1; first <= d; first++)
            foreach (var rest in Compositions(d - first))
                yield return new[] { first }.Concat(rest).ToArray();
    }

    [Fact]
    public void Constituents_agree_with_exact_class_sums_for_every_Young_type_up_to_d_7()
    {
        for (int d = 1; d <= 7; d++)
            foreach (var sizes in Compositions(d))
                foreach (var layer in new[] { false, true })
                {
                    var fast = DiagonalYoungDecomposition.FromFactorSizes(sizes, layer);
                    var exact = MatrixCellCharacters.Diagonal(sizes, layer);
                    var expected = exact.Components.Select(c => (c.Label.ToString(), (long)c.Degree, (int)c.Multiplicity));
                    var actual = fast.Types.Select(t => (t.Label, t.Degree, t.Multiplicity));
                    Assert.Equal(expected, actual);
                    Assert.Equal(d * d + (layer ? d : 0), fast.Dimension);
                }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(9)]
    [InlineData(50)]
    [InlineData(1000)]
    public void Full_diagonal_group_has_the_known_decomposition(int d)
    {
        // 2·[d] ⊕ 3·[d−1,1] ⊕ [d−2,2] ⊕ [d−2,1,1], degrees 1, d−1, d(d−3)/2, (d−1)(d−2)/2 (hook formula).
        var types = DiagonalYoungDecomposition.FromFactorSizes(new[] { d }).Types.ToDictionary(t => t.Label);
        Assert.Equal(4, types.Count);
        Assert.Equal((1L, 2), (types[$"([{d}])"].Degree, types[$"([{d}])"].Multiplicity));
        Assert.Equal((d - 1L, 3), (types[$"([{d - 1},1])"].Degree, types[$"([{d - 1},1])"].Multiplicity));
        Assert.Equal((d * (d - 3L) / 2, 1), (types[$"([{d - 2},2])"].Degree, types[$"([{d - 2},2])"].Multiplicity));
        Assert.Equal(((d - 1L) * (d - 2) / 2, 1), (types[$"([{d - 2},1,1])"].Degree, types[$"([{d - 2},1,1])"].Multiplicity));
    }

    [Fact]
    public void Large_d_with_second_layer_keeps_the_fixed_space_dimension()
    {
        // Fix(ΔS_{d−1}×ΔS_1) on M(d,d) ⊕ ℝᵈ has dimension 7 (orbits: 5 of cells, 2 of the layer).
        var dec = DiagonalYoungDecomposition.FromFactorSizes(new[] { 999, 1 }, secondLayer: true);
        Assert.Equal(7, dec.Types.Single(t => t.Label == "([999],[1])").Multiplicity);
        Assert.Equal(1000L * 1000 + 1000, dec.Types.Sum(t => t.Degree * t.Multiplicity));
    }

    [Fact]
    public void Transposition_sum_matches_the_explicit_sum_over_transpositions()
    {
        var random = new Random(11);
        var cases = new (int D, int[][] Blocks, bool Layer)[]
        {
            (5, new[] { new[] { 0, 1, 2, 3, 4 } }, false),
            (6, new[] { new[] { 0, 2, 5 }, new[] { 1, 4 }, new[] { 3 } }, true),
            (6, new[] { new[] { 5, 1, 3, 0 } }, true),
            (4, new[] { new[] { 0, 1 }, new[] { 2, 3 } }, false),
        };
        foreach (var (d, blocks, layer) in cases)
        {
            var dec = DiagonalYoungDecomposition.Create(d, blocks, layer);
            var v = Enumerable.Range(0, dec.Dimension).Select(_ => random.NextDouble() * 2 - 1).ToArray();
            var fast = new double[v.Length];
            dec.ApplyTranspositionSum(v, fast);
            var naive = NaiveEquivariance.TranspositionSum(d, dec.Blocks.Select(b => (IReadOnlyList<int>)b).ToArray(), layer, v);
            Assert.True(fast.Zip(naive).Max(p => Math.Abs(p.First - p.Second)) < 1e-12, $"d={d}: transposition sums differ");
        }
    }

    [Fact]
    public void Orbit_model_matrix_equals_the_map_applied_to_embedded_vectors()
    {
        var dec = DiagonalYoungDecomposition.Create(7, new[] { new[] { 6, 0, 3, 2 }, new[] { 1, 5 }, new[] { 4 } }, secondLayer: true);
        foreach (var type in dec.Types)
        {
            var model = dec.FixedSpaceTranspositionSum(type.Partitions!, byEmbedding: false);
            var embedded = dec.FixedSpaceTranspositionSum(type.Partitions!, byEmbedding: true);
            Assert.True((model - embedded).InfinityNorm() < 1e-10, $"{type.Label}: orbit model and embedding disagree");
        }
    }

    [Fact]
    public void Slot_vectors_are_orthonormal_and_lie_in_their_brute_force_isotypic_component()
    {
        // P_λ = (deg/|G|) Σ_g χ_λ(g) g, with χ_λ from the symmetric groups' character tables, averaged over every element.
        var configurations = new (int D, int[][] Blocks, bool Layer)[]
        {
            (4, new[] { new[] { 0, 1, 2, 3 } }, true),
            (5, new[] { new[] { 0, 2, 4 }, new[] { 1, 3 } }, false),
            (5, new[] { new[] { 1, 2, 3, 4 }, new[] { 0 } }, true),
        };
        foreach (var (d, blocks, layer) in configurations)
        {
            var dec = DiagonalYoungDecomposition.Create(d, blocks, layer);
            var group = YoungGroup(d, dec.Blocks);
            var elements = group.Elements().ToList();
            for (int t = 0; t < dec.Types.Length; t++)
            {
                var type = dec.Types[t];
                var p = Matrix<double>.Build.Dense(dec.Dimension, dec.Dimension);
                foreach (var g in elements)
                {
                    var classes = new PartitionTuple(dec.Blocks.Select(b => CycleTypeOn(g, b)));
                    double chi = (double)ProductCharacters.Value(type.Partitions!, classes);
                    if (chi != 0) p += NaiveEquivariance.PermutationMatrix(MatrixCellAction.Lift(d, d, g, g, layer)) * chi;
                }
                p *= (double)type.Degree / elements.Count;
                var u = Matrix<double>.Build.DenseOfColumnArrays(dec.SlotVectors(t));
                Assert.True((u.TransposeThisAndMultiply(u) - Matrix<double>.Build.DenseIdentity(u.ColumnCount)).InfinityNorm() < 1e-10);
                Assert.True((p * u - u).InfinityNorm() < 1e-10, $"{type.Label}: slot vectors leave the isotypic component");
                Assert.Equal(type.Multiplicity * type.Degree, (long)Math.Round(p.Trace()));
            }
        }
    }

    [Fact]
    public void Block_spectrum_equals_the_dense_spectrum_on_group_averaged_matrices()
    {
        var configurations = new (int D, int[][] Blocks, bool Layer)[]
        {
            (5, new[] { new[] { 0, 1, 2, 3, 4 } }, false),
            (5, new[] { new[] { 0, 1, 2, 3 } }, true),
            (5, new[] { new[] { 0, 4 }, new[] { 1, 2, 3 } }, true),
            (4, new[] { new[] { 0, 1 }, new[] { 2, 3 } }, true),
        };
        int seed = 0;
        foreach (var (d, blocks, layer) in configurations)
        {
            var dec = DiagonalYoungDecomposition.Create(d, blocks, layer);
            var a = NaiveEquivariance.AverageOverGroup(MatrixCellAction.Diagonal(YoungGroup(d, dec.Blocks), layer), ++seed);
            var spectrum = dec.Spectrum(SymmetricOperator.FromMatrix(a));
            Assert.True(NaiveEquivariance.RelativeDifference(NaiveEquivariance.DenseEigenvalues(a), spectrum.Expand()) < 1e-9);
            Assert.True(spectrum.Distinct().Count <= dec.DistinctEigenvaluesBound);
        }
    }

    [Theory]
    [InlineData(8, new[] { 8 }, false)]
    [InlineData(12, new[] { 9, 3 }, true)]
    [InlineData(20, new[] { 19, 1 }, true)]
    [InlineData(30, new[] { 28, 2 }, false)]
    public void Block_spectrum_equals_the_dense_spectrum_on_random_orbital_matrices(int d, int[] sizes, bool layer)
    {
        var dec = DiagonalYoungDecomposition.FromFactorSizes(sizes, layer);
        var group = MatrixCellAction.Diagonal(YoungGroup(d, dec.Blocks), layer);
        var a = NaiveEquivariance.RandomOnOrbitals(group, seed: d);
        var spectrum = dec.Spectrum(SymmetricOperator.FromMatrix(a));
        Assert.True(NaiveEquivariance.RelativeDifference(NaiveEquivariance.DenseEigenvalues(a), spectrum.Expand()) < 1e-9);
        Assert.Equal(dec.DistinctEigenvaluesBound, spectrum.Values.Length);
    }

    [Theory]
    [InlineData(new[] { 6 }, false)]
    [InlineData(new[] { 4, 3 }, true)]
    [InlineData(new[] { 3, 2, 2 }, true)]
    public void Block_spectrum_of_the_structured_test_operator_equals_its_dense_spectrum(int[] sizes, bool layer)
    {
        var dec = DiagonalYoungDecomposition.FromFactorSizes(sizes, layer);
        var op = RandomEquivariantOperator.ForDiagonalYoung(dec, seed: 3);
        var dense = NaiveEquivariance.Dense(op);
        Assert.True((dense - dense.Transpose()).InfinityNorm() < 1e-12);
        var spectrum = dec.Spectrum(op);
        Assert.True(NaiveEquivariance.RelativeDifference(NaiveEquivariance.DenseEigenvalues(dense), spectrum.Expand()) < 1e-9);
        // One product per copy, plus the equivariance check: 1 + number of generators.
        Assert.Equal(dec.DistinctEigenvaluesBound + 1 + dec.Generators.Count, spectrum.OperatorApplications);
    }

    [Fact]
    public void A_non_equivariant_operator_is_refused()
    {
        var dec = DiagonalYoungDecomposition.FromFactorSizes(new[] { 4, 1 });
        var a = NaiveEquivariance.AverageOverGroup(MatrixCellAction.Diagonal(YoungGroup(5, dec.Blocks)), seed: 4);
        a[0, 7] += 1e-3;
        a[7, 0] += 1e-3;
        var e = Assert.Throws<ArgumentException>(() => dec.Spectrum(SymmetricOperator.FromMatrix(a)));
        Assert.Contains("not equivariant", e.Message);
    }

    [Fact]
    public void A_non_symmetric_equivariant_operator_is_refused()
    {
        var dec = DiagonalYoungDecomposition.FromFactorSizes(new[] { 4 });
        // W ↦ diag(row sums of W) commutes with ΔS_4; its adjoint broadcasts the diagonal along rows, so it is not symmetric.
        int d = 4;
        var op = new SymmetricOperator(d * d, (v, y) =>
        {
            y.Clear();
            for (int i = 0; i < d; i++)
                for (int j = 0; j < d; j++) y[i * d + i] += v[i * d + j];
        });
        var e = Assert.Throws<ArgumentException>(() => dec.Spectrum(op));
        Assert.Contains("not symmetric", e.Message);
    }

    [Fact]
    public void Bad_input_names_what_is_wrong()
    {
        Assert.Contains("two blocks", Assert.Throws<ArgumentException>(() => DiagonalYoungDecomposition.Create(4, new[] { new[] { 0, 1 }, new[] { 1, 2 } })).Message);
        Assert.Contains("outside", Assert.Throws<ArgumentException>(() => DiagonalYoungDecomposition.Create(3, new[] { new[] { 0, 3 } })).Message);
        Assert.Contains("at least 1", Assert.Throws<ArgumentException>(() => DiagonalYoungDecomposition.Create(0, Array.Empty<int[]>())).Message);
        Assert.Contains("positive", Assert.Throws<ArgumentException>(() => DiagonalYoungDecomposition.FromFactorSizes(new[] { 3, 0 })).Message);
        Assert.Contains("limited to 12 blocks", Assert.Throws<ArgumentException>(() => DiagonalYoungDecomposition.FromFactorSizes(Enumerable.Repeat(2, 13).ToArray())).Message);
        var dec = DiagonalYoungDecomposition.FromFactorSizes(new[] { 3 });
        var wrongSize = SymmetricOperator.FromMatrix(Matrix<double>.Build.DenseIdentity(10));
        Assert.Contains("dimension 9", Assert.Throws<ArgumentException>(() => dec.Spectrum(wrongSize)).Message);
        var nan = new SymmetricOperator(9, (v, y) => y.Fill(double.NaN));
        Assert.Contains("NaN", Assert.Throws<ArgumentException>(() => dec.Spectrum(nan)).Message);
    }

    internal static PermutationGroup YoungGroup(int d, IEnumerable<System.Collections.Immutable.ImmutableArray<int>> blocks)
    {
        var gens = new List<Permutation>();
        foreach (var b in blocks.Where(b => b.Length > 1))
        {
            gens.Add(Permutation.FromCycles(d, new[] { b[0], b[1] }));
            gens.Add(Permutation.FromCycles(d, b.ToArray()));
        }
        return gens.Count == 0 ? PermutationGroup.Trivial(d) : PermutationGroup.Create(d, gens);
    }

    private static Partition CycleTypeOn(Permutation g, System.Collections.Immutable.ImmutableArray<int> block)
    {
        var seen = new HashSet<int>();
        var lengths = new List<int>();
        foreach (var start in block)
        {
            if (!seen.Add(start)) continue;
            int length = 1;
            for (int x = g[start]; x != start; x = g[x]) { seen.Add(x); length++; }
            lengths.Add(length);
        }
        return new Partition(lengths);
    }
}

public class DiagonalYoungRecognitionTests
{
    [Fact]
    public void Diagonal_Young_subgroups_are_recognised_with_their_blocks()
    {
        var h2 = PermutationGroup.Create(6, Constructions.SymmetricOn(6, new[] { 0, 2, 5 }).Generators.Concat(Constructions.SymmetricOn(6, new[] { 1, 3 }).Generators));
        var dec = DiagonalYoungDecomposition.TryRecognize(MatrixCellAction.Diagonal(h2, secondLayer: true), 6, secondLayer: true);
        Assert.NotNull(dec);
        Assert.Equal(new[] { new[] { 0, 2, 5 }, new[] { 1, 3 }, new[] { 4 } },
            dec!.Blocks.Select(b => b.ToArray()).OrderByDescending(b => b.Length).ToArray());
    }

    [Fact]
    public void Other_groups_are_not_recognised()
    {
        // A transitive but not full subgroup of S_4, the diagonal copy of S_3 inside S_3 × S_3, and a non-diagonal action.
        Assert.Null(DiagonalYoungDecomposition.TryRecognize(MatrixCellAction.Diagonal(Constructions.Dihedral(4)), 4));
        var diagonalCopy = PermutationGroup.Create(6, new[] { Permutation.Parse("(1,2)(4,5)", 6), Permutation.Parse("(1,2,3)(4,5,6)", 6) });
        Assert.Null(DiagonalYoungDecomposition.TryRecognize(MatrixCellAction.Diagonal(diagonalCopy), 6));
        Assert.Null(DiagonalYoungDecomposition.TryRecognize(MatrixCellAction.Full(3, 3), 3));
    }
}

public class BlockDecompositionChoiceTests
{
    [Fact]
    public void Cells_groups_get_the_fast_path_when_possible_and_the_numeric_one_otherwise()
    {
        Assert.IsType<DiagonalYoungDecomposition>(SymmetryAdaptedBasis.ForCells(MatrixCellAction.DiagonalSymmetric(5, secondLayer: true), 5, secondLayer: true));
        var wreath = SymmetryAdaptedBasis.ForCells(MatrixCellAction.Diagonal(Constructions.WreathProduct(Constructions.Symmetric(2), Constructions.Symmetric(2))), 4);
        Assert.IsType<IsotypicDecomposition>(wreath);
        Assert.Equal(16, wreath.Types.Sum(t => t.Degree * t.Multiplicity));
        Assert.Throws<ArgumentException>(() => SymmetryAdaptedBasis.ForCells(MatrixCellAction.DiagonalSymmetric(4), 5));
    }
}
