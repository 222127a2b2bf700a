namespace Landscape.Symmetry.Cli.Tests.Hostile;

/// <summary>
/// softplus at the edges of β on the command line, against the limit models: as β → 0 the loss with a fixed second layer
/// and as many student as teacher units tends to the linear model's |Σwᵢ − Σvⱼ|²/8 (softplus_β(z) = log 2/β + z/2 + O(βz²),
/// the constant cancels); as β → ∞ to the ReLU loss (0 ≤ softplus_β − relu ≤ log 2/β, the kernels differ by O(1/β²)).
/// </summary>
public sealed class SoftplusEdgeCliTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("softplus-edge").FullName;
    private static readonly double[][] Point = { new[] { 0.9, 0.2, -0.1 }, new[] { 0.1, 1.2, 0.3 }, new[] { -0.2, 0.1, 0.7 } };

    private string PointFile()
    {
        string path = Path.Combine(dir, "point.json");
        File.WriteAllText(path, "[" + string.Join(",", Point.Select(r => "[" + string.Join(",", r.Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "]")) + "]");
        return path;
    }

    private double Loss(string activation)
    {
        var r = CliRunner.Run("loss", "--point", PointFile(), "--activation", activation, "--json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("", r.Stderr);
        double loss = System.Text.Json.JsonDocument.Parse(r.Stdout).RootElement.GetProperty("loss").GetDouble();
        Assert.True(double.IsFinite(loss), r.Stdout);
        return loss;
    }

    [Theory]
    [InlineData("1e-8")]
    [InlineData("1e-300")]
    [InlineData("1e-307")]
    public void Tiny_beta_gives_the_linear_model(string beta)
    {
        double linear = 0;
        for (int t = 0; t < 3; t++)
        {
            double column = Point.Sum(row => row[t]) - 1; // Σwᵢ − Σvⱼ with V = I
            linear += column * column / 8;
        }
        Assert.Equal(linear, Loss($"softplus(beta={beta})"), 1e-13);
    }

    [Theory]
    [InlineData("1e308", 1e-15)]
    [InlineData("1e6", 1e-10)]
    public void Huge_beta_gives_the_relu_loss(string beta, double tolerance)
    {
        double relu = Loss("relu");
        double softplus = Loss($"softplus(beta={beta})");
        Assert.Equal(relu, softplus, tolerance);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(100.0)]
    public void The_old_refusal_thresholds_are_crossed_continuously(double beta)
    {
        string Spec(double b) => $"softplus(beta={b.ToString("R", System.Globalization.CultureInfo.InvariantCulture)})";
        double below = Loss(Spec(beta * (1 - 1e-7))), above = Loss(Spec(beta * (1 + 1e-7)));
        // dL/dβ is O(1) at these points: the two differ by about 1e-7 β, far below the loss itself.
        Assert.Equal(below, above, 1e-6 * beta);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
