using System.Numerics;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// The number of conjugacy classes of a group, or why it was not computed.
/// Exactly one of <see cref="Count"/> and <see cref="Reason"/> is non-null.
/// </summary>
/// <param name="Count">The number of classes, when known.</param>
/// <param name="Reason">Why the number is unknown, when <paramref name="Count"/> is null.</param>
public sealed record ConjugacyClassCount(BigInteger? Count, string? Reason)
{
    // Get-only (no init) so that `with` cannot break the one-of-two invariant.

    /// <summary>The number of classes, or null when it could not be computed.</summary>
    public BigInteger? Count { get; } = CheckCount(Count, Reason);

    /// <summary>Why <see cref="Count"/> is null; null whenever the count is known.</summary>
    public string? Reason { get; } = Reason;

    /// <summary>A known count.</summary>
    public static ConjugacyClassCount Known(BigInteger count) => new(count, null);

    /// <summary>An unknown count with the reason it could not be computed.</summary>
    public static ConjugacyClassCount Unknown(string reason) => new(null, reason);

    private static BigInteger? CheckCount(BigInteger? count, string? reason)
    {
        if (count is null && string.IsNullOrWhiteSpace(reason))
            throw new ArgumentException("An unknown class count needs a reason saying why it is unknown.", nameof(reason));
        if (count is not null && reason is not null)
            throw new ArgumentException("A known class count carries no reason; give either a count or a reason.", nameof(reason));
        if (count is { } c && c < 1)
            throw new ArgumentOutOfRangeException(nameof(count), c, "Every group has at least one conjugacy class.");
        return count;
    }
}
