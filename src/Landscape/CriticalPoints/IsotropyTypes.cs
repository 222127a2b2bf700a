using System.Numerics;
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
