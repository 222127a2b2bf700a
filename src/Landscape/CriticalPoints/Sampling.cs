namespace Landscape.Symmetry.Landscape;

/// <summary>Seeded Gaussian samples (Marsaglia's polar method), the one source of randomness of this layer.</summary>
public static class Sampling
{
    /// <summary>A standard normal sample from <paramref name="random"/>.</summary>
    public static double StandardNormal(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        while (true)
        {
            double u = 2 * random.NextDouble() - 1, v = 2 * random.NextDouble() - 1, s = u * u + v * v;
            if (s > 0 && s < 1) return u * Math.Sqrt(-2 * Math.Log(s) / s);
        }
    }
}
