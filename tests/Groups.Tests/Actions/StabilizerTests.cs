namespace Landscape.Symmetry.Groups.Tests;

/// <summary>Point stabilizers against brute force, and the orbit–stabilizer theorem.</summary>
public class StabilizerTests
{
    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 80)]
    public Property Stabilizer_has_exactly_the_elements_fixing_the_point() =>
        Prop.ForAll(Gens.SmallGroup().Arb(), c =>
        {
            var closure = NaiveGroup.Closure(c.Degree, c.Generators);
            var g = c.Create();
            for (int point = 0; point < c.Degree; point++)
            {
                var expected = NaiveGroup.Stabilizer(closure, point);
                var stab = g.Stabilizer(point);
                Assert.Equal(new BigInteger(expected.Count), stab.Order);
                Assert.All(stab.Generators, x => Assert.Equal(point, x[point]));
                Assert.True(expected.SetEquals(NaiveGroup.Closure(c.Degree, stab.Generators)), $"stabilizer of {point}");
                Assert.True(expected.SetEquals(stab.Elements()), $"Elements() of the stabilizer of {point}");
                Assert.True(stab.IsSubgroupOf(g));
            }
        });

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 150)]
    public Property Orbit_stabilizer_theorem_holds_for_every_point() =>
        Prop.ForAll(Gens.SmallGroup().Arb(), c =>
        {
            var g = c.Create();
            var order = new BigInteger(NaiveGroup.Closure(c.Degree, c.Generators).Count);
            for (int point = 0; point < c.Degree; point++)
                Assert.Equal(order, g.Orbit(point).Length * g.Stabilizer(point).Order);
        });

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(19)]
    public void Stabilizers_of_giants(int point)
    {
        const int n = 20;
        var s = Constructions.Symmetric(n);
        var a = Constructions.Alternating(n);
        Assert.Equal(GiantKind.Symmetric, s.Giant);
        Assert.Equal(GiantKind.Alternating, a.Giant);
        var ss = s.Stabilizer(point);
        var sa = a.Stabilizer(point);
        Assert.Equal(Factorials.Of(n - 1), ss.Order);
        Assert.Equal(Factorials.Of(n - 1) / 2, sa.Order);
        Assert.All(ss.Generators.Concat(sa.Generators), x => Assert.Equal(point, x[point]));
        Assert.True(sa.IsSubgroupOf(ss));
        Assert.True(ss.IsSubgroupOf(s));

        // Random permutations fixing the point: all lie in Stab_S, the even ones in Stab_A.
        var rnd = new Random(point);
        for (int k = 0; k < 20; k++)
        {
            var others = Enumerable.Range(0, n).Where(x => x != point).ToArray();
            var shuffled = others.ToArray();
            rnd.Shuffle(shuffled);
            var images = Enumerable.Range(0, n).ToArray();
            for (int t = 0; t < others.Length; t++) images[others[t]] = shuffled[t];
            var x = Permutation.FromImages(images);
            Assert.True(ss.Contains(x));
            Assert.Equal(NaiveGroup.SignByInversions(x) == 1, sa.Contains(x));
        }
        Assert.False(ss.Contains(Permutation.FromCycles(n, new[] { point, (point + 1) % n })));
    }

    [Fact]
    public void Stabilizer_of_a_large_non_giant()
    {
        // Z2 wr S_10 is transitive on 20 points: the stabilizer of +e_4 has order 2^10 10! / 20 = 2^9 9!.
        var g = Constructions.Hyperoctahedral(10);
        var stab = g.Stabilizer(3);
        Assert.Equal(BigInteger.Pow(2, 9) * Factorials.Of(9), stab.Order);
        Assert.All(stab.Generators, x => Assert.Equal(3, x[3]));
        // Fixing +e_4 also fixes -e_4 (point 13).
        Assert.All(stab.Generators, x => Assert.Equal(13, x[13]));
        Assert.Equal(new BigInteger(20), g.Order / stab.Order);
    }

    [Fact]
    public void Stabilizer_of_a_fixed_point_is_the_whole_group()
    {
        var g = PermutationGroup.Create(Permutation.Parse("(1,2,3)", 5), Permutation.Parse("(1,2)", 5));
        var stab = g.Stabilizer(4);
        Assert.Equal(new BigInteger(6), stab.Order);
        Assert.True(g.IsSubgroupOf(stab));
    }
}
