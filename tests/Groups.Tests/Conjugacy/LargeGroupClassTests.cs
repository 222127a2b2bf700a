namespace Landscape.Symmetry.Groups.Tests.Conjugacy;

/// <summary>
/// Conjugacy classes of groups given by shuffled bare generators, through their recognised structure
/// (direct products over orbits, wreath products H ≀ S_m on blocks, products of two block actions).
/// An enumeration limit of 1 forces the structural path even for small groups, which are then checked
/// against the brute-force oracle (every element conjugated by every element); larger ones against the
/// independent enumeration of <see cref="ConjugacyClasses"/>, the coloured-digraph verification and
/// closed formulas computed here by naive power-series products.
/// </summary>
public class LargeGroupClassTests
{
    private static PermutationGroup S(int n) => Constructions.Symmetric(n);

    private static PermutationGroup Wr(PermutationGroup g, int m) => Constructions.WreathProduct(g, S(m));

    private static PermutationGroup X(PermutationGroup g, PermutationGroup h) => Constructions.DirectProduct(g, h);

    private static PermutationGroup Shuffled(PermutationGroup g, int seed) => Relabelling.Shuffled(g, seed);

    public static TheoryData<string> SmallCases => new()
    {
        "S2 wr S3", "S3 wr S2", "S2 wr S2 wr S2", "S3 x S4", "S2 x S2 x S3", "S4 wr S2", "S3 wr S3",
        "A4 wr S2", "D4 wr S2", "(S2 wr S2) x S3", "S2 wr S4", "Cells(3,4)", "Cells(4,4)",
    };

    private static PermutationGroup Small(string name) => name switch
    {
        "S2 wr S3" => Wr(S(2), 3),
        "S3 wr S2" => Wr(S(3), 2),
        "S2 wr S2 wr S2" => Wr(Wr(S(2), 2), 2),
        "S3 x S4" => X(S(3), S(4)),
        "S2 x S2 x S3" => X(X(S(2), S(2)), S(3)),
        "S4 wr S2" => Wr(S(4), 2),
        "S3 wr S3" => Wr(S(3), 3),
        "A4 wr S2" => Wr(Constructions.Alternating(4), 2),
        "D4 wr S2" => Wr(Constructions.Dihedral(4), 2),
        "(S2 wr S2) x S3" => X(Wr(S(2), 2), S(3)),
        "S2 wr S4" => Wr(S(2), 4),
        "Cells(3,4)" => MatrixCellAction.Full(3, 4),
        "Cells(4,4)" => MatrixCellAction.Full(4, 4),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(SmallCases))]
    public void Structural_classes_of_small_shuffled_groups_match_the_brute_force_oracle(string name)
    {
        var g = Shuffled(Small(name), seed: name.Length * 17 + name[^1]);
        var elements = ConjugacyOracle.Elements(g.Degree, g.Generators);
        var oracle = ConjugacyOracle.Classes(elements);

        var count = ConjugacyClasses.Count(g, orderLimit: 1);
        Assert.Equal(oracle.Count, (int)count.Count!.Value);
        if (name.StartsWith("Cells"))
        {
            // S_k × S_d on cells is the product of its actions on rows and on columns: counted, not listed.
            Assert.Contains("two block systems", Assert.Throws<InvalidOperationException>(() => ConjugacyClasses.Of(g, orderLimit: 1)).Message);
            return;
        }
        var classes = ConjugacyClasses.Of(g, orderLimit: 1);
        Assert.Equal(oracle.Count, classes.Count);
        var hit = new HashSet<int>();
        foreach (var c in classes)
        {
            int index = oracle.FindIndex(o => o.Contains(c.Representative));
            Assert.True(index >= 0, $"{name}: representative {c.Representative} is not in the group");
            Assert.True(hit.Add(index), $"{name}: two representatives in one class, {c.Representative}");
            Assert.Equal(oracle[index].Count, (int)c.Size);
            Assert.Equal(Partition.Of(ConjugacyOracle.CycleLengths(c.Representative)), c.CycleType);
        }
    }

    [Fact]
    public void S6_wreath_S2_from_shuffled_generators_has_77_classes_verified_by_centralizers()
    {
        var g = Shuffled(Wr(S(6), 2), seed: 615);
        Assert.Equal(new BigInteger(1_036_800), g.Order);
        // Classes of G ≀ S_2 with r classes of G: a class with [2] or [1,1] (2r), or two distinct classes with [1] (r(r−1)/2).
        int r = 11; // p(6)
        Assert.Equal(2 * r + r * (r - 1) / 2, 77);
        Assert.Equal(77, (int)ConjugacyClasses.Count(g).Count!.Value);
        var classes = ConjugacyClasses.Of(g);
        Assert.Equal(77, classes.Count);
        var check = ConjugacyClasses.Verify(g, classes);
        Assert.True(check.CentralizersChecked, check.Method);
        // The identity and the 30 transpositions inside one block (2 blocks · C(6,2)).
        Assert.Equal(BigInteger.One, classes[0].Size);
        Assert.Contains(classes, c => c.Size == 30 && c.CycleType.Equals(Partition.Of(2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)));
    }

    [Fact]
    public void S4_wreath_S3_classes_match_enumeration_and_the_formula()
    {
        var g = Shuffled(Wr(S(4), 3), seed: 43);
        // Functions from the r = 5 classes of S_4 to partitions of total size 3:
        // one class gets [3], [2,1] or [1,1,1] (3r); [2] or [1,1] to one class and [1] to another (2r(r−1)); three distinct [1] (C(r,3)).
        int r = 5;
        int formula = 3 * r + 2 * r * (r - 1) + r * (r - 1) * (r - 2) / 6;
        Assert.Equal(65, formula);
        var structural = ConjugacyClasses.Of(g, orderLimit: 1);
        var enumerated = ConjugacyClasses.Of(g); // order 82944: element by element
        Assert.Equal(formula, structural.Count);
        Assert.Equal(enumerated.Select(c => (c.Size, c.CycleType.ToString())).Order(), structural.Select(c => (c.Size, c.CycleType.ToString())).Order());
        Assert.True(ConjugacyClasses.Verify(g, structural).CentralizersChecked);
    }

    [Fact]
    public void S3_times_S5_on_shuffled_orbits_has_products_of_classes()
    {
        var g = Shuffled(X(S(3), S(5)), seed: 35);
        var classes = ConjugacyClasses.Of(g, orderLimit: 1);
        Assert.Equal(3 * 7, classes.Count);
        var expected = (from a in Partition.All(3) from b in Partition.All(5) select a.ClassSize() * b.ClassSize()).Order();
        Assert.Equal(expected, classes.Select(c => c.Size).Order());
        Assert.True(ConjugacyClasses.Verify(g, classes).CentralizersChecked);
    }

    [Theory]
    [InlineData(2, 40)]
    [InlineData(4, 30)]
    [InlineData(3, 25)]
    public void Class_counts_of_large_shuffled_wreath_products_are_coefficients_of_a_partition_power(int k, int m)
    {
        var g = Shuffled(Wr(S(k), m), seed: 100 * k + m);
        int r = (int)Partition.Count(k);
        Assert.Equal(NaiveCoefficientOfPartitionPower(r, m), ConjugacyClasses.Count(g).Count);
    }

    [Fact]
    public void Class_count_of_shuffled_cells_is_the_product_of_partition_numbers()
    {
        var g = Shuffled(MatrixCellAction.Full(7, 9), seed: 79);
        Assert.Equal(Partition.Count(7) * Partition.Count(9), ConjugacyClasses.Count(g).Count);
    }

    [Fact]
    public void A_primitive_group_that_is_not_a_giant_is_refused_with_the_reason()
    {
        // PSL(3,2) on the 7 points of the Fano plane (GAP's PrimitiveGroup(7,5)): order 168, primitive.
        var g = PermutationGroup.Create(7, new[] { Permutation.Parse("(1,4)(6,7)", 7), Permutation.Parse("(1,3,2)(4,7,5)", 7) });
        Assert.Equal(new BigInteger(168), g.Order);
        var count = ConjugacyClasses.Count(g, orderLimit: 100);
        Assert.Null(count.Count);
        Assert.Contains("primitive of degree 7", count.Reason);
        Assert.Equal(6, (int)ConjugacyClasses.Count(g).Count!.Value); // by enumeration under the default limit
        var e = Assert.Throws<InvalidOperationException>(() => ConjugacyClasses.Of(g, orderLimit: 100));
        Assert.Contains("primitive", e.Message);
    }

    [Fact]
    public void A_subdirect_product_is_refused_with_the_reason()
    {
        // The even permutations of S_3 × S_3 that are not a product: (1,2)(4,5) ties the two signs together.
        var g = PermutationGroup.Create(6, new[] { Permutation.Parse("(1,2)(4,5)", 6), Permutation.Parse("(1,2,3)", 6), Permutation.Parse("(4,5,6)", 6) });
        Assert.Equal(new BigInteger(18), g.Order);
        var count = ConjugacyClasses.Count(g, orderLimit: 1);
        Assert.Contains("not the direct product", count.Reason);
    }

    [Fact]
    public void Verification_rejects_a_wrong_size_and_a_repeated_class()
    {
        var g = Shuffled(Wr(S(4), 2), seed: 42);
        var classes = ConjugacyClasses.Of(g, orderLimit: 1).ToList();
        Assert.True(ConjugacyClasses.Verify(g, classes).CentralizersChecked);

        // Two sizes exchanged: the sum is still |G|, only the centralizer search can see it.
        int i = classes.FindIndex(c => c.Size > 1);
        int j = classes.FindIndex(c => c.Size > classes[i].Size);
        var swapped = classes.ToList();
        swapped[i] = classes[i] with { Size = classes[j].Size };
        swapped[j] = classes[j] with { Size = classes[i].Size };
        Assert.Contains("centralizer", Assert.Throws<InvalidOperationException>(() => ConjugacyClasses.Verify(g, swapped)).Message);

        // A class replaced by a conjugate of another class's representative of the same size (the sum is kept).
        int a = classes.FindIndex(c => classes.Count(o => o.Size == c.Size) > 1);
        Assert.True(a >= 0, "S_4 ≀ S_2 has two classes of the same size");
        int b = classes.FindIndex(a + 1, c => c.Size == classes[a].Size);
        var conjugate = classes[a].Representative.ConjugateBy(g.Generators[0]);
        var repeated = classes.ToList();
        repeated[b] = new ConjugacyClass(conjugate, classes[a].Size, conjugate.CycleType());
        Assert.Contains("conjugate to an earlier", Assert.Throws<InvalidOperationException>(() => ConjugacyClasses.Verify(g, repeated)).Message);
        var dropped = classes.Where((_, t) => t != i).ToList();
        Assert.Contains("add up to", Assert.Throws<InvalidOperationException>(() => ConjugacyClasses.Verify(g, dropped)).Message);
    }

    [Fact]
    public void Verification_says_when_the_group_is_not_two_closed()
    {
        var g = Constructions.Alternating(5);
        var check = ConjugacyClasses.Verify(g, ConjugacyClasses.Of(g));
        Assert.False(check.CentralizersChecked);
        Assert.Contains("not 2-closed", check.Method);
    }

    [Property(Replay = "(20261203,11400714819323198485)", MaxTest = 25)]
    public Property Random_products_of_wreath_products_agree_with_enumeration() =>
        Prop.ForAll(RandomStructure().Arb(), t =>
        {
            var (name, group, seed) = t;
            var g = Shuffled(group, seed);
            var structural = ConjugacyClasses.Of(g, orderLimit: 1);
            var enumerated = ConjugacyClasses.Of(g, orderLimit: 1_000_000);
            Assert.True(enumerated.Select(c => (c.Size, c.CycleType.ToString())).Order()
                .SequenceEqual(structural.Select(c => (c.Size, c.CycleType.ToString())).Order()), name);
            Assert.True(ConjugacyClasses.Verify(g, structural).CentralizersChecked, name);
        });

    // S_a, S_a ≀ S_b and products of two of them, of order at most about 10⁵.
    private static Gen<(string, PermutationGroup, int)> RandomStructure()
    {
        var atom = Gen.Elements(
            ("S2", S(2)), ("S3", S(3)), ("S4", S(4)), ("S2 wr S2", Wr(S(2), 2)), ("S2 wr S3", Wr(S(2), 3)),
            ("S3 wr S2", Wr(S(3), 2)), ("S2 wr S2 wr S2", Wr(Wr(S(2), 2), 2)), ("D4", Constructions.Dihedral(4)));
        return atom.SelectMany(a => atom.SelectMany(b => Gen.Choose(0, 2).SelectMany(shape => Gen.Choose(1, 10_000).Select(seed =>
        {
            var (name, g) = shape switch
            {
                0 => a,
                1 => ($"{a.Item1} x {b.Item1}", X(a.Item2, b.Item2)),
                _ => ($"({a.Item1}) wr S2", Wr(a.Item2, 2)),
            };
            return (name, g, seed);
        }))));
    }

    // [x^m] P(x)^r by multiplying truncated series, P(x) = Σ p(n) xⁿ from Partition.Count.
    private static BigInteger NaiveCoefficientOfPartitionPower(int r, int m)
    {
        var p = Enumerable.Range(0, m + 1).Select(Partition.Count).ToArray();
        var f = new BigInteger[m + 1];
        f[0] = 1;
        for (int t = 0; t < r; t++)
        {
            var next = new BigInteger[m + 1];
            for (int i = 0; i <= m; i++)
                for (int j = 0; i + j <= m; j++) next[i + j] += f[i] * p[j];
            f = next;
        }
        return f[m];
    }
}
