using System.Collections.Immutable;
using System.Numerics;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Representations;

/// <summary>
/// Irreducible characters of a Young subgroup H = S_{n₁} × … × S_{n_r}. Irreducibles are labelled by
/// <see cref="PartitionTuple"/>s (λ₁, …, λ_r) with λᵢ ⊢ nᵢ, conjugacy classes by tuples of cycle types
/// (μ₁, …, μ_r) with μᵢ ⊢ nᵢ, and χ_{(λ)}((μ)) = Π χ^{λᵢ}(μᵢ). Factor sizes are given as a list
/// (n₁, …, n_r) of positive integers, in factor order; values are exact integers.
/// </summary>
public static class ProductCharacters
{
    /// <summary>χ_{labels}(classes) = Π χ^{λᵢ}(μᵢ).</summary>
    /// <param name="labels">The irreducible (λ₁, …, λ_r).</param>
    /// <param name="classes">The class (μ₁, …, μ_r), with |μᵢ| = |λᵢ| for every i.</param>
    /// <param name="characters">A shared evaluator to reuse its memo across calls; a fresh one if null.</param>
    /// <exception cref="ArgumentException">The tuples have different lengths or some factor sizes differ.</exception>
    public static BigInteger Value(PartitionTuple labels, PartitionTuple classes, SymmetricGroupCharacters? characters = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(classes);
        if (labels.Count != classes.Count)
            throw new ArgumentException($"The irreducible {labels} has {labels.Count} factors but the class {classes} has {classes.Count}.", nameof(classes));
        for (int i = 0; i < labels.Count; i++)
            if (labels[i].Size != classes[i].Size)
                throw new ArgumentException($"Factor {i + 1} does not match: the irreducible {labels} has a partition of {labels[i].Size} there, the class {classes} one of {classes[i].Size}.", nameof(classes));
        characters ??= new SymmetricGroupCharacters();
        BigInteger value = BigInteger.One;
        for (int i = 0; i < labels.Count && !value.IsZero; i++) value *= characters.Value(labels[i], classes[i]);
        return value;
    }

    /// <summary>The degree χ_{labels}(1) = Π f^{λᵢ} (hook-length formula per factor).</summary>
    public static BigInteger Degree(PartitionTuple labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        BigInteger degree = BigInteger.One;
        foreach (var lambda in labels.Parts) degree *= new YoungDiagram(lambda).Degree();
        return degree;
    }

    /// <summary>|H| = Π nᵢ!.</summary>
    /// <exception cref="ArgumentException">No factors, or a factor size is not positive.</exception>
    public static BigInteger Order(IReadOnlyList<int> factorSizes)
    {
        var sizes = CheckSizes(factorSizes);
        BigInteger order = BigInteger.One;
        foreach (var n in sizes) order *= Factorials.Of(n);
        return order;
    }

    /// <summary>
    /// The number of conjugacy classes Π p(nᵢ), which is also the number of irreducibles; cheap, so
    /// callers can check the cost of a class sum before enumerating anything.
    /// </summary>
    /// <exception cref="ArgumentException">No factors, or a factor size is not positive.</exception>
    public static BigInteger ClassCount(IReadOnlyList<int> factorSizes)
    {
        var sizes = CheckSizes(factorSizes);
        BigInteger count = BigInteger.One;
        foreach (var n in sizes) count *= Partition.Count(n);
        return count;
    }

    /// <summary>
    /// All irreducible labels, as the Cartesian product of <see cref="Partition.All"/> per factor (first
    /// factor varying slowest), so the trivial character ([n₁],…,[n_r]) comes first.
    /// </summary>
    /// <exception cref="ArgumentException">No factors, or a factor size is not positive.</exception>
    public static IEnumerable<PartitionTuple> Labels(IReadOnlyList<int> factorSizes) => Tuples(CheckSizes(factorSizes));

    /// <summary>
    /// All conjugacy classes with their sizes |C| = Π nᵢ!/z_{μᵢ}, in the same order as <see cref="Labels"/>
    /// (the identity class ([1^{n₁}],…) comes last).
    /// </summary>
    /// <exception cref="ArgumentException">No factors, or a factor size is not positive.</exception>
    public static IEnumerable<(PartitionTuple CycleTypes, BigInteger Size)> Classes(IReadOnlyList<int> factorSizes)
    {
        foreach (var tuple in Tuples(CheckSizes(factorSizes)))
        {
            BigInteger size = BigInteger.One;
            foreach (var mu in tuple.Parts) size *= mu.ClassSize();
            yield return (tuple, size);
        }
    }

    /// <summary>The identity class ([1^{n₁}], …, [1^{n_r}]).</summary>
    /// <exception cref="ArgumentException">No factors, or a factor size is not positive.</exception>
    public static PartitionTuple IdentityClass(IReadOnlyList<int> factorSizes) =>
        new(CheckSizes(factorSizes).Select(n => new Partition(Enumerable.Repeat(1, n))));

    /// <summary>Checks that a tuple belongs to the Young subgroup with these factor sizes.</summary>
    /// <exception cref="ArgumentException">The tuple has a different number of factors or a partition of the wrong size.</exception>
    public static void CheckBelongs(PartitionTuple tuple, IReadOnlyList<int> factorSizes, string paramName)
    {
        ArgumentNullException.ThrowIfNull(tuple);
        var sizes = CheckSizes(factorSizes);
        if (tuple.Count != sizes.Length || !tuple.Sizes.SequenceEqual(sizes))
            throw new ArgumentException($"{tuple} does not belong to S_{{{string.Join(",", sizes)}}}: its partitions have sizes ({string.Join(",", tuple.Sizes)}).", paramName);
    }

    internal static ImmutableArray<int> CheckSizes(IReadOnlyList<int> factorSizes)
    {
        ArgumentNullException.ThrowIfNull(factorSizes);
        if (factorSizes.Count == 0) throw new ArgumentException("A Young subgroup needs at least one factor.", nameof(factorSizes));
        foreach (var n in factorSizes)
            if (n < 1) throw new ArgumentException($"Factor sizes must be positive; got ({string.Join(",", factorSizes)}).", nameof(factorSizes));
        return factorSizes.ToImmutableArray();
    }

    private static IEnumerable<PartitionTuple> Tuples(ImmutableArray<int> sizes)
    {
        var perFactor = sizes.Select(n => Partition.All(n).ToArray()).ToArray();
        var index = new int[sizes.Length];
        while (true)
        {
            yield return new PartitionTuple(index.Select((k, i) => perFactor[i][k]));
            int f = sizes.Length - 1;
            while (f >= 0 && ++index[f] == perFactor[f].Length) { index[f] = 0; f--; }
            if (f < 0) yield break;
        }
    }
}
