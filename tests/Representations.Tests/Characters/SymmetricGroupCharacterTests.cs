namespace Landscape.Symmetry.Representations.Tests.Characters;

public class SymmetricGroupCharacterTests
{
    private static readonly SymmetricGroupCharacters Characters = new();

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(10)]
    public void Rows_are_orthonormal(int n)
    {
        // (1/n!) Σ_μ |C_μ| χ^λ(μ) χ^ν(μ) = δ_λν: the irreducible characters are orthonormal.
        var table = CharacterTable.OfSymmetricGroup(n, Characters);
        for (int a = 0; a < table.Partitions.Length; a++)
            for (int b = 0; b < table.Partitions.Length; b++)
            {
                var (num, den) = table.InnerProduct(table.Row(a), table.Row(b));
                Assert.Equal(a == b ? den : BigInteger.Zero, num);
            }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(9)]
    public void Columns_are_orthogonal_with_centralizer_orders(int n)
    {
        // Σ_λ χ^λ(μ) χ^λ(ν) = δ_μν z_μ (second orthogonality relation).
        var table = CharacterTable.OfSymmetricGroup(n, Characters);
        int k = table.Partitions.Length;
        for (int c = 0; c < k; c++)
            for (int d = 0; d < k; d++)
            {
                BigInteger sum = 0;
                for (int r = 0; r < k; r++) sum += table[r, c] * table[r, d];
                Assert.Equal(c == d ? table.Partitions[c].CentralizerOrder() : BigInteger.Zero, sum);
            }
    }

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 100)]
    public Property Value_at_the_identity_is_the_hook_length_degree()
    {
        return Prop.ForAll(Generators.Partitions(18).ToArbitrary(), lambda =>
        {
            var identity = Partition.Of(Enumerable.Repeat(1, lambda.Size).ToArray());
            return Characters.Value(lambda, identity) == new YoungDiagram(lambda).Degree();
        });
    }

    [Fact]
    public void Sum_of_squared_degrees_is_the_group_order()
    {
        for (int n = 1; n <= 12; n++)
        {
            BigInteger sum = 0;
            foreach (var lambda in Partition.All(n))
            {
                var d = new YoungDiagram(lambda).Degree();
                sum += d * d;
            }
            Assert.Equal(Factorials.Of(n), sum);
        }
    }

    [Fact]
    public void Trivial_sign_and_standard_characters_match_their_definitions()
    {
        // χ^[n] = 1, χ^[1^n] = sign, χ^[n-1,1] = (fixed points) − 1, on every class.
        for (int n = 2; n <= 9; n++)
            foreach (var mu in Partition.All(n))
            {
                int fixedPoints = mu.Parts.Count(p => p == 1);
                Assert.Equal(BigInteger.One, Characters.Value(Partition.Of(n), mu));
                Assert.Equal(new BigInteger(mu.Sign()), Characters.Value(Partition.Of(Enumerable.Repeat(1, n).ToArray()), mu));
                Assert.Equal(new BigInteger(fixedPoints - 1), Characters.Value(Partition.Of(n - 1, 1), mu));
            }
    }

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 100)]
    public Property Tensoring_with_the_sign_conjugates_the_shape()
    {
        // χ^{λ'} = sign · χ^λ.
        return Prop.ForAll(Generators.PartitionPairs(14).ToArbitrary(),
            pair => Characters.Value(pair.l.Conjugate(), pair.m) == pair.m.Sign() * Characters.Value(pair.l, pair.m));
    }

    [Fact]
    public void Permutation_character_on_pairs_decomposes_by_Youngs_rule()
    {
        // Sₙ on ordered pairs (i,j), i ≠ j, is induced from S_{n−2}: its character is
        // χ^[n] + 2χ^[n−1,1] + χ^[n−2,2] + χ^[n−2,1,1]; the value is the number of fixed ordered pairs.
        for (int n = 4; n <= 9; n++)
            foreach (var mu in Partition.All(n))
            {
                long f = mu.Parts.Count(p => p == 1);
                BigInteger fixedPairs = f * (f - 1);
                var expected = Characters.Value(Partition.Of(n), mu) + 2 * Characters.Value(Partition.Of(n - 1, 1), mu)
                    + Characters.Value(Partition.Of(n - 2, 2), mu) + Characters.Value(Partition.Of(n - 2, 1, 1), mu);
                Assert.Equal(fixedPairs, expected);
            }
    }

    [Fact]
    public void Known_values_of_S4()
    {
        // Rows [4],[3,1],[2,2],[2,1,1],[1^4]; columns 1, (12), (12)(34), (123), (1234) — standard table.
        var classes = new[] { Partition.Of(1, 1, 1, 1), Partition.Of(2, 1, 1), Partition.Of(2, 2), Partition.Of(3, 1), Partition.Of(4) };
        var expected = new Dictionary<Partition, int[]>
        {
            [Partition.Of(4)] = new[] { 1, 1, 1, 1, 1 },
            [Partition.Of(3, 1)] = new[] { 3, 1, -1, 0, -1 },
            [Partition.Of(2, 2)] = new[] { 2, 0, 2, -1, 0 },
            [Partition.Of(2, 1, 1)] = new[] { 3, -1, -1, 0, 1 },
            [Partition.Of(1, 1, 1, 1)] = new[] { 1, -1, 1, 1, -1 },
        };
        foreach (var (lambda, row) in expected)
            for (int j = 0; j < classes.Length; j++)
                Assert.Equal(new BigInteger(row[j]), Characters.Value(lambda, classes[j]));
    }

    [Fact]
    public void Single_values_reach_n_40()
    {
        // The hook length formula is an independent oracle at the identity; at an n-cycle χ^λ is
        // (−1)^k on hooks [n−k, 1^k] and 0 elsewhere.
        var lambda = Partition.Of(12, 10, 8, 5, 3, 2);
        Assert.Equal(new YoungDiagram(lambda).Degree(), Characters.Value(lambda, Partition.Of(Enumerable.Repeat(1, 40).ToArray())));
        Assert.Equal(BigInteger.Zero, Characters.Value(lambda, Partition.Of(40)));
        Assert.Equal(new BigInteger(-1), Characters.Value(Partition.Of(27, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), Partition.Of(40)));
    }

    [Fact]
    public void Bad_input_is_rejected_with_a_message()
    {
        var e = Assert.Throws<ArgumentException>(() => Characters.Value(Partition.Of(3), Partition.Of(2, 1, 1)));
        Assert.Contains("same n", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => CharacterTable.OfSymmetricGroup(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new YoungDiagram(Partition.Of(2, 1)).HookLength(1, 1));
    }
}
