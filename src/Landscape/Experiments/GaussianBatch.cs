using System.Numerics;
using System.Runtime.Intrinsics;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// Standard Gaussian samples in bulk for SGD batches: xoshiro256** uniforms (seeded through SplitMix64) turned into
/// pairs of normals by the Box–Muller transform, four pairs at a time with 256-bit vector log, sin and cos.
/// </summary>
/// <remarks>
/// A pure function of the seed and the length: the same seed gives the same numbers on any thread and in any sweep.
/// u₁ is taken in (0, 1] so that log u₁ is finite; the radius √(−2 log u₁) then caps |z| at about 8.6, a tail
/// probability below 1e-17 per sample, far beyond anything a batch of SGD can resolve.
/// </remarks>
public static class GaussianBatch
{
    private const double TwoPi = 2 * Math.PI;
    private const double Unit = 1.0 / (1UL << 53);

    /// <summary>Overwrites <paramref name="output"/> with independent N(0, 1) samples determined by <paramref name="seed"/>.</summary>
    public static void Fill(ulong seed, Span<double> output)
    {
        ulong s0 = SplitMix(ref seed), s1 = SplitMix(ref seed), s2 = SplitMix(ref seed), s3 = SplitMix(ref seed);
        Span<double> u1 = stackalloc double[4];
        Span<double> u2 = stackalloc double[4];
        Span<double> tail = stackalloc double[8];
        int t = 0;
        while (t < output.Length)
        {
            for (int l = 0; l < 4; l++)
            {
                u1[l] = ((Next(ref s0, ref s1, ref s2, ref s3) >> 11) + 1) * Unit;
                u2[l] = (Next(ref s0, ref s1, ref s2, ref s3) >> 11) * Unit;
            }
            var r = Vector256.Sqrt(Vector256.Create(-2.0) * Vector256.Log(Vector256.Create(u1)));
            var (sin, cos) = Vector256.SinCos(Vector256.Create(TwoPi) * Vector256.Create(u2));
            var target = output.Length - t >= 8 ? output.Slice(t, 8) : tail;
            (r * cos).CopyTo(target);
            (r * sin).CopyTo(target[4..]);
            if (target == tail) tail[..(output.Length - t)].CopyTo(output[t..]);
            t += 8;
        }
    }

    private static ulong SplitMix(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong Next(ref ulong s0, ref ulong s1, ref ulong s2, ref ulong s3)
    {
        ulong result = BitOperations.RotateLeft(s1 * 5, 7) * 9;
        ulong t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = BitOperations.RotateLeft(s3, 45);
        return result;
    }
}
