using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

/// <summary>Bad input to loss, critical, spectrum and the --model options of explore and sgd: exit 2 and one clear line.</summary>
public sealed class PointInputErrorTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Theory]
    [InlineData("loss")]
    [InlineData("critical")]
    [InlineData("spectrum")]
    public void A_missing_point_file_is_named(string command)
    {
        var missing = dir.File("nope.json");
        var line = AssertInvalidInput(command, "--point", missing, "--d", "3");
        Assert.Contains("File not found", line);
        Assert.Contains("nope.json", line);
    }

    [Fact]
    public void A_matrix_of_the_wrong_shape_names_the_shape_expected()
    {
        var path = dir.Rows("w.json", [[1, 0, 0], [0, 1, 0]]);
        // (Without --k the file's two rows would be k: give a k that disagrees.)
        var line = AssertInvalidInput("loss", "--point", path, "--d", "3", "--k", "3");
        Assert.Contains("2×3", line);
        Assert.Contains("3×3 matrix W", line);
        line = AssertInvalidInput("spectrum", "--point", path, "--d", "3", "--k", "2", "--second-layer");
        Assert.Contains("2×4", line);
    }

    [Fact]
    public void A_deep_point_of_the_wrong_length_names_the_parameter_count()
    {
        var path = dir.Rows("x.json", [[1, 2, 3]]);
        var line = AssertInvalidInput("loss", "--model", "deep(widths=3,samples=10)", "--d", "3", "--point", path);
        Assert.Contains("12 parameters", line);
    }

    [Fact]
    public void Ragged_rows_are_refused()
    {
        var path = dir.Rows("w.json", [[1, 0], [0]]);
        Assert.Contains("row 2 has 1 entries", AssertInvalidInput("loss", "--point", path, "--d", "2"));
    }

    [Theory]
    [InlineData("ΔT_3", "not a diagonal Young type")]
    [InlineData("ΔS_4×ΔS_1", "adding up to 5, but d = 6")]
    [InlineData("", "not a diagonal Young type")]
    public void An_unknown_type_name_is_refused(string type, string expected) =>
        Assert.Contains(expected, AssertInvalidInput("critical", "--type", type, "--d", "6"));

    [Fact]
    public void Type_with_a_deep_model_or_k_not_d_is_refused()
    {
        Assert.Contains("deep model", AssertInvalidInput("critical", "--model", "deep(widths=3,samples=10)", "--d", "3", "--type", "ΔS_3"));
        Assert.Contains("k = d", AssertInvalidInput("critical", "--d", "3", "--k", "2", "--type", "ΔS_3"));
    }

    [Fact]
    public void Isotypic_method_at_a_point_without_diagonal_Young_isotropy_is_refused()
    {
        // Equal columns, different rows: isotropy S_1×S_1 (rows) × S_2 (columns), not conjugate into ΔS_2.
        var path = dir.Rows("w.json", [[1, 1], [2, 2]]);
        var line = AssertInvalidInput("spectrum", "--point", path, "--d", "2", "--method", "isotypic");
        Assert.Contains("diagonal Young type", line);
        Assert.Contains("S_2 (columns)", line);
        Assert.Contains("deep model", AssertInvalidInput("spectrum", "--model", "deep(widths=3,samples=10)", "--d", "3", "--point", "random", "--method", "isotypic"));
        // The alias "block" is refused the same way.
        Assert.Contains("k = d", AssertInvalidInput("spectrum", "--point", "random", "--d", "3", "--k", "2", "--method", "block"));
    }

    [Fact]
    public void Other_bad_points_and_methods()
    {
        Assert.Contains("--point", AssertInvalidInput("loss", "--d", "3"));
        Assert.Contains("k = d", AssertInvalidInput("loss", "--point", "identity", "--d", "3", "--k", "2"));
        Assert.Contains("deep model", AssertInvalidInput("loss", "--point", "identity", "--model", "deep(widths=3,samples=10)", "--d", "3"));
        Assert.Contains("dense", AssertInvalidInput("spectrum", "--point", "identity", "--d", "3", "--method", "eigen"));
        Assert.Contains("2500", AssertInvalidInput("spectrum", "--point", "identity", "--d", "51", "--method", "dense"));
        Assert.Contains("2500", AssertInvalidInput("critical", "--d", "51"));
        var notJson = dir.File("w.json");
        File.WriteAllText(notJson, "[[1, 0], [0, oops]]");
        Assert.Contains("not valid JSON", AssertInvalidInput("loss", "--point", notJson, "--d", "2"));
    }

    [Fact]
    public void Explore_refuses_deep_models_and_says_where_to_go()
    {
        // (sgd trains deep models: DeepSgdCommandTests.)
        var line = AssertInvalidInput("explore", "--model", "deep(widths=4)");
        Assert.Contains("critical", line);
        Assert.Contains("spectrum", line);
    }
}
