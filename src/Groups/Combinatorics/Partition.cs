using System.Collections.Immutable;
using System.Numerics;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// An integer partition λ = (λ₁ ≥ λ₂ ≥ … ≥ λ_r &gt; 0) of n = Σλᵢ, an immutable value.
/// Cycle types of permutations, conjugacy classes and irreducible characters of Sₙ are labelled by these.
/// </summary>
public sealed class Partition : IEquatable<Partition>, IComparable<Partition>
{
    /// <summary>The parts in non-increasing order; no zeros.</summary>
    public ImmutableArray<int> Parts { get; }

    /// <summary>The number partitioned, Σ parts.</summary>
    public int Size { get; }

    /// <summary>Builds a partition from parts in any order; zero parts are dropped.</summary>
    /// <exception cref="ArgumentException">A part is negative.</exception>
    public Partition(IEnumerable<int> parts)
    {
        var list = new List<int>();
        long size = 0;
        foreach (var p in parts)
        {
            if (p < 0) throw new ArgumentException($"Partition parts must be non-negative; got {p}.", nameof(parts));
            if (p == 0) continue;
            list.Add(p);
            size += p;
        }
        if (size > int.MaxValue) throw new ArgumentException("The partition's size exceeds the supported range.", nameof(parts));
        list.Sort((a, b) => b.CompareTo(a));
        Parts = list.ToImmutableArray();
        Size = (int)size;
    }

    /// <summary>Builds a partition from its parts.</summary>
    public static Partition Of(params int[] parts) => new(parts);

    /// <summary>The number of parts (the length ℓ(λ)).</summary>
    public int Length => Parts.Length;

    /// <summary>Distinct parts with how often each occurs, largest part first.</summary>
    public IEnumerable<(int Part, int Multiplicity)> PartsWithMultiplicity()
    {
        int i = 0;
        while (i < Parts.Length)
        {
            int j = i;
            while (j < Parts.Length && Parts[j] == Parts[i]) j++;
            yield return (Parts[i], j - i);
            i = j;
        }
    }

    /// <summary>
    /// z_λ = Π_k k^{m_k} m_k!, the order of the centralizer in Sₙ of a permutation of cycle type λ;
    /// the class has n!/z_λ elements.
    /// </summary>
    public BigInteger CentralizerOrder()
    {
        BigInteger z = BigInteger.One;
        foreach (var (k, m) in PartsWithMultiplicity())
            z *= BigInteger.Pow(k, m) * Factorials.Of(m);
        return z;
    }

    /// <summary>The number of permutations of cycle type λ in Sₙ, n!/z_λ.</summary>
    public BigInteger ClassSize() => Factorials.Of(Size) / CentralizerOrder();

    /// <summary>+1 if permutations of this cycle type are even, −1 if odd.</summary>
    public int Sign() => ((Size - Length) & 1) == 0 ? 1 : -1;

    /// <summary>The conjugate (transposed) partition.</summary>
    public Partition Conjugate()
    {
        if (Parts.Length == 0) return this;
        var conj = new int[Parts[0]];
        foreach (var p in Parts)
            for (int j = 0; j < p; j++) conj[j]++;
        return new Partition(conj);
    }

    /// <summary>All partitions of n, in reverse lexicographic order (from [n] down to [1ⁿ]).</summary>
    /// <exception cref="ArgumentOutOfRangeException">n is negative.</exception>
    public static IEnumerable<Partition> All(int n)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "Partitions are of a non-negative integer.");
        if (n == 0) { yield return new Partition(Array.Empty<int>()); yield break; }
        var a = new List<int> { n };
        while (true)
        {
            yield return new Partition(a);
            // Next partition in reverse-lex order: find the last part > 1, decrease it, refill after it.
            int rest = 0;
            while (a.Count > 0 && a[^1] == 1) { rest++; a.RemoveAt(a.Count - 1); }
            if (a.Count == 0) yield break;
            int k = a[^1] - 1;
            a[^1] = k;
            rest++;
            while (rest > k) { a.Add(k); rest -= k; }
            if (rest > 0) a.Add(rest);
        }
    }

    /// <summary>The partition number p(n), by Euler's pentagonal recurrence.</summary>
    public static BigInteger Count(int n)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "Partitions are of a non-negative integer.");
        return PartitionCounting.Table(n)[n];
    }

    /// <summary>Bracket form, e.g. <c>[3,2,1]</c>; the empty partition is <c>[]</c>.</summary>
    public override string ToString() => "[" + string.Join(",", Parts) + "]";

    /// <inheritdoc />
    public bool Equals(Partition? other) => other is not null && Parts.AsSpan().SequenceEqual(other.Parts.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Partition);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var p in Parts) h.Add(p);
        return h.ToHashCode();
    }

    /// <summary>Lexicographic comparison of the part sequences.</summary>
    public int CompareTo(Partition? other)
    {
        if (other is null) return 1;
        for (int i = 0; i < Math.Min(Length, other.Length); i++)
            if (Parts[i] != other.Parts[i]) return Parts[i].CompareTo(other.Parts[i]);
        return Length.CompareTo(other.Length);
    }
}
