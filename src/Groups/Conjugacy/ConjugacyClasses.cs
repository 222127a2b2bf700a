using System.Globalization;
using System.Numerics;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// Conjugacy classes of permutation groups: by formula for Sₙ and Aₙ, by enumeration for small groups,
/// through recognised direct and wreath products for large ones.
/// </summary>
/// <remarks>
/// Lists of classes are sorted by size, then cycle type (<see cref="Partition.CompareTo"/>), then the
/// representative's image array, so the identity class comes first and the order is reproducible.
/// Representatives use 0-based points like every <see cref="Permutation"/>.
/// </remarks>
public static class ConjugacyClasses
{
    /// <summary>The default largest group order that is enumerated element by element.</summary>
    public const long DefaultOrderLimit = 200_000;

    /// <summary>
    /// The most classes a list is built for: Sₙ has p(n) classes (p(45) = 89134, p(50) = 204226),
    /// so listing stops being useful long before the degree gets large.
    /// </summary>
    public const int MaxListedClasses = 100_000;

    /// <summary>
    /// The largest degree of Sₙ or Aₙ whose class count <see cref="Count"/> computes: the partition
    /// numbers p(0..n) take O(n^1.5) big-integer additions, some seconds at this degree.
    /// </summary>
    public const int MaxCountedGiantDegree = 100_000;

    /// <summary>
    /// The classes of Sₙ on 0..n−1, one per partition λ of n: the representative has consecutive
    /// cycles (0,…,λ₁−1)(λ₁,…,λ₁+λ₂−1)…, the size is n!/z_λ.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">n is not positive.</exception>
    /// <exception cref="InvalidOperationException">p(n) exceeds <see cref="MaxListedClasses"/>.</exception>
    public static IReadOnlyList<ConjugacyClass> OfSymmetric(int n)
    {
        CheckListable(n, Partition.Count, "S");
        var classes = Partition.All(n)
            .Select(lambda => new ConjugacyClass(Standard(lambda), lambda.ClassSize(), lambda))
            .ToList();
        classes.Sort(Compare);
        return classes;
    }

    /// <summary>
    /// The classes of Aₙ on 0..n−1: the even cycle types of Sₙ, where a type with distinct odd parts
    /// (n &gt; 1) splits into two Aₙ-classes of half the size. The second class of a split pair is
    /// represented by the first representative conjugated by the transposition (0,1), which is odd
    /// and so moves one half to the other.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">n is not positive.</exception>
    /// <exception cref="InvalidOperationException">Aₙ has more than <see cref="MaxListedClasses"/> classes.</exception>
    public static IReadOnlyList<ConjugacyClass> OfAlternating(int n)
    {
        CheckListable(n, PartitionCounting.AlternatingClassCount, "A");
        var classes = new List<ConjugacyClass>();
        foreach (var lambda in Partition.All(n))
        {
            if (lambda.Sign() != 1) continue;
            var rep = Standard(lambda);
            var size = lambda.ClassSize();
            if (n > 1 && Splits(lambda))
            {
                var swap = Permutation.FromCycles(n, new[] { 0, 1 });
                classes.Add(new ConjugacyClass(rep, size / 2, lambda));
                classes.Add(new ConjugacyClass(rep.ConjugateBy(swap), size / 2, lambda));
            }
            else
            {
                classes.Add(new ConjugacyClass(rep, size, lambda));
            }
        }
        classes.Sort(Compare);
        return classes;
    }

    /// <summary>
    /// The conjugacy classes of <paramref name="g"/>. Sₙ and Aₙ on all points (see
    /// <see cref="PermutationGroup.Giant"/>) use the formulas above; other groups of order at most
    /// <paramref name="orderLimit"/> are enumerated and split into orbits under conjugation by the
    /// generators, each represented by its lexicographically least image array. Larger groups are
    /// handled through their structure, recognised from the generators and proven by orders: direct
    /// products over orbits and full wreath products H ≀ S_m on a block system, down to parts that are
    /// giants or small enough to enumerate (see <see cref="Verify"/> for an independent check).
    /// </summary>
    /// <exception cref="InvalidOperationException">No structure was recognised (the message says which
    /// part stopped it), or there are more than <see cref="MaxListedClasses"/> classes.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static IReadOnlyList<ConjugacyClass> Of(PermutationGroup g, long orderLimit = DefaultOrderLimit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(g);
        CheckLimit(orderLimit);
        switch (g.Giant)
        {
            case GiantKind.Symmetric: return OfSymmetric(g.Degree);
            case GiantKind.Alternating: return OfAlternating(g.Degree);
        }
        var structure = ClassStructure.Recognise(g, orderLimit, cancellationToken);
        var count = structure.Count();
        if (count.Count is not { } k)
            throw new InvalidOperationException($"The conjugacy classes of this group of order {Describe(g.Order)} are not computed: {count.Reason}.");
        if (k > MaxListedClasses)
            throw new InvalidOperationException($"The group has {k} conjugacy classes, more than the listing limit {MaxListedClasses}; use ConjugacyClasses.Count for the number alone.");
        if (structure.WhyNotListed is { } why)
            throw new InvalidOperationException($"The group has {k} conjugacy classes, but they are not listed: {why}.");
        var classes = structure.List(cancellationToken)
            .Select(c => { var rep = Permutation.Trusted(c.Images); return new ConjugacyClass(rep, c.Size, rep.CycleType()); })
            .ToList();
        classes.Sort(Compare);
        return classes;
    }

    /// <summary>
    /// The number of conjugacy classes of <paramref name="g"/>: p(n) for Sₙ, (p(n) + 3D(n))/2 for Aₙ
    /// (n ≥ 2, D(n) the partitions of n into distinct odd parts, whose classes split), by enumeration
    /// when |G| ≤ <paramref name="orderLimit"/>, and otherwise from the recognised structure (see
    /// <see cref="Of"/>; also the product of the actions on two block systems, such as S_k × S_d on
    /// the cells of a matrix) or |G| for an abelian group. When none of these applies (or a giant's
    /// degree exceeds <see cref="MaxCountedGiantDegree"/>) the count is unknown and
    /// <see cref="ConjugacyClassCount.Reason"/> says where recognition stopped.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ConjugacyClassCount Count(PermutationGroup g, long orderLimit = DefaultOrderLimit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(g);
        CheckLimit(orderLimit);
        var giant = g.Giant;
        if (giant != GiantKind.None && g.Degree > MaxCountedGiantDegree)
            return ConjugacyClassCount.Unknown(
                $"the group is {(giant == GiantKind.Symmetric ? "S" : "A")}({g.Degree}), and its class count, from the partition numbers up to {g.Degree}, is computed only up to degree {MaxCountedGiantDegree}");
        switch (giant)
        {
            case GiantKind.Symmetric: return ConjugacyClassCount.Known(Partition.Count(g.Degree));
            case GiantKind.Alternating: return ConjugacyClassCount.Known(PartitionCounting.AlternatingClassCount(g.Degree));
        }
        var order = g.Order;
        if (order <= orderLimit)
            return ConjugacyClassCount.Known(ConjugationOrbits(g, orderLimit).Count);
        if (IsAbelian(g))
            return ConjugacyClassCount.Known(order);
        return ClassStructure.Recognise(g, orderLimit, cancellationToken).Count();
    }

    /// <summary>
    /// Checks a list of classes of <paramref name="g"/> independently of how it was computed: see
    /// <see cref="ConjugacyClassVerification"/>.
    /// </summary>
    public static ConjugacyClassVerification Verify(PermutationGroup g, IReadOnlyList<ConjugacyClass> classes, CancellationToken cancellationToken = default) =>
        ConjugacyClassVerification.Run(g, classes, cancellationToken);

    /// <summary>Compares classes by size, then cycle type, then representative images.</summary>
    internal static int Compare(ConjugacyClass a, ConjugacyClass b)
    {
        int c = a.Size.CompareTo(b.Size);
        if (c != 0) return c;
        c = a.CycleType.CompareTo(b.CycleType);
        return c != 0 ? c : CompareImages(a.Representative, b.Representative);
    }

    /// <summary>An order as an exact integer when short, else in scientific form, for messages.</summary>
    internal static string Describe(BigInteger order)
    {
        var digits = order.ToString(CultureInfo.InvariantCulture);
        if (digits.Length <= 20) return digits;
        return $"about {digits[0]}.{digits.Substring(1, 2)} × 10^{digits.Length - 1}";
    }

    internal static List<List<Permutation>> ConjugationOrbits(PermutationGroup g, long orderLimit)
    {
        var elements = g.Elements(orderLimit).ToList();
        var seen = new HashSet<Permutation>(elements.Count);
        var orbits = new List<List<Permutation>>();
        var queue = new Queue<Permutation>();
        // The orbit of x under conjugation by the generators is closed under the whole group
        // (finite, so inverses are positive powers): it is exactly the class of x.
        foreach (var x in elements)
        {
            if (!seen.Add(x)) continue;
            var orbit = new List<Permutation> { x };
            queue.Enqueue(x);
            while (queue.TryDequeue(out var y))
            {
                foreach (var s in g.Generators)
                {
                    var z = y.ConjugateBy(s);
                    if (seen.Add(z)) { orbit.Add(z); queue.Enqueue(z); }
                }
            }
            orbits.Add(orbit);
        }
        return orbits;
    }

    private static bool IsAbelian(PermutationGroup g)
    {
        var gens = g.Generators;
        // Pairwise commutation costs k²·n; past this the answer is not worth the wait.
        if ((double)gens.Length * gens.Length * g.Degree > 1e8) return false;
        for (int i = 0; i < gens.Length; i++)
            for (int j = i + 1; j < gens.Length; j++)
                if (gens[i] * gens[j] != gens[j] * gens[i]) return false;
        return true;
    }

    private static bool Splits(Partition lambda)
    {
        for (int i = 0; i < lambda.Length; i++)
        {
            if ((lambda.Parts[i] & 1) == 0) return false;
            if (i > 0 && lambda.Parts[i] == lambda.Parts[i - 1]) return false;
        }
        return true;
    }

    private static Permutation Standard(Partition lambda)
    {
        var a = new int[lambda.Size];
        int start = 0;
        foreach (var part in lambda.Parts)
        {
            for (int t = 0; t < part; t++) a[start + t] = start + (t + 1) % part;
            start += part;
        }
        return Permutation.Trusted(a);
    }

    private static int CompareImages(Permutation a, Permutation b)
    {
        int c = a.Degree.CompareTo(b.Degree);
        return c != 0 ? c : a.Images.SequenceCompareTo(b.Images);
    }

    private static void CheckListable(int n, Func<int, BigInteger> classCount, string family)
    {
        if (n < 1)
            throw new ArgumentOutOfRangeException(nameof(n), n, $"The number of points must be positive; got {n}.");
        // Both counts pass the limit near n = 47; counting for a huge n would only confirm it slowly.
        const int Certain = 200;
        if (n >= Certain)
            throw new InvalidOperationException(
                $"{family}({n}) has far more conjugacy classes than the listing limit {MaxListedClasses}; use ConjugacyClasses.Count for the number alone.");
        var classes = classCount(n);
        if (classes > MaxListedClasses)
            throw new InvalidOperationException(
                $"{family}({n}) has {classes} conjugacy classes, more than the listing limit {MaxListedClasses}; use ConjugacyClasses.Count for the number alone.");
    }

    private static void CheckLimit(long orderLimit)
    {
        if (orderLimit < 1)
            throw new ArgumentOutOfRangeException(nameof(orderLimit), orderLimit, "The enumeration limit must be positive.");
    }
}
