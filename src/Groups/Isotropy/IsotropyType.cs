using System.Collections.Immutable;
using System.Numerics;
using System.Text;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// A readable, conjugacy-invariant name for an isotropy group G ≤ S_k × S_d (or G ≤ S_d acting
/// diagonally).
/// </summary>
/// <param name="Name">
/// <c>ΔS_5×ΔS_1</c> when G is conjugate to exactly the diagonal Young subgroup ΔS_{p₁}×…×ΔS_{p_r}
/// (parts in decreasing order; a part repeated more than three times is written <c>(ΔS_1)^7</c>);
/// <c>S_2×S_1 (rows) × S_3 (columns)</c> when G is the full product of the symmetric groups on its
/// row orbits and on its column orbits; otherwise <see cref="Structure"/>, prefixed by
/// <c>diagonal, </c> when G is conjugate into ΔS_d.
/// </param>
/// <param name="Structure">Always available: <c>order 8; rows 4+4; columns 2+2+2+2</c> (orbit lengths in decreasing order; more than four equal lengths are written <c>1^30</c>; an order of more than 20 digits as <c>≈ 6.4010×10^573</c>).</param>
/// <param name="IsDiagonal">Whether G is conjugate to a subgroup of ΔS_d (rows and columns isomorphic as G-sets).</param>
/// <param name="DiagonalYoungParts">The parts p₁ ≥ … ≥ p_r when G is conjugate to ΔS_{p₁}×…×ΔS_{p_r}; otherwise empty.</param>
public sealed record IsotropyType(string Name, string Structure, bool IsDiagonal, ImmutableArray<int> DiagonalYoungParts)
{
    /// <summary>The name.</summary>
    public override string ToString() => Name;

    internal static IsotropyType Describe(BigInteger order, IReadOnlyList<int> rowOrbitLengths, IReadOnlyList<int> columnOrbitLengths, bool diagonal)
    {
        var rows = rowOrbitLengths.OrderByDescending(x => x).ToArray();
        var columns = columnOrbitLengths.OrderByDescending(x => x).ToArray();
        string structure = $"order {OrderText(order)}; rows {Lengths(rows)}; columns {Lengths(columns)}";
        var rowYoung = rows.Aggregate(BigInteger.One, (p, x) => p * Factorials.Of(x));
        var columnYoung = columns.Aggregate(BigInteger.One, (p, x) => p * Factorials.Of(x));
        if (diagonal && order == rowYoung)
            return new IsotropyType(YoungName(rows, "ΔS_"), structure, true, rows.ToImmutableArray());
        if (!diagonal && order == rowYoung * columnYoung)
            return new IsotropyType($"{YoungName(rows, "S_")} (rows) × {YoungName(columns, "S_")} (columns)", structure, false, ImmutableArray<int>.Empty);
        return new IsotropyType(diagonal ? "diagonal, " + structure : structure, structure, diagonal, ImmutableArray<int>.Empty);
    }

    /// <summary>Exact up to 20 digits, otherwise <c>≈ 6.4010×10^573</c> (the exact order is on the group).</summary>
    private static string OrderText(BigInteger order)
    {
        var s = order.ToString();
        return s.Length <= 20 ? s : $"≈ {s[0]}.{s[1..5]}×10^{s.Length - 1}";
    }

    /// <summary>Orbit lengths joined by "+", a run of more than four equal lengths written <c>1^30</c>.</summary>
    private static string Lengths(int[] sorted) =>
        string.Join("+", sorted.GroupBy(x => x).SelectMany(run =>
            run.Count() > 4 ? new[] { $"{run.Key}^{run.Count()}" } : run.Select(x => x.ToString())));

    private static string YoungName(int[] parts, string prefix)
    {
        var sb = new StringBuilder();
        foreach (var run in parts.GroupBy(p => p))
        {
            int m = run.Count();
            var factors = m > 3
                ? new[] { $"({prefix}{run.Key})^{m}" }
                : Enumerable.Repeat(prefix + run.Key, m);
            foreach (var f in factors)
            {
                if (sb.Length > 0) sb.Append('×');
                sb.Append(f);
            }
        }
        return sb.ToString();
    }
}
