using System.Diagnostics;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Benchmarks -- compare-point-spectra D</c>: at the ΔS_{D−1}×ΔS_1 spurious
/// minimum of the ReLU identity-teacher model (found by the survey), one timed dense spectrum (the full Hessian and
/// MathNet's eigensolver) against the reduced one (<see cref="PointSpectrum"/> with <see cref="SpectrumMethod.Reduced"/>),
/// both through the same library call the <c>spectrum</c> command makes, after a warm-up at D = 5; and the largest
/// difference of the sorted eigenvalues.
/// </summary>
public static class ReducedSpectrumComparison
{
    public static void Run(int d)
    {
        static double[] Minimum(int n)
        {
            var model = SurveyModel.Identity(ReluGaussianKernel.Instance, n);
            var result = LandscapeSurvey.Run(model, new SurveyOptions { Types = new[] { $"S_{n - 1} x S_1" } });
            return result.Points.First(p => p.IsSpuriousMinimum || n < 6).Embed();
        }
        var warm = Minimum(5);
        var warmModel = TwoLayerPopulationLoss.IdentityTeacher(5, 5);
        PointSpectrum.Compute(warmModel, warm, SpectrumMethod.Dense);
        PointSpectrum.Compute(warmModel, warm, SpectrumMethod.Reduced);

        var x = Minimum(d);
        var full = TwoLayerPopulationLoss.IdentityTeacher(d, d);
        var clock = Stopwatch.StartNew();
        var dense = PointSpectrum.Compute(full, x, SpectrumMethod.Dense).Spectrum.Eigenvalues;
        var denseTime = clock.Elapsed;
        clock.Restart();
        var reduced = PointSpectrum.Compute(full, x, SpectrumMethod.Reduced).Spectrum.Eigenvalues;
        var reducedTime = clock.Elapsed;
        double diff = dense.Zip(reduced).Max(p => Math.Abs(p.First - p.Second));
        Console.WriteLine($"d = {d}, n = {x.Length}: dense {denseTime.TotalMilliseconds:F0} ms, reduced {reducedTime.TotalMilliseconds:F2} ms, " +
                          $"ratio {denseTime / reducedTime:F0}, max |λ_dense − λ_reduced| {diff:E1}");
    }
}
