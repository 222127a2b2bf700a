using System.Collections;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// Representatives of conjugacy classes of maximal subgroups of Sₙ or Aₙ, one per class, and whether
/// the list is complete. An incomplete list (n &gt; <see cref="MaximalSubgroups.CompleteUpToDegree"/>)
/// holds only the families that exist for every n, and <see cref="Note"/> says what is missing.
/// </summary>
public sealed class MaximalSubgroupList : IReadOnlyList<MaximalSubgroup>
{
    private readonly IReadOnlyList<MaximalSubgroup> items;

    internal MaximalSubgroupList(int degree, bool alternating, IReadOnlyList<MaximalSubgroup> items, bool complete, string? note)
    {
        Degree = degree;
        IsAlternating = alternating;
        this.items = items;
        IsComplete = complete;
        Note = note;
    }

    /// <summary>n.</summary>
    public int Degree { get; }

    /// <summary>True for the maximal subgroups of Aₙ, false for those of Sₙ.</summary>
    public bool IsAlternating { get; }

    /// <summary>The group whose maximal subgroups these are, e.g. <c>S_12</c>.</summary>
    public string Parent => (IsAlternating ? "A_" : "S_") + Degree;

    /// <summary>True when every conjugacy class of maximal subgroups is represented.</summary>
    public bool IsComplete { get; }

    /// <summary>For an incomplete list, which classes are not enumerated; null when complete.</summary>
    public string? Note { get; }

    /// <inheritdoc/>
    public int Count => items.Count;

    /// <inheritdoc/>
    public MaximalSubgroup this[int index] => items[index];

    /// <inheritdoc/>
    public IEnumerator<MaximalSubgroup> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
