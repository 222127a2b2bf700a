using System.Numerics;

namespace Landscape.Symmetry.Landscape.Tests.Readings;

/// <summary>
/// <see cref="IsotropyReading"/> against a brute-force isotropy (every (π, ρ) in S_d × S_d) and the orbit–stabilizer
/// formula |S_d × S_d| / |G_W|; and the reading from block values (<see cref="IsotropyReading.OfReduced"/>) against the
/// exact one at the same block-constant point.
/// </summary>
public class IsotropyReadingTests
{
    [Theory]
    [InlineData(new[] { 4 }, 1)]
    [InlineData(new[] { 3, 1 }, 2)]
    [InlineData(new[] { 2, 2 }, 3)]
    [InlineData(new[] { 2, 1, 1 }, 4)]
    public void The_exact_reading_has_the_brute_force_order_fixed_dimension_and_orbit_size(int[] parts, int seed)
    {
        int d = parts.Sum();
        var x = BruteForceIsotropy.BlockConstant(parts, seed);
        var reading = IsotropyReading.Of(new ParameterLayout(d, d, false), x);
        var pairs = BruteForceIsotropy.Pairs(x, d, 1e-12);
        var dd = BruteForceIsotropy.Factorial(d);
        Assert.Equal(new BigInteger(pairs.Count), reading.Order);
        Assert.Equal(dd * dd / pairs.Count, reading.OrbitSize);
        Assert.Equal(BruteForceIsotropy.CellOrbits(pairs, d), reading.FixedDimension);
        // The isotropy of a generic block-constant point is exactly ΔS_{p1}×…: order Π pᵢ!.
        Assert.Equal(parts.Aggregate(BigInteger.One, (acc, p) => acc * BruteForceIsotropy.Factorial(p)), reading.Order);
        Assert.NotNull(reading.Group);
    }

    [Theory]
    [InlineData(new[] { 5, 1 }, 5)]
    [InlineData(new[] { 4, 2 }, 6)]
    [InlineData(new[] { 3, 2, 1 }, 7)]
    public void Reading_from_block_values_agrees_with_the_exact_reading(int[] parts, int seed)
    {
        int d = parts.Sum();
        var model = TwoLayerPopulationLoss.IdentityTeacher(d, d);
        var x = BruteForceIsotropy.BlockConstant(parts, seed);
        var reduced = ReducedPoint.TryRead(model, x);
        Assert.NotNull(reduced);
        var fromBlocks = IsotropyReading.OfReduced(reduced!, d, d);
        var exact = IsotropyReading.Of(model.Layout, x);
        Assert.Equal(exact.Name, fromBlocks.Name);
        Assert.Equal(exact.Order, fromBlocks.Order);
        Assert.Equal(exact.FixedDimension, fromBlocks.FixedDimension);
        Assert.Equal(exact.OrbitSize, fromBlocks.OrbitSize);
        Assert.Null(fromBlocks.Group);
    }
}
