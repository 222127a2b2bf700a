using System.Numerics;
using Landscape.Symmetry.Groups;
using Xunit;

namespace Landscape.Symmetry.GapCrossCheck.Tests;

/// <summary>
/// Conjugacy classes of large groups given by bare generators, against GAP 4: random direct products
/// of wreath products (S_k, A_k or D_k ≀ S_m) and symmetric groups of degree ≤ 60 and order
/// beyond enumeration (2·10⁵ &lt; |G| ≤ 10¹⁰), with shuffled labels and the generators in random order. The class count is
/// compared with <c>NrConjugacyClasses</c>, and where we list the classes, the sorted class sizes with
/// GAP's and our own verification must pass.
/// </summary>
public class ClassCountGapTests
{
    [Fact]
    public void Class_counts_and_sizes_of_random_bare_generator_products_of_wreath_products_agree_with_GAP()
    {
        var random = new Random(15150);
        // Orders up to 10¹⁰ keep GAP's own class computation to seconds (one of order 10¹³ took it 2.5 minutes).
        var groups = Enumerable.Range(0, 1000).Select(_ => Shuffled(RandomStructure(random), random))
            .Where(g => g.Order > 200_000 && g.Order <= BigInteger.Pow(10, 10)).Take(8).ToArray();
        Assert.Equal(8, groups.Length);
        var script = string.Join("\n", groups.Select(g =>
            $"G := Group([{string.Join(",", g.Generators)}]);; C := ConjugacyClasses(G);; " +
            "Print(\"#\", Size(G), \" \", Sum(List(C, Size)), \" \", Length(C), \" \", SortedList(List(C, Size)), \"\\n\");"));
        // GAP wraps long output lines (with or without a backslash); '#' starts each group's record.
        var lines = GapSession.Run(script).Replace("\\\n", "").Replace("\n", " ").Split('#', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(groups.Length, lines.Length);
        int listed = 0, compared = 0;
        for (int i = 0; i < groups.Length; i++)
        {
            var g = groups[i];
            var parts = lines[i].Trim().Split(' ', 4);
            Assert.True(parts[0] == g.Order.ToString(), $"{g}: GAP order {parts[0]}, ours {g.Order}");
            // GAP 4.12.1 returns, for S_6 × (S_5 ≀ S_2) on shuffled points, 231 classes whose sizes add up to
            // half the order (its own counts for the two factors, 11 and 35, give 385): such an answer is no oracle.
            if (parts[1] != parts[0]) continue;
            compared++;
            parts = parts.Skip(1).ToArray();
            var count = ConjugacyClasses.Count(g);
            Assert.True(count.Count is not null, $"{g}: no count ({count.Reason})");
            Assert.True(parts[1] == count.Count.ToString(), $"{g}: GAP has {parts[1]} classes, we count {count.Count}");
            if (count.Count > 3000) continue;
            var classes = ConjugacyClasses.Of(g);
            var gapSizes = parts[2].Trim('[', ']', ' ').Split(',', StringSplitOptions.TrimEntries).Select(BigInteger.Parse).ToArray();
            Assert.Equal(gapSizes, classes.Select(c => c.Size).Order().ToArray());
            ConjugacyClasses.Verify(g, classes);
            listed++;
        }
        Assert.True(compared >= 6, $"GAP's classes added up to the group order for only {compared} of the groups");
        Assert.True(listed >= 4, $"only {listed} groups had their classes listed");
    }

    // A product of one or two factors, each S_k ≀ S_m, A_k ≀ S_m, D_k ≀ S_m or S_k, on at most 60 points.
    private static PermutationGroup RandomStructure(Random random)
    {
        int factors = random.Next(1, 3);
        PermutationGroup? g = null;
        int budget = 60;
        for (int f = 0; f < factors && budget >= 4; f++)
        {
            var factor = Factor(random, budget);
            budget -= factor.Degree;
            g = g is null ? factor : Constructions.DirectProduct(g, factor);
        }
        return g!;
    }

    private static PermutationGroup Factor(Random random, int budget)
    {
        int k = random.Next(2, 6);
        var inner = random.Next(4) switch
        {
            0 when k >= 4 => Constructions.Alternating(k),
            1 when k >= 3 => Constructions.Dihedral(k),
            _ => Constructions.Symmetric(k),
        };
        int m = random.Next(1, Math.Min(4, budget / k) + 1);
        if (m == 1) return Constructions.Symmetric(Math.Min(budget, random.Next(3, 9)));
        return Constructions.WreathProduct(inner, Constructions.Symmetric(m));
    }

    private static PermutationGroup Shuffled(PermutationGroup g, Random random)
    {
        var images = Enumerable.Range(0, g.Degree).ToArray();
        random.Shuffle(images);
        var s = Permutation.FromImages(images);
        var gens = g.Generators.Select(x => x.ConjugateBy(s)).ToArray();
        random.Shuffle(gens);
        return PermutationGroup.Create(g.Degree, gens);
    }
}
