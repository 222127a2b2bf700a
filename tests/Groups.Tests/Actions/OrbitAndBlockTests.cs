using System.Collections.Immutable;

namespace Landscape.Symmetry.Groups.Tests;

/// <summary>Orbits, transitivity, primitivity and block systems against brute force.</summary>
public class OrbitAndBlockTests
{
    private static string Canon(IEnumerable<ImmutableArray<int>> blocks) => NaiveBlocks.Canonical(blocks.Select(b => b.AsEnumerable()));
    private static string Canon(IEnumerable<SortedSet<int>> blocks) => NaiveBlocks.Canonical(blocks);
    private static string Canon(BlockSystem s) => Canon(s.Blocks);

    private static string OneBased(params int[][] blocks) =>
        NaiveBlocks.Canonical(blocks.Select(b => b.Select(x => x - 1)));

    // ---- Orbits -------------------------------------------------------------------------------

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 200)]
    public Property Orbits_agree_with_brute_force() =>
        Prop.ForAll(Gens.SmallGroup().Arb(), c =>
        {
            var closure = NaiveGroup.Closure(c.Degree, c.Generators);
            var expected = NaiveGroup.Orbits(c.Degree, closure);
            var g = c.Create();
            Assert.Equal(expected.Count, g.Orbits.Length);
            for (int k = 0; k < expected.Count; k++) Assert.Equal(expected[k], g.Orbits[k]);
            for (int x = 0; x < c.Degree; x++) Assert.Equal(NaiveGroup.Orbit(closure, x), g.Orbit(x));
            Assert.Equal(expected.Count == 1, g.IsTransitive);
        });

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 50)]
    public Property Orbits_of_large_groups_agree_with_a_breadth_first_search() =>
        Prop.ForAll(Gen.Choose(20, 300).SelectMany(n => Gen.ListOf(Gens.SparsePermutation(n), 3).Select(gs => (n, gs: gs.ToArray()))).Arb(), t =>
        {
            var (n, gs) = t;
            var expected = NaiveGroup.OrbitsByGenerators(n, gs);
            var g = PermutationGroup.Create(n, gs);
            Assert.Equal(expected.Count, g.Orbits.Length);
            for (int k = 0; k < expected.Count; k++) Assert.Equal(expected[k], g.Orbits[k]);
        });

    [Fact]
    public void Orbits_by_hand()
    {
        var g = PermutationGroup.Create(Permutation.Parse("(1,3)(5,6)", 7), Permutation.Parse("(3,5)", 7));
        // 1~3~5~6; 2, 4 and 7 are fixed.
        Assert.Equal(new[] { new[] { 0, 2, 4, 5 }, new[] { 1 }, new[] { 3 }, new[] { 6 } }, g.Orbits.Select(o => o.ToArray()));
        Assert.False(g.IsTransitive);
        Assert.Equal(new[] { 0, 2, 4, 5 }, g.Orbit(5));
        Assert.False(PermutationGroup.Trivial(0).IsTransitive);
        Assert.True(PermutationGroup.Trivial(1).IsTransitive);
        Assert.Equal(3, PermutationGroup.Trivial(3).Orbits.Length);
    }

    // ---- Block systems ------------------------------------------------------------------------

    [Fact]
    public void S3_wr_S2_on_six_points_is_imprimitive_with_the_two_blocks_of_three()
    {
        var g = Constructions.WreathProduct(Constructions.Symmetric(3), Constructions.Symmetric(2));
        Assert.True(g.IsTransitive);
        Assert.False(g.IsPrimitive);
        var systems = g.MinimalBlockSystems();
        Assert.Single(systems);
        Assert.Equal(OneBased(new[] { 1, 2, 3 }, new[] { 4, 5, 6 }), Canon(systems[0]));
        Assert.Equal(3, systems[0].BlockSize);
        Assert.Equal(2, systems[0].Count);
        Assert.Equal("[[1,2,3],[4,5,6]]", systems[0].ToString());
        // The same answer by brute force over all 203 partitions of six points.
        var naive = NaiveBlocks.MinimalNonTrivialBlockSystems(6, g.Generators);
        Assert.Single(naive);
        Assert.Equal(Canon(naive[0]), Canon(systems[0]));
    }

    [Fact]
    public void Symmetric_and_alternating_groups_are_primitive()
    {
        for (int n = 2; n <= 12; n++)
        {
            Assert.True(Constructions.Symmetric(n).IsPrimitive, $"S{n}");
            Assert.Empty(Constructions.Symmetric(n).MinimalBlockSystems());
        }
        for (int n = 3; n <= 12; n++)
        {
            Assert.True(Constructions.Alternating(n).IsPrimitive, $"A{n}");
            Assert.Empty(Constructions.Alternating(n).MinimalBlockSystems());
        }
        Assert.True(Constructions.Symmetric(40).IsPrimitive);
        Assert.True(Constructions.Alternating(41).IsPrimitive);
        // A_2 is trivial on two points: not transitive, hence not primitive.
        Assert.False(Constructions.Alternating(2).IsPrimitive);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(11)]
    [InlineData(13)]
    [InlineData(97)]
    public void Cyclic_groups_of_prime_degree_are_primitive(int p)
    {
        Assert.True(Constructions.Cyclic(p).IsPrimitive);
        Assert.Empty(Constructions.Cyclic(p).MinimalBlockSystems());
    }

    [Fact]
    public void C4_is_imprimitive_with_blocks_of_opposite_points()
    {
        var g = Constructions.Cyclic(4);
        Assert.False(g.IsPrimitive);
        var systems = g.MinimalBlockSystems();
        Assert.Single(systems);
        Assert.Equal(OneBased(new[] { 1, 3 }, new[] { 2, 4 }), Canon(systems[0]));
    }

    [Fact]
    public void C6_has_two_minimal_block_systems()
    {
        // Blocks of C_n correspond to divisors: for n = 6 the minimal ones are the cosets of <3> and of <2>.
        var systems = Constructions.Cyclic(6).MinimalBlockSystems().Select(Canon).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var expected = new[]
        {
            OneBased(new[] { 1, 4 }, new[] { 2, 5 }, new[] { 3, 6 }),
            OneBased(new[] { 1, 3, 5 }, new[] { 2, 4, 6 }),
        }.OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, systems);
    }

    [Fact]
    public void Hyperoctahedral_group_has_the_plus_minus_pairs_as_blocks()
    {
        foreach (int d in new[] { 2, 3, 4, 10 })
        {
            var g = Constructions.Hyperoctahedral(d);
            Assert.False(g.IsPrimitive);
            var pairs = NaiveBlocks.Canonical(Enumerable.Range(0, d).Select(i => new[] { i, d + i }));
            Assert.Contains(pairs, g.MinimalBlockSystems().Select(Canon));
            Assert.Equal(pairs, Canon(Blocks.MinimalContaining(g, 0, d).Blocks));
        }
    }

    [Fact]
    public void Large_wreath_product_has_exactly_the_natural_block_system()
    {
        // For S_m wr S_q (m, q >= 2) the point stabilizer's orbits are {x}, the rest of x's block and
        // everything else, and 1 + m(q-1) never divides mq, so the natural system is the only one.
        var g = Constructions.WreathProduct(Constructions.Symmetric(5), Constructions.Symmetric(4));
        var systems = g.MinimalBlockSystems();
        Assert.Single(systems);
        Assert.Equal(NaiveBlocks.Canonical(Enumerable.Range(0, 4).Select(b => Enumerable.Range(5 * b, 5))), Canon(systems[0]));
    }

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 150)]
    public Property Minimal_block_systems_agree_with_all_partitions_brute_force() =>
        Prop.ForAll(Gens.TransitiveSmallGroup(7).Arb(), c =>
        {
            var g = c.Create();
            var expected = NaiveBlocks.MinimalNonTrivialBlockSystems(c.Degree, c.Generators).Select(Canon).OrderBy(s => s, StringComparer.Ordinal).ToList();
            var actual = g.MinimalBlockSystems().Select(Canon).OrderBy(s => s, StringComparer.Ordinal).ToList();
            Assert.Equal(expected, actual);
            Assert.Equal(NaiveBlocks.NonTrivialBlockSystems(c.Degree, c.Generators).Count == 0, g.IsPrimitive);
        });

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 150)]
    public Property Minimal_block_systems_are_invariant_partitions_into_equal_blocks() =>
        Prop.ForAll(Gens.TransitiveSmallGroup().Arb(), c =>
        {
            var g = c.Create();
            foreach (var s in g.MinimalBlockSystems())
            {
                var blocks = s.Blocks.Select(b => new SortedSet<int>(b)).ToList();
                Assert.Equal(Enumerable.Range(0, c.Degree), blocks.SelectMany(b => b).OrderBy(x => x));
                Assert.All(blocks, b => Assert.Equal(s.BlockSize, b.Count));
                Assert.True(s.BlockSize > 1 && s.BlockSize < c.Degree, "non-trivial");
                Assert.Equal(c.Degree, s.BlockSize * s.Count);
                // Every generator permutes the blocks.
                foreach (var x in c.Generators)
                    foreach (var b in blocks)
                    {
                        var image = new SortedSet<int>(b.Select(p => x[p]));
                        Assert.Contains(blocks, other => other.SetEquals(image));
                    }
            }
        });

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 150)]
    public Property MinimalContaining_is_the_finest_block_system_joining_two_points() =>
        Prop.ForAll(Gens.TransitiveSmallGroup(7).Where(c => c.Degree >= 2)
            .SelectMany(c => Gen.Choose(0, c.Degree - 1).SelectMany(a => Gen.Choose(0, c.Degree - 2).Select(b => (c, a, b: b >= a ? b + 1 : b)))).Arb(), t =>
        {
            var (c, a, b) = t;
            var joined = NaiveBlocks.InvariantPartitions(c.Degree, c.Generators)
                .Where(p => p.Any(block => block.Contains(a) && block.Contains(b))).ToList();
            // The finest one refines all the others (the meet of block systems is a block system).
            var finest = joined.Single(p => joined.All(q => NaiveBlocks.Refines(p, q)));
            Assert.Equal(Canon(finest), Canon(Blocks.MinimalContaining(c.Create(), a, b).Blocks));
        });

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 60)]
    public Property Imprimitive_random_groups_are_not_primitive() =>
        Prop.ForAll(Gens.RandomImprimitiveGroup().Where(c => NaiveGroup.OrbitsByGenerators(c.Degree, c.Generators).Count == 1).Arb(), c =>
        {
            var g = c.Create();
            Assert.False(g.IsPrimitive);
            // The construction's own system {0..m-1}, {m..2m-1}, ... is refined by, or equal to, a minimal one.
            int m = int.Parse(c.Name.Split(' ')[1].Split('x')[0]);
            var natural = Enumerable.Range(0, c.Degree / m).Select(k => new SortedSet<int>(Enumerable.Range(k * m, m))).ToList();
            Assert.Contains(g.MinimalBlockSystems(), s => NaiveBlocks.Refines(s.Blocks.Select(x => new SortedSet<int>(x)).ToList(), natural));
        });

    [Fact]
    public void Intransitive_groups_are_not_primitive()
    {
        var g = PermutationGroup.Create(Permutation.Parse("(1,2,3)", 5));
        Assert.False(g.IsPrimitive);
        Assert.False(PermutationGroup.Trivial(3).IsPrimitive);
        Assert.False(Constructions.DirectProduct(Constructions.Symmetric(10), Constructions.Symmetric(10)).IsPrimitive);
    }
}
