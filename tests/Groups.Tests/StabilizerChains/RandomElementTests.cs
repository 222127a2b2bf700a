namespace Landscape.Symmetry.Groups.Tests;

/// <summary>
/// Random elements: membership, reproducibility and a loose uniformity sanity check with a fixed
/// seed (bounds of about ten standard deviations, so a correct uniform sampler cannot fail them by chance).
/// </summary>
public class RandomElementTests
{
    [Fact]
    public void Same_seed_gives_the_same_sequence_and_different_seeds_differ()
    {
        var g = Constructions.WreathProduct(Constructions.Symmetric(3), Constructions.Symmetric(3));
        var a = g.RandomElements(123).Take(40).ToList();
        Assert.Equal(a, g.RandomElements(123).Take(40).ToList());
        // Two seeds giving 40 identical draws from a group of order 1296 would be a broken seed.
        Assert.NotEqual(a, g.RandomElements(124).Take(40).ToList());
        var closure = NaiveGroup.Closure(9, g.Generators);
        Assert.All(a, x => Assert.Contains(x, closure));
    }

    [Fact]
    public void Chain_random_elements_of_S4_are_roughly_uniform()
    {
        // 24 elements, 48000 draws: each count has mean 2000 and standard deviation about 44.
        var g = Constructions.Symmetric(4);
        var counts = g.RandomElements(2024).Take(48_000).GroupBy(x => x).ToDictionary(x => x.Key, x => x.Count());
        Assert.Equal(24, counts.Count);
        Assert.All(counts.Values, c => Assert.InRange(c, 1500, 2500));
    }

    [Fact]
    public void Chain_random_elements_of_a_non_giant_are_roughly_uniform()
    {
        // D_5 on 5 points has 10 elements; 30000 draws: mean 3000, standard deviation about 52.
        var g = Constructions.Dihedral(5);
        var closure = NaiveGroup.Closure(5, g.Generators);
        var counts = g.RandomElements(77).Take(30_000).GroupBy(x => x).ToDictionary(x => x.Key, x => x.Count());
        Assert.True(closure.SetEquals(counts.Keys));
        Assert.All(counts.Values, c => Assert.InRange(c, 2400, 3600));
    }

    [Fact]
    public void Giant_random_elements_have_uniform_images_and_the_right_parity()
    {
        // A_10 and S_10 take the giant path (no chain). The image of a point is uniform on 10 values:
        // 20000 draws, mean 2000, standard deviation about 42 per value.
        var a10 = PermutationGroup.Create(10, Constructions.Alternating(10).Generators);
        Assert.Equal(GiantKind.Alternating, a10.Giant);
        var aSample = a10.RandomElements(5).Take(20_000).ToList();
        Assert.All(aSample, x => Assert.Equal(1, NaiveGroup.SignByInversions(x)));
        Assert.All(aSample.GroupBy(x => x[3]).Select(grp => grp.Count()), c => Assert.InRange(c, 1500, 2500));
        Assert.Equal(10, aSample.Select(x => x[3]).Distinct().Count());

        var s10 = PermutationGroup.Create(10, Constructions.Symmetric(10).Generators);
        Assert.Equal(GiantKind.Symmetric, s10.Giant);
        var sSample = s10.RandomElements(6).Take(20_000).ToList();
        // Half the permutations are odd: mean 10000, standard deviation about 71.
        Assert.InRange(sSample.Count(x => x.Sign() < 0), 9000, 11000);
        Assert.All(sSample.GroupBy(x => x[0]).Select(grp => grp.Count()), c => Assert.InRange(c, 1500, 2500));
    }

    [Fact]
    public void Random_elements_of_a_large_imprimitive_group_preserve_its_blocks()
    {
        // S_5 wr S_40 on 200 points: every element maps each block of 5 points onto a block.
        var w = Constructions.WreathProduct(Constructions.Symmetric(5), Constructions.Symmetric(40));
        foreach (var x in w.RandomElements(9).Take(30))
        {
            for (int b = 0; b < 40; b++)
            {
                int target = x[5 * b] / 5;
                for (int i = 1; i < 5; i++) Assert.Equal(target, x[5 * b + i] / 5);
            }
            Assert.True(w.Contains(x));
        }
    }
}
