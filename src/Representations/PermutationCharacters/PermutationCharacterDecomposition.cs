using System.Collections.Immutable;
using System.Numerics;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Representations;

/// <summary>One isotypic component of a decomposition: the irreducible, its degree and how often it occurs.</summary>
/// <param name="Label">The irreducible of the Young subgroup, (λ₁, …, λ_r).</param>
/// <param name="Degree">Its dimension Π f^{λᵢ}.</param>
/// <param name="Multiplicity">How many copies occur; positive in a <see cref="PermutationCharacterDecomposition"/>.</param>
public sealed record IsotypicMultiplicity(PartitionTuple Label, BigInteger Degree, BigInteger Multiplicity);

/// <summary>
/// The decomposition of a character of a Young subgroup H = S_{n₁} × … × S_{n_r} into irreducibles,
/// computed per conjugacy class: m_λ = (1/|H|) Σ_C |C| χ_λ(C) ψ(C), exactly, with no group elements enumerated.
/// </summary>
/// <remarks>
/// The cost is (number of classes) × (number of irreducibles) = (Π p(nᵢ))² products of table entries,
/// plus one Sₙ character table per distinct factor size. The full S_d is fine up to d ≈ 25
/// (p(25) = 1958); Young subgroups with small factors reach much larger d. Inputs with more than
/// <see cref="MaxClassCount"/> classes are rejected rather than left to run for minutes.
/// </remarks>
public sealed class PermutationCharacterDecomposition
{
    /// <summary>The most conjugacy classes Π p(nᵢ) accepted (about 4 million products at the limit).</summary>
    public const int MaxClassCount = 2000;

    private readonly Dictionary<PartitionTuple, IsotypicMultiplicity> byLabel;

    private PermutationCharacterDecomposition(ImmutableArray<int> factorSizes, ImmutableArray<IsotypicMultiplicity> components)
    {
        FactorSizes = factorSizes;
        Components = components;
        byLabel = components.ToDictionary(c => c.Label);
        Dimension = components.Aggregate(BigInteger.Zero, (sum, c) => sum + c.Degree * c.Multiplicity);
    }

    /// <summary>The factor sizes (n₁, …, n_r) of the Young subgroup.</summary>
    public ImmutableArray<int> FactorSizes { get; }

    /// <summary>The irreducibles with positive multiplicity, in <see cref="ProductCharacters.Labels"/> order (trivial first).</summary>
    public ImmutableArray<IsotypicMultiplicity> Components { get; }

    /// <summary>Σ degree · multiplicity, which equals the character's value at the identity.</summary>
    public BigInteger Dimension { get; }

    /// <summary>The multiplicity of an irreducible; zero when it does not occur.</summary>
    /// <exception cref="ArgumentException">The label does not belong to this Young subgroup.</exception>
    public BigInteger Multiplicity(PartitionTuple label)
    {
        ProductCharacters.CheckBelongs(label, FactorSizes, nameof(label));
        return byLabel.TryGetValue(label, out var c) ? c.Multiplicity : BigInteger.Zero;
    }

    /// <summary>
    /// Decomposes a character ψ of H given as a function of the class (tuple of cycle types).
    /// </summary>
    /// <param name="factorSizes">(n₁, …, n_r), all positive.</param>
    /// <param name="character">ψ(C); it is called once per class.</param>
    /// <exception cref="ArgumentException">Bad factor sizes, or more than <see cref="MaxClassCount"/> classes.</exception>
    /// <exception cref="InvalidOperationException">Some multiplicity is not a non-negative integer, so ψ is not a character.</exception>
    public static PermutationCharacterDecomposition FromClassFunction(IReadOnlyList<int> factorSizes, Func<PartitionTuple, BigInteger> character)
    {
        ArgumentNullException.ThrowIfNull(character);
        var sizes = ProductCharacters.CheckSizes(factorSizes);
        var classCount = ProductCharacters.ClassCount(sizes);
        if (classCount > MaxClassCount)
            throw new ArgumentException(
                $"S_{{{string.Join(",", sizes)}}} has {classCount} conjugacy classes; the class-sum decomposition costs classes × irreducibles and is limited to {MaxClassCount} classes. Use smaller factors.",
                nameof(factorSizes));

        // One table per distinct factor size: products of table entries are far cheaper than
        // re-running Murnaghan–Nakayama for every (label, class) pair.
        var tables = new Dictionary<int, (CharacterTable Table, Dictionary<Partition, int> Index)>();
        foreach (var n in sizes.Distinct())
        {
            var table = CharacterTable.OfSymmetricGroup(n);
            tables[n] = (table, table.Partitions.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i));
        }

        // Classes where ψ vanishes contribute nothing; for fixed-point counts that is most classes.
        var weighted = new List<(int[] Columns, BigInteger Weight)>();
        PartitionTuple? identity = null;
        BigInteger psiAtIdentity = BigInteger.Zero;
        foreach (var (cycleTypes, size) in ProductCharacters.Classes(sizes))
        {
            var psi = character(cycleTypes);
            if (cycleTypes.Parts.All(mu => mu.Parts.All(p => p == 1))) { identity = cycleTypes; psiAtIdentity = psi; }
            if (psi.IsZero) continue;
            var columns = cycleTypes.Parts.Select((mu, i) => tables[sizes[i]].Index[mu]).ToArray();
            weighted.Add((columns, size * psi));
        }

        var order = ProductCharacters.Order(sizes);
        var components = ImmutableArray.CreateBuilder<IsotypicMultiplicity>();
        foreach (var label in ProductCharacters.Labels(sizes))
        {
            var rows = label.Parts.Select((lambda, i) => tables[sizes[i]].Index[lambda]).ToArray();
            BigInteger sum = BigInteger.Zero;
            foreach (var (columns, weight) in weighted)
            {
                BigInteger chi = BigInteger.One;
                for (int f = 0; f < rows.Length && !chi.IsZero; f++) chi *= tables[sizes[f]].Table[rows[f], columns[f]];
                sum += chi * weight;
            }
            var multiplicity = BigInteger.DivRem(sum, order, out var remainder);
            if (!remainder.IsZero || multiplicity.Sign < 0)
                throw new InvalidOperationException(
                    $"The multiplicity of {label} came out as {sum}/{order}, not a non-negative integer: the class function is not a character of S_{{{string.Join(",", sizes)}}}.");
            if (multiplicity.IsZero) continue;
            components.Add(new IsotypicMultiplicity(label, ProductCharacters.Degree(label), multiplicity));
        }

        var result = new PermutationCharacterDecomposition(sizes, components.ToImmutable());
        if (result.Dimension != psiAtIdentity)
            throw new InvalidOperationException(
                $"The decomposition has dimension {result.Dimension} but the character has degree {psiAtIdentity} at {identity}; the class function is not a character.");
        return result;
    }
}
