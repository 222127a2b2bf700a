namespace Landscape.Symmetry.Groups.Tests;

/// <summary>
/// The constructions generate exactly the groups they describe: each closure is compared with the
/// set of permutations defined by the mathematical property (block-preserving, signed, adjacency-preserving, …).
/// </summary>
public class ConstructionTests
{
    private static IEnumerable<Permutation> AllPermutations(int n)
    {
        var a = Enumerable.Range(0, n).ToArray();
        return NaiveGroup.Closure(n, n >= 2 ? new[] { Permutation.FromCycles(n, new[] { 0, 1 }), Permutation.FromImages(a.Select(i => (i + 1) % n).ToArray()) } : Array.Empty<Permutation>());
    }

    [Fact]
    public void Symmetric_group_is_all_permutations_and_alternating_the_even_ones()
    {
        for (int n = 1; n <= 7; n++)
        {
            var s = NaiveGroup.Closure(n, Constructions.Symmetric(n).Generators);
            Assert.Equal(Factorials.Of(n), new BigInteger(s.Count));
            var evens = s.Where(x => NaiveGroup.SignByInversions(x) == 1).ToHashSet();
            if (n >= 2)
                Assert.True(evens.SetEquals(NaiveGroup.Closure(n, Constructions.Alternating(n).Generators)), $"A{n}");
        }
    }

    [Fact]
    public void Cyclic_group_is_the_powers_of_the_n_cycle()
    {
        for (int n = 1; n <= 10; n++)
        {
            var shift = Permutation.FromImages(Enumerable.Range(0, n).Select(i => (i + 1) % n).ToArray());
            var powers = Enumerable.Range(0, n).Select(k => shift.Power(k)).ToHashSet();
            Assert.True(powers.SetEquals(NaiveGroup.Closure(n, Constructions.Cyclic(n).Generators)), $"C{n}");
        }
    }

    [Fact]
    public void Dihedral_group_is_the_symmetry_group_of_the_polygon()
    {
        for (int n = 3; n <= 7; n++)
        {
            // Permutations of the vertices preserving the edge set {i, i+1 mod n}.
            bool IsSymmetry(Permutation x) => Enumerable.Range(0, n).All(i =>
            {
                int a = x[i], b = x[(i + 1) % n];
                return (a - b + n) % n == 1 || (b - a + n) % n == 1;
            });
            var expected = AllPermutations(n).Where(IsSymmetry).ToHashSet();
            Assert.Equal(2 * n, expected.Count);
            Assert.True(expected.SetEquals(NaiveGroup.Closure(n, Constructions.Dihedral(n).Generators)), $"D{2 * n}");
        }
        // n <= 2: the action is that of S_n.
        Assert.Equal(new BigInteger(2), Constructions.Dihedral(2).Order);
        Assert.Equal(BigInteger.One, Constructions.Dihedral(1).Order);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(2, 3)]
    [InlineData(3, 2)]
    [InlineData(2, 4)]
    public void Wreath_product_is_the_group_of_block_preserving_permutations(int m, int q)
    {
        // S_m wr S_q on m*q points (point b*m+i is point i of block b) = all permutations mapping blocks to blocks.
        int n = m * q;
        bool PreservesBlocks(Permutation x) => Enumerable.Range(0, q).All(b =>
            Enumerable.Range(0, m).All(i => x[b * m + i] / m == x[b * m] / m));
        var expected = AllPermutations(n).Where(PreservesBlocks).ToHashSet();
        Assert.Equal(BigInteger.Pow(Factorials.Of(m), q) * Factorials.Of(q), new BigInteger(expected.Count));
        var w = Constructions.WreathProduct(Constructions.Symmetric(m), Constructions.Symmetric(q));
        Assert.True(expected.SetEquals(NaiveGroup.Closure(n, w.Generators)));
    }

    [Fact]
    public void Wreath_product_with_an_intransitive_top_group()
    {
        // C_3 wr <(1,2)> with the top group fixing block 3: blocks 1 and 2 swapped, block 3 alone: 3^3 * 2 = 54.
        var top = PermutationGroup.Create(Permutation.Parse("(1,2)", 3));
        var w = Constructions.WreathProduct(Constructions.Cyclic(3), top);
        Assert.Equal(new BigInteger(54), w.Order);
        Assert.Equal(54, NaiveGroup.Closure(9, w.Generators).Count);
        Assert.Equal(new BigInteger(54), PermutationGroup.Create(9, w.Generators).Order);
    }

    [Fact]
    public void Hyperoctahedral_group_is_the_group_of_signed_permutations()
    {
        for (int d = 1; d <= 4; d++)
        {
            // Point i is +e_i and point d+i is -e_i: a signed permutation maps -v to -(image of v).
            int n = 2 * d;
            int Negate(int x) => x < d ? x + d : x - d;
            var expected = AllPermutations(n).Where(x => Enumerable.Range(0, n).All(p => x[Negate(p)] == Negate(x[p]))).ToHashSet();
            Assert.Equal(BigInteger.Pow(2, d) * Factorials.Of(d), new BigInteger(expected.Count));
            Assert.True(expected.SetEquals(NaiveGroup.Closure(n, Constructions.Hyperoctahedral(d).Generators)), $"B{d}");
        }
    }

    [Fact]
    public void Hyperoctahedral_generators_respect_the_sign_convention_for_large_d()
    {
        const int d = 50;
        var g = Constructions.Hyperoctahedral(d);
        int Negate(int x) => x < d ? x + d : x - d;
        foreach (var x in g.Generators.Concat(g.RandomElements(1).Take(20)))
            for (int p = 0; p < 2 * d; p++) Assert.Equal(Negate(x[p]), x[Negate(p)]);
        // The sign flip of the first coordinate, +e_1 <-> -e_1, is an element: (1,51) in 1-based text.
        Assert.True(g.Contains(Permutation.Parse("(1,51)", 100)));
        Assert.False(g.Contains(Permutation.Parse("(1,52)", 100)));
    }

    [Fact]
    public void Direct_product_acts_on_disjoint_points()
    {
        var g = Constructions.Cyclic(3);
        var h = Constructions.Symmetric(3);
        var p = Constructions.DirectProduct(g, h);
        Assert.Equal(6, p.Degree);
        var gs = NaiveGroup.Closure(3, g.Generators);
        var hs = NaiveGroup.Closure(3, h.Generators);
        var expected = gs.SelectMany(x => hs.Select(y =>
            Permutation.FromImages(Enumerable.Range(0, 3).Select(i => x[i]).Concat(Enumerable.Range(0, 3).Select(i => 3 + y[i])).ToArray()))).ToHashSet();
        Assert.Equal(18, expected.Count);
        Assert.True(expected.SetEquals(NaiveGroup.Closure(6, p.Generators)));
        Assert.Equal(new[] { new[] { 0, 1, 2 }, new[] { 3, 4, 5 } }, p.Orbits.Select(o => o.ToArray()));
    }

    [Fact]
    public void Diagonal_is_the_set_of_pairs_h_h()
    {
        var h = Constructions.Dihedral(4);
        var diag = Constructions.Diagonal(h);
        Assert.Equal(8, diag.Degree);
        var expected = NaiveGroup.Closure(4, h.Generators).Select(y =>
            Permutation.FromImages(Enumerable.Range(0, 4).Select(i => y[i]).Concat(Enumerable.Range(0, 4).Select(i => 4 + y[i])).ToArray())).ToHashSet();
        Assert.True(expected.SetEquals(NaiveGroup.Closure(8, diag.Generators)));
        Assert.Equal(new BigInteger(8), diag.Order);
    }

    [Fact]
    public void SymmetricOn_and_AlternatingOn_move_only_the_listed_points()
    {
        var points = new[] { 1, 4, 6, 7 };
        var s = Constructions.SymmetricOn(9, points);
        var a = Constructions.AlternatingOn(9, points);
        var sc = NaiveGroup.Closure(9, s.Generators);
        var ac = NaiveGroup.Closure(9, a.Generators);
        Assert.Equal(24, sc.Count);
        Assert.Equal(12, ac.Count);
        Assert.Equal(new BigInteger(24), s.Order);
        Assert.Equal(new BigInteger(12), a.Order);
        Assert.All(sc, x => Assert.All(Enumerable.Range(0, 9).Except(points), p => Assert.Equal(p, x[p])));
        Assert.True(ac.SetEquals(sc.Where(x => NaiveGroup.SignByInversions(x) == 1)));
        // Odd and even numbers of listed points, including the degenerate ones.
        for (int m = 0; m <= 7; m++)
        {
            var pts = Enumerable.Range(0, m).Select(i => 8 - i).ToArray();
            Assert.Equal(Factorials.Of(m), new BigInteger(NaiveGroup.Closure(9, Constructions.SymmetricOn(9, pts).Generators).Count));
            var expectedA = m < 2 ? BigInteger.One : Factorials.Of(m) / 2;
            Assert.Equal(expectedA, new BigInteger(NaiveGroup.Closure(9, Constructions.AlternatingOn(9, pts).Generators).Count));
            Assert.Equal(expectedA, Constructions.AlternatingOn(9, pts).Order);
        }
    }

    [Fact]
    public void Trivial_group()
    {
        var t = PermutationGroup.Trivial(5);
        Assert.Equal(BigInteger.One, t.Order);
        Assert.Empty(t.Generators);
        Assert.Equal(new[] { Permutation.Identity(5) }, t.Elements());
        Assert.True(t.Contains(Permutation.Identity(5)));
        Assert.False(t.Contains(Permutation.Parse("(1,2)", 5)));
        Assert.Equal(StabilizerChainMethod.Trivial, t.StabilizerChain.Method);
        Assert.Equal(Permutation.Identity(5), t.RandomElement(new Random(1)));
        // Identities and duplicates among generators are dropped.
        var g = PermutationGroup.Create(4, new[] { Permutation.Identity(4), Permutation.Parse("(1,2)", 4), Permutation.Parse("(2,1)", 4) });
        Assert.Single(g.Generators);
        Assert.Equal("Group([(1,2)])", g.ToString());
    }

    [Fact]
    public void Contains_rejects_a_permutation_of_another_degree()
    {
        var g = Constructions.Symmetric(4);
        Assert.False(g.Contains(Permutation.Parse("(1,2)", 5)));
        Assert.False(g.Contains(Permutation.Identity(3)));
        Assert.False(Constructions.Dihedral(5).Contains(Permutation.Identity(6)));
    }
}
