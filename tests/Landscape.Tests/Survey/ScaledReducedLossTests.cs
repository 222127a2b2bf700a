using Landscape.Symmetry.Representations;
using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape.Tests.Survey;

/// <summary>
/// The reduced loss of a block-scalar teacher V = ⊕ c_f·I and inputs N(0, ⊕ σ_f²·I) against the full model built here
/// (teacher V·diag(σ), student W·diag(σ), standard Gaussian inputs): value, gradient Jᵀ∇L and the Hessian spectrum by
/// irreducible (<see cref="ReducedSpectrum"/>) against the dense eigenvalues of the full Hessian, to 1e-9.
/// </summary>
public class ScaledReducedLossTests
{
    // Blocks (size, teacher scale, input scale); the second layer trains or not.
    public static TheoryData<int[], double[], double[], bool> Cases => new()
    {
        { new[] { 3, 2 }, new[] { 1.0, 2.0 }, new[] { 1.0, 1.0 }, false },
        { new[] { 2, 1, 3 }, new[] { 1.0, 1.0, 2.0 }, new[] { 1.0, 1.0, 1.0 }, true },
        { new[] { 3, 3 }, new[] { 1.0, 1.0 }, new[] { 1.0, Math.Sqrt(2) }, false },
        { new[] { 4, 1 }, new[] { 1.5, 0.5 }, new[] { 0.8, 1.3 }, true },
    };

    private static FixedSpaceLayout Layout(int[] sizes, double[] teacher, double[] input, bool trainable) =>
        new(sizes.Select((p, i) => new LayoutFactor(FactorKind.Coupled, new double[] { p }) { TeacherScale = teacher[i], InputScale = input[i] }).ToArray(), trainable);

    private static (TwoLayerPopulationLoss Full, double[] Sigma) FullModel(int[] sizes, double[] teacher, double[] input, bool trainable)
    {
        int d = sizes.Sum();
        var sigma = sizes.SelectMany((p, i) => Enumerable.Repeat(input[i], p)).ToArray();
        var c = sizes.SelectMany((p, i) => Enumerable.Repeat(teacher[i], p)).ToArray();
        var v = new double[d, d];
        for (int j = 0; j < d; j++) v[j, j] = c[j] * sigma[j];
        return (new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, v, null, d, trainable), sigma);
    }

    // x ↦ x with W's columns multiplied by σ (a unchanged).
    private static double[] ScaleColumns(double[] x, double[] sigma, int d)
    {
        var y = x.ToArray();
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++) y[i * d + j] *= sigma[j];
        return y;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Value_gradient_and_spectrum_agree_with_the_full_model(int[] sizes, double[] teacher, double[] input, bool trainable)
    {
        int d = sizes.Sum();
        var layout = Layout(sizes, teacher, input, trainable);
        var reduced = new ReducedPopulationLoss(ReluGaussianKernel.Instance, layout);
        var (full, sigma) = FullModel(sizes, teacher, input, trainable);
        var rng = new Random(d * 7 + sizes.Length);
        var c = new double[reduced.Dimension];
        for (int o = 0; o < c.Length; o++)
            c[o] = layout.Orbits[o].Kind switch { OrbitKind.Diagonal => 0.7 + 0.4 * rng.NextDouble(), OrbitKind.SecondLayer => 0.8 + 0.4 * rng.NextDouble(), _ => 0.5 * (rng.NextDouble() - 0.5) };
        var x = reduced.Embed(c);
        var xs = ScaleColumns(x, sigma, d);
        Assert.Equal(full.Value(xs), reduced.Value(c), 12);

        // Jᵀ∇_W L with ∇_W L = ∇L₀(W diag σ)·diag σ: the sum over each orbit of the chain-rule gradient.
        var g0 = new double[xs.Length];
        full.Gradient(xs, g0);
        var gw = ScaleColumns(g0, sigma, d);
        var gr = new double[c.Length];
        reduced.Gradient(c, gr);
        for (int o = 0; o < c.Length; o++)
        {
            var e = new double[c.Length];
            e[o] = 1;
            var indicator = reduced.Embed(e);
            double expected = indicator.Select((v, i) => v * gw[i]).Sum();
            Assert.Equal(expected, gr[o], 10);
        }

        // Spectrum: the full Hessian in W is diag(σ)·H₀·diag(σ); its dense eigenvalues against the blocks expanded.
        var h0 = Matrix<double>.Build.DenseOfArray(full.Hessian(xs));
        var s = Vector<double>.Build.Dense(xs.Length, i => i < d * d ? sigma[i % d] : 1);
        var h = Matrix<double>.Build.DiagonalOfDiagonalVector(s) * h0 * Matrix<double>.Build.DiagonalOfDiagonalVector(s);
        var dense = h.Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).Order().ToArray();
        var blocks = ReducedSpectrum.Compute(ReluGaussianKernel.Instance, layout, c);
        var expanded = blocks.SelectMany(b => Enumerable.Repeat(b.Eigenvalues, (int)Math.Round(b.Dimension)).SelectMany(v => v)).Order().ToArray();
        Assert.Equal(dense.Length, expanded.Length);
        for (int i = 0; i < dense.Length; i++) Assert.Equal(dense[i], expanded[i], 9);
    }
}
