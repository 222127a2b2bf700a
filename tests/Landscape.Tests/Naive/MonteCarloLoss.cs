namespace Landscape.Symmetry.Landscape.Tests.Naive;

/// <summary>
/// The loss by sampling: ½ (Σ aᵢ relu(wᵢ·x) − Σ uⱼ relu(vⱼ·x))² averaged over seeded Gaussian x, with the
/// standard error of the mean from the same samples.
/// </summary>
internal static class MonteCarloLoss
{
    public static (double Mean, double StandardError) Estimate(
        double[,] w, double[] a, double[,] v, double[] u, int samples, int seed)
    {
        int k = w.GetLength(0), d = w.GetLength(1), kt = v.GetLength(0);
        var rng = new Random(seed);
        var x = new double[d];
        double sum = 0, sumSq = 0;
        for (int s = 0; s < samples; s++)
        {
            for (int j = 0; j < d; j++) x[j] = Gaussian.Next(rng);
            double y = 0;
            for (int i = 0; i < k; i++) y += a[i] * Relu(w, i, x);
            for (int j = 0; j < kt; j++) y -= u[j] * Relu(v, j, x);
            double l = 0.5 * y * y;
            sum += l;
            sumSq += l * l;
        }
        double mean = sum / samples;
        double variance = (sumSq / samples - mean * mean) * samples / (samples - 1);
        return (mean, Math.Sqrt(variance / samples));
    }

    private static double Relu(double[,] m, int row, double[] x)
    {
        double z = 0;
        for (int j = 0; j < x.Length; j++) z += m[row, j] * x[j];
        return Math.Max(z, 0);
    }
}

/// <summary>Standard normal samples by Box–Muller (independent of the library's generator).</summary>
internal static class Gaussian
{
    public static double Next(Random rng)
    {
        double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
