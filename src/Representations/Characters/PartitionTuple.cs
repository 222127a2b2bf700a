using System.Collections.Immutable;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Representations;

/// <summary>
/// A tuple of partitions (λ₁, …, λ_r), an immutable value. For a Young subgroup
/// S_{n₁} × … × S_{n_r} it labels an irreducible character (λᵢ ⊢ nᵢ, the outer tensor product of the
/// factors' irreducibles) or a conjugacy class (λᵢ the cycle type of the i-th component).
/// </summary>
/// <remarks>Factor order matters: ([2],[1]) and ([1],[2]) belong to different groups.</remarks>
public sealed class PartitionTuple : IEquatable<PartitionTuple>
{
    /// <summary>The partitions, one per factor, in factor order.</summary>
    public ImmutableArray<Partition> Parts { get; }

    /// <summary>Builds a tuple from its partitions (at least one, none null).</summary>
    /// <exception cref="ArgumentException">The tuple is empty or contains null.</exception>
    public PartitionTuple(IEnumerable<Partition> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var array = parts.ToImmutableArray();
        if (array.Length == 0) throw new ArgumentException("A partition tuple needs at least one partition (one per factor).", nameof(parts));
        for (int i = 0; i < array.Length; i++)
            if (array[i] is null) throw new ArgumentException($"Partition {i + 1} of the tuple is null.", nameof(parts));
        Parts = array;
    }

    /// <summary>Builds a tuple from its partitions.</summary>
    public static PartitionTuple Of(params Partition[] parts) => new(parts);

    /// <summary>The number of factors r.</summary>
    public int Count => Parts.Length;

    /// <summary>The i-th partition (0-based).</summary>
    public Partition this[int index] => Parts[index];

    /// <summary>The sizes (|λ₁|, …, |λ_r|), i.e. the degrees of the factors S_{nᵢ} this tuple belongs to.</summary>
    public ImmutableArray<int> Sizes => Parts.Select(p => p.Size).ToImmutableArray();

    /// <summary>Parenthesised bracket form, e.g. <c>([3,1],[2])</c>.</summary>
    public override string ToString() => "(" + string.Join(",", Parts) + ")";

    /// <inheritdoc />
    public bool Equals(PartitionTuple? other) =>
        other is not null && Parts.Length == other.Parts.Length && Parts.Zip(other.Parts).All(p => p.First.Equals(p.Second));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PartitionTuple);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var p in Parts) h.Add(p);
        return h.ToHashCode();
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(PartitionTuple? a, PartitionTuple? b) => a is null ? b is null : a.Equals(b);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(PartitionTuple? a, PartitionTuple? b) => !(a == b);
}
