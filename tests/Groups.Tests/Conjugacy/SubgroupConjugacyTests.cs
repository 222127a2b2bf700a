namespace Landscape.Symmetry.Groups.Tests.Conjugacy;

public class SubgroupConjugacyTests
{
    private static Permutation P(string cycles, int n) => Permutation.Parse(cycles, n);

    private static PermutationGroup G(int n, params string[] gens) => PermutationGroup.Create(n, gens.Select(g => P(g, n)));

    /// <summary>H^σ = K, checked from the definition: every conjugated generator lies in K and the orders agree.</summary>
    private static void AssertConjugates(PermutationGroup h, PermutationGroup k, Permutation? sigma)
    {
        Assert.NotNull(sigma);
        Assert.Equal(h.Order, k.Order);
        foreach (var g in h.Generators) Assert.True(k.Contains(g.ConjugateBy(sigma!)), $"{g}^{sigma} is not in {k}");
    }

    private static Permutation RandomPermutation(Random random, int n)
    {
        var a = Enumerable.Range(0, n).ToArray();
        random.Shuffle(a);
        return Permutation.FromImages(a);
    }

    private static Permutation RandomSparse(Random random, int n)
    {
        var a = Enumerable.Range(0, n).ToArray();
        int k = random.Next(1, n + 1);
        var support = a.OrderBy(_ => random.Next()).Take(k).ToArray();
        var images = support.OrderBy(_ => random.Next()).ToArray();
        for (int t = 0; t < k; t++) a[support[t]] = images[t];
        return Permutation.FromImages(a);
    }

    [Fact]
    public void Agrees_with_trying_every_permutation_for_degree_up_to_6()
    {
        var random = new Random(5);
        int conjugate = 0, notConjugate = 0;
        for (int trial = 0; trial < 160; trial++)
        {
            int n = random.Next(2, 7);
            var hGens = Enumerable.Range(0, random.Next(1, 3)).Select(_ => RandomSparse(random, n)).ToArray();
            // Half the time K is a conjugate of H with its generators shuffled into new products, half the time another random group.
            Permutation[] kGens;
            if (trial % 2 == 0)
            {
                var s = RandomPermutation(random, n);
                var conj = hGens.Select(g => g.ConjugateBy(s)).ToArray();
                kGens = conj.Length == 2 ? new[] { conj[0] * conj[1], conj[1] } : conj;
            }
            else kGens = Enumerable.Range(0, hGens.Length).Select(_ => RandomSparse(random, n)).ToArray();
            var h = PermutationGroup.Create(n, hGens);
            var k = PermutationGroup.Create(n, kGens);
            bool expected = NaiveSubgroupConjugacy.AreConjugate(n, hGens, kGens);
            var sigma = SubgroupConjugacy.FindConjugator(h, k);
            var searched = SubgroupConjugacy.FindConjugatorBySearch(h, k);
            Assert.True(expected == (sigma is not null), $"{h} vs {k}: brute force says {expected}");
            Assert.True(expected == (searched is not null), $"{h} vs {k} (search alone): brute force says {expected}");
            if (expected) { AssertConjugates(h, k, sigma); AssertConjugates(h, k, searched); conjugate++; }
            else notConjugate++;
        }
        Assert.True(conjugate > 40 && notConjugate > 20, $"{conjugate} conjugate and {notConjugate} non-conjugate pairs");
    }

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 80)]
    public Property Finds_a_conjugator_for_random_conjugates_up_to_degree_8()
    {
        var arb = Gen.Choose(2, 8).SelectMany(n =>
            Gen.Choose(1, 2).SelectMany(count =>
                Gen.CollectToArray(Enumerable.Range(0, count), _ => Gen.OneOf(Gens.Permutation(n), Gens.SparsePermutation(n)))
                    .SelectMany(gens => Gens.Permutation(n).Select(sigma => (n, gens, sigma))))).Arb();
        return Prop.ForAll(arb, c =>
        {
            var h = PermutationGroup.Create(c.n, c.gens);
            var k = PermutationGroup.Create(c.n, c.gens.Select(g => g.ConjugateBy(c.sigma)).Reverse());
            AssertConjugates(h, k, SubgroupConjugacy.FindConjugator(h, k));
            AssertConjugates(h, k, SubgroupConjugacy.FindConjugatorBySearch(h, k));
        });
    }

    [Fact]
    public void Equal_orders_but_not_conjugate()
    {
        Assert.Null(SubgroupConjugacy.FindConjugator(G(4, "(1,2)(3,4)"), G(4, "(1,2)")));
        // The two classes of Klein four-groups in S₄: the normal one is transitive, the other is not.
        var normal = G(4, "(1,2)(3,4)", "(1,3)(2,4)");
        var other = G(4, "(1,2)", "(3,4)");
        Assert.Null(SubgroupConjugacy.FindConjugator(normal, other));
        Assert.Null(SubgroupConjugacy.FindConjugatorBySearch(normal, other));
        // C₄ and V₄ acting regularly on 4 points: same orbits, different cycle types.
        Assert.Null(SubgroupConjugacy.FindConjugator(G(4, "(1,2,3,4)"), normal));
        Assert.Null(SubgroupConjugacy.FindConjugatorBySearch(G(4, "(1,2,3,4)"), normal));
    }

    [Fact]
    public void Regular_Z4xZ4_and_Z4_semidirect_Z4_agree_on_every_invariant_but_are_not_conjugate()
    {
        // Both have order 16, one orbit, and 1, 3, 12 elements of orders 1, 2, 4, so the regular
        // representations have equal cycle-type counts; only the search can tell them apart.
        var abelian = Regular16(twist: false);
        var twisted = Regular16(twist: true);
        Assert.Null(SubgroupConjugacy.FirstDifference(abelian, twisted));
        Assert.Null(SubgroupConjugacy.FindConjugator(abelian, twisted));
        var shuffled = PermutationGroup.Create(16, twisted.Generators.Select(g => g.ConjugateBy(RandomPermutation(new Random(3), 16))));
        AssertConjugates(twisted, shuffled, SubgroupConjugacy.FindConjugator(twisted, shuffled));
    }

    /// <summary>Z₄ ⋉ Z₄ (b acting on a by inversion when twisted) on its 16 elements (a, b) ↦ 4a + b by right multiplication.</summary>
    private static PermutationGroup Regular16(bool twist)
    {
        int Mul(int x, int y)
        {
            int a1 = x / 4, b1 = x % 4, a2 = y / 4, b2 = y % 4;
            int a = twist && b1 % 2 == 1 ? a1 - a2 : a1 + a2;
            return ((a % 4 + 4) % 4) * 4 + (b1 + b2) % 4;
        }
        Permutation Right(int y) => Permutation.FromImages(Enumerable.Range(0, 16).Select(x => Mul(x, y)).ToArray());
        return PermutationGroup.Create(16, new[] { Right(4), Right(1) });
    }

    [Fact]
    public void The_two_A7_classes_of_PSL27_fuse_in_S7_by_an_odd_permutation()
    {
        // PSL(3,2) ≅ PSL(2,7) as collineations of the Fano plane with lines {i, i+1, i+3} mod 7.
        var h = G(7, "(1,2,3,4,5,6,7)", "(2,3,5)(4,7,6)", "(1,2)(3,6)");
        Assert.Equal(168, (int)h.Order);
        var other = PermutationGroup.Create(7, h.Generators.Select(g => g.ConjugateBy(P("(1,2)", 7))));
        var sigma = SubgroupConjugacy.FindConjugator(h, other);
        AssertConjugates(h, other, sigma);
        // N_{S₇}(H) = H ≤ A₇, so every conjugator lies in the coset H·(1,2) and is odd.
        Assert.Equal(-1, sigma!.Sign());
    }

    [Fact]
    public void Young_subgroups_and_wreath_products_of_degree_30_and_more()
    {
        var random = new Random(8);
        var young = Constructions.DirectProduct(Constructions.DirectProduct(Constructions.Symmetric(10), Constructions.Symmetric(10)),
            Constructions.DirectProduct(Constructions.Symmetric(6), Constructions.Symmetric(6)));
        var wreath = Constructions.WreathProduct(Constructions.Symmetric(4), Constructions.Symmetric(8));
        var wreath2 = Constructions.WreathProduct(Constructions.Symmetric(8), Constructions.Symmetric(4));
        var sixes = Constructions.WreathProduct(Constructions.Symmetric(6), Constructions.Symmetric(5));
        var fives = Constructions.WreathProduct(Constructions.Symmetric(5), Constructions.Symmetric(6));
        foreach (var g in new[] { young, wreath })
        {
            var s = RandomPermutation(random, g.Degree);
            var k = PermutationGroup.Create(g.Degree, g.Generators.Select(x => x.ConjugateBy(s)), g.Order);
            var sigma = Bounded.Run(() => SubgroupConjugacy.FindConjugator(g, k), 60, $"conjugacy of {g.Degree}-point groups");
            AssertConjugates(g, k, sigma);
        }
        Assert.Null(SubgroupConjugacy.FindConjugator(wreath, wreath2));
        Assert.Null(SubgroupConjugacy.FindConjugator(sixes, fives));
    }

    [Fact]
    public void Different_degrees_are_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => SubgroupConjugacy.FindConjugator(Constructions.Symmetric(3), Constructions.Symmetric(4)));
        Assert.Contains("degrees 3 and 4", e.Message);
    }
}

public class SubgroupConjugacyGiantTests
{
    [Fact]
    public void Giants_of_large_degree_are_decided_without_a_search()
    {
        var s = Constructions.Symmetric(300);
        var relabelled = PermutationGroup.Create(300, new[] { Permutation.FromCycles(300, new[] { 5, 6 }), Permutation.FromCycles(300, Enumerable.Range(0, 300).Reverse().ToArray()) });
        var sigma = Bounded.Run(() => SubgroupConjugacy.FindConjugator(s, relabelled), 30, "S_300 against a relabelled S_300");
        Assert.NotNull(sigma);
        Assert.Null(Bounded.Run(() => SubgroupConjugacy.FindConjugator(s, Constructions.Alternating(300)), 30, "S_300 against A_300"));
    }
}
