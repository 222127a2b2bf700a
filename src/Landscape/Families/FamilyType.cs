using System.Globalization;
using System.Numerics;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// An isotropy type written in d: the diagonal Young subgroup ΔS_{p₁} × … × ΔS_{p_r} of S_d × S_d (parts written in d,
/// summing to d identically, e.g. <c>S(d-1) x S(1)</c>), acting on M(k, d) with k = d + m: the first d rows are
/// paired with the d columns, and m extra rows (over-parameterisation) form one more block permuted among
/// themselves (a factor S_m acting on rows only).
/// </summary>
public sealed record FamilyType
{
    /// <summary>A type from its parts and extra rows.</summary>
    /// <exception cref="ArgumentException">No parts, parts that do not sum to d, a negative extra-row count.</exception>
    public FamilyType(IReadOnlyList<AffineCount> parts, int extraRows = 0)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0) throw new ArgumentException("A type needs at least one part.", nameof(parts));
        double c = parts.Sum(p => p.Constant), b = parts.Sum(p => p.PerD);
        if (Math.Abs(c) > 1e-12 || Math.Abs(b - 1) > 1e-12)
            throw new ArgumentException(
                $"The parts ({string.Join(", ", parts)}) sum to {new AffineCount(c, b)}, not d: a type of S_d must cover all d rows and columns.", nameof(parts));
        if (parts.Any(p => p.PerD < 0))
            throw new ArgumentException("A part decreasing in d cannot stay positive as d grows.", nameof(parts));
        if (parts.Any(p => p.IsConstant && (p.Constant < 1 || p.Constant != Math.Floor(p.Constant))))
            throw new ArgumentException("Constant parts must be positive integers.", nameof(parts));
        if (extraRows < 0) throw new ArgumentException($"The k-offset (extra rows) must be non-negative; got {extraRows}.", nameof(extraRows));
        Parts = parts.ToArray();
        ExtraRows = extraRows;
    }

    /// <summary>The parts p₁, …, p_r written in d.</summary>
    public IReadOnlyList<AffineCount> Parts { get; }

    /// <summary>m = k − d, the rows beyond the d paired ones.</summary>
    public int ExtraRows { get; }

    /// <summary>
    /// The smallest integer d at which the type is generic: every constant part as written, every part that grows
    /// with d at least 2 (so each block has off-diagonal cells and the fixed space has its full dimension).
    /// </summary>
    public int MinimumD
    {
        get
        {
            for (int d = 1; d < 1000; d++)
                if (IsValidAt(d)) return d;
            throw new InvalidOperationException("The type is not valid for any d below 1000.");
        }
    }

    /// <summary>The lowest real d at which the type is valid (<see cref="IsValidAt"/>): every part that grows with d equals at least 2.</summary>
    public double LowestD => Parts.Where(p => !p.IsConstant).Max(p => (2 - p.Constant) / p.PerD);

    /// <summary>True when every part that grows with d is at least 2 at this (real) d.</summary>
    public bool IsValidAt(double d) => double.IsFinite(d) && Parts.All(p => p.IsConstant || p.At(d) >= 2 - 1e-12);

    /// <summary>Throws unless <see cref="IsValidAt"/>.</summary>
    /// <exception cref="ArgumentException">The type is not valid at d.</exception>
    public void CheckValidAt(double d, string name = "d")
    {
        if (!IsValidAt(d))
            throw new ArgumentException(
                $"The type {this} is not valid at d = {d.ToString("G", CultureInfo.InvariantCulture)}: parts growing with d must be at least 2 " +
                $"(the type starts at d = {MinimumD}).", name);
    }

    /// <summary>k = d + m at d.</summary>
    public double KAt(double d) => d + ExtraRows;

    /// <summary>Parses <c>S(d-1) x S(1)</c>, <c>S(d-2) × S(2)</c>, <c>S(d)</c>, with the given k-offset.</summary>
    /// <exception cref="FormatException">The text is not a product of S(count).</exception>
    /// <exception cref="ArgumentException">The parts do not form a type (see the constructor).</exception>
    public static FamilyType Parse(string spec, int kOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var factors = spec.Replace("×", "x", StringComparison.Ordinal).Split('x', StringSplitOptions.TrimEntries);
        var parts = new List<AffineCount>();
        foreach (var f in factors)
        {
            var t = f.Replace("Δ", "", StringComparison.Ordinal).Trim();
            if (t.Length < 4 || !(t.StartsWith("S(", StringComparison.OrdinalIgnoreCase)) || t[^1] != ')')
                throw new FormatException($"'{f}' in the type '{spec}' is not S(count); expected e.g. S(d-1) x S(1).");
            parts.Add(AffineCount.Parse(t[2..^1]));
        }
        return new FamilyType(parts, kOffset);
    }

    /// <summary>The parts at an integer d (for the full model, <see cref="DiagonalYoungTypes"/>).</summary>
    /// <exception cref="ArgumentException">The type is not valid at d.</exception>
    public int[] PartsAt(int d)
    {
        CheckValidAt(d);
        return Parts.Select(p => (int)Math.Round(p.At(d))).ToArray();
    }

    /// <summary>
    /// How many critical points a family of this type has at integer d: |S_k × S_d| / |isotropy| = k!·d!/(Π pᵢ!·m!),
    /// the size of the orbit of a point whose isotropy is exactly this group.
    /// </summary>
    public BigInteger Multiplicity(int d)
    {
        var parts = PartsAt(d);
        BigInteger iso = Factorials.Of(ExtraRows);
        foreach (var p in parts) iso *= Factorials.Of(p);
        return Factorials.Of(d + ExtraRows) * Factorials.Of(d) / iso;
    }

    /// <summary>"S(d-1) x S(1)", with " (k = d+m)" when there are extra rows.</summary>
    public override string ToString() =>
        string.Join(" x ", Parts.Select(p => $"S({p})")) + (ExtraRows > 0 ? $" (k = d+{ExtraRows})" : "");
}
