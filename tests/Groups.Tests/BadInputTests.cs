namespace Landscape.Symmetry.Groups.Tests;

/// <summary>Bad input gives a clear exception of the documented type whose message names the problem.</summary>
public class BadInputTests
{
    private static void Mentions(Exception e, params string[] parts)
    {
        foreach (var part in parts)
            Assert.True(e.Message.Contains(part, StringComparison.OrdinalIgnoreCase), $"Message \"{e.Message}\" should mention \"{part}\".");
    }

    // ---- Permutations from images and cycles -------------------------------------------------

    [Fact]
    public void FromImages_rejects_a_non_bijection()
    {
        var e = Assert.Throws<ArgumentException>(() => Permutation.FromImages(new[] { 0, 2, 2 }));
        Mentions(e, "2", "bijection");
    }

    [Fact]
    public void FromImages_rejects_an_out_of_range_image()
    {
        var e = Assert.Throws<ArgumentException>(() => Permutation.FromImages(new[] { 0, 7, 1 }));
        Mentions(e, "7", "0..2");
        var neg = Assert.Throws<ArgumentException>(() => Permutation.FromImages(new[] { -1, 0 }));
        Mentions(neg, "-1");
    }

    [Fact]
    public void FromCycles_rejects_repeated_and_out_of_range_points()
    {
        var twice = Assert.Throws<ArgumentException>(() => Permutation.FromCycles(5, new[] { 0, 1 }, new[] { 1, 2 }));
        Mentions(twice, "1", "twice");
        var range = Assert.Throws<ArgumentException>(() => Permutation.FromCycles(3, new[] { 0, 3 }));
        Mentions(range, "3", "range");
    }

    [Fact]
    public void Products_of_different_degrees_are_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => Permutation.Parse("(1,2)", 3) * Permutation.Parse("(1,2)", 4));
        Mentions(e, "3", "4", "degree");
        Assert.Throws<ArgumentException>(() => Permutation.Parse("(1,2)", 3).ConjugateBy(Permutation.Identity(5)));
        var ext = Assert.Throws<ArgumentException>(() => Permutation.Identity(5).Extend(3));
        Mentions(ext, "5", "3");
    }

    [Fact]
    public void Degrees_beyond_the_maximum_or_negative_are_rejected()
    {
        var big = Assert.Throws<ArgumentOutOfRangeException>(() => Permutation.Identity(Permutation.MaxDegree + 1));
        Mentions(big, (Permutation.MaxDegree + 1).ToString(), "maximum");
        var neg = Assert.Throws<ArgumentOutOfRangeException>(() => Permutation.Identity(-2));
        Mentions(neg, "-2");
        var cycles = Assert.Throws<ArgumentOutOfRangeException>(() => Permutation.FromCycles(int.MaxValue));
        Mentions(cycles, int.MaxValue.ToString());
    }

    // ---- Cycle notation ----------------------------------------------------------------------

    [Theory]
    [InlineData("(1,2,1)", "1")]
    [InlineData("(1,2)(3,2)", "2")]
    [InlineData("(4,5)(6,4)", "4")]
    public void Parse_rejects_a_repeated_point(string text, string point)
    {
        var e = Assert.Throws<FormatException>(() => Permutation.Parse(text));
        Mentions(e, point, "more than once");
    }

    [Fact]
    public void Parse_rejects_a_point_beyond_the_degree()
    {
        var e = Assert.Throws<FormatException>(() => Permutation.Parse("(1,5)", 3));
        Mentions(e, "5", "3");
        var huge = Assert.Throws<FormatException>(() => Permutation.Parse($"(1,{Permutation.MaxDegree + 1})"));
        Mentions(huge, "maximum");
    }

    [Fact]
    public void Parse_rejects_a_point_too_large_for_an_int_as_too_large()
    {
        // 99999999999 overflows int: the problem is its size (beyond the maximum degree), not that it is below 1.
        var e = Assert.Throws<FormatException>(() => Permutation.Parse("(1,99999999999)"));
        Mentions(e, "99999999999", "maximum");
    }

    [Theory]
    // The position (1-based, counting characters) is that of the offending point.
    [InlineData("(0,1)", "2")]
    [InlineData("(2,0)", "4")]
    [InlineData("(-1,2)", "2")]
    public void Parse_rejects_zero_and_negative_points(string text, string position)
    {
        var e = Assert.Throws<FormatException>(() => Permutation.Parse(text));
        Mentions(e, text, "position " + position);
    }

    [Theory]
    [InlineData("(1,2", "unclosed")]
    [InlineData("1,2)", "expected '('")]
    [InlineData("(1,,2)", "expected a positive point")]
    [InlineData("(1 2)", "expected ','")]
    [InlineData("(1,2)x", "expected '('")]
    [InlineData("(1,2))", "expected '('")]
    [InlineData("((1,2)", "expected a positive point")]
    [InlineData("(a,b)", "expected a positive point")]
    [InlineData("(1,2,)", "expected a positive point")]
    public void Parse_rejects_malformed_text(string text, string problem)
    {
        var e = Assert.Throws<FormatException>(() => Permutation.Parse(text));
        Mentions(e, text, problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_rejects_empty_text(string text)
    {
        var e = Assert.Throws<FormatException>(() => Permutation.Parse(text));
        Mentions(e, "empty");
    }

    [Fact]
    public void Parse_rejects_null() => Assert.Throws<ArgumentNullException>(() => Permutation.Parse(null!));

    // ---- Groups -----------------------------------------------------------------------------

    [Fact]
    public void Create_rejects_generators_of_different_degrees()
    {
        var e = Assert.Throws<ArgumentException>(() => PermutationGroup.Create(4, new[] { Permutation.Parse("(1,2)", 4), Permutation.Parse("(1,2,3)") }));
        Mentions(e, "(1,2,3)", "3", "4");
        var p = Assert.Throws<ArgumentException>(() => PermutationGroup.Create(Permutation.Parse("(1,2)", 4), Permutation.Parse("(1,2)", 5)));
        Mentions(p, "5", "4");
        var none = Assert.Throws<ArgumentException>(() => PermutationGroup.Create());
        Mentions(none, "generator");
        var chain = Assert.Throws<ArgumentException>(() => StabilizerChain.Build(4, new[] { Permutation.Parse("(1,2)", 3) }));
        Mentions(chain, "3", "4");
    }

    [Fact]
    public void Create_rejects_a_non_positive_order()
    {
        var e = Assert.Throws<ArgumentException>(() => PermutationGroup.Create(3, new[] { Permutation.Parse("(1,2)", 3) }, BigInteger.Zero));
        Mentions(e, "0", "order");
        var c = Assert.Throws<ArgumentException>(() => StabilizerChain.Build(3, new[] { Permutation.Parse("(1,2)", 3) }, new SchreierSimsOptions { KnownOrder = -6 }));
        Mentions(c, "-6");
    }

    [Fact]
    public void Build_rejects_bad_base_prefixes()
    {
        var gens = new[] { Permutation.Parse("(1,2,3)") };
        var range = Assert.Throws<ArgumentException>(() => StabilizerChain.Build(3, gens, new SchreierSimsOptions { BasePrefix = new[] { 3 } }));
        Mentions(range, "3", "range");
        var twice = Assert.Throws<ArgumentException>(() => StabilizerChain.Build(3, gens, new SchreierSimsOptions { BasePrefix = new[] { 1, 1 } }));
        Mentions(twice, "1", "repeated");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Constructions_reject_non_positive_sizes(int n)
    {
        foreach (var make in new Func<int, PermutationGroup>[] { Constructions.Symmetric, Constructions.Alternating, Constructions.Cyclic, Constructions.Dihedral, Constructions.Hyperoctahedral })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => make(n));
            Mentions(e, n.ToString(), "positive");
        }
        var cells = Assert.Throws<ArgumentOutOfRangeException>(() => MatrixCellAction.Full(n, 3));
        Mentions(cells, n.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => MatrixCellAction.Full(3, n));
        Assert.Throws<ArgumentOutOfRangeException>(() => MatrixCellAction.Degree(2, n, secondLayer: true));
    }

    [Fact]
    public void Constructions_reject_absurd_sizes()
    {
        int tooBig = Permutation.MaxDegree + 1;
        var s = Assert.Throws<ArgumentOutOfRangeException>(() => Constructions.Symmetric(tooBig));
        Mentions(s, tooBig.ToString(), "maximum");
        var b = Assert.Throws<ArgumentOutOfRangeException>(() => Constructions.Hyperoctahedral(Permutation.MaxDegree / 2 + 1));
        Mentions(b, (2L * (Permutation.MaxDegree / 2 + 1)).ToString(), "maximum");
        var w = Assert.Throws<ArgumentOutOfRangeException>(() => Constructions.WreathProduct(Constructions.Symmetric(10_000), Constructions.Symmetric(10_000)));
        Mentions(w, "100000000", "maximum");
        var m = Assert.Throws<ArgumentOutOfRangeException>(() => MatrixCellAction.Full(10_000, 10_000));
        Mentions(m, "100000000", "maximum");
    }

    [Fact]
    public void SymmetricOn_rejects_bad_point_lists()
    {
        var range = Assert.Throws<ArgumentOutOfRangeException>(() => Constructions.SymmetricOn(4, new[] { 0, 4 }));
        Mentions(range, "4", "range");
        var twice = Assert.Throws<ArgumentException>(() => Constructions.AlternatingOn(6, new[] { 1, 2, 1 }));
        Mentions(twice, "1", "twice");
    }

    [Fact]
    public void Lift_rejects_permutations_of_the_wrong_degree()
    {
        var rows = Assert.Throws<ArgumentException>(() => MatrixCellAction.Lift(3, 2, Permutation.Identity(2), Permutation.Identity(2)));
        Mentions(rows, "2", "k = 3");
        var cols = Assert.Throws<ArgumentException>(() => MatrixCellAction.Lift(3, 2, Permutation.Identity(3), Permutation.Identity(3)));
        Mentions(cols, "3", "d = 2");
    }

    [Fact]
    public void Elements_of_a_huge_group_is_refused()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Constructions.Symmetric(20).Elements());
        Mentions(e, Factorials.Of(20).ToString(), "limit");
        var small = Assert.Throws<InvalidOperationException>(() => Constructions.Symmetric(4).Elements(limit: 23));
        Mentions(small, "24", "23");
        var w = Assert.Throws<InvalidOperationException>(() => Constructions.WreathProduct(Constructions.Symmetric(5), Constructions.Symmetric(5)).StabilizerChain.Elements());
        Mentions(w, "limit");
    }

    [Fact]
    public void Points_out_of_range_are_rejected()
    {
        var g = Constructions.Symmetric(5);
        var orbit = Assert.Throws<ArgumentOutOfRangeException>(() => g.Orbit(5));
        Mentions(orbit, "5", "0..4");
        var stab = Assert.Throws<ArgumentOutOfRangeException>(() => g.Stabilizer(-1));
        Mentions(stab, "-1");
        var blocks = Assert.Throws<ArgumentOutOfRangeException>(() => Blocks.MinimalContaining(g, 0, 9));
        Mentions(blocks, "9");
        var same = Assert.Throws<ArgumentException>(() => Blocks.MinimalContaining(g, 2, 2));
        Mentions(same, "differ");
        var level = Assert.Throws<ArgumentOutOfRangeException>(() => g.StabilizerChain.GeneratorsOfStabilizer(g.StabilizerChain.Base.Length + 1));
        Mentions(level, (g.StabilizerChain.Base.Length + 1).ToString());
    }

    [Fact]
    public void Block_systems_of_an_intransitive_group_are_refused()
    {
        var g = PermutationGroup.Create(Permutation.Parse("(1,2)", 4));
        var e = Assert.Throws<ArgumentException>(() => g.MinimalBlockSystems());
        Mentions(e, "transitive");
        Assert.Throws<ArgumentException>(() => Blocks.MinimalContaining(g, 0, 1));
    }

    [Fact]
    public void Normal_closure_of_a_non_subgroup_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => Constructions.Alternating(4).NormalClosure(PermutationGroup.Create(Permutation.Parse("(1,2)", 4))));
        Mentions(e, "not contained");
        Assert.Throws<ArgumentException>(() => Constructions.Symmetric(4).NormalClosure(Constructions.Symmetric(5)));
    }

    [Fact]
    public void Sift_rejects_a_permutation_of_another_degree()
    {
        var chain = Constructions.Symmetric(4).StabilizerChain;
        var e = Assert.Throws<ArgumentException>(() => chain.Sift(Permutation.Identity(5)));
        Mentions(e, "5", "4");
    }

    // ---- Wrong declared orders ------------------------------------------------------------------
    // Create(..., knownOrder) documents that a wrong value is detected when the chain is built; the
    // order query is expected to report it (InvalidOperationException), and no query may silently
    // answer from a wrong order.

    private static readonly IReadOnlyList<Permutation> S3 = new[] { Permutation.Parse("(1,2)", 3), Permutation.Parse("(1,2,3)") };

    private static IReadOnlyList<Permutation> GeneratorsOf(string group) => group switch
    {
        "S3" => S3,
        "S3wrS2" => Constructions.WreathProduct(Constructions.Symmetric(3), Constructions.Symmetric(2)).Generators.ToArray(),
        _ => throw new ArgumentException(group),
    };

    /// <summary>Wrong orders: |S_3| = 6 and |S_3 wr S_2| = 72.</summary>
    public static TheoryData<string, int> WrongOrders => new()
    {
        { "S3", 2 },       // a proper divisor
        { "S3", 3 },       // |A_3|, and the length of the first basic orbit
        { "S3", 4 },       // not a divisor, but the orbit product 2 * 2 of an incomplete chain
        { "S3", 5 },       // not a divisor at all
        { "S3", 7 },       // just above
        { "S3", 12 },      // a multiple
        { "S3", 720 },     // |S_6|
        { "S3wrS2", 24 },
        { "S3wrS2", 36 },  // the base group S_3 x S_3
        { "S3wrS2", 48 },  // not a divisor
        { "S3wrS2", 144 }, // a multiple
    };

    [Theory]
    [MemberData(nameof(WrongOrders))]
    public void Chain_build_rejects_a_wrong_declared_order(string group, int declared)
    {
        var gens = GeneratorsOf(group);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var e = Assert.Throws<InvalidOperationException>(() => StabilizerChain.Build(gens[0].Degree, gens,
            new SchreierSimsOptions { KnownOrder = declared, CancellationToken = cts.Token }));
        Mentions(e, declared.ToString());
    }

    [Theory]
    [MemberData(nameof(WrongOrders))]
    public void Order_query_reports_a_wrong_declared_order(string group, int declared)
    {
        var gens = GeneratorsOf(group);
        var g = PermutationGroup.Create(gens[0].Degree, gens, declared);
        var e = Assert.Throws<InvalidOperationException>(() => Bounded.Run(() => g.Order, 10, "Order"));
        Mentions(e, declared.ToString());
    }

    [Theory]
    [MemberData(nameof(WrongOrders))]
    public void Stabilizer_chain_of_a_group_with_a_wrong_declared_order_is_refused(string group, int declared)
    {
        var gens = GeneratorsOf(group);
        var g = PermutationGroup.Create(gens[0].Degree, gens, declared);
        var e = Assert.Throws<InvalidOperationException>(() => Bounded.Run(() => g.StabilizerChain, 10, "StabilizerChain"));
        Mentions(e, declared.ToString());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(12)]
    public void Membership_is_never_answered_wrongly_from_a_wrong_declared_order(int declared)
    {
        // Either the wrong order is reported, or the answers are right: (1,2) and (1,2,3) are in S_3.
        var g = PermutationGroup.Create(3, S3, declared);
        foreach (var x in S3.Append(Permutation.Parse("(1,3)", 3)))
        {
            try { Assert.True(Bounded.Run(() => g.Contains(x), 10, "Contains"), $"{x} is in S_3 but Contains said no (declared order {declared})"); }
            catch (InvalidOperationException) { }
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void The_message_for_a_wrong_declared_order_states_the_true_order(int declared)
    {
        // |S_3| = 6: a message saying which order the generators give must say 6, not the order of a partial chain.
        var e = Assert.Throws<InvalidOperationException>(() => StabilizerChain.Build(3, S3, new SchreierSimsOptions { KnownOrder = declared }));
        Mentions(e, declared.ToString(), "6");
    }

    [Fact]
    public void A_declared_order_of_a_giant_is_checked_when_the_order_is_queried()
    {
        var g = PermutationGroup.Create(9, Constructions.Symmetric(9).Generators, 1000);
        var e = Assert.Throws<InvalidOperationException>(() => g.Order);
        Mentions(e, "1000");
    }

    [Fact]
    public void A_declared_order_of_a_giant_is_checked_by_membership()
    {
        // S_9 is recognised as a giant; the declared 1000 contradicts 9! = 362880.
        var g = PermutationGroup.Create(9, Constructions.Symmetric(9).Generators, 1000);
        var c = Assert.Throws<InvalidOperationException>(() => g.Contains(Permutation.Identity(9)));
        Mentions(c, "1000", Factorials.Of(9).ToString());
    }
}
