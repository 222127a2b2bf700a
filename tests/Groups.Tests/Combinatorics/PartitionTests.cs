namespace Landscape.Symmetry.Groups.Tests;

public class PartitionTests
{
    [Theory]
    // p(n) from the OEIS (A000041).
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(5, 7)]
    [InlineData(10, 42)]
    [InlineData(20, 627)]
    [InlineData(50, 204226)]
    public void Count_matches_known_partition_numbers(int n, long expected) =>
        Assert.Equal(new BigInteger(expected), Partition.Count(n));

    [Fact]
    public void All_enumerates_each_partition_once()
    {
        for (int n = 0; n <= 15; n++)
        {
            var all = Partition.All(n).ToList();
            Assert.Equal(Partition.Count(n), new BigInteger(all.Count));
            Assert.Equal(all.Count, all.Distinct().Count());
            Assert.All(all, p => Assert.Equal(n, p.Size));
            Assert.All(all, p => Assert.True(p.Parts.SequenceEqual(p.Parts.OrderByDescending(x => x))));
        }
    }

    [Fact]
    public void Class_sizes_sum_to_n_factorial()
    {
        for (int n = 0; n <= 12; n++)
            Assert.Equal(Factorials.Of(n), Partition.All(n).Aggregate(BigInteger.Zero, (s, p) => s + p.ClassSize()));
    }

    [Fact]
    public void Class_sizes_agree_with_counting_cycle_types_in_S5()
    {
        var counts = NaiveGroup.Closure(5, Constructions.Symmetric(5).Generators)
            .GroupBy(g => g.CycleType()).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(7, counts.Count);
        foreach (var p in Partition.All(5))
            Assert.Equal(new BigInteger(counts[p]), p.ClassSize());
        // By hand: 20 three-cycles, z = 3*2 = 6 for [3,1,1].
        Assert.Equal(new BigInteger(20), Partition.Of(3, 1, 1).ClassSize());
        Assert.Equal(new BigInteger(6), Partition.Of(3, 1, 1).CentralizerOrder());
    }

    [Fact]
    public void Conjugate_is_an_involution_and_transposes_by_hand()
    {
        Assert.Equal(Partition.Of(3, 2, 1), Partition.Of(3, 2, 1).Conjugate());
        Assert.Equal(Partition.Of(2, 1, 1), Partition.Of(3, 1).Conjugate());
        Assert.Equal(Partition.Of(1, 1, 1, 1), Partition.Of(4).Conjugate());
        for (int n = 0; n <= 10; n++)
            foreach (var p in Partition.All(n)) Assert.Equal(p, p.Conjugate().Conjugate());
    }

    [Fact]
    public void Construction_sorts_and_drops_zeros()
    {
        var p = new Partition(new[] { 1, 0, 3, 2, 0 });
        Assert.Equal(new[] { 3, 2, 1 }, p.Parts);
        Assert.Equal(6, p.Size);
        Assert.Equal("[3,2,1]", p.ToString());
        Assert.Equal(new[] { (2, 2), (1, 1) }, Partition.Of(2, 1, 2).PartsWithMultiplicity());
    }
}
