using System.Globalization;
using System.Text.RegularExpressions;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// Names of the diagonal Young types Δ(S_{p₁} × … × S_{p_r}) ≤ ΔS_d by their parts: written, parsed, and the ones
/// the papers look at for k = d. The groups themselves are <see cref="MatrixCellAction.DiagonalYoung"/> (on M(d,d))
/// and <see cref="Constructions.Young"/> (on d points); the type of a computed isotropy group is <see cref="IsotropyType"/>.
/// </summary>
public static class DiagonalYoungTypes
{
    /// <summary>A readable name: ΔS_6, ΔS_5×ΔS_1, ΔS_4×ΔS_2.</summary>
    public static string Name(IReadOnlyList<int> parts) => string.Join("×", parts.Select(p => $"ΔS_{p}"));

    /// <summary>
    /// The parts of a diagonal Young type written as <see cref="Name"/> writes it — <c>ΔS_5×ΔS_1</c>, <c>(ΔS_1)^6</c> — or in
    /// ASCII: <c>S_5 x S_1</c>, <c>S(5) x S(1)</c>, <c>DS_4*DS_2</c> (Δ may be written D or left out; factors joined by ×, x or *).
    /// </summary>
    /// <param name="name">The type.</param>
    /// <param name="d">The size the parts must add up to.</param>
    /// <exception cref="FormatException">The text is not such a name.</exception>
    /// <exception cref="ArgumentException">The parts do not add up to d.</exception>
    public static int[] Parse(string name, int d)
    {
        ArgumentNullException.ThrowIfNull(name);
        var parts = new List<int>();
        foreach (var raw in name.Split(['×', 'x', 'X', '*']))
        {
            var factor = raw.Trim();
            var m = PowerFactor.Match(factor);
            if (!m.Success) m = SingleFactor.Match(factor);
            if (!m.Success || !int.TryParse(m.Groups["p"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int p) || p < 1
                || !int.TryParse(m.Groups["m"].Success ? m.Groups["m"].Value : "1", NumberStyles.None, CultureInfo.InvariantCulture, out int times) || times < 1 || times > 10_000)
                throw new FormatException(
                    $"'{name}' is not a diagonal Young type: expected factors such as ΔS_5×ΔS_1, ΔS_4×ΔS_2 or (ΔS_1)^6 (ASCII: S_5 x S_1); '{factor}' is not one.");
            parts.AddRange(Enumerable.Repeat(p, times));
        }
        if (parts.Sum() != d)
            throw new ArgumentException($"The type {Name(parts)} has parts adding up to {parts.Sum()}, but d = {d}.", nameof(name));
        return parts.ToArray();
    }

    private static readonly Regex PowerFactor = new(@"^\(\s*[ΔD]?S(?:_|\()?(?<p>\d{1,5})\)?\s*\)\s*\^\s*(?<m>\d{1,5})$", RegexOptions.CultureInvariant);
    private static readonly Regex SingleFactor = new(@"^[ΔD]?S(?:_|\()?(?<p>\d{1,5})\)?$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The types the exploration looks at for k = d: ΔS_d (the global minimum W = I), ΔS_{d−1}×ΔS₁,
    /// ΔS_{d−2}×ΔS₂ and ΔS_{d−2}×ΔS₁×ΔS₁ (when d is large enough for each).
    /// </summary>
    public static IReadOnlyList<int[]> MainTypes(int d)
    {
        var list = new List<int[]> { new[] { d } };
        if (d >= 2) list.Add(new[] { d - 1, 1 });
        if (d >= 4) list.Add(new[] { d - 2, 2 });
        if (d >= 3) list.Add(new[] { d - 2, 1, 1 });
        return list;
    }
}
