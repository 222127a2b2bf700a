using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
        var minusTwo = Vector256.Create(-2.0);
        var twoPi = Vector256.Create(TwoPi);
        ref double o = ref MemoryMarshal.GetReference(output);
        Span<double> tail = stackalloc double[8];
        int t = 0;
        while (t < output.Length)
        {
            // Lanes in the order the uniforms are drawn: (u₁, u₂) per lane, lane 0 first — the stream the format fixes.
            double a0 = Uniform1(ref s0, ref s1, ref s2, ref s3), b0 = Uniform2(ref s0, ref s1, ref s2, ref s3);
            double a1 = Uniform1(ref s0, ref s1, ref s2, ref s3), b1 = Uniform2(ref s0, ref s1, ref s2, ref s3);
            double a2 = Uniform1(ref s0, ref s1, ref s2, ref s3), b2 = Uniform2(ref s0, ref s1, ref s2, ref s3);
            double a3 = Uniform1(ref s0, ref s1, ref s2, ref s3), b3 = Uniform2(ref s0, ref s1, ref s2, ref s3);
            var r = Vector256.Sqrt(minusTwo * Vector256.Log(Vector256.Create(a0, a1, a2, a3)));
            var (sin, cos) = Vector256.SinCos(twoPi * Vector256.Create(b0, b1, b2, b3));
            if (output.Length - t >= 8)
            {
                (r * cos).StoreUnsafe(ref o, (nuint)t);
                (r * sin).StoreUnsafe(ref o, (nuint)(t + 4));
            }
            else
            {
                (r * cos).CopyTo(tail);
                (r * sin).CopyTo(tail[4..]);
                tail[..(output.Length - t)].CopyTo(output[t..]);
            }
            t += 8;
        }
    }

    // u₁ in (0, 1] so that log u₁ is finite; u₂ in [0, 1).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Uniform1(ref ulong s0, ref ulong s1, ref ulong s2, ref ulong s3) => ((Next(ref s0, ref s1, ref s2, ref s3) >> 11) + 1) * Unit;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Uniform2(ref ulong s0, ref ulong s1, ref ulong s2, ref ulong s3) => (Next(ref s0, ref s1, ref s2, ref s3) >> 11) * Unit;

    private static ulong SplitMix(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
