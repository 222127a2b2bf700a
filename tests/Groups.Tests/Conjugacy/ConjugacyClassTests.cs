
namespace Landscape.Symmetry.Groups.Tests.Conjugacy;

public class ConjugacyClassTests
{
    private static readonly int[] PartitionNumbers = { 1, 2, 3, 5, 7, 11, 15, 22 };           // p(1..8)
    private static readonly int[] AlternatingCounts = { 1, 1, 3, 4, 5, 7, 9, 14, 18 };        // A1..A9

    private static Permutation P(string cycles, int degree) => Permutation.Parse(cycles, degree);

    private static PermutationGroup G(int degree, params string[] gens) =>
        PermutationGroup.Create(degree, gens.Select(s => P(s, degree)));

    /// <summary>
    /// The classes must be exactly the brute-force classes: same number, each representative in the
    /// group, each class's size and cycle type those of its representative's brute-force class, and
    /// no two representatives conjugate.
    /// </summary>
    private static void AssertMatchesOracle(IReadOnlyList<ConjugacyClass> classes, IReadOnlyList<Permutation> elements, string name)
    {
        var oracle = ConjugacyOracle.Classes(elements);
        Assert.True(oracle.Count == classes.Count, $"{name}: {classes.Count} classes, brute force finds {oracle.Count}.");
        var hit = new HashSet<int>();
        foreach (var c in classes)
        {
            int index = oracle.FindIndex(o => o.Contains(c.Representative));
            Assert.True(index >= 0, $"{name}: representative {c.Representative} is not an element of the group.");
            Assert.True(hit.Add(index), $"{name}: representative {c.Representative} is conjugate to another representative.");
            Assert.Equal(oracle[index].Count, (int)c.Size);
            Assert.Equal(ConjugacyOracle.CycleLengths(c.Representative), c.CycleType.Parts.ToArray());
        }
        Assert.Equal(elements.Count, (int)classes.Aggregate(BigInteger.Zero, (s, c) => s + c.Size));
    }

    private static void AssertSortedAndIdentityFirst(IReadOnlyList<ConjugacyClass> classes)
    {
        Assert.True(classes[0].Representative.IsIdentity, "the identity class comes first");
        for (int i = 1; i < classes.Count; i++)
        {
            var (a, b) = (classes[i - 1], classes[i]);
            int c = a.Size.CompareTo(b.Size);
            if (c == 0) c = a.CycleType.CompareTo(b.CycleType);
            if (c == 0) c = a.Representative.Images.SequenceCompareTo(b.Representative.Images);
            Assert.True(c < 0, $"classes {i - 1} and {i} are out of order: {a} then {b}");
        }
    }

    [Fact]
    public void Symmetric_has_one_class_per_partition_with_the_standard_representative()
    {
        for (int n = 1; n <= 8; n++)
        {
            var classes = ConjugacyClasses.OfSymmetric(n);
            Assert.Equal(PartitionNumbers[n - 1], classes.Count);
            Assert.Equal(Factorials.Of(n), classes.Aggregate(BigInteger.Zero, (s, c) => s + c.Size));
            Assert.Equal(classes.Count, classes.Select(c => c.CycleType).Distinct().Count());
            AssertSortedAndIdentityFirst(classes);
            foreach (var c in classes)
            {
                Assert.Equal(c.CycleType, c.Representative.CycleType());
                Assert.Equal(c.CycleType.ClassSize(), c.Size);
            }
        }
        var s7 = ConjugacyClasses.OfSymmetric(7).Single(c => c.CycleType.Equals(Partition.Of(3, 2, 2)));
        Assert.Equal(P("(1,2,3)(4,5)(6,7)", 7), s7.Representative);
        Assert.Equal(210, (int)s7.Size); // 7!/(3·2²·2!)
    }

    [Fact]
    public void Alternating_counts_and_sizes()
    {
        for (int n = 1; n <= 9; n++)
        {
            var classes = ConjugacyClasses.OfAlternating(n);
            Assert.Equal(AlternatingCounts[n - 1], classes.Count);
            var order = n <= 1 ? BigInteger.One : Factorials.Of(n) / 2;
            Assert.Equal(order, classes.Aggregate(BigInteger.Zero, (s, c) => s + c.Size));
            Assert.All(classes, c => Assert.Equal(1, c.Representative.Sign()));
            AssertSortedAndIdentityFirst(classes);
        }
    }

    [Fact]
    public void Alternating_split_pair_is_related_by_the_transposition_0_1()
    {
        var fiveCycles = ConjugacyClasses.OfAlternating(5).Where(c => c.CycleType.Equals(Partition.Of(5))).ToList();
        Assert.Equal(2, fiveCycles.Count);
        Assert.All(fiveCycles, c => Assert.Equal(12, (int)c.Size));
        var swap = Permutation.FromCycles(5, new[] { 0, 1 });
        Assert.Contains(fiveCycles, c => c.Representative == fiveCycles.Single(d => d != c).Representative.ConjugateBy(swap));
        // Only cycle types with distinct odd parts split: in A7, [7] and [5,1,1]? no, [5,1,1] repeats 1.
        var a7 = ConjugacyClasses.OfAlternating(7);
        Assert.Equal(2, a7.Count(c => c.CycleType.Equals(Partition.Of(7))));
        Assert.Equal(1, a7.Count(c => c.CycleType.Equals(Partition.Of(5, 1, 1))));
        Assert.Equal(1, a7.Count(c => c.CycleType.Equals(Partition.Of(3, 3, 1))));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Symmetric_and_alternating_formulas_match_brute_force(int n)
    {
        var s = ConjugacyOracle.Elements(n, Constructions.Symmetric(n).Generators);
        AssertMatchesOracle(ConjugacyClasses.OfSymmetric(n), s, $"S{n}");
        var a = s.Where(x => x.Sign() == 1).ToList();
        AssertMatchesOracle(ConjugacyClasses.OfAlternating(n), a, $"A{n}");
    }

    public static TheoryData<string, PermutationGroup> SmallGroups() => new()
    {
        { "trivial on 3 points", PermutationGroup.Trivial(3) },
        { "C6", Constructions.Cyclic(6) },
        { "D5", Constructions.Dihedral(5) },
        { "D6", Constructions.Dihedral(6) },
        { "Klein four", G(4, "(1,2)(3,4)", "(1,3)(2,4)") },
        { "Q8 regular", G(8, "(1,2,3,4)(5,6,7,8)", "(1,5,3,7)(2,8,4,6)") },
        { "AGL(1,5)", G(5, "(1,2,3,4,5)", "(2,3,5,4)") },
        { "PSL(2,7) on 7 points", G(7, "(1,2,3,4,5,6,7)", "(2,3,5)(4,7,6)", "(1,2)(3,6)") },
        { "A4", Constructions.Alternating(4) },
        { "S2 wr S2", Constructions.WreathProduct(Constructions.Symmetric(2), Constructions.Symmetric(2)) },
        { "C2 wr S3", Constructions.WreathProduct(Constructions.Cyclic(2), Constructions.Symmetric(3)) },
        { "S3 wr S2", Constructions.WreathProduct(Constructions.Symmetric(3), Constructions.Symmetric(2)) },
        { "Hyperoctahedral(3)", Constructions.Hyperoctahedral(3) },
        { "S3 x S2", Constructions.DirectProduct(Constructions.Symmetric(3), Constructions.Symmetric(2)) },
        { "Cells(2,3)", MatrixCellAction.Full(2, 3) },
        { "DiagonalCells(3)", MatrixCellAction.DiagonalSymmetric(3) },
        { "Diagonal(D4)", Constructions.Diagonal(Constructions.Dihedral(4)) },
    };

    [Theory]
    [MemberData(nameof(SmallGroups))]
    public void Enumerated_classes_match_brute_force(string name, PermutationGroup g)
    {
        var classes = ConjugacyClasses.Of(g);
        AssertMatchesOracle(classes, ConjugacyOracle.Elements(g.Degree, g.Generators), name);
        AssertSortedAndIdentityFirst(classes);
        Assert.Equal(classes.Count, (int)ConjugacyClasses.Count(g).Count!.Value);
        Assert.All(classes, c => Assert.True(g.Order % c.Size == 0, $"{name}: class size {c.Size} does not divide {g.Order}"));
    }

    [Fact]
    public void Known_class_counts_of_small_groups()
    {
        Assert.Equal(5, (int)ConjugacyClasses.Count(G(8, "(1,2,3,4)(5,6,7,8)", "(1,5,3,7)(2,8,4,6)")).Count!.Value); // Q8
        Assert.Equal(6, (int)ConjugacyClasses.Count(G(7, "(1,2,3,4,5,6,7)", "(2,3,5)(4,7,6)", "(1,2)(3,6)")).Count!.Value); // PSL(2,7)
        Assert.Equal(10, (int)ConjugacyClasses.Count(Constructions.Hyperoctahedral(3)).Count!.Value); // bipartitions of 3
    }

    [Fact]
    public void Dihedral_class_counts_follow_the_parity_formula()
    {
        for (int n = 3; n <= 16; n++)
        {
            int expected = n % 2 == 1 ? (n + 3) / 2 : n / 2 + 3;
            var g = Constructions.Dihedral(n);
            Assert.Equal(expected, ConjugacyClasses.Of(g).Count);
            Assert.Equal(expected, (int)ConjugacyClasses.Count(g).Count!.Value);
        }
    }

    [Fact]
    public void Counts_of_symmetric_and_alternating_groups()
    {
        for (int n = 1; n <= 8; n++)
            Assert.Equal(PartitionNumbers[n - 1], (int)ConjugacyClasses.Count(Constructions.Symmetric(n)).Count!.Value);
        for (int n = 4; n <= 7; n++)
            Assert.Equal(AlternatingCounts[n - 1], (int)ConjugacyClasses.Count(Constructions.Alternating(n)).Count!.Value);
        // Large giants: p(n) and the closed form (p(n) + 3D(n))/2, checked against counting partitions.
        Assert.Equal(Partition.Count(60), ConjugacyClasses.Count(Constructions.Symmetric(60)).Count);
        foreach (int n in new[] { 8, 13, 20, 31, 40, 60 })
        {
            int even = 0, split = 0;
            foreach (var lambda in Partition.All(n))
            {
                if (lambda.Sign() != 1) continue;
                even++;
                if (lambda.Parts.Distinct().Count() == lambda.Length && lambda.Parts.All(x => x % 2 == 1)) split++;
            }
            Assert.Equal(even + split, (int)ConjugacyClasses.Count(Constructions.Alternating(n)).Count!.Value);
        }
    }

    [Fact]
    public void Of_uses_the_formulas_for_giants_of_large_degree()
    {
        var s30 = PermutationGroup.Create(30, new[] { P("(1,2)", 30), P("(1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30)", 30) });
        Assert.Equal(GiantKind.Symmetric, s30.Giant);
        var classes = ConjugacyClasses.Of(s30);
        Assert.Equal(5604, classes.Count); // p(30)
        Assert.Equal(Factorials.Of(30), classes.Aggregate(BigInteger.Zero, (s, c) => s + c.Size));
        Assert.All(classes.Take(200), c => Assert.True(s30.Contains(c.Representative)));

        var a20 = ConjugacyClasses.Of(Constructions.Alternating(20));
        Assert.Equal(ConjugacyClasses.OfAlternating(20), a20);
        Assert.Equal(Factorials.Of(20) / 2, a20.Aggregate(BigInteger.Zero, (s, c) => s + c.Size));
    }

    [Fact]
    public void Giants_beyond_the_counting_degree_say_why()
    {
        int n = ConjugacyClasses.MaxCountedGiantDegree + 1;
        // Without a declared order, so that no n! is computed: recognition alone identifies Sₙ.
        var g = PermutationGroup.Create(n, new[]
        {
            Permutation.FromCycles(n, new[] { 0, 1 }),
            Permutation.FromCycles(n, Enumerable.Range(0, n).ToArray()),
        });
        var count = ConjugacyClasses.Count(g);
        Assert.Null(count.Count);
        Assert.Equal($"the group is S({n}), and its class count, from the partition numbers up to {n}, is computed only up to degree {n - 1}", count.Reason);
    }

    [Fact]
    public void Large_abelian_groups_are_counted_by_their_order()
    {
        var g = Constructions.DirectProduct(Constructions.Cyclic(1000), Constructions.Cyclic(999));
        Assert.Equal(new BigInteger(999_000), ConjugacyClasses.Count(g).Count);
    }

    [Fact]
    public void Groups_beyond_the_limit_are_refused_with_the_order_and_the_limit()
    {
        // A primitive group other than Aₙ and Sₙ has no recognised structure: PSL(3,2) on 7 points (order 168).
        var g = PermutationGroup.Create(7, new[] { Permutation.Parse("(1,4)(6,7)", 7), Permutation.Parse("(1,3,2)(4,7,5)", 7) });
        var count = ConjugacyClasses.Count(g, orderLimit: 100);
        Assert.Null(count.Count);
        Assert.Equal("the group is primitive of degree 7, neither A(7) nor S(7), and its order 168 is above the enumeration limit 100", count.Reason);
        var e = Assert.Throws<InvalidOperationException>(() => ConjugacyClasses.Of(g, orderLimit: 100));
        Assert.Contains("168", e.Message);
        Assert.Contains("100", e.Message);

        // D₆ on the hexagon is S₃ × S₂ acting on two block systems: counted from them, not listed.
        var d6 = Constructions.Dihedral(6);
        Assert.Contains("two block systems", Assert.Throws<InvalidOperationException>(() => ConjugacyClasses.Of(d6, orderLimit: 11)).Message);
        Assert.Equal(6, ConjugacyClasses.Of(d6, orderLimit: 12).Count);
        Assert.Equal(6, (int)ConjugacyClasses.Count(d6, orderLimit: 11).Count!.Value);
    }

    [Fact]
    public void Listing_refuses_absurdly_many_classes_and_bad_sizes()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConjugacyClasses.OfSymmetric(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConjugacyClasses.OfAlternating(-1));
        Assert.Throws<InvalidOperationException>(() => ConjugacyClasses.OfSymmetric(50));    // p(50) = 204226
        Assert.Throws<InvalidOperationException>(() => ConjugacyClasses.OfAlternating(5000));
        Assert.Equal(89134, ConjugacyClasses.OfSymmetric(45).Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => ConjugacyClasses.Count(Constructions.Cyclic(3), orderLimit: 0));
    }

    [Fact]
    public void Class_count_record_holds_exactly_one_of_count_and_reason()
    {
        Assert.Throws<ArgumentException>(() => new ConjugacyClassCount(null, null));
        Assert.Throws<ArgumentException>(() => new ConjugacyClassCount(null, " "));
        Assert.Throws<ArgumentException>(() => new ConjugacyClassCount(5, "why"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConjugacyClassCount(0, null));
        Assert.Equal(new ConjugacyClassCount(7, null), ConjugacyClassCount.Known(7));
        Assert.Equal("too big", ConjugacyClassCount.Unknown("too big").Reason);
    }

    [Property(Replay = "(20261122,11400714819323198485)", MaxTest = 60)]
    public Property Random_small_groups_match_brute_force()
    {
        var gen =
            from n in Gen.Choose(1, 6)
            from k in Gen.Choose(1, 3)
            from gens in Gen.ArrayOf(Gen.Shuffle(Enumerable.Range(0, n).ToArray()).Select(a => Permutation.FromImages(a)), k)
            select (n, gens);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var (n, gens) = c;
            var g = PermutationGroup.Create(n, gens);
            var name = $"<{string.Join(", ", gens.Select(x => x.ToString()))}> on {n} points";
            var elements = ConjugacyOracle.Elements(n, gens);
            AssertMatchesOracle(ConjugacyClasses.Of(g), elements, name);
            Assert.Equal(ConjugacyOracle.Classes(elements).Count, (int)ConjugacyClasses.Count(g).Count!.Value);
        });
    }
}
