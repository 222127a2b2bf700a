namespace Landscape.Symmetry.Groups.Tests;

/// <summary>Hand-computed examples pinning down the GAP conventions (1-based text, right action).</summary>
public class PermutationTests
{
    private static Permutation P(string text, int? degree = null) => Permutation.Parse(text, degree);

    [Fact]
    public void Product_applies_left_factor_first_as_in_GAP()
    {
        // GAP: (1,2)*(2,3) = (1,3,2). Right action, left factor first:
        //   1 -(1,2)-> 2 -(2,3)-> 3,   2 -(1,2)-> 1 -(2,3)-> 1,   3 -(1,2)-> 3 -(2,3)-> 2,
        // so 1->3, 3->2, 2->1, the cycle (1,3,2).
        Assert.Equal(P("(1,3,2)"), P("(1,2)", 3) * P("(2,3)"));
        // The other order: 1 -(2,3)-> 1 -(1,2)-> 2,  2 -(2,3)-> 3 -(1,2)-> 3,  3 -(2,3)-> 2 -(1,2)-> 1: (1,2,3).
        Assert.Equal(P("(1,2,3)"), P("(2,3)") * P("(1,2)", 3));
    }

    [Fact]
    public void Indexer_is_the_zero_based_image_of_the_one_based_text()
    {
        // (1,2,3)(4,5): 1->2, 2->3, 3->1, 4->5, 5->4; 0-based: 0->1, 1->2, 2->0, 3->4, 4->3.
        var p = P("(1,2,3)(4,5)");
        Assert.Equal(new[] { 1, 2, 0, 4, 3 }, p.Images.ToArray());
        Assert.Equal(5, p.Degree);
        Assert.Equal(1, p[0]);
        Assert.Equal(0, p[2]);
    }

    [Fact]
    public void Product_definition_on_images()
    {
        // p = (1,2,3) has images [1,2,0]; q = (1,2) has images [1,0,2].
        // (p*q)[i] = q[p[i]]: [q[1], q[2], q[0]] = [0, 2, 1], i.e. (2,3).
        var p = Permutation.FromImages(new[] { 1, 2, 0 });
        var q = Permutation.FromImages(new[] { 1, 0, 2 });
        Assert.Equal(new[] { 0, 2, 1 }, (p * q).Images.ToArray());
        Assert.Equal(P("(2,3)"), p * q);
        Assert.Equal(p * q, p.Then(q));
    }

    [Fact]
    public void Conjugation_is_g_inverse_p_g_and_relabels_points()
    {
        // GAP: (1,2)^(2,3) = (2,3)^-1*(1,2)*(2,3) = (1,3): conjugating by g renames each point i as i^g (2 -> 3).
        Assert.Equal(P("(1,3)"), P("(1,2)", 3).ConjugateBy(P("(2,3)")));
        // (1,2,3,4)^(1,5) with degree 5 renames 1 as 5: (5,2,3,4) = (2,3,4,5).
        Assert.Equal(P("(2,3,4,5)"), P("(1,2,3,4)", 5).ConjugateBy(P("(1,5)")));
    }

    [Fact]
    public void Commutator_is_GAPs_Comm()
    {
        // Comm(a,b) = a^-1 b^-1 a b. For a=(1,2), b=(2,3): a^-1 b^-1 = (1,2)*(2,3) = (1,3,2) (see above),
        // and a b = (1,3,2) again, so Comm = (1,3,2)^2 = (1,2,3).
        Assert.Equal(P("(1,2,3)"), P("(1,2)", 3).CommutatorWith(P("(2,3)")));
        // Commuting elements (disjoint cycles) have trivial commutator.
        Assert.True(P("(1,2)", 4).CommutatorWith(P("(3,4)")).IsIdentity);
    }

    [Fact]
    public void Inverse_and_powers_of_a_three_cycle()
    {
        var p = P("(1,2,3)");
        Assert.Equal(P("(1,3,2)"), p.Inverse());
        Assert.Equal(P("(1,3,2)"), p.Power(2));
        Assert.Equal(P("(1,3,2)"), p.Power(-1));
        Assert.True(p.Power(3).IsIdentity);
        Assert.True(p.Power(0).IsIdentity);
        // 10^30 = 1 (mod 3) since 10 = 1 (mod 3).
        Assert.Equal(p, p.Power(BigInteger.Pow(10, 30)));
        Assert.Equal(p.Inverse(), p.Power(-BigInteger.Pow(10, 30)));
    }

    [Fact]
    public void Power_of_a_six_cycle_splits_into_transpositions()
    {
        // Cubing a 6-cycle moves each point three steps: (1,4)(2,5)(3,6); squaring gives two 3-cycles.
        var p = P("(1,2,3,4,5,6)");
        Assert.Equal(P("(1,4)(2,5)(3,6)"), p.Power(3));
        Assert.Equal(P("(1,3,5)(2,4,6)"), p.Power(2));
    }

    [Fact]
    public void Order_sign_and_cycle_type_by_hand()
    {
        var p = P("(1,2)(3,4,5)", 7);
        Assert.Equal(new BigInteger(6), p.Order()); // lcm(2,3)
        Assert.Equal(-1, p.Sign()); // one transposition (odd) and a 3-cycle (even)
        Assert.Equal(Partition.Of(3, 2, 1, 1), p.CycleType());
        Assert.Equal(5, p.MovedPointCount());
        Assert.Equal(0, p.FirstMovedPoint());

        Assert.Equal(-1, P("(1,2,3,4)").Sign());
        Assert.Equal(1, P("(1,2,3,4,5)").Sign());
        Assert.Equal(new BigInteger(60), P("(1,2,3,4)(5,6,7,8,9)(10,11,12)").Order());
        Assert.Equal(BigInteger.One, Permutation.Identity(4).Order());
        Assert.Equal(-1, Permutation.Identity(4).FirstMovedPoint());
        Assert.Equal(1, Permutation.Identity(0).Sign());
    }

    [Fact]
    public void Cycles_start_at_their_smallest_point_in_order()
    {
        // (5,2)(4,1,3): 4->1->3->4 starts at 1 as (1,3,4); (5,2) starts at 2 as (2,5).
        var p = P("(5,2)(4,1,3)");
        var cycles = p.Cycles();
        Assert.Equal(2, cycles.Count);
        Assert.Equal(new[] { 0, 2, 3 }, cycles[0]);
        Assert.Equal(new[] { 1, 4 }, cycles[1]);
        Assert.Equal("(1,3,4)(2,5)", p.ToString());
    }

    [Fact]
    public void Text_form_examples()
    {
        Assert.Equal("()", Permutation.Identity(5).ToString());
        Assert.Equal("(1,2,3)", P("(3,1,2)").ToString());
        Assert.Equal("(1,4)(2,5)", P("(2,5)(1,4)").ToString());
        Assert.Equal("(1,2)(3,4)", P("  ( 1 , 2 )\t( 3 ,4 ) ").ToString());
        Assert.Equal(P("(1,2)(3,4)"), P("()(1,2)()(3,4)"));
    }

    [Fact]
    public void Parse_degree_defaults_to_the_largest_point_named()
    {
        Assert.Equal(0, P("()").Degree);
        Assert.Equal(5, P("(2,5)").Degree);
        Assert.Equal(1, P("(1)").Degree);
        Assert.True(P("(1)").IsIdentity);
        Assert.Equal(9, P("(2,5)", 9).Degree);
        Assert.Equal(Permutation.Identity(6), P("()", 6));
        Assert.Equal(Permutation.Identity(3), P("(2)", 3));
    }

    [Fact]
    public void Equality_includes_the_degree()
    {
        Assert.NotEqual(Permutation.Identity(3), Permutation.Identity(4));
        Assert.NotEqual(P("(1,2)", 3), P("(1,2)", 4));
        Assert.Equal(P("(1,2)", 4), P("(1,2)").Extend(4));
        Assert.True(P("(1,2)", 4) == P("(2,1)", 4));
        Assert.True(P("(1,2)", 4) != P("(1,3)", 4));
        Assert.Equal(P("(1,2)", 4).GetHashCode(), P("(2,1)", 4).GetHashCode());
        Assert.False(P("(1,2)").Equals(null));
    }

    [Fact]
    public void FromCycles_matches_the_text_form()
    {
        Assert.Equal(P("(1,2,3)(4,5)", 6), Permutation.FromCycles(6, new[] { 0, 1, 2 }, new[] { 3, 4 }));
        Assert.Equal(Permutation.Identity(3), Permutation.FromCycles(3));
        Assert.Equal(Permutation.Identity(3), Permutation.FromCycles(3, new[] { 1 }));
    }

    [Fact]
    public void Extend_fixes_the_new_points()
    {
        var p = P("(1,3)").Extend(5);
        Assert.Equal(new[] { 2, 1, 0, 3, 4 }, p.Images.ToArray());
    }

    [Fact]
    public void Factorials_by_hand()
    {
        Assert.Equal(BigInteger.One, Factorials.Of(0));
        Assert.Equal(BigInteger.One, Factorials.Of(1));
        Assert.Equal(new BigInteger(3628800), Factorials.Of(10));
        Assert.Equal(BigInteger.Parse("2432902008176640000"), Factorials.Of(20));
        Assert.Equal(Factorials.Of(29) * 30, Factorials.Of(30));
    }
}
