using System.Numerics;

namespace Landscape.Symmetry.Groups;

/// <summary>Exact factorials, the building block of group orders.</summary>
public static class Factorials
{
    /// <summary>n! as an exact integer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">n is negative.</exception>
    public static BigInteger Of(int n)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "The factorial is defined for non-negative integers.");
        BigInteger r = BigInteger.One;
        for (int i = 2; i <= n; i++) r *= i;
        return r;
    }
}
