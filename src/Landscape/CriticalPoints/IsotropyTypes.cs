using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The isotropy types of the identity-teacher problem (k = d) named in the papers: diagonal Young subgroups
/// Δ(S_{p₁} × … × S_{p_r}) ≤ ΔS_d acting as (π, π) on M(d,d), e.g. ΔS_{d−1}×ΔS₁ for the spurious minima of
/// Safran and Shamir.
/// </summary>
public static class IsotropyTypes
{
    /// <summary>The Young subgroup S_{p₁} × … × S_{p_r} of S_d on consecutive blocks 0..p₁−1, p₁..p₁+p₂−1, ….</summary>
    /// <exception cref="ArgumentException">A part is not positive.</exception>
    public static PermutationGroup Young(IReadOnlyList<int> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0 || parts.Any(p => p < 1)) throw new ArgumentException("Young subgroup parts must be positive integers.", nameof(parts));
        int d = parts.Sum(), start = 0;
        var gens = new List<Permutation>();
        BigInteger order = 1;
        foreach (var p in parts)
        {
            gens.AddRange(Constructions.SymmetricOn(d, Enumerable.Range(start, p).ToArray()).Generators);
            order *= Factorials.Of(p);
            start += p;
        }
        return PermutationGroup.Create(d, gens, order);
    }

    /// <summary>Δ(S_{p₁} × … × S_{p_r}) on the cells of M(d,d) (and the second layer), d = Σ pᵢ.</summary>
    public static PermutationGroup Diagonal(IReadOnlyList<int> parts, bool secondLayer = false) =>
        MatrixCellAction.Diagonal(Young(parts), secondLayer);

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
