using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

public class ErrorHandlingTests
{
    [Fact]
    public void UnknownGroupNameIsNamedInTheError()
    {
        var line = AssertInvalidInput("group", "Q(3)");
        Assert.Contains("Q", line);
    }

    [Fact]
    public void UnclosedParenthesisIsInvalidInput()
    {
        var line = AssertInvalidInput("group", "S(5", "--json");
        Assert.Contains("S(5", line); // the message quotes the spec
    }

    [Fact]
    public void NonPositiveSizeIsInvalidInput()
    {
        var line = AssertInvalidInput("group", "S(0)");
        Assert.Contains("0", line);
    }

    [Fact]
    public void GeneratorPointBeyondTheDegreeIsInvalidInput()
    {
        var line = AssertInvalidInput("group", "(1,2,7)", "--degree", "5");
        Assert.Contains("7", line);
    }

    [Fact]
    public void DegreeThatContradictsTheSpecIsInvalidInput()
    {
        AssertInvalidInput("group", "S(5)", "--degree", "6");
    }

    [Fact]
    public void NonNumericDegreeIsInvalidInput()
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
    public void UsageErrorsExitWithTwoAndAFewErrorLines(params string[] args)
    {
        var r = Run(args);
        Assert.Equal(ExitCodes.InvalidInput, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.InRange(r.ErrorLines.Length, 1, 4);
        Assert.StartsWith("error: ", r.ErrorLines[0]);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void HelpListsTheCommands()
    {
        var r = Run("--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Stderr);
        Assert.Contains("group", r.Stdout);
        Assert.Contains("explore", r.Stdout);
    }

    [Fact]
    public void GroupHelpDescribesTheSpecArgument()
    {
        var r = Run("group", "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("--degree", r.Stdout);
        Assert.Contains("--json", r.Stdout);
    }

    [Fact]
    public void VersionIsTheAssemblyVersion()
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
    public void ArgumentExceptionMessagesLoseTheParameterNameAndActualValueLines()
    {
        var e = new ArgumentOutOfRangeException("n", 0, "The number of points must be positive; got 0.");
        Assert.Equal("The number of points must be positive; got 0.", SymmetryCli.MessageOf(e));
        Assert.Equal("Bad generator.", SymmetryCli.MessageOf(new ArgumentException("Bad generator.", "generators")));
    }

    [Fact]
    public void MultiLineMessagesAreJoinedOnOneLine()
    {
        Assert.Equal("first second", SymmetryCli.MessageOf(new InvalidOperationException("first\n  second\n")));
    }
}
