using Landscape.Symmetry.Groups.Tests.Conjugacy;

namespace Landscape.Symmetry.Groups.Tests.Specs;

public class GroupSpecTests
{
    private static GroupSpec S(int n) => new SymmetricGroupSpec(n);

    private static BigInteger F(int n) => Factorials.Of(n);

    /// <summary>The order from a chain built from the generators alone, ignoring any declared order.</summary>
    private static BigInteger IndependentOrder(PermutationGroup g) =>
        StabilizerChain.Build(g.Degree, g.Generators, new SchreierSimsOptions { Deterministic = true }).Order;

    [Fact]
    public void Parses_the_grammar_into_the_expected_tree()
    {
        Assert.Equal(new WreathProductGroupSpec(S(3), S(2)), GroupSpec.Parse("S(3) wr S(2)"));
        // wr is left-associative and binds tighter than x; x is left-associative.
        Assert.Equal(new WreathProductGroupSpec(new WreathProductGroupSpec(S(2), S(3)), S(4)), GroupSpec.Parse("S(2) wr S(3) wr S(4)"));
        Assert.Equal(new DirectProductGroupSpec(S(2), new WreathProductGroupSpec(S(3), S(2))), GroupSpec.Parse("S(2) x S(3) wr S(2)"));
        Assert.Equal(new DirectProductGroupSpec(new DirectProductGroupSpec(S(1), S(2)), S(3)), GroupSpec.Parse("S(1) x S(2) x S(3)"));
        Assert.Equal(new DirectProductGroupSpec(S(1), new DirectProductGroupSpec(S(2), S(3))), GroupSpec.Parse("S(1) x (S(2) x S(3))"));
        Assert.Equal(GroupSpec.Parse("S(2) x S(3)"), GroupSpec.Parse("S(2) × S(3)"));
        Assert.Equal(GroupSpec.Parse("S(3) wr S(2) x C(2)"), GroupSpec.Parse(" S ( 3 )wrS(2)xC( 2 ) "));
        Assert.Equal(new DiagonalGroupSpec(new DirectProductGroupSpec(S(3), new CyclicGroupSpec(2))), GroupSpec.Parse("Diagonal(S(3) x C(2))"));
        Assert.Equal(new CellsGroupSpec(4, 3, secondLayer: true), GroupSpec.Parse("CellsWithSecondLayer(4,3)"));
        Assert.Equal(new DiagonalCellsGroupSpec(5), GroupSpec.Parse("DiagonalCells(5)"));
        Assert.Equal(new HyperoctahedralGroupSpec(3), GroupSpec.Parse("Hyperoctahedral(3)"));
        Assert.Equal(new AlternatingGroupSpec(5), GroupSpec.Parse("A(5)"));
        Assert.Equal(new DihedralGroupSpec(6), GroupSpec.Parse("D(6)"));
    }

    [Fact]
    public void Generator_lists_become_Group_specs_with_1_based_points()
    {
        var expected = new GeneratedGroupSpec(3, new[] { Permutation.FromCycles(3, new[] { 0, 1, 2 }), Permutation.FromCycles(3, new[] { 0, 1 }) });
        Assert.Equal(expected, GroupSpec.Parse("(1,2,3),(1,2)"));
        Assert.Equal(expected, GroupSpec.Parse("Group((1,2,3), (1,2))"));
        Assert.Equal(expected, GroupSpec.Parse("Group(3; (1,2,3),(1,2))"));
        Assert.Equal(expected.GetHashCode(), GroupSpec.Parse("(1,2,3),(1,2)").GetHashCode());
        Assert.Equal("Group((1,2,3), (1,2))", GroupSpec.Parse("(1,2,3),(1,2)").ToString());
        // Several cycles make one permutation; commas separate permutations.
        var one = Assert.IsType<GeneratedGroupSpec>(GroupSpec.Parse("(1,2)(3,4)"));
        Assert.Single(one.Generators);
        Assert.Equal(2, Assert.IsType<GeneratedGroupSpec>(GroupSpec.Parse("(1,2),(3,4)")).Generators.Length);
        // A 1-cycle names a point, so it raises the degree, which the canonical text then states.
        var fixedPoint = GroupSpec.Parse("(1,2)(3)");
        Assert.Equal(3, fixedPoint.Degree);
        Assert.Equal("Group(3; (1,2))", fixedPoint.ToString());
        Assert.Equal(6, GroupSpec.Parse("Group((1,2)) x Group(4; ())").Degree);
    }

    [Fact]
    public void Requested_degree_sets_the_degree_of_generator_lists_only()
    {
        var g = GroupSpec.Parse("(1,2,3),(1,2)", degree: 5);
        Assert.Equal(5, g.Degree);
        Assert.Equal("Group(5; (1,2,3), (1,2))", g.ToString());
        Assert.Equal(5, GroupSpec.Parse("Group((1,2))", degree: 5).Degree);
        Assert.Equal(5, GroupSpec.Parse("(Group(5; (1,2)))", degree: 5).Degree);
        Assert.Equal(3, GroupSpec.Parse("()", degree: 3).Degree);
        Assert.Equal(6, GroupSpec.Parse("S(3) wr S(2)", degree: 6).Degree);
        Assert.Equal(4, GroupSpec.Parse("Diagonal(Group((1,2)))", degree: 4).Degree);
    }

    [Fact]
    public void Canonical_text_uses_parentheses_only_where_needed()
    {
        Assert.Equal("S(2) wr S(3) wr S(4)", GroupSpec.Parse("((S(2) wr S(3)) wr S(4))").ToString());
        Assert.Equal("S(2) wr (S(3) wr S(4))", GroupSpec.Parse("S(2) wr (S(3) wr S(4))").ToString());
        Assert.Equal("(S(2) x S(3)) wr S(2)", GroupSpec.Parse("(S(2)xS(3)) wr S(2)").ToString());
        Assert.Equal("S(2) wr (S(2) x S(3))", GroupSpec.Parse("S(2) wr (S(2) x S(3))").ToString());
        Assert.Equal("S(1) x S(2) x S(3)", GroupSpec.Parse("(S(1) x S(2)) x S(3)").ToString());
        Assert.Equal("S(1) x (S(2) x S(3))", GroupSpec.Parse("S(1) x (S(2) x S(3))").ToString());
        Assert.Equal("Diagonal(S(3) x C(2)) x Cells(2,3)", GroupSpec.Parse("Diagonal( S(3)×C(2) ) x Cells( 2 , 3 )").ToString());
    }

    public static TheoryData<string, int, string> Degrees() => new()
    {
        { "S(5)", 5, "S(5)" },
        { "A(4)", 4, "A(4)" },
        { "C(7)", 7, "C(7)" },
        { "D(6)", 6, "D(6)" },
        { "Hyperoctahedral(4)", 8, "Hyperoctahedral(4)" },
        { "Cells(4,3)", 12, "Cells(4,3)" },
        { "CellsWithSecondLayer(4,3)", 16, "CellsWithSecondLayer(4,3)" },
        { "DiagonalCells(3)", 9, "DiagonalCells(3)" },
        { "DiagonalCellsWithSecondLayer(3)", 12, "DiagonalCellsWithSecondLayer(3)" },
        { "Diagonal(D(5))", 10, "Diagonal(D(5))" },
        { "S(3) wr S(4)", 12, "S(3) wr S(4)" },
        { "S(3) x A(4) x C(2)", 9, "S(3) x A(4) x C(2)" },
        { "(1,5),(2,3)", 5, "Group((1,5), (2,3))" },
    };

    [Theory]
    [MemberData(nameof(Degrees))]
    public void Degree_and_built_group_agree_with_the_spec(string text, int degree, string canonical)
    {
        var spec = GroupSpec.Parse(text);
        Assert.Equal(degree, spec.Degree);
        Assert.Equal(canonical, spec.ToString());
        var g = spec.Build();
        Assert.Equal(degree, g.Degree);
        Assert.Equal(spec.Order(), g.Order);
        Assert.Equal(spec.Order(), IndependentOrder(g));
    }

    [Fact]
    public void Orders_of_built_groups_match_the_formulas()
    {
        for (int p = 1; p <= 4; p++)
            for (int q = 1; q <= 4; q++)
            {
                var g = GroupSpec.Parse($"S({p}) wr S({q})").Build();
                Assert.Equal(BigInteger.Pow(F(p), q) * F(q), IndependentOrder(g));
            }
        for (int d = 1; d <= 6; d++)
            Assert.Equal(BigInteger.Pow(2, d) * F(d), IndependentOrder(GroupSpec.Parse($"Hyperoctahedral({d})").Build()));
        foreach (var (k, d) in new[] { (1, 1), (2, 3), (3, 2), (4, 3), (5, 5) })
        {
            Assert.Equal(F(k) * F(d), IndependentOrder(GroupSpec.Parse($"Cells({k},{d})").Build()));
            Assert.Equal(F(k) * F(d), IndependentOrder(GroupSpec.Parse($"CellsWithSecondLayer({k},{d})").Build()));
        }
        foreach (var (a, b) in new[] { ("S(3)", "C(4)"), ("D(5)", "A(4)"), ("Hyperoctahedral(2)", "S(2) wr S(2)"), ("C(1)", "D(2)") })
        {
            var ga = IndependentOrder(GroupSpec.Parse(a).Build());
            var gb = IndependentOrder(GroupSpec.Parse(b).Build());
            Assert.Equal(ga * gb, IndependentOrder(GroupSpec.Parse($"{a} x {b}").Build()));
        }
        for (int n = 1; n <= 7; n++)
        {
            Assert.Equal(n >= 3 ? 2 * n : (int)F(n), (int)IndependentOrder(GroupSpec.Parse($"D({n})").Build()));
            Assert.Equal(n >= 2 ? F(n) / 2 : 1, IndependentOrder(GroupSpec.Parse($"A({n})").Build()));
            Assert.Equal(F(n), IndependentOrder(GroupSpec.Parse($"DiagonalCells({n})").Build()));
            Assert.Equal(F(n), IndependentOrder(GroupSpec.Parse($"Diagonal(S({n}))").Build()));
        }
    }

    public static TheoryData<string> SmallSpecs() => new()
    {
        "S(3) wr S(2)", "C(2) wr S(3)", "Hyperoctahedral(3)", "S(2) x S(3)", "D(5)", "D(6)", "Cells(2,3)", "DiagonalCells(3)",
        "S(1)", "S(4)", "A(3)", "A(4)", "A(5)", "C(1)", "C(6)", "D(1)", "D(2)", "D(4)",
        "C(3) wr S(3)", "S(3) wr S(4)", "S(2) wr S(2) wr S(2)", "Hyperoctahedral(4)", "C(2) wr S(4)",
        "CellsWithSecondLayer(2,3)", "DiagonalCellsWithSecondLayer(3)", "Diagonal(S(3))", "Diagonal(D(4) x C(2))",
        "S(3) wr C(2)", "S(2) wr C(3)", "S(1) wr D(4)", "S(3) wr Group(2; ())", "S(2) wr D(2)",
        "Group((1,2,3),(1,2)) x C(2)", "(1,2,3,4),(1,3)", "A(4) x D(4) x C(3)",
    };

    [Theory]
    [MemberData(nameof(SmallSpecs))]
    public void Structural_class_counts_equal_enumeration(string text)
    {
        var spec = GroupSpec.Parse(text);
        var count = spec.ConjugacyClassCount();
        Assert.Null(count.Reason);
        var g = spec.Build();
        Assert.Equal(ConjugacyClasses.Of(g).Count, (int)count.Count!.Value);
        // The quadratic brute force only for the smaller groups; S(3) wr S(4) has 31104 elements.
        if (spec.Order() <= 3000)
        {
            var elements = ConjugacyOracle.Elements(g.Degree, g.Generators);
            Assert.Equal(ConjugacyOracle.Classes(elements).Count, (int)count.Count!.Value);
        }
    }

    [Fact]
    public void Structural_class_counts_of_large_specs()
    {
        // Coefficient of x^q in P(x)^r by plain polynomial multiplication, for comparison.
        static BigInteger Coefficient(int r, int q)
        {
            var p = Enumerable.Range(0, q + 1).Select(Partition.Count).ToArray();
            var f = new BigInteger[q + 1];
            f[0] = 1;
            for (int t = 0; t < r; t++)
            {
                var g = new BigInteger[q + 1];
                for (int i = 0; i <= q; i++)
                    for (int j = 0; i + j <= q; j++) g[i + j] += f[i] * p[j];
                f = g;
            }
            return f[q];
        }

        Assert.Equal(Coefficient(3, 20), GroupSpec.Parse("S(3) wr S(20)").ConjugacyClassCount().Count);
        Assert.Equal(Coefficient(7, 12), GroupSpec.Parse("S(5) wr S(12)").ConjugacyClassCount().Count);
        Assert.Equal(Coefficient(2, 30), GroupSpec.Parse("Hyperoctahedral(30)").ConjugacyClassCount().Count);
        Assert.Equal(Coefficient(2, 30), GroupSpec.Parse("C(2) wr S(30)").ConjugacyClassCount().Count);
        Assert.Equal(Partition.Count(40) * Partition.Count(30), GroupSpec.Parse("Cells(40,30)").ConjugacyClassCount().Count);
        Assert.Equal(Partition.Count(300), GroupSpec.Parse("DiagonalCellsWithSecondLayer(300)").ConjugacyClassCount().Count);
        Assert.Equal(Partition.Count(500), GroupSpec.Parse("Diagonal(S(500))").ConjugacyClassCount().Count);
        Assert.Equal(new BigInteger(1000 * 503), GroupSpec.Parse("C(1000) x D(1000)").ConjugacyClassCount().Count);
        Assert.Equal(BigInteger.Pow(Partition.Count(10), 3), GroupSpec.Parse("S(10) wr Group(3; ())").ConjugacyClassCount().Count);
        Assert.Equal(new BigInteger(153), GroupSpec.Parse("S(1) wr D(300)").ConjugacyClassCount().Count);
    }

    [Fact]
    public void Specs_without_a_formula_beyond_the_limit_say_why()
    {
        var count = GroupSpec.Parse("S(20) wr C(3)").ConjugacyClassCount();
        Assert.Null(count.Count);
        Assert.Equal("order about 4.32 × 10^55 is beyond the enumeration limit 200000 and no structural formula applies", count.Reason);
        // C(2) wr C(3) ≅ C(2) × A(4), order 24: counted by enumeration within the limit only.
        Assert.Equal(8, (int)GroupSpec.Parse("S(2) wr C(3)").ConjugacyClassCount().Count!.Value);
        Assert.Equal(8, (int)GroupSpec.Parse("S(2) wr C(3)").ConjugacyClassCount(orderLimit: 24).Count!.Value);
        Assert.Equal("order 24 is beyond the enumeration limit 23 and no structural formula applies",
            GroupSpec.Parse("S(2) wr C(3)").ConjugacyClassCount(orderLimit: 23).Reason);
    }

    [Fact]
    public void Node_constructors_validate_like_the_parser()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SymmetricGroupSpec(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AlternatingGroupSpec(GroupSpec.MaxDegree + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CellsGroupSpec(1000, 1000));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WreathProductGroupSpec(S(400), S(400)));
        Assert.Throws<ArgumentException>(() => new GeneratedGroupSpec(3, new[] { Permutation.Identity(4) }));
        Assert.Throws<ArgumentException>(() => new GeneratedGroupSpec(3, Array.Empty<Permutation>()));
        Assert.Equal(GroupSpec.MaxDegree, new SymmetricGroupSpec(GroupSpec.MaxDegree).Degree);
    }
}
