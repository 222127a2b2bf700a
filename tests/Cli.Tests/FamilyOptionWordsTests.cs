using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

/// <summary>
/// family's range and grid settings are checked once, by the library (<c>FamilyExplorer</c>, <c>FamilyExplorerOptions</c>);
/// the one error line names the options the user typed, not the library's parameters.
/// </summary>
public sealed class FamilyOptionWordsTests
{
    [Theory]
    [InlineData(new[] { "--from", "7", "--to", "5" }, "--from must be below --to", "got --from 7 --to 5")]
    [InlineData(new[] { "--from", "4", "--to", "Infinity" }, "--from and --to must be finite", "--to Infinity")]
    [InlineData(new[] { "--from", "4", "--to", "6", "--grid-step", "0" }, "--grid-step must be a positive number", "got 0")]
    [InlineData(new[] { "--from", "4", "--to", "6", "--grid-ratio", "NaN" }, "--grid-ratio must be a number above 1", "NaN")]
    [InlineData(new[] { "--from", "4", "--to", "6", "--arc-step", "-1" }, "--arc-step must be a positive number", "-1")]
    public void Range_and_grid_errors_name_the_options(string[] options, string expected, string value)
    {
        var line = AssertInvalidInput(["family", "--type", "S(d-1) x S(1)", .. options]);
        Assert.Contains(expected, line);
        Assert.Contains(value, line);
        Assert.DoesNotContain("FamilyExplorerOptions", line);
        Assert.DoesNotContain("Parameter '", line);
    }

    [Fact]
    public void A_type_not_valid_at_an_end_names_that_end() =>
        Assert.Contains("(--from)", AssertInvalidInput("family", "--type", "S(d-2) x S(2)", "--from", "3", "--to", "7"));
}
