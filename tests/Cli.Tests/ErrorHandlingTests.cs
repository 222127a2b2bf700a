using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

public class ErrorHandlingTests
{
    [Fact]
    public void Unknown_group_name_is_named_in_the_error()
    {
        var line = AssertInvalidInput("group", "Q(3)");
        Assert.Contains("Q", line);
    }

    [Fact]
    public void Unclosed_parenthesis_is_invalid_input()
    {
        var line = AssertInvalidInput("group", "S(5", "--json");
        Assert.Contains("S(5", line); // the message quotes the spec
    }

    [Fact]
    public void Non_positive_size_is_invalid_input()
    {
        var line = AssertInvalidInput("group", "S(0)");
        Assert.Contains("0", line);
    }

    [Fact]
    public void Generator_point_beyond_the_degree_is_invalid_input()
    {
        var line = AssertInvalidInput("group", "(1,2,7)", "--degree", "5");
        Assert.Contains("7", line);
    }

    [Fact]
    public void Degree_that_contradicts_the_spec_is_invalid_input()
    {
        AssertInvalidInput("group", "S(5)", "--degree", "6");
    }

    [Fact]
    public void Non_numeric_degree_is_invalid_input()
    {
        var r = Run("group", "(1,2)", "--degree", "many");
        Assert.Equal(ExitCodes.InvalidInput, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.StartsWith("error: ", r.ErrorLines[0]);
        Assert.Contains("many", r.ErrorLines[0]);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("group", "S(5)", "--no-such-option")]
    [InlineData("group")]
    [InlineData]
    public void Usage_errors_exit_with_two_and_a_few_error_lines(params string[] args)
    {
        var r = Run(args);
        Assert.Equal(ExitCodes.InvalidInput, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.InRange(r.ErrorLines.Length, 1, 4);
        Assert.StartsWith("error: ", r.ErrorLines[0]);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var r = Run("--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Stderr);
        Assert.Contains("group", r.Stdout);
        Assert.Contains("explore", r.Stdout);
    }

    [Fact]
    public void Group_help_describes_the_spec_argument()
    {
        var r = Run("group", "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("--degree", r.Stdout);
        Assert.Contains("--json", r.Stdout);
    }

    [Fact]
    public void Version_is_the_assembly_version()
    {
        var r = Run("--version");
        Assert.Equal(0, r.ExitCode);
        var expected = typeof(SymmetryCli).Assembly.GetName().Version!;
        Assert.StartsWith($"{expected.Major}.{expected.Minor}.{expected.Build}", r.Stdout.Trim());
    }
}

public class MessageFormattingTests
{
    [Fact]
    public void Argument_exception_messages_lose_the_parameter_name_and_actual_value_lines()
    {
        var e = new ArgumentOutOfRangeException("n", 0, "The number of points must be positive; got 0.");
        Assert.Equal("The number of points must be positive; got 0.", SymmetryCli.MessageOf(e));
        Assert.Equal("Bad generator.", SymmetryCli.MessageOf(new ArgumentException("Bad generator.", "generators")));
    }

    [Fact]
    public void Multi_line_messages_are_joined_on_one_line()
    {
        Assert.Equal("first second", SymmetryCli.MessageOf(new InvalidOperationException("first\n  second\n")));
    }
}
