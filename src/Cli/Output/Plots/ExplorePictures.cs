using Landscape.Symmetry.Cli.Commands;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Cli.Output.Plots;

/// <summary>The critical points <c>explore</c> found, as one spectrum panel each for <see cref="SpectrumPlot"/>.</summary>
internal static class ExplorePictures
{
    /// <summary>
    /// The Hessian spectrum of every point of <paramref name="report"/>: the survey's spectrum by irreducible where the
    /// report carries it (any d); otherwise recomputed from W as reported (rounded to 6 decimals, which moves eigenvalues
    /// by ~1e-6) by isotypic components where the point's isotropy is a diagonal Young type, else dense in one unlabelled strip.
    /// </summary>
    public static Figure Spectra(ExploreReport report, IObjective? model = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Points.Length == 0) throw new InvalidOperationException("explore found no critical point, so there is no spectrum to draw.");
        var panels = report.Points.Select(p =>
        {
            string kind = p.Classification is null ? "" : p.Classification == "saddle" ? $", saddle (index {p.Index})" : $", {p.Classification}";
            string title = $"{p.Isotropy}: loss {PlotStyle.Number(p.Loss, 5)}{kind}";
            if (p.Irreducibles is { } irreducibles)
            {
                var values = irreducibles.SelectMany(b => b.Eigenvalues.Select(v => new SpectrumEntry(v, b.Dimension, b.Label))).ToList();
                double scale = values.Count == 0 ? 1 : Math.Max(1, values.Max(v => Math.Abs(v.Eigenvalue)));
                return new SpectrumPanel(title, SpectrumEntries.Merge(values, SpectrumCommand.DefaultClusterTolerance * scale));
            }
            if (model is null) throw new ArgumentException($"The point {p.Isotropy} carries no spectrum, so the model is needed to compute it.", nameof(model));
            if (p.Weights is not { } weights) throw new InvalidOperationException($"explore reported no weights for the point {p.Isotropy}, so its spectrum cannot be drawn.");
            var x = weights.SelectMany(row => row).ToArray();
            PointSpectrum spectrum;
            try { spectrum = PointSpectrum.Compute(model, x, SpectrumMethod.Isotypic, cancellationToken: cancellationToken); }
            catch (InvalidOperationException) { spectrum = PointSpectrum.Compute(model, x, SpectrumMethod.Dense, cancellationToken: cancellationToken); }
            double tolerance = SpectrumCommand.DefaultClusterTolerance * Math.Max(1, spectrum.Spectrum.Eigenvalues.Max(Math.Abs));
            return new SpectrumPanel(title, SpectrumEntries.Of(spectrum, tolerance));
        }).ToList();
        return SpectrumPlot.Render(panels);
    }
}
