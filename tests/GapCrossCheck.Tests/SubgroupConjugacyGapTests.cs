using Landscape.Symmetry.Groups;
using Xunit;

namespace Landscape.Symmetry.GapCrossCheck.Tests;

/// <summary>
/// SubgroupConjugacy against GAP's IsConjugate(SymmetricGroup(n), H, K) on random pairs of degree 7–10
/// where K's generators have the same cycle types as H's (so orders and orbit structures often agree
/// and the search, not the invariants, has to decide), and against IsConjugate(AlternatingGroup(n), …).
/// </summary>
public class SubgroupConjugacyGapTests
{
    [Fact]
    public void Agrees_with_GAP_on_random_pairs_with_matching_generator_cycle_types()
    {
        var random = new Random(17);
        var pairs = new List<(int N, Permutation[] H, Permutation[] K)>();
        for (int trial = 0; trial < 150; trial++)
        {
            int n = random.Next(7, 11);
            var h = Enumerable.Range(0, 2).Select(_ => Sparse(random, n)).ToArray();
            // K shares H's first generator half the time, which makes equal orders and orbit structures likely.
            var k = new[] { trial % 2 == 0 ? h[0] : SameCycleType(random, h[0]), SameCycleType(random, h[1]) };
            pairs.Add((n, h, k));
        }
        var script = "SizeScreen([4000, 24]);;\n" + string.Join("\n", pairs.Select(p =>
            $"H := Group([{string.Join(",", p.H)}], ());; K := Group([{string.Join(",", p.K)}], ());; " +
            $"Print(IsConjugate(SymmetricGroup({p.N}), H, K), \" \", IsConjugate(AlternatingGroup({p.N}), H, K), \"\\n\");"));
        var lines = GapSession.Run(script).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(pairs.Count, lines.Length);
        int yes = 0, sameOrderNo = 0;
        for (int i = 0; i < pairs.Count; i++)
        {
            var (n, hg, kg) = pairs[i];
            var h = PermutationGroup.Create(n, hg);
            var k = PermutationGroup.Create(n, kg);
            var sigma = SubgroupConjugacy.FindConjugator(h, k);
            var even = SubgroupConjugacy.FindConjugatorInAlternating(h, k);
            var ours = $"{(sigma is not null ? "true" : "false")} {(even is not null ? "true" : "false")}";
            Assert.True(lines[i].Trim() == ours, $"{h} vs {k}: GAP says {lines[i].Trim()}, we say {ours}");
            if (sigma is not null) yes++;
            else if (h.Order == k.Order) sameOrderNo++;
        }
        Assert.True(yes >= 10, $"only {yes} conjugate pairs");
        Assert.True(sameOrderNo >= 3, $"only {sameOrderNo} non-conjugate pairs of equal order");
    }

    private static Permutation Sparse(Random random, int n)
    {
        var a = Enumerable.Range(0, n).ToArray();
        int k = random.Next(2, 6); // small supports: smaller groups, more pairs of equal order
        var support = a.OrderBy(_ => random.Next()).Take(k).ToArray();
        var images = support.OrderBy(_ => random.Next()).ToArray();
        for (int t = 0; t < k; t++) a[support[t]] = images[t];
        return Permutation.FromImages(a);
    }

    /// <summary>A random conjugate of g: same cycle type, cycles filled with a random relabelling.</summary>
    private static Permutation SameCycleType(Random random, Permutation g)
    {
        var s = Enumerable.Range(0, g.Degree).ToArray();
        random.Shuffle(s);
        return g.ConjugateBy(Permutation.FromImages(s));
    }
}
