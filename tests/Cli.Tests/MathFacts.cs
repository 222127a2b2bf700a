using System.Numerics;

namespace Landscape.Symmetry.Cli.Tests;

/// <summary>Independent closed forms the tool's answers are checked against.</summary>
internal static class MathFacts
{
    public static BigInteger Factorial(int n)
    {
        BigInteger r = 1;
        for (int i = 2; i <= n; i++) r *= i;
        return r;
    }

    /// <summary>p(n), the number of partitions of n, by the coin-change recurrence over part sizes.</summary>
    public static BigInteger Partitions(int n)
    {
        var p = new BigInteger[n + 1];
        p[0] = 1;
        for (int part = 1; part <= n; part++)
            for (int m = part; m <= n; m++) p[m] += p[m - part];
        return p[n];
    }

    /// <summary>Pairs of partitions (λ, μ) with |λ| + |μ| = n: the class count of the hyperoctahedral group B_n.</summary>
    public static BigInteger Bipartitions(int n)
    {
        BigInteger total = 0;
        for (int j = 0; j <= n; j++) total += Partitions(j) * Partitions(n - j);
        return total;
    }
}
