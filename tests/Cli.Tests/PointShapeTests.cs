using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

// Without --d (and --k) the sizes come from the --point file's shape, not from the default d = 4.
public sealed class PointShapeTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void A_two_layer_file_gives_k_and_d()
    {
        var file = dir.Rows("w.json", [[1, 0, 0], [0, 1, 0], [0, 0, 1], [0.5, 0.5, 0], [0, 0.2, 0.1]]);
        var j = Json("loss", "--point", file, "--json");
        Assert.StartsWith("two-layer k = 5, d = 3,", j.GetProperty("model").GetString());
        Assert.Equal(15, j.GetProperty("parameters").GetInt32());
        // The same point under --d 3 --k 5 has the same loss: the sizes were read, not guessed.
        Assert.Equal(Json("loss", "--point", file, "--d", "3", "--k", "5", "--json").GetProperty("loss").GetDouble(), j.GetProperty("loss").GetDouble());
    }

    [Fact]
    public void With_a_second_layer_the_last_column_is_a()
    {
        var file = dir.Rows("wa.json", [[1, 0, 0, 1], [0, 1, 0, 1]]);
        var j = Json("spectrum", "--point", file, "--second-layer", "--json");
        Assert.StartsWith("two-layer k = 2, d = 3 (+a),", j.GetProperty("model").GetString());
    }

    [Fact]
    public void A_critical_point_written_by_critical_reads_back_without_sizes()
    {
        var path = dir.File("c.json");
        var found = Json("critical", "--d", "3", "--k", "2", "--seed", "4", "--out", path, "--json");
        var back = Json("loss", "--point", path, "--json");
        Assert.StartsWith("two-layer k = 2, d = 3,", back.GetProperty("model").GetString());
        Assert.Equal(found.GetProperty("loss").GetDouble(), back.GetProperty("loss").GetDouble(), 14);
    }

    [Fact]
    public void A_deep_vector_gives_the_input_dimension()
    {
        // deep(widths=4), no biases: n = 4·d + 4, so 16 parameters mean d = 3.
        var file = dir.File("v.json");
        File.WriteAllText(file, "[1,0,0, 0,1,0, 0,0,1, 0,0,0, 1,1,1,1]");
        var j = Json("loss", "--model", "deep(widths=4,samples=20)", "--point", file, "--json");
        Assert.StartsWith("deep net 3-4-1,", j.GetProperty("model").GetString());
        // A length no d fits is reported against the default d, with the expected shape.
        File.WriteAllText(file, "[1,0,0,0,1]");
        Assert.Contains("flat vector", AssertInvalidInput("loss", "--model", "deep(widths=4,samples=20)", "--point", file));
    }

    [Fact]
    public void An_explicit_d_still_wins_and_a_mismatch_is_an_error()
    {
        var file = dir.Rows("w.json", [[1, 0, 0], [0, 1, 0]]);
        Assert.Contains("2×3", AssertInvalidInput("loss", "--point", file, "--d", "4"));
    }
}
