using System.Collections.Immutable;

namespace Landscape.Symmetry.Landscape;

/// <summary>One distinct eigenvalue of a spectrum read with a tolerance.</summary>
/// <param name="Value">The eigenvalue (multiplicity-weighted mean of its cluster).</param>
/// <param name="Multiplicity">How many eigenvalues, with multiplicity, the cluster holds.</param>
/// <param name="Irreducibles">The irreducibles of the isotropy whose isotypic components it came from (isotypic and reduced roads), else null.</param>
public sealed record EigenvalueCluster(double Value, long Multiplicity, ImmutableArray<string>? Irreducibles);

/// <summary>The distinct eigenvalues of a <see cref="PointSpectrum"/>.</summary>
public static class EigenvalueClusters
{
    /// <summary>
    /// Ascending eigenvalues merged while the gap to the previous one is at most <paramref name="tolerance"/> (single
    /// linkage), each cluster at its multiplicity-weighted mean with the irreducibles it came from.
    /// </summary>
    public static ImmutableArray<EigenvalueCluster> Of(PointSpectrum spectrum, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        var values = spectrum.ByIrreducible is { } labelled
            ? labelled.Values.Select(v => (Value: v.Eigenvalue, Multiplicity: v.Multiplicity, Label: (string?)v.Irreducible.Label)).ToList()
            : spectrum.Spectrum.Eigenvalues.Select(v => (Value: v, Multiplicity: 1L, Label: (string?)null)).ToList();
        values.Sort((a, b) => a.Value.CompareTo(b.Value));
        var result = new List<EigenvalueCluster>();
        int start = 0;
        for (int i = 1; i <= values.Count; i++)
        {
            if (i < values.Count && values[i].Value - values[i - 1].Value <= tolerance) continue;
            var run = values.GetRange(start, i - start);
            long m = run.Sum(v => v.Multiplicity);
            double mean = run.Sum(v => v.Value * v.Multiplicity) / m;
            ImmutableArray<string>? labels = spectrum.ByIrreducible is null ? null : run.Select(v => v.Label!).Distinct().ToImmutableArray();
            result.Add(new EigenvalueCluster(mean, m, labels));
            start = i;
        }
        return result.ToImmutableArray();
    }
}
