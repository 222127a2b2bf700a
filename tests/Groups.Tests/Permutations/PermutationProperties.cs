namespace Landscape.Symmetry.Groups.Tests;

/// <summary>Algebraic laws of permutations on random permutations of degree 1..12.</summary>
public class PermutationProperties
{
    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Product_is_associative() =>
        Prop.ForAll(Gens.Triple().Arb(), t => Assert.Equal((t.Item1 * t.Item2) * t.Item3, t.Item1 * (t.Item2 * t.Item3)));

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Product_agrees_with_the_right_action_definition() =>
        Prop.ForAll(Gens.Pair().Arb(), t =>
        {
            var (p, q) = t;
            var pq = p * q;
            for (int i = 0; i < p.Degree; i++) Assert.Equal(q[p[i]], pq[i]);
            Assert.Equal(NaiveGroup.Mul(p, q), pq);
        });

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Identity_is_neutral_on_both_sides() =>
        Prop.ForAll(Gens.AnyPermutation().Arb(), p =>
        {
            var id = Permutation.Identity(p.Degree);
            Assert.Equal(p, p * id);
            Assert.Equal(p, id * p);
            Assert.True(id.IsIdentity);
        });

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Inverse_is_a_two_sided_inverse() =>
        Prop.ForAll(Gens.AnyPermutation().Arb(), p =>
        {
            Assert.True((p * p.Inverse()).IsIdentity);
            Assert.True((p.Inverse() * p).IsIdentity);
            Assert.Equal(NaiveGroup.Inv(p), p.Inverse());
            Assert.Equal(p, p.Inverse().Inverse());
        });

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Inverse_of_a_product_reverses_the_factors() =>
        Prop.ForAll(Gens.Pair().Arb(), t =>
            Assert.Equal(t.Item2.Inverse() * t.Item1.Inverse(), (t.Item1 * t.Item2).Inverse()));

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Order_is_the_least_power_giving_the_identity() =>
        Prop.ForAll(Gens.AnyPermutation().Arb(), p =>
        {
            var order = p.Order();
            Assert.True(p.Power(order).IsIdentity);
            Assert.Equal(new BigInteger(NaiveGroup.OrderByIteration(p)), order);
            // Order is the lcm of the cycle lengths, so every cycle length divides it.
            foreach (var part in p.CycleType().Parts) Assert.Equal(BigInteger.Zero, order % part);
        });

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Powers_add_exponents_and_agree_with_repeated_products() =>
        Prop.ForAll(Gens.AnyPermutation().SelectMany(p => Gen.Choose(-30, 30).SelectMany(a => Gen.Choose(-30, 30).Select(b => (p, a, b)))).Arb(), t =>
        {
            var (p, a, b) = t;
            Assert.Equal(p.Power(a + b), p.Power(a) * p.Power(b));
            var byProducts = NaiveGroup.Id(p.Degree);
            var step = a >= 0 ? p : NaiveGroup.Inv(p);
            for (int k = 0; k < Math.Abs(a); k++) byProducts = NaiveGroup.Mul(byProducts, step);
            Assert.Equal(byProducts, p.Power(a));
            Assert.Equal(p.Inverse(), p.Power(-1));
        });

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Sign_is_a_homomorphism_and_counts_inversions() =>
        Prop.ForAll(Gens.Pair().Arb(), t =>
        {
            var (p, q) = t;
            Assert.Equal(p.Sign() * q.Sign(), (p * q).Sign());
            Assert.Equal(NaiveGroup.SignByInversions(p), p.Sign());
            Assert.Equal(p.Sign(), p.CycleType().Sign());
            Assert.Equal(p.Sign(), p.Inverse().Sign());
        });

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Cycle_type_partitions_the_degree() =>
        Prop.ForAll(Gens.AnyPermutation().Arb(), p =>
        {
            var type = p.CycleType();
            Assert.Equal(p.Degree, type.Size);
            Assert.Equal(p.Degree, type.Parts.Sum());
            var cycles = p.Cycles();
            int fixedPoints = Enumerable.Range(0, p.Degree).Count(i => p[i] == i);
            Assert.Equal(p.Degree, cycles.Sum(c => c.Length) + fixedPoints);
            Assert.Equal(p.Degree - fixedPoints, p.MovedPointCount());
            // Cycle lengths (plus ones for fixed points) are exactly the parts.
            var lengths = cycles.Select(c => c.Length).Concat(Enumerable.Repeat(1, fixedPoints)).OrderByDescending(x => x);
            Assert.Equal(lengths, type.Parts);
        });

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Cycles_are_disjoint_start_at_their_minimum_and_follow_the_images() =>
        Prop.ForAll(Gens.AnyPermutation().Arb(), p =>
        {
            var seen = new HashSet<int>();
            int previousStart = -1;
            foreach (var c in p.Cycles())
            {
                Assert.True(c.Length >= 2);
                Assert.Equal(c.Min(), c[0]);
                Assert.True(c[0] > previousStart);
                previousStart = c[0];
                for (int t = 0; t < c.Length; t++)
                {
                    Assert.True(seen.Add(c[t]));
                    Assert.Equal(c[(t + 1) % c.Length], p[c[t]]);
                }
            }
            Assert.Equal(p, Permutation.FromCycles(p.Degree, p.Cycles().Select(c => (IReadOnlyList<int>)c).ToArray()));
        });

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Conjugation_is_g_inverse_p_g_and_preserves_cycle_type() =>
        Prop.ForAll(Gens.Pair().Arb(), t =>
        {
            var (p, g) = t;
            var c = p.ConjugateBy(g);
            Assert.Equal(g.Inverse() * p * g, c);
            Assert.Equal(NaiveGroup.Conj(p, g), c);
            // p^g maps i^g to (i^p)^g.
            for (int i = 0; i < p.Degree; i++) Assert.Equal(g[p[i]], c[g[i]]);
            Assert.Equal(p.CycleType(), c.CycleType());
        });

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Commutator_matches_the_definition() =>
        Prop.ForAll(Gens.Pair().Arb(), t =>
        {
            var (a, b) = t;
            Assert.Equal(NaiveGroup.Comm(a, b), a.CommutatorWith(b));
            Assert.Equal(NaiveGroup.Commute(a, b), a.CommutatorWith(b).IsIdentity);
        });

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 300)]
    public Property Parse_and_print_round_trip() =>
        Prop.ForAll(Gens.AnyPermutation().Arb(), p =>
        {
            var text = p.ToString();
            Assert.Equal(p, Permutation.Parse(text, p.Degree));
            Assert.Equal(text, Permutation.Parse(text, p.Degree).ToString());
            // Without a degree, the degree is the largest moved point; the images agree there.
            var shortest = Permutation.Parse(text);
            int largestMoved = Enumerable.Range(0, p.Degree).Where(i => p[i] != i).DefaultIfEmpty(-1).Max();
            Assert.Equal(largestMoved + 1, shortest.Degree);
            Assert.Equal(p, shortest.Extend(p.Degree));
        });

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Parse_accepts_cycles_in_any_order_and_rotation() =>
        Prop.ForAll(Gens.AnyPermutation().SelectMany(p => Gen.Choose(0, 1000).Select(s => (p, s))).Arb(), t =>
        {
            var (p, salt) = t;
            // Rotate each cycle and reverse the list of cycles, then add spaces: the same permutation.
            var cycles = p.Cycles().Select((c, k) =>
            {
                int r = (salt + k) % c.Length;
                return c.Skip(r).Concat(c.Take(r)).ToArray();
            }).Reverse();
            var text = string.Concat(cycles.Select(c => "( " + string.Join(" , ", c.Select(x => x + 1)) + " )"));
            if (text.Length == 0) text = "()";
            Assert.Equal(p, Permutation.Parse(text, p.Degree));
        });

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property FromImages_round_trips_and_equal_permutations_hash_equally() =>
        Prop.ForAll(Gens.AnyPermutation().Arb(), p =>
        {
            var copy = Permutation.FromImages(p.Images.ToArray());
            Assert.Equal(p, copy);
            Assert.Equal(p.GetHashCode(), copy.GetHashCode());
            Assert.True(p == copy);
        });

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Extend_commutes_with_products() =>
        Prop.ForAll(Gens.Pair(10).Arb(), t =>
        {
            var (p, q) = t;
            int n = p.Degree + 2;
            Assert.Equal((p * q).Extend(n), p.Extend(n) * q.Extend(n));
            Assert.Equal(p.Order(), p.Extend(n).Order());
            Assert.Equal(p.Sign(), p.Extend(n).Sign());
        });
}
