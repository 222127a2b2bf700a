namespace Landscape.Symmetry.Plugins;

/// <summary>Seeded sampling helpers shared by the distributions.</summary>
internal static class Sampling
{
    public static void CheckShape(int d, int count, int? dimension)
    {
        if (d < 1) throw new ArgumentException($"The input dimension d must be at least 1; got {d}.", nameof(d));
        if (count < 0) throw new ArgumentException($"The sample count must not be negative; got {count}.", nameof(count));
        if (dimension is { } fixedD && fixedD != d)
            throw new ArgumentException($"This distribution lives in dimension {fixedD}; d = {d} was asked for.", nameof(d));
        if ((long)d * count > int.MaxValue / 2) throw new ArgumentException($"{count} samples of dimension {d} are too many for one array.", nameof(count));
    }

    /// <summary>Standard normals by Box–Muller (both outputs used): portable and reproducible from the seed.</summary>
    public static void FillGaussian(Random rng, Span<double> x)
    {
        for (int i = 0; i < x.Length; i += 2)
        {
            double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
            double r = Math.Sqrt(-2 * Math.Log(u1)), t = 2 * Math.PI * u2;
            x[i] = r * Math.Cos(t);
            if (i + 1 < x.Length) x[i + 1] = r * Math.Sin(t);
        }
    }
}
