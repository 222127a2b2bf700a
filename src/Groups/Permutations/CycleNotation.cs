namespace Landscape.Symmetry.Groups;

/// <summary>
/// Reads GAP cycle notation: 1-based points, cycles in parentheses, commas between points,
/// white space ignored, <c>()</c> for the identity.
/// </summary>
public static class CycleNotation
{
    /// <summary>Parses one permutation; see <see cref="Permutation.Parse"/>.</summary>
    /// <exception cref="FormatException">The text is malformed; the message names the offending position.</exception>
    public static Permutation Parse(string text, int? degree = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (degree is < 0)
            throw new FormatException($"The degree must be non-negative; got {degree}.");
        var cycles = new List<List<int>>();
        int pos = 0;
        SkipSpace(text, ref pos);
        if (pos == text.Length)
            throw new FormatException("Empty permutation text: expected cycle notation such as (1,2,3)(4,5), or () for the identity.");
        while (pos < text.Length)
        {
            if (text[pos] != '(')
                throw Error(text, pos, "expected '('");
            pos++;
            SkipSpace(text, ref pos);
            var cycle = new List<int>();
            if (pos < text.Length && text[pos] == ')')
            {
                pos++;
                SkipSpace(text, ref pos);
                continue; // "()" is the identity; it may stand alone or between cycles
            }
            while (true)
            {
                int start = pos;
                while (pos < text.Length && char.IsAsciiDigit(text[pos])) pos++;
                if (pos == start)
                    throw Error(text, start, "expected a positive point number");
                var digits = text.AsSpan(start, pos - start);
                if (!int.TryParse(digits, out int point) || point > Permutation.MaxDegree)
                    throw Error(text, start, $"point {digits} exceeds the supported maximum degree {Permutation.MaxDegree}");
                if (point < 1)
                    throw Error(text, start, "points are numbered from 1");
                cycle.Add(point - 1);
                SkipSpace(text, ref pos);
                if (pos == text.Length)
                    throw Error(text, pos, "unclosed cycle, expected ',' or ')'");
                if (text[pos] == ',') { pos++; SkipSpace(text, ref pos); continue; }
                if (text[pos] == ')') { pos++; break; }
                throw Error(text, pos, "expected ',' or ')'");
            }
            cycles.Add(cycle);
            SkipSpace(text, ref pos);
        }

        int largest = 0;
        foreach (var c in cycles) foreach (var p in c) largest = Math.Max(largest, p + 1);
        int n = degree ?? largest;
        if (largest > n)
            throw new FormatException($"Point {largest} in \"{text}\" exceeds the degree {n}: points must lie in 1..{n}.");
        var seen = new bool[n];
        foreach (var c in cycles)
            foreach (var p in c)
            {
                if (seen[p])
                    throw new FormatException($"Point {p + 1} appears more than once in \"{text}\": in cycle notation each point appears at most once.");
                seen[p] = true;
            }
        return Permutation.FromCycles(n, cycles.ToArray());
    }

    private static void SkipSpace(string text, ref int pos)
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
    }

    private static FormatException Error(string text, int pos, string what) =>
        new($"Malformed cycle notation at position {pos + 1} of \"{text}\": {what}.");
}
