using System.Runtime.Intrinsics;

namespace Landscape.Symmetry.Landscape.Tests.Objectives;

public class VectorAnglesInterleavedTests
{
    private static readonly double[] Special = [-1, 1, 0, -0.0, 0.5, -0.5, 0.5000000000000001, -0.49999999999999994, 1.5, -2, double.NaN, 1e-300, -1e-17];

    [Property(Replay = "(20261203,11400714819323198485)", MaxTest = 300)]
    public Property Four_series_side_by_side_give_the_numbers_of_one_at_a_time_bit_for_bit() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue - 1).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            double Next() => random.Next(4) == 0 ? Special[random.Next(Special.Length)] : 2.2 * random.NextDouble() - 1.1;
            Span<Vector256<double>> x = stackalloc Vector256<double>[4], theta = stackalloc Vector256<double>[4], pmt = stackalloc Vector256<double>[4];
            for (int q = 0; q < 4; q++) x[q] = Vector256.Create(Next(), Next(), Next(), Next());
            VectorAngles.AcosAndSupplement(x, theta, pmt);
            for (int q = 0; q < 4; q++)
            {
                var (t, p) = VectorAngles.AcosAndSupplement(x[q]);
                Assert.Equal(t.AsInt64(), theta[q].AsInt64());
                Assert.Equal(p.AsInt64(), pmt[q].AsInt64());
            }
        });
}
