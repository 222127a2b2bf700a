namespace Landscape.Symmetry.Groups.Tests;

/// <summary>
/// Stabilizer chains and groups checked against the brute-force closure, on random small groups
/// (2–3 random generators of degree ≤ 8, block-preserving generators) and named constructions.
/// </summary>
public class SchreierSimsProperties
{
    private static readonly FsCheck.Arbitrary<GroupCase> Groups = Gens.SmallGroup().Arb();

    /// <summary>The three ways to complete a chain, each compared with the closure.</summary>
    private static IEnumerable<(string Name, StabilizerChain Chain, StabilizerChainMethod Expected)> AllChains(GroupCase c, int closureSize)
    {
        var trivial = c.Generators.All(g => g.IsIdentity);
        yield return ("known order", StabilizerChain.Build(c.Degree, c.Generators, new SchreierSimsOptions { KnownOrder = closureSize, Seed = 3 }),
            trivial ? StabilizerChainMethod.Trivial : StabilizerChainMethod.RandomizedWithKnownOrder);
        yield return ("deterministic", StabilizerChain.Build(c.Degree, c.Generators, new SchreierSimsOptions { Deterministic = true }),
            trivial ? StabilizerChainMethod.Trivial : StabilizerChainMethod.Deterministic);
        yield return ("randomized then verified", StabilizerChain.Build(c.Degree, c.Generators, new SchreierSimsOptions { Seed = 11 }),
            trivial ? StabilizerChainMethod.Trivial : StabilizerChainMethod.RandomizedThenVerified);
        // A randomized run that verifies after a single quiet sift exercises the verification step hardest.
        yield return ("randomized, early verification", StabilizerChain.Build(c.Degree, c.Generators,
                new SchreierSimsOptions { Seed = 5, ConsecutiveSiftsBeforeVerification = 1 }),
            trivial ? StabilizerChainMethod.Trivial : StabilizerChainMethod.RandomizedThenVerified);
        yield return ("default options", StabilizerChain.Build(c.Degree, c.Generators),
            trivial ? StabilizerChainMethod.Trivial : StabilizerChainMethod.RandomizedThenVerified);
    }

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 150)]
    public Property Order_equals_closure_size_for_every_construction_method() =>
        Prop.ForAll(Groups, c =>
        {
            var closure = NaiveGroup.Closure(c.Degree, c.Generators);
            if (c.ExpectedOrder is { } expected) Assert.Equal(expected, new BigInteger(closure.Count));
            Assert.Equal(new BigInteger(closure.Count), c.Create().Order);
            var declared = PermutationGroup.Create(c.Degree, c.Generators, closure.Count);
            Assert.Equal(new BigInteger(closure.Count), declared.Order);
            Assert.Equal(new BigInteger(closure.Count), declared.StabilizerChain.Order);
            foreach (var (name, chain, method) in AllChains(c, closure.Count))
            {
                Assert.True(new BigInteger(closure.Count) == chain.Order, $"{name}: chain order {chain.Order}, closure {closure.Count}");
                Assert.Equal(method, chain.Method);
            }
        });

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Chain_with_a_base_prefix_has_the_right_order_and_base() =>
        Prop.ForAll(Gens.SmallGroup().SelectMany(c => Gen.Shuffle(Enumerable.Range(0, c.Degree).ToArray())
            .SelectMany(perm => Gen.Choose(0, Math.Min(3, c.Degree)).Select(k => (c, prefix: perm.Take(k).ToArray())))).Arb(), t =>
        {
            var (c, prefix) = t;
            var closure = NaiveGroup.Closure(c.Degree, c.Generators);
            foreach (bool deterministic in new[] { false, true })
                foreach (BigInteger? known in new BigInteger?[] { null, closure.Count })
                {
                    var chain = StabilizerChain.Build(c.Degree, c.Generators,
                        new SchreierSimsOptions { BasePrefix = prefix, Deterministic = deterministic, KnownOrder = known });
                    Assert.Equal(new BigInteger(closure.Count), chain.Order);
                    Assert.Equal(prefix, chain.Base.Take(prefix.Length));
                    Assert.Equal(chain.Base.Length, chain.Base.Distinct().Count());
                }
        });

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 60)]
    public Property Basic_orbits_are_orbits_of_the_pointwise_stabilizers() =>
        Prop.ForAll(Groups, c =>
        {
            var closure = NaiveGroup.Closure(c.Degree, c.Generators);
            foreach (var (name, chain, _) in AllChains(c, closure.Count))
            {
                IEnumerable<Permutation> stabilizer = closure;
                for (int i = 0; i < chain.Base.Length; i++)
                {
                    int b = chain.Base[i];
                    var level = stabilizer.ToList();
                    Assert.Equal(NaiveGroup.Orbit(level, b), new SortedSet<int>(chain.BasicOrbit(i)));
                    Assert.Equal(chain.BasicOrbit(i).Count, chain.BasicOrbit(i).Distinct().Count());
                    // Generators of G^(i) lie in G and fix the first i base points; they generate G^(i).
                    var gens = chain.GeneratorsOfStabilizer(i);
                    Assert.All(gens, g => Assert.Contains(g, closure));
                    Assert.All(gens, g => Assert.All(chain.Base.Take(i), x => Assert.Equal(x, g[x])));
                    Assert.Equal(level.Count, NaiveGroup.Closure(c.Degree, gens).Count);
                    // Coset representatives map the base point to each orbit point and lie in G^(i).
                    foreach (var beta in chain.BasicOrbit(i))
                    {
                        var u = chain.Representative(i, beta);
                        Assert.Equal(beta, u[b]);
                        Assert.Contains(u, level);
                    }
                    stabilizer = level.Where(g => g[b] == b);
                }
                // The last stabilizer is trivial: the base is a base.
                Assert.Single(stabilizer);
                Assert.All(chain.StrongGenerators(), g => Assert.Contains(g, closure));
            }
        });

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Products_of_generators_are_members() =>
        Prop.ForAll(Gens.SmallGroup().SelectMany(c =>
            Gen.ListOf(Gen.Choose(0, Math.Max(0, 2 * c.Generators.Count - 1)), 12).Select(w => (c, word: w.ToArray()))).Arb(), t =>
        {
            var (c, word) = t;
            var g = c.Create();
            var x = Permutation.Identity(c.Degree);
            foreach (int letter in word)
            {
                if (c.Generators.Count == 0) break;
                var gen = c.Generators[letter / 2];
                x = x * (letter % 2 == 0 ? gen : gen.Inverse());
                Assert.True(g.Contains(x), $"{x} is a product of generators");
                Assert.True(g.StabilizerChain.Contains(x));
            }
        });

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Membership_of_random_permutations_agrees_with_the_closure() =>
        Prop.ForAll(Gens.SmallGroup().SelectMany(c => Gen.ListOf(Gens.Permutation(c.Degree), 25).Select(xs => (c, xs: xs.ToArray()))).Arb(), t =>
        {
            var (c, xs) = t;
            var closure = NaiveGroup.Closure(c.Degree, c.Generators);
            var g = c.Create();
            var chains = AllChains(c, closure.Count).ToList();
            // Random permutations of S_n (mostly outside) and elements of the closure (inside).
            var candidates = xs.Concat(closure.Take(25)).ToList();
            foreach (var x in candidates)
            {
                bool expected = closure.Contains(x);
                Assert.True(expected == g.Contains(x), $"Contains({x}) should be {expected}");
                foreach (var (name, chain, _) in chains)
                    Assert.True(expected == chain.Contains(x), $"{name}: Contains({x}) should be {expected}");
            }
        });

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Sifting_members_leaves_the_identity_and_non_members_do_not() =>
        Prop.ForAll(Gens.SmallGroup().SelectMany(c => Gen.ListOf(Gens.Permutation(c.Degree), 10).Select(xs => (c, xs: xs.ToArray()))).Arb(), t =>
        {
            var (c, xs) = t;
            var closure = NaiveGroup.Closure(c.Degree, c.Generators);
            var chain = c.Create().StabilizerChain;
            var rnd = new Random(c.Degree);
            for (int k = 0; k < 10; k++)
            {
                var member = chain.RandomElement(rnd);
                Assert.Contains(member, closure);
                var (residue, level) = chain.Sift(member);
                Assert.True(residue.IsIdentity);
                Assert.Equal(chain.Base.Length, level);
            }
            foreach (var x in xs.Where(x => !closure.Contains(x)))
            {
                var (residue, level) = chain.Sift(x);
                Assert.True(level < chain.Base.Length || !residue.IsIdentity, $"{x} is not in the group but sifted to the identity");
            }
        });

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Sift_residue_differs_from_the_input_by_a_group_element() =>
        Prop.ForAll(Gens.SmallGroup().SelectMany(c => Gens.Permutation(c.Degree).Select(x => (c, x))).Arb(), t =>
        {
            var (c, x) = t;
            var closure = NaiveGroup.Closure(c.Degree, c.Generators);
            var chain = c.Create().StabilizerChain;
            var (residue, level) = chain.Sift(x);
            // Sifting multiplies by inverses of coset representatives on the right: x = residue * u for some u in G.
            Assert.Contains(NaiveGroup.Mul(NaiveGroup.Inv(residue), x), closure);
            // The residue fixes the base points passed.
            for (int i = 0; i < level; i++) Assert.Equal(chain.Base[i], residue[chain.Base[i]]);
        });

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Elements_enumerates_the_closure_exactly_once() =>
        Prop.ForAll(Groups, c =>
        {
            var closure = NaiveGroup.Closure(c.Degree, c.Generators);
            var g = c.Create();
            var elements = g.Elements().ToList();
            Assert.Equal(closure.Count, elements.Count);
            Assert.True(closure.SetEquals(elements), "Elements() differs from the closure");
            foreach (var (name, chain, _) in AllChains(c, closure.Count))
            {
                var e = chain.Elements().ToList();
                Assert.Equal(closure.Count, e.Count);
                Assert.True(closure.SetEquals(e), $"{name}: Elements() differs from the closure");
            }
        });

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Random_elements_are_members_and_reproducible() =>
        Prop.ForAll(Gens.SmallGroup().SelectMany(c => Gen.Choose(0, 1_000_000).Select(seed => (c, seed))).Arb(), t =>
        {
            var (c, seed) = t;
            var closure = NaiveGroup.Closure(c.Degree, c.Generators);
            var g = c.Create();
            var first = g.RandomElements(seed).Take(30).ToList();
            Assert.All(first, x => Assert.Contains(x, closure));
            Assert.Equal(first, g.RandomElements(seed).Take(30));
            // A second group object with the same generators gives the same sequence.
            Assert.Equal(first, c.Create().RandomElements(seed).Take(30));
            var r1 = new Random(seed);
            var r2 = new Random(seed);
            for (int k = 0; k < 10; k++) Assert.Equal(g.RandomElement(r1), g.RandomElement(r2));
        });

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Subgroup_test_agrees_with_closures() =>
        Prop.ForAll(Gens.SmallGroup().SelectMany(c => Gens.SparsePermutation(c.Degree).Select(x => (c, x))).Arb(), t =>
        {
            var (c, x) = t;
            var closure = NaiveGroup.Closure(c.Degree, c.Generators);
            var g = c.Create();
            var h = PermutationGroup.Create(c.Degree, new[] { x });
            Assert.Equal(closure.Contains(x), h.IsSubgroupOf(g));
            Assert.True(g.IsSubgroupOf(PermutationGroup.Create(c.Degree, c.Generators.Append(x))));
            Assert.True(PermutationGroup.Trivial(c.Degree).IsSubgroupOf(g));
        });
}
