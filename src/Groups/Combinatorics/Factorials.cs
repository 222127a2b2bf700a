using System.Numerics;

namespace Landscape.Symmetry.Groups;

/// <summary>Exact factorials, the factors of group orders.</summary>
public static class Factorials
{
    /// <summary>n! as an exact integer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">n is negative.</exception>
    public static BigInteger Of(int n)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "The factorial is defined for non-negative integers.");
        return n < 2 ? BigInteger.One : Product(2, n);
    }

    // Balanced splitting multiplies numbers of similar size, so the big multiplications are few;
    // multiplying one factor at a time makes 100000! cost seconds.
    private static BigInteger Product(int from, int to)
    {
        if (to - from < 16)
        {
            BigInteger r = from;
            for (int i = from + 1; i <= to; i++) r *= i;
            return r;
        }
        int mid = from + (to - from) / 2;
        return Product(from, mid) * Product(mid + 1, to);
    }
}
