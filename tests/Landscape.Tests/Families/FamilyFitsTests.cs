using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape.Tests.Families;

/// <summary>
/// <see cref="FamilyFits"/>: which families get fits, the global-minimum family W = I whose coordinates are known in closed
/// form for every d (diagonal 1, off-diagonal 0, loss 0), and every fit checked away from its stations by the reduced
/// model itself: at a d between the stations Newton from the fitted coordinates lands on a critical point next to them.
/// </summary>
public class FamilyFitsTests
{
    [Fact]
    public void Fitted_families_predict_critical_points_between_their_stations_and_the_identity_family_has_its_closed_form()
    {
        var model = new FamilyModel(FamilyType.Parse("S(d)"), ReluGaussianKernel.Instance);
        var exploration = FamilyExplorer.Follow(model, 4, 6);
        var (fits, cancelled) = FamilyFits.Of(model, exploration, fitTo: 1e4);
        Assert.False(cancelled);
        Assert.Equal(exploration.Families.Count, fits.Count);
        bool sawIdentity = false;
        for (int i = 0; i < fits.Count; i++)
        {
            var family = exploration.Families[i];
            bool reachesTop = family.Rows.Any(r => r.D == exploration.To);
            Assert.Equal(reachesTop, fits[i] is not null);
            if (fits[i] is not { } fit || fit.Fits.Count == 0) continue;
            Assert.Equal(exploration.To, fit.Trace.Rows[0].D, 1e-9);

            var layout = model.At(exploration.To).Layout;
            var coordinateFits = fit.Fits.Take(layout.Dimension).ToList();
            for (int o = 0; o < layout.Dimension; o++) Assert.Equal(layout.OrbitName(o), coordinateFits[o].Quantity);
            // Between stations, where nothing was fitted: Newton on the reduced loss at that d, started at the fitted
            // coordinates, converges to a critical point next to them (the fit interpolates the family, not just its data).
            const double between = 777.7;
            if (fit.Trace.Stop is null && fit.Trace.Rows[^1].D >= between)
            {
                var predicted = coordinateFits.Select(f => LargeDExpansion.Evaluate(f.Terms, between)).ToArray();
                var loss = model.At(between);
                var x = (double[])predicted.Clone();
                var g = new double[x.Length];
                for (int step = 0; step < 30; step++)
                {
                    loss.Gradient(x, g);
                    var dx = Matrix<double>.Build.DenseOfArray(loss.Hessian(x)).Solve(Vector<double>.Build.DenseOfArray(g));
                    for (int t = 0; t < x.Length; t++) x[t] -= dx[t];
                    if (dx.AbsoluteMaximum() < 1e-14) break;
                }
                loss.Gradient(x, g);
                double scale = Math.Max(1, g.Length == 0 ? 1 : x.Max(Math.Abs));
                Assert.True(Math.Sqrt(g.Sum(v => v * v)) < 1e-8 * between * between, $"family {i}: Newton did not converge at d = {between}");
                // Each coordinate within its fit's own error estimate at that d (Σ |error of c_p|·d^{−p/2}), with room for
                // the estimate's own looseness, and never worse than 1e-4.
                for (int o = 0; o < x.Length; o++)
                {
                    double stated = LargeDExpansion.Evaluate(coordinateFits[o].Terms.Select(t => t with { Coefficient = Math.Abs(t.Error) }).ToList(), between);
                    double moved = Math.Abs(x[o] - predicted[o]);
                    Assert.True(moved <= Math.Max(10 * stated, 1e-12 * scale) && moved < 1e-4 * scale,
                        $"family {i}, {coordinateFits[o].Quantity}: the fitted value is {moved:G3} from the critical point at d = {between}; the fit states {stated:G3}");
                }
            }

            if (Math.Abs(family.Rows.Last(r => r.D == exploration.To).Loss) < 1e-12)
            {
                sawIdentity = true;
                // W = I at every d: limits exactly the constant coordinates, and the loss limit 0.
                var start = family.Rows.Last(r => r.D == exploration.To).Coordinates;
                for (int o = 0; o < layout.Dimension; o++) Assert.Equal(start[o], coordinateFits[o].Limit, 1e-9);
                Assert.Contains(start, c => Math.Abs(c - 1) < 1e-12);
                var lossFit = fit.Fits.FirstOrDefault(f => f.Quantity == "loss");
                if (lossFit is not null) Assert.Equal(0, lossFit.Limit, 1e-9);
            }
        }
        Assert.True(sawIdentity, "the global-minimum family W = I is among the families of ΔS_d");
    }
}
