using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// The estimated quadrature error of a two-layer population loss whose pair kernel is a
/// <see cref="GaussianQuadratureKernel"/>, at one point: the worst <see cref="KernelAccuracy"/> (largest relative error)
/// over the kernel pairs the loss evaluates there — student–student (with the self pairs), student–teacher and
/// teacher–teacher rows.
/// </summary>
/// <param name="Kernel">The quadrature kernel.</param>
/// <param name="Worst">The estimate at the worst pair.</param>
/// <param name="WorstPair">That pair's geometry.</param>
/// <param name="Pairs">How many distinct pair geometries were estimated.</param>
public sealed record LossQuadratureError(GaussianQuadratureKernel Kernel, KernelAccuracy Worst, PairGeometry WorstPair, int Pairs)
{
    /// <summary>
    /// The estimate for <paramref name="model"/> at <paramref name="x"/>, or null when the model does not evaluate a
    /// quadrature kernel (closed-form kernels, Monte Carlo and deep models).
    /// </summary>
    /// <remarks>
    /// Understands <see cref="TwoLayerPopulationLoss"/> and <see cref="CorrelatedGaussianLoss"/> (whose kernel is taken at
    /// the whitened rows W L). Cost: one <see cref="GaussianQuadratureKernel.EstimateError"/> per distinct pair, about
    /// 1.75 kernel-derivative evaluations each.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="x"/> has the wrong length.</exception>
    public static LossQuadratureError? At(IObjective model, ReadOnlySpan<double> x)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.Layout.CheckLength(x.Length, nameof(x));
        double[] point = x.ToArray();
        // softplus (SoftplusGaussianKernel): each pair's estimate from the rule that serves it.
        TwoLayerPopulationLoss? loss = model as TwoLayerPopulationLoss;
        if (model is CorrelatedGaussianLoss correlated)
        {
            loss = correlated.Standard;
            point = correlated.ToStandard(x);
        }
        var softplus = loss?.Kernel as SoftplusGaussianKernel;
        var kernel = loss?.Kernel as GaussianQuadratureKernel;
        if (loss is null || (kernel is null && softplus is null)) return null;
        int k = loss.Layout.K, d = loss.Layout.D;
        var rows = new List<double[]>();
        for (int i = 0; i < k; i++) rows.Add(point.AsSpan(i * d, d).ToArray());
        for (int j = 0; j < loss.TeacherRows; j++) rows.Add(loss.TeacherRowCopy(j));
        var seen = new HashSet<(double, double, double)>();
        KernelAccuracy? worst = null;
        PairGeometry worstPair = default;
        for (int i = 0; i < rows.Count; i++)
            for (int j = i; j < rows.Count; j++)
            {
                var g = i == j ? PairGeometry.Self(Norm(rows[i])) : Geometry(rows[i], rows[j]);
                // Identical geometries (the identity teacher's rows, repeated student rows) give identical estimates.
                if (!seen.Add((Math.Max(g.NormW, g.NormV), Math.Min(g.NormW, g.NormV), g.Cos))) continue;
                var e = softplus?.EstimateError(g) ?? kernel!.EstimateError(g);
                if (worst is null || !(e.RelativeError <= worst.Value.RelativeError))
                {
                    worst = e;
                    worstPair = g;
                }
            }
        return new LossQuadratureError(softplus?.QuadratureKernelFor(worstPair.NormW, worstPair.NormV) ?? kernel!, worst!.Value, worstPair, seen.Count);
    }

    private static PairGeometry Geometry(double[] w, double[] v) => PairGeometry.Of(w, v, Norm(w), Norm(v), Dot(w, v));

    private static double Norm(double[] w) => Math.Sqrt(Dot(w, w));

    private static double Dot(double[] w, double[] v)
    {
        double s = 0;
        for (int t = 0; t < w.Length; t++) s += w[t] * v[t];
        return s;
    }
}
