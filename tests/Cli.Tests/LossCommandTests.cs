using System.Text.Json;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

public sealed class LossCommandTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    private static double[] Doubles(JsonElement e) => e.EnumerateArray().Select(v => v.GetDouble()).ToArray();

    [Fact]
    public void At_W_equal_I_the_population_loss_and_its_gradient_vanish_and_the_isotropy_is_the_full_diagonal()
    {
        var j = Json("loss", "--point", "identity", "--d", "5", "--json");
        Assert.True(Math.Abs(j.GetProperty("loss").GetDouble()) < 1e-12);
        Assert.True(j.GetProperty("gradientNorm").GetDouble() < 1e-12);
        Assert.Equal(JsonValueKind.Null, j.GetProperty("standardError").ValueKind);
        var iso = j.GetProperty("isotropy");
        Assert.Equal("ΔS_5", iso.GetProperty("name").GetString());
        Assert.Equal("120", iso.GetProperty("order").GetString());
        Assert.Equal(120, iso.GetProperty("orbitSize").GetInt64()); // (5!)²/5!: the permutation matrices
        Assert.Equal(2, iso.GetProperty("fixedDimension").GetInt32()); // span{I, J − I}
    }

    [Fact]
    public void The_Monte_Carlo_loss_agrees_with_an_independent_Monte_Carlo_estimate_within_its_standard_error()
    {
        // W fixed, inputs uniform on [-1,1]³: the CLI's seeded estimate against this test's own 400 000 samples.
        double[][] w = [[0.9, 0.2, -0.1], [0.1, 1.1, 0.3], [-0.4, 0.0, 0.7]];
        var path = dir.Rows("w.json", w);
        var j = Json("loss", "--point", path, "--d", "3", "--distribution", "uniform(-1,1)", "--model", "two-layer(samples=50000,seed=7)", "--json");
        double cli = j.GetProperty("loss").GetDouble(), se = j.GetProperty("standardError").GetDouble();
        Assert.Contains("50000 samples", j.GetProperty("model").GetString());
        var rng = new Random(12345);
        const int n = 400_000;
        double sum = 0, sq = 0;
        var x = new double[3];
        for (int s = 0; s < n; s++)
        {
            for (int c = 0; c < 3; c++) x[c] = 2 * rng.NextDouble() - 1;
            double r = 0;
            for (int i = 0; i < 3; i++) r += Math.Max(0, w[i][0] * x[0] + w[i][1] * x[1] + w[i][2] * x[2]) - Math.Max(0, x[i]);
            double l = 0.5 * r * r;
            sum += l;
            sq += l * l;
        }
        double mean = sum / n, seOwn = Math.Sqrt((sq / n - mean * mean) / n);
        Assert.True(se > 0 && se < 0.05 * cli, $"standard error {se} for loss {cli}");
        Assert.True(Math.Abs(cli - mean) < 4 * Math.Sqrt(se * se + seOwn * seOwn), $"CLI {cli} ± {se}, independent {mean} ± {seOwn}");
    }

    [Theory]
    [InlineData("two-layer", 3, 9)]
    [InlineData("deep(widths=3-2,activation=tanh,bias=true,samples=60,seed=2)", 1, 23)] // (3·3+3) + (2·3+2) + (1·2+1)
    public void The_reported_gradient_matches_central_differences_of_reported_values(string model, int rows, int n)
    {
        var rng = new Random(5);
        var x = Enumerable.Range(0, n).Select(_ => rng.NextDouble() - 0.5).ToArray();
        double[][] Shape(double[] y) => Enumerable.Range(0, rows).Select(i => y[(i * n / rows)..((i + 1) * n / rows)]).ToArray();
        JsonElement At(double[] y, string name) =>
            Json("loss", "--model", model, "--d", "3", "--point", dir.Rows(name, Shape(y)), "--json");
        var grad = Doubles(At(x, "x.json").GetProperty("gradient"));
        Assert.Equal(n, grad.Length);
        const double h = 1e-5;
        foreach (int i in Enumerable.Range(0, n).OrderBy(_ => rng.Next()).Take(6))
        {
            double Value(double shift)
            {
                var y = (double[])x.Clone();
                y[i] += shift;
                return At(y, $"p{i}{shift}.json").GetProperty("loss").GetDouble();
            }
            double fd = (Value(h) - Value(-h)) / (2 * h);
            Assert.True(Math.Abs(fd - grad[i]) < 1e-7 * Math.Max(1, Math.Abs(grad[i])), $"parameter {i}: FD {fd}, reported {grad[i]}");
        }
    }
}
