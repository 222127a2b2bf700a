using System.Collections.Immutable;
using System.Numerics;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Representations;

/// <summary>
/// The character table of Sₙ: rows are the irreducible characters χ^λ, columns the conjugacy
/// classes (cycle types μ), both indexed by the partitions of n in reverse lexicographic order
/// ([n] first, [1ⁿ] last), so row 0 is the trivial character and the last row the sign.
/// </summary>
public sealed class CharacterTable
{
    private readonly BigInteger[,] values;

    private CharacterTable(int n, ImmutableArray<Partition> partitions, BigInteger[,] values)
    {
        N = n;
        Partitions = partitions;
        this.values = values;
        ClassSizes = partitions.Select(p => p.ClassSize()).ToImmutableArray();
    }

    /// <summary>n, the degree of Sₙ.</summary>
    public int N { get; }

    /// <summary>The partitions of n labelling both the irreducible characters (rows) and the classes (columns).</summary>
    public ImmutableArray<Partition> Partitions { get; }

    /// <summary>|class μ| = n!/z_μ for each column.</summary>
    public ImmutableArray<BigInteger> ClassSizes { get; }

    /// <summary>χ^{Partitions[row]} at the class Partitions[column].</summary>
    public BigInteger this[int row, int column] => values[row, column];

    /// <summary>The largest n for which a whole table is built (p(30) = 5604, so 31 million entries).</summary>
    public const int MaxDegree = 30;

    /// <summary>The character table of Sₙ by Murnaghan–Nakayama.</summary>
    /// <exception cref="ArgumentOutOfRangeException">n is not in 1..<see cref="MaxDegree"/>.</exception>
    public static CharacterTable OfSymmetricGroup(int n, SymmetricGroupCharacters? characters = null)
    {
        if (n < 1 || n > MaxDegree)
            throw new ArgumentOutOfRangeException(nameof(n), n, $"Whole character tables are built for 1 ≤ n ≤ {MaxDegree}; for larger n ask SymmetricGroupCharacters for single values.");
        characters ??= new SymmetricGroupCharacters();
        var partitions = Partition.All(n).ToImmutableArray();
        var table = new BigInteger[partitions.Length, partitions.Length];
        Parallel.For(0, partitions.Length, i =>
        {
            for (int j = 0; j < partitions.Length; j++) table[i, j] = characters.Value(partitions[i], partitions[j]);
        });
        return new CharacterTable(n, partitions, table);
    }

    /// <summary>Row index of the irreducible χ^λ.</summary>
    /// <exception cref="ArgumentException">λ is not a partition of n.</exception>
    public int IndexOf(Partition lambda)
    {
        int i = Partitions.IndexOf(lambda);
        if (i < 0) throw new ArgumentException($"{lambda} is not a partition of {N}.", nameof(lambda));
        return i;
    }

    /// <summary>
    /// ⟨χ, ψ⟩ = (1/n!) Σ_μ |C_μ| χ(μ) ψ(μ) for class functions given as values per column (real-valued,
    /// as all characters of Sₙ are). Returns the exact rational as numerator over n!.
    /// </summary>
    public (BigInteger Numerator, BigInteger Denominator) InnerProduct(IReadOnlyList<BigInteger> chi, IReadOnlyList<BigInteger> psi)
    {
        if (chi.Count != Partitions.Length || psi.Count != Partitions.Length)
            throw new ArgumentException($"Class functions of S_{N} have {Partitions.Length} values, one per class.");
        BigInteger sum = BigInteger.Zero;
        for (int j = 0; j < Partitions.Length; j++) sum += ClassSizes[j] * chi[j] * psi[j];
        return (sum, Factorials.Of(N));
    }

    /// <summary>The row of χ^{Partitions[row]} as a list.</summary>
    public IReadOnlyList<BigInteger> Row(int row) => Enumerable.Range(0, Partitions.Length).Select(j => values[row, j]).ToArray();
}
