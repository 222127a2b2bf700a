using Landscape.Symmetry.Cli.Commands;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Cli.Output.Plots;

/// <summary>The critical points <c>explore</c> found, as one spectrum panel each for <see cref="SpectrumPlot"/>.</summary>
internal static class ExplorePictures
{
    /// <summary>
    /// The Hessian spectrum of every point of <paramref name="report"/> (W as reported, rounded to 6 decimals, which moves
    /// eigenvalues by ~1e-6): by isotypic blocks, labelled by irreducible, where the point's isotropy is a diagonal Young
    /// type; otherwise dense, in one unlabelled strip.
    /// </summary>
    public static Figure Spectra(IObjective model, ExploreReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(report);
        if (report.Points.Length == 0) throw new InvalidOperationException("explore found no critical point, so there is no spectrum to draw.");
        var panels = report.Points.Select(p =>
        {
            var x = p.Weights.SelectMany(row => row).ToArray();
            PointSpectrum spectrum;
            try { spectrum = PointSpectrum.Compute(model, x, SpectrumMethod.Block, cancellationToken: cancellationToken); }
            catch (InvalidOperationException) { spectrum = PointSpectrum.Compute(model, x, SpectrumMethod.Dense, cancellationToken: cancellationToken); }
            double tolerance = SpectrumCommand.DefaultClusterTolerance * Math.Max(1, spectrum.Spectrum.Eigenvalues.Max(Math.Abs));
            string kind = p.Classification is null ? "" : p.Classification == "saddle" ? $", saddle (index {p.Index})" : $", {p.Classification}";
            return new SpectrumPanel($"{p.Isotropy}: loss {PlotStyle.Number(p.Loss, 5)}{kind}", SpectrumEntries.Of(spectrum, tolerance));
        }).ToList();
        return SpectrumPlot.Render(panels);
    }
}
