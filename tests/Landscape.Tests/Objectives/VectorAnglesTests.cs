using System.Runtime.Intrinsics;

namespace Landscape.Symmetry.Landscape.Tests.Objectives;

public sealed class VectorAnglesTests
{
    [Fact]
    public void Acos_agrees_with_math_acos_across_the_whole_range()
    {
        // A fine grid, both ends, the ½ seam of the two branches, and random points; Math.Acos is the oracle.
        var xs = new List<double> { -1, 1, 0, -0.5, 0.5, Math.BitDecrement(0.5), Math.BitIncrement(0.5), -Math.BitIncrement(0.5), 1e-300, -1e-17 };
        for (int t = -20000; t <= 20000; t++) xs.Add(t / 20000.0);
        var rng = new Random(3);
        for (int t = 0; t < 20000; t++) xs.Add(2 * rng.NextDouble() - 1);
        while (xs.Count % 4 != 0) xs.Add(0.25);
        double worst = 0, worstSupplement = 0;
        for (int t = 0; t < xs.Count; t += 4)
        {
            var x = Vector256.Create(xs[t], xs[t + 1], xs[t + 2], xs[t + 3]);
            var (theta, supplement) = VectorAngles.AcosAndSupplement(x);
            for (int l = 0; l < 4; l++)
            {
                worst = Math.Max(worst, Math.Abs(theta[l] - Math.Acos(x[l])));
                worstSupplement = Math.Max(worstSupplement, Math.Abs(supplement[l] - Math.Acos(-x[l])));
            }
        }
        Assert.True(worst < 1e-15, $"max |acos error| {worst}");
        Assert.True(worstSupplement < 1e-15, $"max |π − acos error| {worstSupplement}");
    }

    [Fact]
    public void Acos_is_accurate_relative_to_small_angles_near_one()
    {
        // acos(1 − h) ≈ √(2h)(1 + h/12): the half-angle branch keeps relative accuracy where θ is small.
        foreach (double h in new[] { 1e-4, 1e-8, 1e-12 })
        {
            double x = 1 - h, exact = Math.Acos(x);
            double got = VectorAngles.Acos(Vector256.Create(x))[0];
            Assert.True(Math.Abs(got - exact) <= 4e-16 * exact, $"h = {h}: {got} vs {exact}");
        }
    }
}
