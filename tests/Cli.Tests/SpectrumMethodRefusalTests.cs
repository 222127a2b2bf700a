using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

/// <summary>
/// A spectrum method that cannot apply to the model is refused by the library (PointReading, PointSpectrum) with one
/// error line — the command has no checks of its own.
/// </summary>
public sealed class SpectrumMethodRefusalTests
{
    [Fact]
    public void The_reduced_method_without_a_pair_kernel_is_refused_with_the_reason()
    {
        var line = AssertInvalidInput("spectrum", "--point", "identity", "--d", "3", "--distribution", "uniform(-1,1)", "--method", "reduced");
        Assert.Contains("reduced spectrum needs a two-layer model with Gaussian inputs of diagonal covariance", line);
    }

    [Theory]
    [InlineData("isotypic")]
    [InlineData("block")]
    public void The_isotypic_method_for_a_deep_model_is_refused_with_the_reason(string method)
    {
        var line = AssertInvalidInput("spectrum", "--model", "deep(widths=3,samples=10)", "--d", "3", "--point", "random", "--method", method);
        Assert.Contains("deep model's spectrum is dense", line);
    }
}
