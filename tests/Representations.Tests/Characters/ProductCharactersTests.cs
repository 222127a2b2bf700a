namespace Landscape.Symmetry.Representations.Tests.Characters;

public class ProductCharactersTests
{
    private static readonly SymmetricGroupCharacters Characters = new();

    [Fact]
    public void Tuples_have_value_equality_and_bracket_form()
    {
        var a = PartitionTuple.Of(Partition.Of(3, 1), Partition.Of(2));
        var b = new PartitionTuple(new[] { Partition.Of(1, 3), Partition.Of(2) });
        var swapped = PartitionTuple.Of(Partition.Of(2), Partition.Of(3, 1));
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, swapped);
        Assert.Equal("([3,1],[2])", a.ToString());
        Assert.Equal(new[] { 4, 2 }, a.Sizes);
    }

    [Theory]
    [InlineData(new[] { 3 })]
    [InlineData(new[] { 2, 2 })]
    [InlineData(new[] { 3, 2 })]
    [InlineData(new[] { 2, 1, 2 })]
    [InlineData(new[] { 4, 3 })]
    public void Irreducibles_are_orthonormal(int[] sizes) => AssertOrthonormal(sizes);

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 100)]
    public Property Irreducibles_are_orthonormal_for_random_small_Young_subgroups()
    {
        return Prop.ForAll(Generators.SmallFactorSizes(3, 4).ToArbitrary(), sizes => AssertOrthonormal(sizes));
    }

    private static void AssertOrthonormal(int[] sizes)
    {
        // (1/|H|) Σ_C |C| χ_a(C) χ_b(C) = δ_ab; all characters of S_n are real, so no conjugation.
        var labels = ProductCharacters.Labels(sizes).ToArray();
        var classes = ProductCharacters.Classes(sizes).ToArray();
        BigInteger order = sizes.Aggregate(BigInteger.One, (o, n) => o * Factorials.Of(n));
        Assert.Equal(order, classes.Aggregate(BigInteger.Zero, (s, c) => s + c.Size));
        Assert.Equal(labels.Length, classes.Length);
        Assert.Equal(labels.Length, labels.Distinct().Count());
        foreach (var a in labels)
            foreach (var b in labels)
            {
                BigInteger sum = 0;
                foreach (var (cycleTypes, size) in classes)
                    sum += size * ProductCharacters.Value(a, cycleTypes, Characters) * ProductCharacters.Value(b, cycleTypes, Characters);
                Assert.Equal(a.Equals(b) ? order : BigInteger.Zero, sum);
            }
    }

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 100)]
    public Property Degrees_multiply_and_their_squares_sum_to_the_order()
    {
        return Prop.ForAll(Generators.SmallFactorSizes(4, 5).ToArbitrary(), sizes =>
        {
            var identity = ProductCharacters.IdentityClass(sizes);
            BigInteger squares = 0;
            foreach (var label in ProductCharacters.Labels(sizes))
            {
                var degree = ProductCharacters.Degree(label);
                BigInteger factorProduct = label.Parts.Aggregate(BigInteger.One, (p, lambda) => p * new YoungDiagram(lambda).Degree());
                Assert.Equal(factorProduct, degree);
                Assert.Equal(degree, ProductCharacters.Value(label, identity, Characters));
                squares += degree * degree;
            }
            Assert.Equal(sizes.Aggregate(BigInteger.One, (o, n) => o * Factorials.Of(n)), squares);
            Assert.Equal(ProductCharacters.Order(sizes), squares);
        });
    }

    [Fact]
    public void Value_is_the_product_of_factor_values_on_a_hand_checked_case()
    {
        // S_3 × S_2: χ^[2,1]([3]) = −1 and χ^[1,1]([2]) = −1 (the sign), so the product is 1;
        // χ^[2,1]([1,1,1]) = 2 and χ^[2]([2]) = 1, so the product is 2.
        var label = PartitionTuple.Of(Partition.Of(2, 1), Partition.Of(1, 1));
        Assert.Equal(BigInteger.One, ProductCharacters.Value(label, PartitionTuple.Of(Partition.Of(3), Partition.Of(2))));
        Assert.Equal(new BigInteger(-2), ProductCharacters.Value(label, PartitionTuple.Of(Partition.Of(1, 1, 1), Partition.Of(2))));
        Assert.Equal(new BigInteger(2), ProductCharacters.Value(PartitionTuple.Of(Partition.Of(2, 1), Partition.Of(2)), PartitionTuple.Of(Partition.Of(1, 1, 1), Partition.Of(2))));
    }

    [Fact]
    public void Class_count_is_the_product_of_partition_numbers()
    {
        Assert.Equal(new BigInteger(3 * 2 * 5), ProductCharacters.ClassCount(new[] { 3, 2, 4 }));
        Assert.Equal(30, ProductCharacters.Classes(new[] { 3, 2, 4 }).Count());
    }

    [Fact]
    public void Mismatched_tuples_are_rejected_with_clear_messages()
    {
        var label = PartitionTuple.Of(Partition.Of(2, 1), Partition.Of(2));
        var tooFew = PartitionTuple.Of(Partition.Of(3));
        var wrongSize = PartitionTuple.Of(Partition.Of(2, 1), Partition.Of(1, 1, 1));
        var e1 = Assert.Throws<ArgumentException>(() => ProductCharacters.Value(label, tooFew));
        Assert.Contains("factors", e1.Message);
        var e2 = Assert.Throws<ArgumentException>(() => ProductCharacters.Value(label, wrongSize));
        Assert.Contains("Factor 2", e2.Message);
        Assert.Throws<ArgumentException>(() => new PartitionTuple(Array.Empty<Partition>()));
        Assert.Throws<ArgumentException>(() => ProductCharacters.Labels(new[] { 3, 0 }).ToList());
        Assert.Throws<ArgumentException>(() => ProductCharacters.Classes(Array.Empty<int>()).ToList());
        var e3 = Assert.Throws<ArgumentException>(() => ProductCharacters.CheckBelongs(wrongSize, new[] { 3, 2 }, "x"));
        Assert.Contains("does not belong", e3.Message);
    }
}
