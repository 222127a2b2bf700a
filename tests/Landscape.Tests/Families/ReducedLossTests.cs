using Landscape.Symmetry.Representations;

namespace Landscape.Symmetry.Landscape.Tests.Families;

/// <summary>
/// The reduced loss against the full model at integer d (value L(Jc), gradient Jᵀ∇L, dense Hessian JᵀHJ with J the
/// orbit indicators built here from the layout) and against finite differences at fractional d.
/// </summary>
public class ReducedLossTests
{
    public static TheoryData<string, int, int, bool> Cases => new()
    {
        { "S(d-1) x S(1)", 5, 0, false },
        { "S(d-1) x S(1)", 6, 0, true },
        { "S(d-2) x S(2)", 6, 0, false },
        { "S(d-2) x S(1) x S(1)", 5, 0, true },
        { "S(d)", 4, 0, false },
        { "S(d)", 3, 0, true },
        { "S(d-1) x S(1)", 4, 1, false },
        { "S(d-1) x S(1)", 4, 2, true },
    };

    // J: column o is the indicator of orbit o, found independently by applying the embedding to unit coordinates.
    private static double[,] Indicators(ReducedPopulationLoss f)
    {
        int m = f.Dimension, n = f.Embed(new double[m]).Length;
        var j = new double[n, m];
        for (int o = 0; o < m; o++)
        {
            var e = new double[m];
            e[o] = 1;
            var x = f.Embed(e);
            for (int i = 0; i < n; i++) j[i, o] = x[i];
        }
        return j;
    }

    private static double[] RandomCoords(ReducedPopulationLoss f, Random rng)
    {
        var c = new double[f.Dimension];
        for (int i = 0; i < c.Length; i++)
            c[i] = f.Layout.Orbits[i].Kind == OrbitKind.Diagonal ? 0.8 + 0.3 * rng.NextDouble()
                : f.Layout.Orbits[i].Kind == OrbitKind.SecondLayer ? 0.7 + 0.6 * rng.NextDouble()
                : 0.4 * (rng.NextDouble() - 0.5);
        return c;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Agrees_with_the_full_model_at_integer_d(string spec, int d, int extra, bool trainable)
    {
        var type = FamilyType.Parse(spec, extra);
        var f = new ReducedPopulationLoss(ReluGaussianKernel.Instance, FixedSpaceLayout.ForType(type, d, trainable));
        var full = f.FullModel();
        var jm = Indicators(f);
        int n = jm.GetLength(0), m = f.Dimension;
        Assert.Equal(full.Layout.Dimension, n);
        var rng = new Random(d * 31 + extra);
        for (int trial = 0; trial < 3; trial++)
        {
            var c = RandomCoords(f, rng);
            var x = f.Embed(c);
            double scale = Math.Max(1, Math.Abs(full.Value(x)));
            Assert.Equal(full.Value(x), f.Value(c), 1e-12 * scale);
            var g = new double[n];
            full.Gradient(x, g);
            var gr = new double[m];
            Assert.Equal(full.Value(x), f.Gradient(c, gr), 1e-12 * scale);
            var h = full.Hessian(x);
            var hr = f.Hessian(c);
            for (int o = 0; o < m; o++)
            {
                double expected = 0;
                for (int i = 0; i < n; i++) expected += jm[i, o] * g[i];
                Assert.True(Math.Abs(expected - gr[o]) <= 1e-10 * Math.Max(1, Math.Abs(expected)), $"gradient {o}: {gr[o]} vs {expected}");
                for (int o2 = 0; o2 < m; o2++)
                {
                    double e2 = 0;
                    for (int i = 0; i < n; i++)
                        for (int i2 = 0; i2 < n; i2++) e2 += jm[i, o] * h[i, i2] * jm[i2, o2];
                    Assert.True(Math.Abs(e2 - hr[o, o2]) <= 1e-9 * Math.Max(1, Math.Abs(e2)), $"Hessian ({o},{o2}): {hr[o, o2]} vs {e2}");
                }
            }
        }
    }

    [Theory]
    [InlineData("S(d-1) x S(1)", 7.3, 0, false)]
    [InlineData("S(d-2) x S(2)", 9.61, 0, true)]
    [InlineData("S(d-1) x S(1)", 5.5, 1, true)]
    public void Derivatives_match_finite_differences_at_fractional_d(string spec, double d, int extra, bool trainable)
    {
        var f = new ReducedPopulationLoss(ReluGaussianKernel.Instance, FixedSpaceLayout.ForType(FamilyType.Parse(spec, extra), d, trainable));
        var c = RandomCoords(f, new Random(5));
        int m = f.Dimension;
        var g = new double[m];
        f.Gradient(c, g);
        var h = f.Hessian(c);
        const double step = 1e-5;
        for (int o = 0; o < m; o++)
        {
            var cp = (double[])c.Clone(); cp[o] += step;
            var cm = (double[])c.Clone(); cm[o] -= step;
            double fd = (f.Value(cp) - f.Value(cm)) / (2 * step);
            Assert.True(Math.Abs(fd - g[o]) <= 1e-6 * Math.Max(1, Math.Abs(g[o])), $"gradient {o}: {g[o]} vs {fd}");
            var gp = new double[m]; var gm = new double[m];
            f.Gradient(cp, gp); f.Gradient(cm, gm);
            for (int o2 = 0; o2 < m; o2++)
            {
                double fh = (gp[o2] - gm[o2]) / (2 * step);
                Assert.True(Math.Abs(fh - h[o2, o]) <= 1e-5 * Math.Max(1, Math.Abs(h[o2, o])), $"Hessian ({o2},{o}): {h[o2, o]} vs {fh}");
            }
        }
    }
}
