using System.Security.Cryptography;

namespace Landscape.Symmetry.Landscape.Tests.Experiments;

/// <summary>
/// Regression digests that pin the exact numbers of the fast kernels: recorded sweeps are reproduced bit for bit per seed,
/// so a change to the Gaussian stream, to a summation order or to the population gradient must show up here. Each
/// digest is the SHA-256 of the little-endian IEEE bits of the output, taken from the code as it was before the
/// speed-ups of issue 13's last round (commit f5d4f8c); a faster kernel has to reproduce them, not replace them.
/// </summary>
public class BitIdentityTests
{
    private static string Digest(ReadOnlySpan<double> values)
    {
        var bytes = new byte[values.Length * 8];
        for (int i = 0; i < values.Length; i++) BitConverter.TryWriteBytes(bytes.AsSpan(8 * i), BitConverter.DoubleToInt64Bits(values[i]));
        return Convert.ToHexString(SHA256.HashData(bytes))[..32];
    }

    [Theory]
    [InlineData(0UL, 20000, "23E9F4136643AE09E0511795A0D0759B")]
    [InlineData(12345UL, 20000, "DC65D5C015A5BBB12893C422E6BFE713")]
    [InlineData(ulong.MaxValue, 21, "312D48370B42AEBBBB7A22C750CF9D79")]
    public void Gaussian_batches_reproduce_their_recorded_stream(ulong seed, int length, string digest)
    {
        var z = new double[length];
        GaussianBatch.Fill(seed, z);
        Assert.Equal(digest, Digest(z));
    }

    [Theory]
    [InlineData(20, 20, false, 0, "1CEDD94392634EAA972EEF573D3CB7D1")]
    [InlineData(20, 20, true, 7, "560471C03A9B67770268AF49F542672D")]
    [InlineData(13, 11, false, 3, "65A4EAE457250DE031A138C3BB64F697")]
    public void Two_layer_sgd_reproduces_its_recorded_parameters(int k, int d, bool trainable, int seed, string digest)
    {
        var model = new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, Identityish(d), null, k, trainable);
        var problem = SgdProblem.Gaussian(model, Relu.Instance);
        var rng = new Random(seed);
        var x = problem.Gradient.Initialize(rng);
        var g = new double[x.Length];
        for (int s = 0; s < 200; s++)
        {
            problem.Gradient.BatchGradient(x, 1000, rng, g);
            for (int t = 0; t < x.Length; t++) x[t] -= 0.01 * g[t];
        }
        Assert.Equal(digest, Digest(x));
    }

    [Theory]
    [InlineData(100, 100, 1, "4CB2319988CDEE9B323788961AE8D32A")]
    [InlineData(21, 20, 2, "B81E1EF443599EFFAF01928D93D21873")]
    [InlineData(37, 33, 3, "7B374BDD863802A5094076A370ED23C8")]
    public void The_population_loss_and_gradient_reproduce_their_recorded_values(int k, int d, int seed, string digest)
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(k, d);
        var x = GradientDescentRun.GaussianInitialization(model.Layout, new Random(seed));
        var g = new double[x.Length + 1];
        g[^1] = model.Gradient(x, g.AsSpan(0, x.Length));
        Assert.Equal(digest, Digest(g));
    }

    // I_d with one off-diagonal entry, so the dense teacher path is pinned too (k' = d rows).
    private static double[,] Identityish(int d)
    {
        var v = new double[d, d];
        for (int i = 0; i < d; i++) v[i, i] = 1;
        v[0, d - 1] = 0.25;
        return v;
    }
}
