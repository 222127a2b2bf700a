namespace Landscape.Symmetry.Plugins.Tests.Registry;

/// <summary><see cref="DiagonalText"/> on hand cases: specs, diagonal matrix files, and what it refuses.</summary>
public sealed class DiagonalTextTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "diagonal-text-" + Guid.NewGuid().ToString("N"));

    public DiagonalTextTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Specs_expand_to_their_diagonals()
    {
        Assert.Equal(new[] { 1.0, 1, 2, 2, 2 }, DiagonalText.Teacher("blocks(2,3;1,2)"));
        Assert.Equal(new[] { 1.0, 1, 1 }, DiagonalText.Teacher("identity(3)"));
    }

    [Fact]
    public void A_file_with_a_diagonal_matrix_gives_its_diagonal()
    {
        string path = Path.Combine(dir, "v.txt");
        File.WriteAllText(path, "2 0 0\n0 3 0\n0 0 -1\n");
        Assert.Equal(new[] { 2.0, 3, -1 }, DiagonalText.Teacher(path));
    }

    [Fact]
    public void Off_diagonal_entries_and_non_square_matrices_are_refused_with_the_entry()
    {
        var e = Assert.Throws<ArgumentException>(() => DiagonalText.Of(new double[,] { { 1, 0 }, { 0.5, 1 } }, "V"));
        Assert.Contains("(2,1) = 0.5", e.Message);
        var f = Assert.Throws<ArgumentException>(() => DiagonalText.Of(new double[,] { { 1, 0, 0 }, { 0, 1, 0 } }, "V"));
        Assert.Contains("2×3", f.Message);
    }

    [Fact]
    public void Neither_a_spec_nor_a_readable_file_is_refused_without_naming_an_option()
    {
        string missing = Path.Combine(dir, "missing", "v.txt");
        var e = Assert.Throws<ArgumentException>(() => DiagonalText.Teacher(missing));
        Assert.Contains("neither", e.Message);
        Assert.DoesNotContain("--", e.Message);
    }
}
