using System.Numerics;
using System.Text;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// An immutable permutation of the points 0, …, <see cref="Degree"/>−1.
/// </summary>
/// <remarks>
/// Conventions (those of GAP, so results paste straight across):
/// <list type="bullet">
/// <item>Points are 0-based in code; the text form is 1-based cycle notation such as <c>(1,2,3)(4,5)</c>.</item>
/// <item>Permutations act on the right: <c>p[i]</c> is the image of point i, and the product
/// <c>p * q</c> applies p first, then q, so <c>(p * q)[i] == q[p[i]]</c>.</item>
/// <item>Equality is by degree and images.</item>
/// </list>
/// </remarks>
public sealed class Permutation : IEquatable<Permutation>
{
    /// <summary>The largest degree accepted (cells of a 4096×4096 matrix plus headroom).</summary>
    public const int MaxDegree = 1 << 25;

    private readonly int[] images;
    private int hash;

    private Permutation(int[] images) => this.images = images;

    /// <summary>Number of points acted on.</summary>
    public int Degree => images.Length;

    /// <summary>The image of a 0-based point.</summary>
    public int this[int point] => images[point];

    /// <summary>The image array: entry i is the image of point i.</summary>
    public ReadOnlySpan<int> Images => images;

    /// <summary>True when every point is fixed.</summary>
    public bool IsIdentity
    {
        get
        {
            for (int i = 0; i < images.Length; i++)
                if (images[i] != i) return false;
            return true;
        }
    }

    /// <summary>The identity permutation of the given degree.</summary>
    public static Permutation Identity(int degree)
    {
        CheckDegree(degree, allowZero: true);
        var a = new int[degree];
        for (int i = 0; i < degree; i++) a[i] = i;
        return new Permutation(a);
    }

    /// <summary>A permutation from its image array (entry i is the image of 0-based point i).</summary>
    /// <exception cref="ArgumentException">The array is not a bijection of 0, …, n−1.</exception>
    public static Permutation FromImages(ReadOnlySpan<int> images)
    {
        CheckDegree(images.Length, allowZero: true);
        var seen = new bool[images.Length];
        for (int i = 0; i < images.Length; i++)
        {
            int x = images[i];
            if (x < 0 || x >= images.Length)
                throw new ArgumentException(
                    $"Image of point {i} is {x}, but images must lie in 0..{images.Length - 1} for degree {images.Length}.",
                    nameof(images));
            if (seen[x])
                throw new ArgumentException(
                    $"Point {x} is the image of two points, so the array is not a bijection; expected each of 0..{images.Length - 1} exactly once.",
                    nameof(images));
            seen[x] = true;
        }
        return new Permutation(images.ToArray());
    }

    /// <summary>Wraps an array the caller guarantees is a bijection and will never modify.</summary>
    internal static Permutation Trusted(int[] images) => new(images);

    /// <summary>A permutation of the given degree from 0-based cycles.</summary>
    /// <exception cref="ArgumentException">A point is out of range or repeated.</exception>
    public static Permutation FromCycles(int degree, params IReadOnlyList<int>[] cycles)
    {
        CheckDegree(degree, allowZero: true);
        var a = new int[degree];
        for (int i = 0; i < degree; i++) a[i] = i;
        var used = new bool[degree];
        foreach (var cycle in cycles)
        {
            for (int t = 0; t < cycle.Count; t++)
            {
                int x = cycle[t];
                if (x < 0 || x >= degree)
                    throw new ArgumentException($"Cycle point {x} is out of range: expected 0..{degree - 1} for degree {degree}.", nameof(cycles));
                if (used[x])
                    throw new ArgumentException($"Point {x} appears twice in the cycles; each point may appear at most once.", nameof(cycles));
                used[x] = true;
            }
            for (int t = 0; t < cycle.Count; t++)
                a[cycle[t]] = cycle[(t + 1) % cycle.Count];
        }
        return new Permutation(a);
    }

    /// <summary>
    /// Parses GAP cycle notation with 1-based points, e.g. <c>(1,2,3)(4,5)</c> or <c>()</c>.
    /// </summary>
    /// <param name="text">The cycles; white space is ignored.</param>
    /// <param name="degree">The degree; null means the largest point named (0 for <c>()</c>).</param>
    /// <exception cref="FormatException">The text is not cycle notation, names a point twice, or a point beyond the degree.</exception>
    public static Permutation Parse(string text, int? degree = null) => CycleNotation.Parse(text, degree);

    /// <summary>The product <c>this * other</c>: apply this first, then <paramref name="other"/>.</summary>
    public Permutation Then(Permutation other)
    {
        CheckSameDegree(other);
        var a = new int[images.Length];
        var o = other.images;
        for (int i = 0; i < a.Length; i++) a[i] = o[images[i]];
        return new Permutation(a);
    }

    /// <summary>Right-action product: <c>(p * q)[i] == q[p[i]]</c>, as <c>p*q</c> in GAP.</summary>
    public static Permutation operator *(Permutation p, Permutation q) => p.Then(q);

    /// <summary>The inverse permutation.</summary>
    public Permutation Inverse()
    {
        var a = new int[images.Length];
        for (int i = 0; i < a.Length; i++) a[images[i]] = i;
        return new Permutation(a);
    }

    /// <summary>The e-th power (negative e gives powers of the inverse), computed cycle by cycle.</summary>
    public Permutation Power(BigInteger e)
    {
        var a = new int[images.Length];
        var done = new bool[images.Length];
        var cycle = new List<int>();
        for (int start = 0; start < a.Length; start++)
        {
            if (done[start]) continue;
            cycle.Clear();
            for (int x = start; !done[x]; x = images[x]) { done[x] = true; cycle.Add(x); }
            int len = cycle.Count;
            int shift = (int)(((e % len) + len) % len);
            for (int t = 0; t < len; t++) a[cycle[t]] = cycle[(t + shift) % len];
        }
        return new Permutation(a);
    }

    /// <summary>The conjugate <c>g⁻¹ * this * g</c> (GAP's <c>p^g</c>): it maps i^g to (i^p)^g.</summary>
    public Permutation ConjugateBy(Permutation g)
    {
        CheckSameDegree(g);
        var a = new int[images.Length];
        var gi = g.images;
        for (int i = 0; i < a.Length; i++) a[gi[i]] = gi[images[i]];
        return new Permutation(a);
    }

    /// <summary>The commutator <c>this⁻¹ * g⁻¹ * this * g</c> (GAP's <c>Comm(p, g)</c>).</summary>
    public Permutation CommutatorWith(Permutation g) => Inverse().Then(ConjugateBy(g));

    /// <summary>The same permutation on more points, fixing the new ones.</summary>
    public Permutation Extend(int degree)
    {
        if (degree < images.Length)
            throw new ArgumentException($"Cannot extend a permutation of degree {images.Length} to the smaller degree {degree}.", nameof(degree));
        CheckDegree(degree, allowZero: true);
        var a = new int[degree];
        images.CopyTo(a, 0);
        for (int i = images.Length; i < degree; i++) a[i] = i;
        return new Permutation(a);
    }

    /// <summary>The non-trivial cycles, each listed from its smallest point, in order of that point (0-based).</summary>
    public IReadOnlyList<int[]> Cycles()
    {
        var result = new List<int[]>();
        var done = new bool[images.Length];
        var cycle = new List<int>();
        for (int start = 0; start < images.Length; start++)
        {
            if (done[start] || images[start] == start) continue;
            cycle.Clear();
            for (int x = start; !done[x]; x = images[x]) { done[x] = true; cycle.Add(x); }
            result.Add(cycle.ToArray());
        }
        return result;
    }

    /// <summary>The cycle type as a partition of the degree (fixed points count as parts of size 1).</summary>
    public Partition CycleType()
    {
        var lengths = new List<int>();
        var done = new bool[images.Length];
        for (int start = 0; start < images.Length; start++)
        {
            if (done[start]) continue;
            int len = 0;
            for (int x = start; !done[x]; x = images[x]) { done[x] = true; len++; }
            lengths.Add(len);
        }
        return new Partition(lengths);
    }

    /// <summary>The order: the least common multiple of the cycle lengths.</summary>
    public BigInteger Order()
    {
        BigInteger order = BigInteger.One;
        foreach (var (part, _) in CycleType().PartsWithMultiplicity())
            order = order / BigInteger.GreatestCommonDivisor(order, part) * part;
        return order;
    }

    /// <summary>The sign: +1 for even permutations, −1 for odd ones.</summary>
    public int Sign()
    {
        int transpositions = 0;
        foreach (var c in Cycles()) transpositions += c.Length - 1;
        return (transpositions & 1) == 0 ? 1 : -1;
    }

    /// <summary>The number of points that are not fixed.</summary>
    public int MovedPointCount()
    {
        int n = 0;
        for (int i = 0; i < images.Length; i++) if (images[i] != i) n++;
        return n;
    }

    /// <summary>The smallest point that is moved, or −1 for the identity.</summary>
    public int FirstMovedPoint()
    {
        for (int i = 0; i < images.Length; i++) if (images[i] != i) return i;
        return -1;
    }

    /// <summary>GAP cycle notation with 1-based points, <c>()</c> for the identity.</summary>
    public override string ToString()
    {
        var cycles = Cycles();
        if (cycles.Count == 0) return "()";
        var sb = new StringBuilder();
        foreach (var c in cycles)
        {
            sb.Append('(');
            for (int t = 0; t < c.Length; t++)
            {
                if (t > 0) sb.Append(',');
                sb.Append(c[t] + 1);
            }
            sb.Append(')');
        }
        return sb.ToString();
    }

    /// <inheritdoc />
    public bool Equals(Permutation? other) =>
        other is not null && (ReferenceEquals(this, other) || images.AsSpan().SequenceEqual(other.images));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Permutation);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        if (hash != 0) return hash;
        var h = new HashCode();
        h.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(images.AsSpan()));
        int value = h.ToHashCode();
        hash = value == 0 ? 1 : value;
        return hash;
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(Permutation? a, Permutation? b) => a is null ? b is null : a.Equals(b);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Permutation? a, Permutation? b) => !(a == b);

    internal int[] ImageArray => images;

    internal static void CheckDegree(int degree, bool allowZero)
    {
        if (degree < 0 || (!allowZero && degree == 0))
            throw new ArgumentOutOfRangeException(nameof(degree), degree,
                $"A degree must be {(allowZero ? "non-negative" : "positive")}; got {degree}.");
        if (degree > MaxDegree)
            throw new ArgumentOutOfRangeException(nameof(degree), degree,
                $"Degree {degree} exceeds the supported maximum {MaxDegree}.");
    }

    private void CheckSameDegree(Permutation other)
    {
        if (other.images.Length != images.Length)
            throw new ArgumentException(
                $"Permutations of different degrees ({images.Length} and {other.images.Length}) cannot be combined; extend one first.");
    }
}
