using System.Collections.Concurrent;
using System.Numerics;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Representations;

/// <summary>
/// Irreducible characters of the symmetric group Sₙ by the Murnaghan–Nakayama rule: χ^λ(μ) is the
/// signed count of ways to empty the diagram of λ by removing border strips of lengths μ₁, μ₂, …,
/// each strip of height h contributing (−1)^h. Values are exact integers.
/// </summary>
/// <remarks>
/// Border strips are handled on beta-sets: with βᵢ = λᵢ + (ℓ − i) for a fixed length ℓ, removing a
/// strip of length r is replacing some β by β − r ∉ the set (β − r ≥ 0), and its height is the number
/// of beta-numbers strictly between β − r and β. Intermediate results are memoized per instance, so
/// a whole character table shares work. Thread-safe.
/// </remarks>
public sealed class SymmetricGroupCharacters
{
    /// <summary>The largest n accepted: values stay exact, but tables grow as p(n)².</summary>
    public const int MaxDegree = 200;

    private readonly ConcurrentDictionary<(string Beta, string Strips), BigInteger> memo = new();

    /// <summary>χ^λ(μ): the character indexed by λ at a permutation of cycle type μ (|λ| = |μ|).</summary>
    /// <exception cref="ArgumentException">The partitions have different sizes, or n exceeds <see cref="MaxDegree"/>.</exception>
    public BigInteger Value(Partition lambda, Partition mu)
    {
        ArgumentNullException.ThrowIfNull(lambda);
        ArgumentNullException.ThrowIfNull(mu);
        if (lambda.Size != mu.Size)
            throw new ArgumentException($"χ^λ(μ) needs partitions of the same n; got λ = {lambda} of {lambda.Size} and μ = {mu} of {mu.Size}.", nameof(mu));
        if (lambda.Size > MaxDegree)
            throw new ArgumentException($"Characters of S_n are computed for n ≤ {MaxDegree}; got n = {lambda.Size}.", nameof(lambda));
        int length = lambda.Length;
        var beta = new int[length];
        for (int i = 0; i < length; i++) beta[i] = lambda.Parts[i] + (length - 1 - i);
        return Evaluate(beta, mu.Parts.ToArray(), 0);
    }

    /// <summary>χ^λ at a permutation, through its cycle type.</summary>
    public BigInteger Value(Partition lambda, Permutation g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return Value(lambda, g.CycleType());
    }

    private BigInteger Evaluate(int[] beta, int[] strips, int next)
    {
        if (next == strips.Length) return BigInteger.One; // everything removed: the empty diagram
        var key = (string.Join(",", beta), string.Join(",", strips.Skip(next)));
        if (memo.TryGetValue(key, out var cached)) return cached;
        int r = strips[next];
        var present = new HashSet<int>(beta);
        BigInteger sum = BigInteger.Zero;
        for (int i = 0; i < beta.Length; i++)
        {
            int b = beta[i], target = b - r;
            if (target < 0 || present.Contains(target)) continue;
            int height = 0;
            foreach (var other in beta) if (other > target && other < b) height++;
            var reduced = (int[])beta.Clone();
            reduced[i] = target;
            Array.Sort(reduced, (x, y) => y.CompareTo(x));
            var value = Evaluate(reduced, strips, next + 1);
            sum += (height & 1) == 0 ? value : -value;
        }
        memo[key] = sum;
        return sum;
    }
}
