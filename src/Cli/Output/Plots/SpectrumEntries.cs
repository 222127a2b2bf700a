using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Cli.Output.Plots;

/// <summary>A <see cref="PointSpectrum"/> as the plain entries <see cref="SpectrumPlot"/> draws.</summary>
internal static class SpectrumEntries
{
    /// <summary>The label of the single strip of a dense spectrum, which has no irreducible labels.</summary>
    public const string Unlabelled = "all (dense)";

    /// <summary>
    /// Distinct eigenvalues per irreducible (isotypic and reduced paths) or overall (dense path): ascending values of one label merged
    /// while the gap to the previous is at most <paramref name="tolerance"/>, multiplicities summed.
    /// </summary>
    public static IReadOnlyList<SpectrumEntry> Of(PointSpectrum spectrum, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        var values = spectrum.ByIrreducible is { } blocks
            ? blocks.Values.Select(v => new SpectrumEntry(v.Eigenvalue, v.Multiplicity, v.Irreducible.Label))
            : spectrum.Spectrum.Eigenvalues.Select(v => new SpectrumEntry(v, 1, Unlabelled));
        return Merge(values, tolerance);
    }

    /// <summary>
    /// Ascending values of one label merged while the gap to the previous is at most <paramref name="tolerance"/>,
    /// multiplicities summed.
    /// </summary>
    public static IReadOnlyList<SpectrumEntry> Merge(IEnumerable<SpectrumEntry> values, double tolerance)
    {
        var result = new List<SpectrumEntry>();
        foreach (var strip in values.GroupBy(v => v.Irreducible))
        {
            SpectrumEntry? run = null;
            foreach (var v in strip.OrderBy(v => v.Eigenvalue))
            {
                if (run is not null && v.Eigenvalue - run.Eigenvalue <= tolerance)
                    run = run with { Multiplicity = run.Multiplicity + v.Multiplicity };
                else
                {
                    if (run is not null) result.Add(run);
                    run = v;
                }
            }
            if (run is not null) result.Add(run);
        }
        return result;
    }
}
