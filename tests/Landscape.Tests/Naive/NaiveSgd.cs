namespace Landscape.Symmetry.Landscape.Tests.Naive;

/// <summary>
/// The papers' ReLU protocol written out in one loop with plain scalar arithmetic: Xavier entries from the run's
/// generator, then per step a batch of <see cref="GaussianBatch"/> normals (one seed from the generator per step; sample b
/// is column b of the d × B block) and the hand-derived gradient of ½(Σᵢ aᵢ relu(wᵢ·x) − Σⱼ relu(vⱼ·x))², sample by
/// sample. The library computes the same steps as SIMD matrix products in another summation order, so the two agree to
/// rounding, not bit for bit.
/// </summary>
internal static class NaiveSgd
{
    public static double[] Run(double[,] teacher, int k, bool trainable, int batchSize, double step, int steps, int seed)
    {
        int kt = teacher.GetLength(0), d = teacher.GetLength(1);
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
            GaussianBatch.Fill((ulong)rng.NextInt64(), batch);
            Array.Clear(g);
            var input = new double[d];
            for (int b = 0; b < batchSize; b++)
            {
                for (int c = 0; c < d; c++) input[c] = batch[c * batchSize + b];
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
