using Landscape.Symmetry.Groups;
using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape.Tests.Survey;

/// <summary>
/// Recall of <see cref="LandscapeSurvey"/> against an exhaustive multi-start in the FULL model: for every diagonal Young
/// type with at most 3 blocks, 64 random starts inside Fix(ΔH) (<see cref="FixedSpaceSearch"/>, dense-full-model
/// gradients), Newton to ‖∇L‖ ≤ 1e-12, dense Hessian: every spurious minimum the oracle finds, the survey lists (same
/// loss). Default tier d = 5…8; d = 9…12 in the slow tier
/// (not in the solution): <c>dotnet test tests/SurveySlow.Tests -c Release</c>.
/// </summary>
public class SurveyRecallTests
{
    internal static List<double> OracleSpuriousMinima(int d, int starts = 64)
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(d, d);
        var losses = new List<double>();
        foreach (var parts in YoungTypes(d, 3))
            AddSpuriousMinima(model, MatrixCellAction.DiagonalYoung(parts), starts, 1000 * d, losses);
        return losses;
    }

    /// <summary>
    /// The full-model oracle in one fixed space: <paramref name="starts"/> random starts in Fix(H) (seeds from
    /// <paramref name="seedBase"/>), L-BFGS then Newton to ‖∇L‖ ≤ 1e-12; each point with loss above 1e-8, ‖∇L‖ ≤ 1e-11
    /// and a positive definite dense Hessian adds its loss to <paramref name="losses"/> (once).
    /// </summary>
    internal static void AddSpuriousMinima(TwoLayerPopulationLoss model, PermutationGroup h, int starts, int seedBase, List<double> losses)
    {
        int d = model.Layout.D;
        var search = new FixedSpaceSearch(model, h);
        for (int seed = 0; seed < starts; seed++)
        {
            // Half the starts at Xavier's scale, half with unit spread (rows near ±eᵢ as well as near 0).
            var r = search.Search(search.RandomStart(seedBase + seed, seed % 2 == 0 ? 1.0 / d : 1.0),
                new SearchOptions { Refinement = new NewtonOptions { GradientTolerance = 1e-12 } });
            if (!(r.GradientNorm <= 1e-11) || r.Value < 1e-8) continue;
            var eig = Matrix<double>.Build.DenseOfArray(model.Hessian(r.X)).Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).ToArray();
            if (eig.Min() <= 1e-9 * Math.Max(1, eig.Max(Math.Abs))) continue;
            if (!losses.Any(l => Math.Abs(l - r.Value) < 1e-9)) losses.Add(r.Value);
        }
    }

    internal static IEnumerable<int[]> YoungTypes(int d, int maxBlocks)
    {
        for (int a = d; a >= 1; a--)
        {
            if (a == d) { yield return new[] { d }; continue; }
            for (int b = Math.Min(a, d - a); b >= 1; b--)
            {
                if (a + b == d) yield return new[] { a, b };
                else if (maxBlocks >= 3 && d - a - b <= b) yield return new[] { a, b, d - a - b };
            }
        }
    }

    internal static void AssertRecall(int d)
    {
        var oracle = OracleSpuriousMinima(d);
        // Safran and Shamir's ΔS_{d−1}×ΔS_1 minimum exists from d = 6 on: an oracle that finds nothing there checks nothing.
        if (d >= 6) Assert.NotEmpty(oracle);
        var survey = LandscapeSurvey.Run(SurveyModel.Identity(ReluGaussianKernel.Instance, d));
        var found = survey.Points.Where(p => p.IsSpuriousMinimum).Select(p => p.Loss).ToList();
        foreach (var loss in oracle)
            Assert.True(found.Any(l => Math.Abs(l - loss) < 1e-8),
                $"d = {d}: the full-model oracle finds a spurious minimum with loss {loss:R} that the survey misses (survey: {string.Join(", ", found)}).");
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Finds_every_spurious_minimum_the_full_model_oracle_finds(int d) => AssertRecall(d);
}
