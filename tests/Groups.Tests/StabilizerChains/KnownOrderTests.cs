namespace Landscape.Symmetry.Groups.Tests;

/// <summary>
/// Orders of standard groups from mathematics. Each group is also rebuilt from its generators alone
/// (<c>PermutationGroup.Create(degree, generators)</c> without the known order), which runs
/// randomized Schreier–Sims followed by deterministic verification (or giant recognition).
/// </summary>
public class KnownOrderTests
{
    private static BigInteger F(int n) => Factorials.Of(n);

    /// <summary>
    /// The order of a group rebuilt from generators only. A group recognised as Aₙ or Sₙ answers from
    /// recognition; otherwise the chain is first built with a deadline (same algorithm and options as
    /// <c>PermutationGroup.Create(degree, generators)</c> uses), so a slow build fails the test rather
    /// than stalling the suite, and then the group API is asked as well.
    /// </summary>
    private static BigInteger OrderFromGeneratorsOnly(PermutationGroup g, double seconds = 15)
    {
        var fresh = PermutationGroup.Create(g.Degree, g.Generators);
        if (fresh.Giant != GiantKind.None || fresh.Generators.Length == 0) return fresh.Order;
        var chain = Bounded.BuildFromGenerators(g.Degree, g.Generators, seconds);
        Assert.Equal(StabilizerChainMethod.RandomizedThenVerified, chain.Method);
        Assert.Equal(chain.Order, fresh.Order);
        // The group object may prove the order through its orbits and blocks instead of verifying.
        Assert.Contains(fresh.StabilizerChain.Method, new[] { StabilizerChainMethod.RandomizedThenVerified, StabilizerChainMethod.RandomizedToProvenBound });
        return fresh.Order;
    }

    /// <summary>For degree ≥ 8 the recognition must agree with the order: giants exactly when |G| is n! or n!/2.</summary>
    private static void AssertGiantKindMatchesOrder(PermutationGroup g, BigInteger order)
    {
        if (g.Degree < 8) return;
        var fresh = PermutationGroup.Create(g.Degree, g.Generators);
        var expected = order == F(g.Degree) ? GiantKind.Symmetric : order * 2 == F(g.Degree) ? GiantKind.Alternating : GiantKind.None;
        Assert.Equal(expected, fresh.Giant);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(2, 3)]
    [InlineData(3, 2)]
    [InlineData(3, 3)]
    [InlineData(2, 5)]
    [InlineData(5, 2)]
    [InlineData(4, 3)]
    [InlineData(6, 4)]
    [InlineData(3, 7)]
    public void Wreath_product_of_symmetric_groups_has_order_p_factorial_to_the_q_times_q_factorial(int p, int q)
    {
        var expected = BigInteger.Pow(F(p), q) * F(q);
        var w = Constructions.WreathProduct(Constructions.Symmetric(p), Constructions.Symmetric(q));
        Assert.Equal(p * q, w.Degree);
        Assert.Equal(expected, w.Order);
        Assert.Equal(expected, OrderFromGeneratorsOnly(w));
        AssertGiantKindMatchesOrder(w, expected);
        if (expected <= 100_000)
            Assert.Equal(expected, new BigInteger(NaiveGroup.Closure(w.Degree, w.Generators).Count));
    }

    [Fact]
    public void S10_wr_S10_from_generators_only()
    {
        var w = Constructions.WreathProduct(Constructions.Symmetric(10), Constructions.Symmetric(10));
        Assert.Equal(BigInteger.Pow(F(10), 10) * F(10), OrderFromGeneratorsOnly(w));
    }

    [Fact]
    public void S5_wr_S20_from_generators_only()
    {
        // Without a known order the chain is verified Schreier generator by Schreier generator, which
        // for S5 wr S40 (base of 160 points) takes minutes; S5 wr S20 exercises the same path.
        var w = Constructions.WreathProduct(Constructions.Symmetric(5), Constructions.Symmetric(20));
        Assert.Equal(100, w.Degree);
        Assert.Equal(BigInteger.Pow(120, 20) * F(20), OrderFromGeneratorsOnly(w));
    }

    [Fact]
    public void S5_wr_S40_with_the_order_its_construction_proves()
    {
        var w = Constructions.WreathProduct(Constructions.Symmetric(5), Constructions.Symmetric(40));
        var g = PermutationGroup.Create(w.Degree, w.Generators, BigInteger.Pow(120, 40) * F(40));
        Assert.Equal(BigInteger.Pow(120, 40) * F(40), g.StabilizerChain.Order);
        Assert.True(g.Contains(w.RandomElement(new Random(3))));
        Assert.False(g.Contains(Permutation.FromCycles(200, new[] { 0, 5 }).Then(Permutation.FromCycles(200, new[] { 1, 2 })).Then(Permutation.FromCycles(200, new[] { 0, 1 }))));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(10)]
    [InlineData(30)]
    public void Hyperoctahedral_group_has_order_two_to_the_d_times_d_factorial(int d)
    {
        var expected = BigInteger.Pow(2, d) * F(d);
        var b = Constructions.Hyperoctahedral(d);
        Assert.Equal(2 * d, b.Degree);
        Assert.Equal(expected, b.Order);
        Assert.Equal(expected, OrderFromGeneratorsOnly(b));
        // Z2 wr S_d as a wreath product of S_2 by S_d has the same order.
        Assert.Equal(expected, OrderFromGeneratorsOnly(Constructions.WreathProduct(Constructions.Symmetric(2), Constructions.Symmetric(d))));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 4)]
    [InlineData(2, 3)]
    [InlineData(3, 3)]
    [InlineData(4, 5)]
    [InlineData(10, 10)]
    [InlineData(20, 5)]
    public void Cells_k_d_has_order_k_factorial_d_factorial(int k, int d)
    {
        var expected = F(k) * F(d);
        foreach (bool secondLayer in new[] { false, true })
        {
            var g = MatrixCellAction.Full(k, d, secondLayer);
            Assert.Equal(k * d + (secondLayer ? k : 0), g.Degree);
            Assert.Equal(expected, g.Order);
            Assert.Equal(expected, OrderFromGeneratorsOnly(g));
        }
    }

    [Theory]
    [InlineData(100)]
    [InlineData(500)]
    public void Hyperoctahedral_group_built_with_its_known_order_for_large_d(int d)
    {
        var b = Constructions.Hyperoctahedral(d);
        Assert.Equal(BigInteger.Pow(2, d) * F(d), b.Order);
        Assert.Equal(StabilizerChainMethod.RandomizedWithKnownOrder, b.StabilizerChain.Method);
        Assert.True(b.Contains(Permutation.FromCycles(2 * d, new[] { 0, d }, new[] { 1, 2 }, new[] { d + 1, d + 2 })));
        Assert.False(b.Contains(Permutation.FromCycles(2 * d, new[] { 0, 1 })));
    }

    [Fact]
    public void Dihedral_group_has_order_2n()
    {
        foreach (var n in Enumerable.Range(3, 12).Append(50).Append(101))
        {
            var g = Constructions.Dihedral(n);
            Assert.Equal(new BigInteger(2 * n), g.Order);
            Assert.Equal(new BigInteger(2 * n), OrderFromGeneratorsOnly(g));
        }
    }

    [Fact]
    public void Cyclic_group_has_order_n()
    {
        foreach (var n in Enumerable.Range(1, 15).Append(64).Append(97).Append(1000))
        {
            var g = Constructions.Cyclic(n);
            Assert.Equal(new BigInteger(n), g.Order);
            Assert.Equal(new BigInteger(n), OrderFromGeneratorsOnly(g));
        }
    }

    [Fact]
    public void Alternating_group_has_order_half_n_factorial()
    {
        foreach (var n in Enumerable.Range(3, 10).Append(30).Append(101))
        {
            var g = Constructions.Alternating(n);
            Assert.Equal(F(n) / 2, g.Order);
            Assert.Equal(F(n) / 2, OrderFromGeneratorsOnly(g));
            AssertGiantKindMatchesOrder(g, F(n) / 2);
            Assert.All(g.Generators, x => Assert.Equal(1, x.Sign()));
        }
        // Degenerate cases: A_1 and A_2 are trivial.
        Assert.Equal(BigInteger.One, Constructions.Alternating(1).Order);
        Assert.Equal(BigInteger.One, Constructions.Alternating(2).Order);
    }

    [Fact]
    public void Symmetric_group_has_order_n_factorial()
    {
        foreach (var n in Enumerable.Range(1, 12).Append(50).Append(300))
        {
            var g = Constructions.Symmetric(n);
            Assert.Equal(F(n), g.Order);
            Assert.Equal(F(n), OrderFromGeneratorsOnly(g));
            AssertGiantKindMatchesOrder(g, F(n));
        }
    }

    [Fact]
    public void Small_symmetric_and_alternating_groups_match_the_closure()
    {
        for (int n = 1; n <= 8; n++)
        {
            Assert.Equal(F(n), new BigInteger(NaiveGroup.Closure(n, Constructions.Symmetric(n).Generators).Count));
            if (n >= 3)
            {
                var closure = NaiveGroup.Closure(n, Constructions.Alternating(n).Generators);
                Assert.Equal(F(n) / 2, new BigInteger(closure.Count));
                Assert.All(closure, x => Assert.Equal(1, NaiveGroup.SignByInversions(x)));
            }
        }
    }

    [Fact]
    public void Direct_product_order_is_the_product()
    {
        var g = Constructions.DirectProduct(Constructions.Symmetric(5), Constructions.Dihedral(7));
        Assert.Equal(new BigInteger(120 * 14), g.Order);
        Assert.Equal(new BigInteger(120 * 14), OrderFromGeneratorsOnly(g));
        var big = Constructions.DirectProduct(Constructions.Alternating(12), Constructions.Symmetric(9));
        Assert.Equal(F(12) / 2 * F(9), OrderFromGeneratorsOnly(big));
    }

    [Fact]
    public void Diagonal_group_has_the_order_of_its_factor()
    {
        Assert.Equal(F(9), OrderFromGeneratorsOnly(Constructions.Diagonal(Constructions.Symmetric(9))));
        Assert.Equal(F(12) / 2, OrderFromGeneratorsOnly(Constructions.Diagonal(Constructions.Alternating(12))));
        Assert.Equal(F(15), OrderFromGeneratorsOnly(MatrixCellAction.DiagonalSymmetric(15)));
        Assert.Equal(F(6), OrderFromGeneratorsOnly(MatrixCellAction.DiagonalSymmetric(6, secondLayer: true)));
    }
}
