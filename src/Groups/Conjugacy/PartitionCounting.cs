using System.Diagnostics;
using System.Numerics;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// Exact counts built on the partition numbers p(0..n), shared by the class-count formulas of
/// Sₙ, Aₙ, hyperoctahedral groups and wreath products with a symmetric top group.
/// </summary>
internal static class PartitionCounting
{
    /// <summary>p(0), …, p(n) by Euler's pentagonal recurrence, O(n^1.5) additions.</summary>
    public static BigInteger[] Table(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var p = new BigInteger[n + 1];
        p[0] = BigInteger.One;
        for (int m = 1; m <= n; m++)
        {
            BigInteger sum = BigInteger.Zero;
            for (int k = 1; ; k++)
            {
                long g1 = (long)k * (3 * k - 1) / 2;
                if (g1 > m) break;
                bool add = (k & 1) == 1;
                sum = add ? sum + p[m - g1] : sum - p[m - g1];
                long g2 = (long)k * (3 * k + 1) / 2;
                if (g2 <= m) sum = add ? sum + p[m - g2] : sum - p[m - g2];
            }
            p[m] = sum;
        }
        return p;
    }

    /// <summary>
    /// The number of partitions of n into distinct odd parts (equivalently, self-conjugate
    /// partitions), from a table of p holding at least p(n).
    /// </summary>
    /// <remarks>
    /// Σ_λ (−1)^{ℓ(λ)} x^{|λ|} = Π 1/(1+x^k) = Π_{k odd}(1−x^k), and Gauss's identity
    /// Π (1−q^k)/(1+q^k) = Σ_{j∈ℤ} (−1)^j q^{j²} with q = x² turns Π_{k odd}(1+x^k) into
    /// P(x)·(1 + 2Σ_{j≥1}(−1)^j x^{2j²}), so D(n) = p(n) + 2Σ_{j≥1} (−1)^j p(n − 2j²): O(√n) terms
    /// instead of an O(n²) knapsack.
    /// </remarks>
    public static BigInteger DistinctOddParts(BigInteger[] p, int n)
    {
        BigInteger d = p[n];
        for (long j = 1; 2 * j * j <= n; j++)
        {
            var term = 2 * p[n - 2 * j * j];
            d = (j & 1) == 1 ? d - term : d + term;
        }
        Debug.Assert(d >= 0);
        return d;
    }

    /// <summary>The number of conjugacy classes of Aₙ (n ≥ 0; A₀ and A₁ are trivial).</summary>
    /// <remarks>
    /// The even cycle types number E = (p(n) + D(n))/2, because the even-minus-odd count
    /// Σ_λ (−1)^{n−ℓ(λ)} equals D(n) by the identity above; the D(n) types with distinct odd parts
    /// (all even) split in two, so Aₙ has E + D = (p(n) + 3D(n))/2 classes for n ≥ 2.
    /// </remarks>
    public static BigInteger AlternatingClassCount(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (n <= 1) return BigInteger.One;
        var p = Table(n);
        return (p[n] + 3 * DistinctOddParts(p, n)) / 2;
    }

    /// <summary>
    /// The coefficient of x^q in P(x)^r, P the partition generating function: the number of ways to
    /// give each of r labelled classes a partition, with sizes summing to q.
    /// </summary>
    /// <remarks>
    /// r ≤ 2 is a direct sum over the table. Otherwise F = P^r satisfies x F′ = F · r Σ σ(k) x^k
    /// (logarithmic derivative of Π(1−x^k)^{−r}), so n·fₙ = r Σ_{k=1}^{n} σ(k) f_{n−k}; the division
    /// is exact and the cost O(q²).
    /// </remarks>
    public static BigInteger CoefficientOfPartitionPower(BigInteger r, int q)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(q);
        if (r.Sign < 0) throw new ArgumentOutOfRangeException(nameof(r), r, "The exponent must be non-negative.");
        if (q == 0) return BigInteger.One;
        if (r.IsZero) return BigInteger.Zero;
        if (r.IsOne) return Table(q)[q];
        if (r == 2)
        {
            var p = Table(q);
            BigInteger s = BigInteger.Zero;
            for (int i = 0; i <= q; i++) s += p[i] * p[q - i];
            return s;
        }
        var sigma = new long[q + 1];
        for (int d = 1; d <= q; d++)
            for (int m = d; m <= q; m += d) sigma[m] += d;
        var f = new BigInteger[q + 1];
        f[0] = BigInteger.One;
        for (int n = 1; n <= q; n++)
        {
            BigInteger s = BigInteger.Zero;
            for (int k = 1; k <= n; k++) s += sigma[k] * f[n - k];
            var value = BigInteger.DivRem(r * s, n, out var remainder);
            Debug.Assert(remainder.IsZero);
            f[n] = value;
        }
        return f[q];
    }
}
