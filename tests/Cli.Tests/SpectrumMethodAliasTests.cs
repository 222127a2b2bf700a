using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

/// <summary>
/// <c>--method block</c> is the former name of <c>--method isotypic</c> (issue 17 renamed it) and stays accepted as an
/// alias: both must produce the same output, byte for byte, as text and as JSON, and differ from the dense method's.
/// </summary>
public sealed class SpectrumMethodAliasTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    public static TheoryData<string[]> Points => new()
    {
        new[] { "--point", "identity", "--d", "4" },
        new[] { "--point", "identity", "--d", "3", "--activation", "softplus(beta=2)" },
    };

    [Theory]
    [MemberData(nameof(Points))]
    public void Block_is_an_alias_of_isotypic_with_identical_text_and_json(string[] point)
    {
        foreach (var json in new[] { Array.Empty<string>(), new[] { "--json" } })
        {
            var isotypic = Run(["spectrum", .. point, "--method", "isotypic", .. json]);
            var block = Run(["spectrum", .. point, "--method", "block", .. json]);
            var dense = Run(["spectrum", .. point, "--method", "dense", .. json]);
            Assert.Equal(0, isotypic.ExitCode);
            Assert.Equal("", isotypic.Stderr);
            Assert.Equal(isotypic.Stdout, block.Stdout);
            Assert.Equal(isotypic.Stderr, block.Stderr);
            Assert.Equal(isotypic.ExitCode, block.ExitCode);
            // Not identical by accident: the dense method's report differs (no irreducible labels, another method line).
            Assert.NotEqual(isotypic.Stdout, dense.Stdout);
        }
        Assert.Equal("isotypic", Json(["spectrum", .. point, "--method", "block", "--json"]).GetProperty("method").GetString());
    }

    [Fact]
    public void Block_and_isotypic_are_refused_with_the_same_error()
    {
        var path = dir.Rows("w.json", [[1, 1], [2, 2]]);
        Assert.Equal(AssertInvalidInput("spectrum", "--point", path, "--d", "2", "--method", "isotypic"),
            AssertInvalidInput("spectrum", "--point", path, "--d", "2", "--method", "block"));
    }
}
