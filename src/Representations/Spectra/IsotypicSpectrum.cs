using System.Collections.Immutable;

namespace Landscape.Symmetry.Representations;

/// <summary>
/// The spectrum of an equivariant symmetric operator, one isotypic component at a time: one <see cref="SpectralValue"/>
/// per eigenvalue of each irreducible type's compression (a compression with a repeated eigenvalue lists it
/// repeatedly). Multiplicities add up to the dimension of the space.
/// </summary>
public sealed class IsotypicSpectrum
{
    internal IsotypicSpectrum(ImmutableArray<SpectralValue> values, long dimension, long applications)
    {
        Values = values;
        Dimension = dimension;
        OperatorApplications = applications;
    }

    /// <summary>
    /// An isotypic spectrum computed elsewhere (e.g. from a loss restricted to fixed spaces): the values are sorted by
    /// eigenvalue and the dimension is the sum of their multiplicities.
    /// </summary>
    /// <param name="values">Eigenvalues with multiplicities and irreducible types.</param>
    /// <param name="applications">Operator applications the computation used (for the record).</param>
    public static IsotypicSpectrum FromValues(IEnumerable<SpectralValue> values, long applications)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.OrderBy(v => v.Eigenvalue).ToImmutableArray();
        return new IsotypicSpectrum(sorted, sorted.Sum(v => v.Multiplicity), applications);
    }

    /// <summary>The eigenvalues with their multiplicities and types, sorted by eigenvalue.</summary>
    public ImmutableArray<SpectralValue> Values { get; }

    /// <summary>Σ multiplicities: the dimension of the space.</summary>
    public long Dimension { get; }

    /// <summary>Matrix–vector products the computation used, including the equivariance check.</summary>
    public long OperatorApplications { get; }

    /// <summary>
    /// The distinct eigenvalues, merging values within <paramref name="relativeTolerance"/> · max |λ|
    /// of each other (chained), with summed multiplicities; at most Σ multiplicities of the types.
    /// </summary>
    public IReadOnlyList<(double Eigenvalue, long Multiplicity)> Distinct(double relativeTolerance = 1e-9)
    {
        double scale = Values.Length == 0 ? 0 : Values.Max(v => Math.Abs(v.Eigenvalue));
        var result = new List<(double, long)>();
        double last = double.NaN;
        foreach (var v in Values)
        {
            if (result.Count > 0 && v.Eigenvalue - last <= relativeTolerance * scale)
                result[^1] = (result[^1].Item1, result[^1].Item2 + v.Multiplicity);
            else result.Add((v.Eigenvalue, v.Multiplicity));
            last = v.Eigenvalue;
        }
        return result;
    }

    /// <summary>All eigenvalues with repetition, ascending (for comparison with a dense solver; dimension at most 10⁷).</summary>
    /// <exception cref="InvalidOperationException">The dimension exceeds 10⁷.</exception>
    public double[] Expand()
    {
        if (Dimension > 10_000_000)
            throw new InvalidOperationException($"The spectrum has {Dimension} eigenvalues with repetition; Expand is limited to 10⁷. Use Values.");
        var all = new double[Dimension];
        long k = 0;
        bool sorted = true;
        double last = double.NegativeInfinity;
        foreach (var v in Values)
        {
            sorted &= v.Eigenvalue >= last;
            last = v.Eigenvalue;
            all.AsSpan((int)k, (int)v.Multiplicity).Fill(v.Eigenvalue);
            k += v.Multiplicity;
        }
        if (!sorted) Array.Sort(all); // values in eigenvalue order (always, from FromValues) expand already sorted
        return all;
    }
}
