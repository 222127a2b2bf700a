using System.Globalization;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// One of n slices of a sweep, written <c>i/n</c> with 1 ≤ i ≤ n (so <c>1/4</c> is the first of four): the
/// seeds at positions p with p mod n = i − 1. Machines given 1/n … n/n cover every seed exactly once, with no
/// coordination beyond the numbers, which is what a batch scheduler's array index provides.
/// </summary>
/// <param name="Index">i, 1-based.</param>
/// <param name="Count">n.</param>
public sealed record Shard(int Index, int Count)
{
    /// <summary>The whole sweep (1/1).</summary>
    public static Shard All { get; } = new(1, 1);

    /// <summary>Parses <c>i/n</c>.</summary>
    /// <exception cref="FormatException">Not of the form i/n with 1 ≤ i ≤ n.</exception>
    public static Shard Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length != 2 ||
            !int.TryParse(parts[0].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int i) ||
            !int.TryParse(parts[1].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int n))
            throw new FormatException($"A shard is written i/n, e.g. 2/8; got '{text}'.");
        if (n < 1 || i < 1 || i > n) throw new FormatException($"A shard i/n needs 1 ≤ i ≤ n; got '{text}'.");
        return new Shard(i, n);
    }

    /// <summary>The members of this shard, in order.</summary>
    public IEnumerable<T> Select<T>(IEnumerable<T> items) => items.Where((_, p) => p % Count == Index - 1);

    /// <inheritdoc />
    public override string ToString() => $"{Index}/{Count}";
}
