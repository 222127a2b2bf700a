using System.Globalization;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// An irreducible representation of a family's group, one shape per factor, written in d: factor f of size p gets
/// the partition (p − |τ_f|, τ_f) for a short tail τ_f ∈ {(), (1), (2), (1,1)} — the only shapes that occur in
/// M(k, d) ⊕ ℝᵏ, whose constituents lose at most two boxes from the first rows in total.
/// </summary>
/// <param name="Tails">The tail of each factor (empty for the trivial shape).</param>
public sealed record IrreducibleLabel(IReadOnlyList<int[]> Tails)
{
    /// <summary>The trivial representation of a group with this many factors.</summary>
    public static IrreducibleLabel Trivial(int factors) => new(Enumerable.Range(0, factors).Select(_ => Array.Empty<int>()).ToArray());

    /// <summary>True for the trivial representation (every tail empty).</summary>
    public bool IsTrivial => Tails.All(t => t.Length == 0);

    /// <summary>Boxes taken from the first rows, Σ|τ_f|.</summary>
    public int Removed => Tails.Sum(t => t.Sum());

    /// <summary>The dimension Π dim(p_f − |τ_f|, τ_f) at the given factor sizes (a polynomial in the sizes).</summary>
    public double Dimension(IReadOnlyList<double> factorSizes)
    {
        double dim = 1;
        for (int f = 0; f < Tails.Count; f++)
        {
            double p = factorSizes[f];
            dim *= Tails[f] switch
            {
                [] => 1,
                [1] => p - 1,
                [2] => p * (p - 3) / 2,
                [1, 1] => (p - 1) * (p - 2) / 2,
                _ => throw new InvalidOperationException($"Unsupported tail ({string.Join(",", Tails[f])})."),
            };
        }
        return dim;
    }

    /// <summary>
    /// The scalar by which T = Σ_f Σ_{τ transposition of factor f} (τ − 1) acts on this irreducible:
    /// Σ_f (content sum of the shape − p_f(p_f − 1)/2).
    /// </summary>
    public double TranspositionSumValue(IReadOnlyList<double> factorSizes)
    {
        double sum = 0;
        for (int f = 0; f < Tails.Count; f++)
        {
            double p = factorSizes[f], first = p - Tails[f].Sum();
            double content = first * (first - 1) / 2;
            for (int row = 1; row <= Tails[f].Length; row++)
                for (int col = 0; col < Tails[f][row - 1]; col++) content += col - row;
            sum += content - p * (p - 1) / 2;
        }
        return sum;
    }

    /// <summary>True when every shape is a partition at these sizes (first row at least as long as the next).</summary>
    public bool ExistsAt(IReadOnlyList<double> factorSizes)
    {
        for (int f = 0; f < Tails.Count; f++)
            if (Tails[f].Length > 0 && factorSizes[f] - Tails[f].Sum() < Tails[f][0] - 1e-12) return false;
        return true;
    }

    /// <summary>Text with the sizes written in d, e.g. "(d-2,1) × (1)".</summary>
    public string Format(IReadOnlyList<string> factorSizes)
    {
        var parts = new List<string>();
        for (int f = 0; f < Tails.Count; f++)
        {
            string p = factorSizes[f];
            if (Tails[f].Length == 0) { parts.Add($"({p})"); continue; }
            int j = Tails[f].Sum();
            string first = TryConstant(p, out double value)
                ? (value - j).ToString(CultureInfo.InvariantCulture)
                : AffineCount.Parse(p) is var a ? new AffineCount(a.Constant - j, a.PerD).ToString() : p;
            parts.Add($"({first},{string.Join(",", Tails[f])})");
        }
        return string.Join(" × ", parts);
    }

    private static bool TryConstant(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>All labels with at most two boxes removed in total (at most one from a rows-only factor).</summary>
    public static IReadOnlyList<IrreducibleLabel> Candidates(IReadOnlyList<FactorKind> kinds)
    {
        var options = new[] { Array.Empty<int>(), new[] { 1 }, new[] { 2 }, new[] { 1, 1 } };
        var result = new List<IrreducibleLabel>();
        var chosen = new int[kinds.Count][];
        void Walk(int f, int budget)
        {
            if (f == kinds.Count) { result.Add(new IrreducibleLabel(chosen.ToArray())); return; }
            foreach (var o in options)
            {
                if (o.Sum() > budget || (kinds[f] == FactorKind.RowsOnly && o.Sum() > 1)) continue;
                chosen[f] = o;
                Walk(f + 1, budget - o.Sum());
            }
        }
        Walk(0, 2);
        return result;
    }
}
