namespace Landscape.Symmetry.Groups.Tests.MaximalSubgroups;

/// <summary>
/// The constructions' orders are theorems; here they are recomputed by Schreier–Sims from the
/// generators alone, and the fields are checked against the field axioms by brute force.
/// </summary>
public class PrimitiveGroupTests
{
    private static BigInteger FromGeneratorsOnly(PermutationGroup g) =>
        Bounded.BuildFromGenerators(g.Degree, g.Generators, 30).Order;

    [Theory]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(25)]
    [InlineData(27)]
    [InlineData(7)]
    public void Finite_fields_satisfy_the_axioms(int q)
    {
        var f = FiniteField.Of(q);
        Assert.Equal(q, f.Order);
        for (int a = 0; a < q; a++)
        {
            Assert.Equal(a, f.Add(a, 0));
            Assert.Equal(a, f.Multiply(a, 1));
            Assert.Equal(0, f.Add(a, f.Negate(a)));
            if (a != 0) Assert.Equal(1, f.Multiply(a, f.Inverse(a)));
            for (int b = 0; b < q; b++)
            {
                Assert.Equal(f.Multiply(a, b), f.Multiply(b, a));
                Assert.Equal(f.Frobenius(f.Multiply(a, b)), f.Multiply(f.Frobenius(a), f.Frobenius(b)));
                Assert.Equal(f.Frobenius(f.Add(a, b)), f.Add(f.Frobenius(a), f.Frobenius(b)));
                for (int c = 0; c < q; c += 3)
                    Assert.Equal(f.Multiply(a, f.Add(b, c)), f.Add(f.Multiply(a, b), f.Multiply(a, c)));
            }
        }
        // The powers of the primitive element run through all q − 1 non-zero elements.
        var powers = Enumerable.Range(0, q - 1).Select(e => f.Power(f.PrimitiveElement, e)).ToHashSet();
        Assert.Equal(q - 1, powers.Count);
        Assert.DoesNotContain(0, powers);
    }

    [Fact]
    public void Finite_fields_reject_non_prime_powers()
    {
        Assert.Throws<ArgumentException>(() => FiniteField.Of(6));
        Assert.Throws<ArgumentException>(() => FiniteField.Of(1));
    }

    public static TheoryData<string, int, long> Groups() => new()
    {
        { "AGL(1,5)", 5, 20 }, { "AGL(1,7)", 7, 42 }, { "AGL(1,11)", 11, 110 }, { "AGL(2,3)", 9, 432 },
        { "AGL(3,2)", 8, 1344 }, { "AGL(2,5)", 25, 25L * 480 }, { "AGL(4,2)", 16, 16L * 20160 },
        { "PSL(3,2) on 7", 7, 168 }, { "PGL(2,4)", 5, 60 }, { "PGL(2,5)", 6, 120 }, { "PGL(2,7)", 8, 336 },
        { "PGL(2,11)", 12, 1320 }, { "PGL(2,9)", 10, 720 }, { "PSL(2,5)", 6, 60 }, { "PSL(2,7)", 8, 168 },
        { "PSL(2,8)", 9, 504 }, { "PSL(2,9)", 10, 360 }, { "PSL(2,11)", 12, 660 }, { "PSL(2,13)", 14, 1092 },
        { "PΓL(2,8)", 9, 1512 }, { "PΓL(2,9)", 10, 1440 }, { "PΓL(2,4)", 5, 120 }, { "PΓL(2,16)", 17, 16320 },
        { "M11", 11, 7920 }, { "M12", 12, 95040 }, { "S5 on 2-subsets", 10, 120 }, { "S7 on 3-subsets", 35, 5040 },
        { "S3 wr S2 product", 9, 72 }, { "S5 wr S2 product", 25, 28800 }, { "PΓL(2,9) ∩ A10", 10, 720 }, { "AGL(2,3) ∩ A9", 9, 216 },
    };

    private static PermutationGroup Build(string name) => name switch
    {
        "AGL(1,5)" => PrimitiveGroups.AffineGeneralLinear(1, 5),
        "AGL(1,7)" => PrimitiveGroups.AffineGeneralLinear(1, 7),
        "AGL(1,11)" => PrimitiveGroups.AffineGeneralLinear(1, 11),
        "AGL(2,3)" => PrimitiveGroups.AffineGeneralLinear(2, 3),
        "AGL(3,2)" => PrimitiveGroups.AffineGeneralLinear(3, 2),
        "AGL(2,5)" => PrimitiveGroups.AffineGeneralLinear(2, 5),
        "AGL(4,2)" => PrimitiveGroups.AffineGeneralLinear(4, 2),
        "PSL(3,2) on 7" => PrimitiveGroups.GeneralLinearOnNonzeroVectors(3, 2),
        "PGL(2,4)" => PrimitiveGroups.ProjectiveGeneralLinear(4),
        "PGL(2,5)" => PrimitiveGroups.ProjectiveGeneralLinear(5),
        "PGL(2,7)" => PrimitiveGroups.ProjectiveGeneralLinear(7),
        "PGL(2,11)" => PrimitiveGroups.ProjectiveGeneralLinear(11),
        "PGL(2,9)" => PrimitiveGroups.ProjectiveGeneralLinear(9),
        "PSL(2,5)" => PrimitiveGroups.ProjectiveSpecialLinear(5),
        "PSL(2,7)" => PrimitiveGroups.ProjectiveSpecialLinear(7),
        "PSL(2,8)" => PrimitiveGroups.ProjectiveSpecialLinear(8),
        "PSL(2,9)" => PrimitiveGroups.ProjectiveSpecialLinear(9),
        "PSL(2,11)" => PrimitiveGroups.ProjectiveSpecialLinear(11),
        "PSL(2,13)" => PrimitiveGroups.ProjectiveSpecialLinear(13),
        "PΓL(2,8)" => PrimitiveGroups.ProjectiveSemilinear(8),
        "PΓL(2,9)" => PrimitiveGroups.ProjectiveSemilinear(9),
        "PΓL(2,4)" => PrimitiveGroups.ProjectiveSemilinear(4),
        "PΓL(2,16)" => PrimitiveGroups.ProjectiveSemilinear(16),
        "M11" => PrimitiveGroups.Mathieu11(),
        "M12" => PrimitiveGroups.Mathieu12(),
        "S5 on 2-subsets" => PrimitiveGroups.SymmetricOnSubsets(5, 2),
        "S7 on 3-subsets" => PrimitiveGroups.SymmetricOnSubsets(7, 3),
        "S3 wr S2 product" => PrimitiveGroups.ProductAction(3, 2),
        "S5 wr S2 product" => PrimitiveGroups.ProductAction(5, 2),
        "PΓL(2,9) ∩ A10" => PrimitiveGroups.EvenPart(PrimitiveGroups.ProjectiveSemilinear(9)),
        "AGL(2,3) ∩ A9" => PrimitiveGroups.EvenPart(PrimitiveGroups.AffineGeneralLinear(2, 3)),
        _ => throw new ArgumentException(name),
    };

    /// <summary>Orders from the literature (|AGL(d,p)| = p^d |GL(d,p)|, |PGL(2,q)| = (q+1)q(q−1), …), recomputed from generators.</summary>
    [Theory]
    [MemberData(nameof(Groups))]
    public void Orders_recomputed_from_generators_alone(string name, int degree, long order)
    {
        var g = Build(name);
        Assert.Equal(degree, g.Degree);
        Assert.Equal(order, (long)g.Order);
        Assert.Equal(order, (long)FromGeneratorsOnly(g));
        Assert.True(g.IsPrimitive, $"{name} should be primitive");
    }

    [Fact]
    public void Mathieu_groups_are_4_and_5_transitive()
    {
        // M₁₁ is sharply 4-transitive and M₁₂ sharply 5-transitive: the stabilizer of 4 (resp. 5) points is trivial.
        var m11 = PrimitiveGroups.Mathieu11();
        var s = m11;
        for (int i = 0; i < 4; i++) { Assert.True(s.Orbit(i).Length == 11 - i); s = s.Stabilizer(i); }
        Assert.Equal(1, (int)s.Order);
        var m12 = PrimitiveGroups.Mathieu12();
        s = m12;
        for (int i = 0; i < 5; i++) { Assert.True(s.Orbit(i).Length == 12 - i); s = s.Stabilizer(i); }
        Assert.Equal(1, (int)s.Order);
    }

    [Fact]
    public void Even_part_has_half_the_order_and_only_even_elements()
    {
        foreach (var g in new[] { Constructions.Symmetric(5), PrimitiveGroups.ProjectiveGeneralLinear(7), Constructions.WreathProduct(Constructions.Symmetric(2), Constructions.Symmetric(3)) })
        {
            var e = PrimitiveGroups.EvenPart(g);
            Assert.Equal(g.Order / 2, FromGeneratorsOnly(e));
            Assert.All(e.Generators, x => Assert.Equal(1, x.Sign()));
            Assert.True(e.IsSubgroupOf(g));
        }
        var a5 = Constructions.Alternating(5);
        Assert.Same(a5, PrimitiveGroups.EvenPart(a5));
    }
}
