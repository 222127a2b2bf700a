namespace Landscape.Symmetry.Landscape.Tests.Naive;

/// <summary>
/// The papers' ReLU protocol written out in one loop, as it was before SGD took its gradient from an
/// <see cref="IStochasticGradient"/>: Xavier entries from the run's generator, then per step a Gaussian batch drawn entry by
/// entry from the same generator and the hand-derived gradient of ½(Σᵢ aᵢ relu(wᵢ·x) − Σⱼ relu(vⱼ·x))². Plain loops in
/// the library's summation order: for d ≤ 3 its vectorized dot products take their scalar path on any hardware, so a
/// correct refactoring agrees bit for bit, not just to rounding.
/// </summary>
internal static class NaiveSgd
{
    public static double[] Run(double[,] teacher, int k, bool trainable, int batchSize, double step, int steps, int seed)
    {
        int kt = teacher.GetLength(0), d = teacher.GetLength(1);
        if (d > 3) throw new ArgumentException("Bit-for-bit agreement is only promised for d ≤ 3 (scalar dot products).");
        var v = Enumerable.Range(0, kt).Select(j => Enumerable.Range(0, d).Select(c => teacher[j, c]).ToArray()).ToArray();
        var rng = new Random(seed);
        var x = new double[k * d + (trainable ? k : 0)];
        double r = Math.Sqrt(6.0 / (d + k));
        for (int t = 0; t < k * d; t++) x[t] = r * (2 * rng.NextDouble() - 1);
        for (int i = 0; i < (trainable ? k : 0); i++) x[k * d + i] = 1;
        var batch = new double[batchSize * d];
        var g = new double[x.Length];
        var pre = new double[k];
        for (int s = 0; s < steps; s++)
        {
            for (int t = 0; t < batch.Length; t++) batch[t] = Sampling.StandardNormal(rng);
            Array.Clear(g);
            for (int b = 0; b < batchSize; b++)
            {
                var input = batch.AsSpan(b * d, d);
                double residual = 0;
                for (int i = 0; i < k; i++)
                {
                    pre[i] = Dot(x.AsSpan(i * d, d), input);
                    residual += (trainable ? x[k * d + i] : 1) * Math.Max(pre[i], 0);
                }
                for (int j = 0; j < kt; j++) residual -= Math.Max(Dot(v[j], input), 0);
                for (int i = 0; i < k; i++)
                {
                    double a = trainable ? x[k * d + i] : 1;
                    double scale = residual * a * (pre[i] > 0 ? 1 : 0);
                    if (scale != 0) for (int c = 0; c < d; c++) g[i * d + c] += scale * input[c];
                    if (trainable) g[k * d + i] += residual * Math.Max(pre[i], 0);
                }
            }
            for (int t = 0; t < g.Length; t++) g[t] /= batchSize;
            for (int t = 0; t < x.Length; t++) x[t] -= step * g[t];
        }
        return x;
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (int j = 0; j < a.Length; j++) sum += a[j] * b[j];
        return sum;
    }
}
