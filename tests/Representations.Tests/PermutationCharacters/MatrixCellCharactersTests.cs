namespace Landscape.Symmetry.Representations.Tests.PermutationCharacters;

public class MatrixCellCharactersTests
{
    private static readonly SymmetricGroupCharacters Characters = new();

    private static PartitionTuple Label(params int[][] parts) => new(parts.Select(p => new Partition(p)));

    /// <summary>S_{p₁} × … × S_{p_r} on consecutive blocks of points, built from generators.</summary>
    private static PermutationGroup YoungGroup(int[] sizes)
    {
        int d = sizes.Sum(), start = 0;
        var gens = new List<Permutation>();
        foreach (var p in sizes)
        {
            gens.AddRange(Constructions.SymmetricOn(d, Enumerable.Range(start, p).ToArray()).Generators);
            start += p;
        }
        return PermutationGroup.Create(d, gens, sizes.Aggregate(BigInteger.One, (o, n) => o * Factorials.Of(n)));
    }

    /// <summary>The cycle type of g restricted to each block, read off the element itself.</summary>
    private static PartitionTuple BlockCycleTypes(Permutation g, int[] sizes)
    {
        var types = new List<Partition>();
        int start = 0;
        foreach (var p in sizes)
        {
            var images = new int[p];
            for (int t = 0; t < p; t++) images[t] = g[start + t] - start;
            types.Add(Permutation.FromImages(images).CycleType());
            start += p;
        }
        return new PartitionTuple(types);
    }

    private static int FixedPointsOf(Permutation g) => Enumerable.Range(0, g.Degree).Count(i => g[i] == i);

    private static BigInteger CharacterAt(PartitionTuple label, PartitionTuple cycleTypes) =>
        label.Parts.Select((lambda, i) => Characters.Value(lambda, cycleTypes[i])).Aggregate(BigInteger.One, (a, b) => a * b);

    public static TheoryData<int, bool> KnownDiagonalCases()
    {
        var data = new TheoryData<int, bool>();
        foreach (var d in new[] { 4, 5, 6, 7, 8, 9, 10, 20 })
        {
            data.Add(d, false);
            data.Add(d, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(KnownDiagonalCases))]
    public void Diagonal_symmetric_group_on_square_matrices_has_the_known_decomposition(int d, bool secondLayer)
    {
        // Design notes: M(d,d) = 2[d] ⊕ 3[d−1,1] ⊕ [d−2,2] ⊕ [d−2,1,1] under ΔS_d; the d second-layer
        // points are one more copy of the natural module [d] ⊕ [d−1,1].
        var expected = new Dictionary<PartitionTuple, BigInteger>
        {
            [Label([d])] = secondLayer ? 3 : 2,
            [Label([d - 1, 1])] = secondLayer ? 4 : 3,
            [Label([d - 2, 2])] = 1,
            [Label([d - 2, 1, 1])] = 1,
        };
        var decomposition = MatrixCellCharacters.Diagonal(new[] { d }, secondLayer);
        Assert.Equal(expected.Count, decomposition.Components.Length);
        foreach (var c in decomposition.Components)
        {
            Assert.True(expected.TryGetValue(c.Label, out var m), $"unexpected component {c.Label}");
            Assert.Equal(m, c.Multiplicity);
            Assert.Equal(new YoungDiagram(c.Label[0]).Degree(), c.Degree);
        }
        Assert.Equal(new BigInteger(d * d + (secondLayer ? d : 0)), decomposition.Dimension);
        Assert.Equal(BigInteger.Zero, decomposition.Multiplicity(Label(Enumerable.Repeat(1, d).ToArray())));
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(3, 5)]
    [InlineData(6, 4)]
    public void Rows_and_columns_give_the_tensor_product_of_natural_modules(int k, int d)
    {
        // ℝ^k ⊗ ℝ^d with ℝ^n = [n] ⊕ [n−1,1] as an Sₙ-module; the second layer adds ℝ^k ⊗ [d].
        foreach (var secondLayer in new[] { false, true })
        {
            var decomposition = MatrixCellCharacters.RowsAndColumns(new[] { k }, new[] { d }, secondLayer);
            var expected = new Dictionary<PartitionTuple, BigInteger>
            {
                [Label([k], [d])] = secondLayer ? 2 : 1,
                [Label([k - 1, 1], [d])] = secondLayer ? 2 : 1,
                [Label([k], [d - 1, 1])] = 1,
                [Label([k - 1, 1], [d - 1, 1])] = 1,
            };
            Assert.Equal(expected.Count, decomposition.Components.Length);
            foreach (var c in decomposition.Components) Assert.Equal(expected[c.Label], c.Multiplicity);
            Assert.Equal(new BigInteger(k * d + (secondLayer ? k : 0)), decomposition.Dimension);
        }
    }

    [Theory]
    [InlineData(3, 5)]
    [InlineData(4, 5)]
    [InlineData(7, 5)]
    public void Trivial_multiplicity_counts_orbits_of_the_point_stabilizer(int d, int expectedOrbits)
    {
        var sizes = new[] { d - 1, 1 };
        var decomposition = MatrixCellCharacters.Diagonal(sizes);
        var orbits = MatrixCellAction.Diagonal(YoungGroup(sizes)).Orbits.Length;
        Assert.Equal(expectedOrbits, orbits);
        Assert.Equal(new BigInteger(orbits), decomposition.Multiplicity(Label([d - 1], [1])));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(8)]
    public void Trivial_multiplicity_counts_orbits_of_a_pair_stabilizer(int d)
    {
        var sizes = new[] { d - 2, 2 };
        var decomposition = MatrixCellCharacters.Diagonal(sizes);
        var orbits = MatrixCellAction.Diagonal(YoungGroup(sizes)).Orbits.Length;
        Assert.Equal(6, orbits);
        Assert.Equal(new BigInteger(orbits), decomposition.Multiplicity(Label([d - 2], [2])));
    }

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 100)]
    public Property Trivial_multiplicity_counts_orbits_for_random_Young_subgroups()
    {
        return Prop.ForAll(Generators.YoungSizesWithSecondLayer.ToArbitrary(), c =>
        {
            var decomposition = MatrixCellCharacters.Diagonal(c.Sizes, c.SecondLayer);
            var trivial = new PartitionTuple(c.Sizes.Select(n => Partition.Of(n)));
            var orbits = MatrixCellAction.Diagonal(YoungGroup(c.Sizes), c.SecondLayer).Orbits.Length;
            int d = c.Sizes.Sum();
            return decomposition.Multiplicity(trivial) == orbits
                && decomposition.Dimension == d * d + (c.SecondLayer ? d : 0);
        });
    }

    [Fact]
    public void Full_symmetric_group_has_two_orbits_on_square_matrices()
    {
        for (int d = 2; d <= 7; d++)
        {
            var orbits = MatrixCellAction.DiagonalSymmetric(d).Orbits.Length;
            Assert.Equal(2, orbits);
            Assert.Equal(new BigInteger(orbits), MatrixCellCharacters.Diagonal(new[] { d }).Multiplicity(Label([d])));
        }
    }

    [Theory]
    [InlineData(new[] { 3 }, false)]
    [InlineData(new[] { 4 }, true)]
    [InlineData(new[] { 2, 2 }, false)]
    [InlineData(new[] { 3, 2 }, true)]
    [InlineData(new[] { 2, 1, 2 }, false)]
    [InlineData(new[] { 5, 1 }, false)]
    [InlineData(new[] { 6 }, true)]
    [InlineData(new[] { 3, 3 }, false)]
    public void Diagonal_class_sum_matches_the_element_by_element_sum(int[] sizes, bool secondLayer)
    {
        int d = sizes.Sum();
        var group = YoungGroup(sizes);
        var elements = group.Elements().ToList();
        var permutationCharacter = elements.Select(g => (Types: BlockCycleTypes(g, sizes), Fixed: FixedPointsOf(MatrixCellAction.Lift(d, d, g, g, secondLayer)))).ToList();
        var decomposition = MatrixCellCharacters.Diagonal(sizes, secondLayer);
        foreach (var label in ProductCharacters.Labels(sizes))
        {
            BigInteger sum = 0;
            foreach (var (types, fixedCells) in permutationCharacter) sum += CharacterAt(label, types) * fixedCells;
            Assert.Equal(BigInteger.Zero, sum % elements.Count);
            Assert.Equal(sum / elements.Count, decomposition.Multiplicity(label));
        }
    }

    [Theory]
    [InlineData(new[] { 2 }, new[] { 3 }, false)]
    [InlineData(new[] { 3 }, new[] { 2, 1 }, true)]
    [InlineData(new[] { 1, 2 }, new[] { 2, 2 }, true)]
    [InlineData(new[] { 4 }, new[] { 1, 1 }, false)]
    public void Rows_and_columns_class_sum_matches_the_element_by_element_sum(int[] rowSizes, int[] columnSizes, bool secondLayer)
    {
        int k = rowSizes.Sum(), d = columnSizes.Sum();
        var rowElements = YoungGroup(rowSizes).Elements().ToList();
        var columnElements = YoungGroup(columnSizes).Elements().ToList();
        var decomposition = MatrixCellCharacters.RowsAndColumns(rowSizes, columnSizes, secondLayer);
        var sizes = rowSizes.Concat(columnSizes).ToArray();
        long order = rowElements.Count * (long)columnElements.Count;
        var pairs = (from p in rowElements
                     from q in columnElements
                     select (Types: new PartitionTuple(BlockCycleTypes(p, rowSizes).Parts.AddRange(BlockCycleTypes(q, columnSizes).Parts)),
                             Fixed: FixedPointsOf(MatrixCellAction.Lift(k, d, p, q, secondLayer)))).ToList();
        foreach (var label in ProductCharacters.Labels(sizes))
        {
            BigInteger sum = 0;
            foreach (var (types, fixedCells) in pairs) sum += CharacterAt(label, types) * fixedCells;
            Assert.Equal(BigInteger.Zero, sum % order);
            Assert.Equal(sum / order, decomposition.Multiplicity(label));
        }
    }

    [Fact]
    public void Too_many_classes_are_rejected_with_a_clear_message()
    {
        var e = Assert.Throws<ArgumentException>(() => MatrixCellCharacters.Diagonal(new[] { 26 }));
        Assert.Contains("conjugacy classes", e.Message);
        Assert.Throws<ArgumentException>(() => MatrixCellCharacters.Diagonal(new[] { 10, 10, 10 }));
        Assert.Throws<ArgumentException>(() => MatrixCellCharacters.RowsAndColumns(new[] { 20 }, new[] { 20 }));
    }

    [Fact]
    public void Bad_factor_sizes_and_foreign_labels_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => MatrixCellCharacters.Diagonal(Array.Empty<int>()));
        Assert.Throws<ArgumentException>(() => MatrixCellCharacters.Diagonal(new[] { 3, 0 }));
        Assert.Throws<ArgumentException>(() => MatrixCellCharacters.RowsAndColumns(new[] { -1 }, new[] { 2 }));
        var decomposition = MatrixCellCharacters.Diagonal(new[] { 3, 2 });
        var e = Assert.Throws<ArgumentException>(() => decomposition.Multiplicity(Label([3])));
        Assert.Contains("does not belong", e.Message);
        Assert.Throws<ArgumentException>(() => decomposition.Multiplicity(Label([2], [3])));
    }

    [Fact]
    public void A_class_function_that_is_not_a_character_is_rejected()
    {
        // The regular character divided by 2 (3 at the identity of S_3, 0 elsewhere) gives multiplicity 1/2 for [3].
        var e = Assert.Throws<InvalidOperationException>(() => PermutationCharacterDecomposition.FromClassFunction(
            new[] { 3 }, c => c[0].Equals(Partition.Of(1, 1, 1)) ? 3 : 0));
        Assert.Contains("not a character", e.Message);
    }
}
