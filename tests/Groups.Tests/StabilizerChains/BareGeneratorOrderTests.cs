using Landscape.Symmetry.Groups.Tests.Support;

namespace Landscape.Symmetry.Groups.Tests;

/// <summary>
/// Orders of groups given by bare generators only (labels shuffled by a random conjugation, no known
/// order): random Schreier–Sims towards the structural upper bound, checked against the orders of the
/// constructions by formula, the deterministic Schreier–Sims and, for small orders, the brute-force closure.
/// </summary>
public class BareGeneratorOrderTests
{
    private static BigInteger F(int n) => Factorials.Of(n);

    private static PermutationGroup Shuffled(PermutationGroup g, int seed) => Relabelling.Shuffled(g, seed);

    public static TheoryData<string, int, int> Wreaths => new()
    {
        { "S", 5, 8 }, { "S", 3, 12 }, { "S", 2, 30 }, { "S", 4, 10 }, { "S", 10, 3 }, { "A", 4, 6 }, { "C", 3, 9 },
    };

    [Theory]
    [MemberData(nameof(Wreaths))]
    public void Shuffled_wreath_products_have_the_order_of_the_formula(string kind, int k, int m)
    {
        var (inner, innerOrder) = kind switch
        {
            "S" => (Constructions.Symmetric(k), F(k)),
            "A" => (Constructions.Alternating(k), F(k) / 2),
            _ => (Constructions.Cyclic(k), new BigInteger(k)),
        };
        var g = Shuffled(Constructions.WreathProduct(inner, Constructions.Symmetric(m)), seed: 31 * k + m);
        Assert.Equal(BigInteger.Pow(innerOrder, m) * F(m), g.Order);
        Assert.Equal(StabilizerChainMethod.RandomizedToProvenBound, g.StabilizerChain.Method);
        Assert.Equal(g.Order, g.StabilizerChain.Order);
    }

    [Theory]
    [InlineData(4, 5)]
    [InlineData(6, 6)]
    [InlineData(3, 9)]
    public void Shuffled_cell_actions_have_order_k_factorial_times_d_factorial(int k, int d)
    {
        var g = Shuffled(MatrixCellAction.Full(k, d), seed: 7 * k + d);
        Assert.Equal(F(k) * F(d), g.Order);
        Assert.Equal(StabilizerChainMethod.RandomizedToProvenBound, g.StabilizerChain.Method);
    }

    [Fact]
    public void Shuffled_hyperoctahedral_group_of_degree_200_has_order_two_to_the_d_times_d_factorial()
    {
        var g = Shuffled(Constructions.Hyperoctahedral(100), seed: 3);
        Assert.Equal(BigInteger.Pow(2, 100) * F(100), g.Order);
    }

    [Fact]
    public void Intransitive_product_of_giants_with_a_sign_relation_is_counted_exactly()
    {
        // ⟨(σ, τ)⟩ with σ, τ odd on each orbit generates {(a, b) ∈ S₉ × S₁₀ : sgn a = sgn b} once the even parts are there.
        int n = 19;
        var gens = new[]
        {
            Permutation.FromCycles(n, new[] { 0, 1 }, new[] { 9, 10 }),
            Permutation.FromCycles(n, new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8 }),
            Permutation.FromCycles(n, new[] { 9, 10, 11, 12, 13, 14, 15, 16, 17, 18 }, new[] { 0, 1 }),
        };
        var g = Shuffled(PermutationGroup.Create(n, gens), seed: 5);
        var deterministic = StabilizerChain.Build(n, g.Generators, new SchreierSimsOptions { Deterministic = true });
        Assert.Equal(deterministic.Order, g.Order);
        Assert.Equal(F(9) * F(10) / 2, g.Order);
    }

    [Fact]
    public void A_diagonal_action_misses_the_bound_and_falls_back_to_verification()
    {
        // S₁₀ acting the same way on two copies of 10 points: the bound (10!/2)²·2 is far above 10!.
        int n = 20;
        var gens = new[]
        {
            Permutation.FromCycles(n, new[] { 0, 1 }, new[] { 10, 11 }),
            Permutation.FromCycles(n, Enumerable.Range(0, 10).ToArray(), Enumerable.Range(10, 10).ToArray()),
        };
        var g = Shuffled(PermutationGroup.Create(n, gens), seed: 9);
        Assert.Equal(F(10), g.Order);
        Assert.Equal(StabilizerChainMethod.RandomizedThenVerified, g.StabilizerChain.Method);
    }

    [Fact]
    public void A_chain_past_its_memory_limit_stops_with_a_message_naming_the_limit()
    {
        var g = Shuffled(Constructions.Hyperoctahedral(200), seed: 4);
        var error = Assert.Throws<InvalidOperationException>(() =>
            StabilizerChain.Build(g.Degree, g.Generators, new SchreierSimsOptions { MaxStoredIntegers = 100_000 }));
        Assert.Contains("the limit is 100000 stored integers", error.Message);
        Assert.Contains("degree 400", error.Message);
    }

    /// <summary>Random groups of degree 16–24 preserving a random block system, or with several orbits: the
    /// bound path against the deterministic Schreier–Sims, and against the closure when it is small.</summary>
    [Property(Replay = "(1515,11400714819323198485)", MaxTest = 40)]
    public Property Random_structured_groups_agree_with_deterministic_Schreier_Sims_and_closure() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), (int seed) =>
        {
            var random = new Random(seed);
            var g = random.Next(2) == 0 ? RandomBlockPreserving(random) : RandomSparse(random);
            var expected = StabilizerChain.Build(g.Degree, g.Generators, new SchreierSimsOptions { Deterministic = true }).Order;
            Assert.Equal(expected, g.Order);
            if (expected <= 20_000)
                Assert.Equal(expected, new BigInteger(NaiveGroup.Closure(g.Degree, g.Generators, 20_000).Count));
            foreach (var _ in Enumerable.Range(0, 5))
                Assert.True(g.Contains(g.RandomElement(random)));
        });

    /// <summary>Generators that permute the blocks {b·k, …, b·k+k−1} and act inside them: a subgroup of S_k ≀ S_m.</summary>
    private static PermutationGroup RandomBlockPreserving(Random random)
    {
        int k = random.Next(2, 5), m = random.Next(16 / k + 1, 24 / k + 1), n = k * m;
        var gens = new List<Permutation>();
        for (int t = random.Next(2, 4); t > 0; t--)
        {
            var top = Enumerable.Range(0, m).ToArray();
            random.Shuffle(top);
            var a = new int[n];
            for (int b = 0; b < m; b++)
            {
                var inside = Enumerable.Range(0, k).ToArray();
                if (random.Next(3) > 0) random.Shuffle(inside);
                for (int i = 0; i < k; i++) a[b * k + i] = top[b] * k + inside[i];
            }
            gens.Add(Permutation.FromImages(a));
        }
        return Shuffled(PermutationGroup.Create(n, gens), random.Next());
    }

    /// <summary>2–3 permutations each moving a few random points of 16–24: usually several orbits.</summary>
    private static PermutationGroup RandomSparse(Random random)
    {
        int n = random.Next(16, 25);
        var gens = new List<Permutation>();
        for (int t = random.Next(2, 4); t > 0; t--)
        {
            var points = Enumerable.Range(0, n).OrderBy(_ => random.Next()).Take(random.Next(3, 12)).ToArray();
            var images = points.ToArray();
            random.Shuffle(images);
            var a = Enumerable.Range(0, n).ToArray();
            for (int i = 0; i < points.Length; i++) a[points[i]] = images[i];
            gens.Add(Permutation.FromImages(a));
        }
        return PermutationGroup.Create(n, gens);
    }
}
