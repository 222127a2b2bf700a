using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

/// <summary>
/// <c>spectrum --distribution gaussian(cov=FILE)</c> with a diagonal covariance: auto takes the reduced road (input scales
/// per block), with the same loss and the same eigenvalues as the dense path on the full model.
/// </summary>
public sealed class CovarianceSpectrumTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void A_block_diagonal_covariance_is_reduced_and_agrees_with_dense()
    {
        var cov = dir.File("cov.txt"); // the covariance is rows of numbers as text
        File.WriteAllText(cov, "1 0 0 0\n0 1 0 0\n0 0 2 0\n0 0 0 2\n");
        var point = dir.Rows("w.json", [[0.9, 0.1, -0.2, -0.2], [0.1, 0.9, -0.2, -0.2], [0.3, 0.3, 1.1, 0.05], [0.3, 0.3, 0.05, 1.1]]);
        string distribution = $"gaussian(cov={cov})";
        var auto = Json("spectrum", "--point", point, "--distribution", distribution, "--json");
        var dense = Json("spectrum", "--point", point, "--distribution", distribution, "--method", "dense", "--json");
        Assert.Equal("reduced", auto.GetProperty("method").GetString());
        Assert.Equal(dense.GetProperty("loss").GetDouble(), auto.GetProperty("loss").GetDouble(), 12);
        Assert.Equal(dense.GetProperty("gradientNorm").GetDouble(), auto.GetProperty("gradientNorm").GetDouble(), 9);
        var a = auto.GetProperty("eigenvalues").EnumerateArray().ToList();
        var b = dense.GetProperty("eigenvalues").EnumerateArray().ToList();
        Assert.Equal(b.Count, a.Count);
        for (int i = 0; i < a.Count; i++)
        {
            Assert.Equal(b[i].GetProperty("value").GetDouble(), a[i].GetProperty("value").GetDouble(), 9);
            Assert.Equal(b[i].GetProperty("multiplicity").GetInt64(), a[i].GetProperty("multiplicity").GetInt64());
        }
    }
}
