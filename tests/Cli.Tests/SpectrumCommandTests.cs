using System.Text.Json;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

public sealed class SpectrumCommandTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    private static (double Value, long Multiplicity)[] Clusters(JsonElement j) =>
        j.GetProperty("eigenvalues").EnumerateArray().Select(e => (e.GetProperty("value").GetDouble(), e.GetProperty("multiplicity").GetInt64())).ToArray();

    /// <summary>W with the pattern of ΔS_4×ΔS_2 on M(6,6): entries depend on the blocks of row and column and on i = j.</summary>
    private static double[][] BlockPattern(double[,] offDiagonal, double[] diagonal) =>
        Enumerable.Range(0, 6).Select(i => Enumerable.Range(0, 6).Select(c =>
            i == c ? diagonal[i < 4 ? 0 : 1] : offDiagonal[i < 4 ? 0 : 1, c < 4 ? 0 : 1]).ToArray()).ToArray();

    [Fact]
    public void Isotypic_and_dense_spectra_agree_at_a_non_critical_point_of_type_DS4xDS2()
    {
        var path = dir.Rows("w.json", BlockPattern(new[,] { { 0.1, -0.2 }, { 0.3, 0.05 } }, [0.9, 1.2]));
        var dense = Json("spectrum", "--point", path, "--d", "6", "--method", "dense", "--json");
        var block = Json("spectrum", "--point", path, "--d", "6", "--method", "isotypic", "--json");
        Assert.Equal("isotypic", block.GetProperty("method").GetString());
        Assert.Equal("ΔS_4×ΔS_2", block.GetProperty("isotropy").GetProperty("name").GetString());
        Assert.False(dense.GetProperty("critical").GetBoolean());
        Assert.Equal(JsonValueKind.Null, dense.GetProperty("classification").ValueKind);
        Assert.True(dense.GetProperty("gradientNorm").GetDouble() > 1e-3);
        var (d, b) = (Clusters(dense), Clusters(block));
        Assert.Equal(d.Length, b.Length);
        for (int i = 0; i < d.Length; i++)
        {
            Assert.Equal(d[i].Multiplicity, b[i].Multiplicity);
            Assert.Equal(d[i].Value, b[i].Value, 9);
        }
        Assert.Equal(36, b.Sum(c => c.Multiplicity));
        // Every eigenvalue of the isotypic path is labelled by an irreducible of S_4 × S_2, written as a pair of partitions.
        Assert.All(block.GetProperty("eigenvalues").EnumerateArray(), e =>
            Assert.All(e.GetProperty("irreducibles").EnumerateArray(), l => Assert.Matches(@"^\(\[[\d,]+\],\[[\d,]+\]\)$", l.GetString()!)));
    }

    [Fact]
    public void At_W_equal_I_past_the_dense_limit_auto_uses_blocks_and_finds_the_papers_smallest_eigenvalue()
    {
        // d = 51: 2601 parameters. At W = I, λ_min = 1/4 − 1/(2π) (Arjevani & Field, "A tale of symmetry II"), the point is critical and a minimum.
        var j = Json("spectrum", "--point", "identity", "--d", "51", "--json");
        // W = I is block constant (ΔS_51), so auto takes the reduced road (spectrum per irreducible from the reduced model).
        Assert.Equal("reduced", j.GetProperty("method").GetString());
        Assert.True(j.GetProperty("critical").GetBoolean());
        Assert.Equal("minimum", j.GetProperty("classification").GetString());
        Assert.Equal(0.25 - 1 / (2 * Math.PI), j.GetProperty("smallestEigenvalue").GetDouble(), 9);
        Assert.Equal(2601, Clusters(j).Sum(c => c.Multiplicity));
    }

    [Fact]
    public void The_dense_spectrum_of_a_deep_net_has_the_trace_of_second_differences_of_the_loss()
    {
        const string model = "deep(widths=2-2,activation=tanh,bias=true,samples=40,seed=3)";
        const int n = 2 * 3 + 2 + 2 * 2 + 2 + 1 * 2 + 1; // W1, b1, W2, b2, W3, b3 for d = 3
        var rng = new Random(8);
        var x = Enumerable.Range(0, n).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var j = Json("spectrum", "--model", model, "--d", "3", "--point", dir.Rows("x.json", [x]), "--json");
        Assert.Equal("dense", j.GetProperty("method").GetString());
        Assert.Equal(JsonValueKind.Null, j.GetProperty("isotropy").ValueKind);
        double trace = Clusters(j).Sum(c => c.Value * c.Multiplicity);
        // Σ ∂²L/∂xᵢ² from loss values alone (the CLI's loss at shifted points), step 1e-3: error O(h²) ≈ 1e-6.
        const double h = 1e-3;
        double Loss(double[] y, string name) => Json("loss", "--model", model, "--d", "3", "--point", dir.Rows(name, [y]), "--json").GetProperty("loss").GetDouble();
        double l0 = Loss(x, "x0.json"), sum = 0;
        for (int i = 0; i < n; i++)
        {
            var plus = (double[])x.Clone();
            var minus = (double[])x.Clone();
            plus[i] += h;
            minus[i] -= h;
            sum += (Loss(plus, "p.json") - 2 * l0 + Loss(minus, "m.json")) / (h * h);
        }
        Assert.Equal(sum, trace, 4);
    }

    [Fact]
    public void A_deep_relu_net_at_its_layered_identity_teacher_has_no_negative_eigenvalue()
    {
        // Teacher of deep(widths=4-4) on d = 4: W1 = W2 = I_4, W3 = 1ᵀ (Arjevani & Field, "Symmetry of the target model"). Zero loss, so the Hessian is JᵀJ ⪰ 0;
        // its second layer sits exactly on ReLU kinks (pre-activations relu(x)), where finite differences found a saddle.
        var identity = Enumerable.Range(0, 16).Select(t => t / 4 == t % 4 ? 1.0 : 0.0);
        var teacher = identity.Concat(identity).Concat(Enumerable.Repeat(1.0, 4)).ToArray();
        var j = Json("spectrum", "--model", "deep(widths=4-4,activation=relu)", "--d", "4", "--point", dir.Rows("teacher.json", [teacher]), "--json");
        Assert.Equal(0, j.GetProperty("loss").GetDouble());
        Assert.True(j.GetProperty("critical").GetBoolean());
        Assert.Equal(0, j.GetProperty("negativeEigenvalues").GetInt32());
        Assert.DoesNotContain("saddle", j.GetProperty("classification").GetString());
        double top = j.GetProperty("largestEigenvalue").GetDouble();
        Assert.True(j.GetProperty("smallestEigenvalue").GetDouble() >= -1e-13 * top);
    }
}
