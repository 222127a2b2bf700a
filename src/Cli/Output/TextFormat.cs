using System.Collections.Immutable;
using System.Numerics;
using System.Text;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>Short, readable renderings of long lists for the table output.</summary>
internal static class TextFormat
{
    /// <summary>
    /// A sorted point set with runs compressed, e.g. <c>{0–5, 9}</c>, cut with "…" after
    /// <paramref name="maxChars"/> characters.
    /// </summary>
    public static string PointSet(IReadOnlyList<int> sortedPoints, int maxChars = 60)
    {
        var sb = new StringBuilder("{");
        int i = 0;
        bool first = true;
        while (i < sortedPoints.Count)
        {
            int j = i;
            while (j + 1 < sortedPoints.Count && sortedPoints[j + 1] == sortedPoints[j] + 1) j++;
            string part = j == i ? $"{sortedPoints[i]}"
                : j == i + 1 ? $"{sortedPoints[i]}, {sortedPoints[j]}"
                : $"{sortedPoints[i]}–{sortedPoints[j]}";
            if (sb.Length + part.Length + 2 > maxChars)
            {
                sb.Append(first ? "…" : ", …");
                break;
            }
            if (!first) sb.Append(", ");
            sb.Append(part);
            first = false;
            i = j + 1;
        }
        return sb.Append('}').ToString();
    }

    /// <summary>
    /// The orbits, e.g. <c>2 orbits: {0–5}, {6, 7}</c> when short, otherwise a size census such as
    /// <c>400 orbits: 396 of size 1, 4 of size 2</c>.
    /// </summary>
    public static string Orbits(ImmutableArray<ImmutableArray<int>> orbits, int degree)
    {
        if (orbits.Length == 0) return "none (no points)";
        string noun = orbits.Length == 1 ? "1 orbit" : $"{orbits.Length} orbits";
        if (orbits.Length <= 4)
        {
            var listed = string.Join(", ", orbits.Select(o => PointSet(o, 40)));
            if (listed.Length <= 80) return $"{noun}: {listed}";
        }
        return $"{noun}: {SizeCensus(orbits.Select(o => o.Length))}";
    }

    /// <summary>Sizes with multiplicities, e.g. <c>396 of size 1, 4 of size 2</c> (ascending size).</summary>
    public static string SizeCensus(IEnumerable<int> sizes) =>
        string.Join(", ", sizes.GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{g.Count()} of size {g.Key}"));

    /// <summary>A big integer, with its digit count appended when it is long.</summary>
    public static string BigNumber(BigInteger n, int maxDigits = 40)
    {
        var s = n.ToString();
        if (s.Length <= maxDigits) return s;
        int head = maxDigits / 2, tail = maxDigits / 4;
        return $"{s[..head]}…{s[^tail..]} ({s.Length} digits)";
    }

    /// <summary>Text cut to <paramref name="maxChars"/> characters with "…".</summary>
    public static string Truncate(string text, int maxChars) =>
        text.Length <= maxChars ? text : text[..(maxChars - 1)] + "…";

    /// <summary>Up to <paramref name="maxItems"/> items, one per line, with a "(N more)" line after.</summary>
    public static string Lines(IReadOnlyList<string> items, int maxItems, int maxChars)
    {
        if (items.Count == 0) return "none";
        var shown = items.Take(maxItems).Select(x => Truncate(x, maxChars)).ToList();
        if (items.Count > maxItems) shown.Add($"… ({items.Count - maxItems} more)");
        return string.Join("\n", shown);
    }
    /// <summary>
    /// An integer exactly when it has at most 15 digits, otherwise in scientific form,
    /// e.g. <c>≈ 7.8865×10^374</c>.
    /// </summary>
    public static string Approximate(BigInteger n)
    {
        var s = BigInteger.Abs(n).ToString();
        if (s.Length <= 15) return n.ToString();
        var sign = n.Sign < 0 ? "-" : "";
        return $"≈ {sign}{s[0]}.{s[1..5]}×10^{s.Length - 1}";
    }
}
