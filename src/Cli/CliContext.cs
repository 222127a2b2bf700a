using Spectre.Console;

namespace Landscape.Symmetry.Cli;

/// <summary>Where a command writes its results, and whether that is an interactive terminal.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Terminal">True for a real terminal (colours allowed); false when redirected or captured.</param>
internal sealed record CliContext(TextWriter Out, bool Terminal)
{
    /// <summary>
    /// A Spectre console over <see cref="Out"/>: colours and terminal width on a terminal, otherwise
    /// plain text without any ANSI escape codes, as wide as <c>COLUMNS</c> or else unwrapped.
    /// </summary>
    public IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Out),
            Ansi = Terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = Terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (Terminal) { if (Columns() is { } c) console.Profile.Width = c; }
        else console.Profile.Width = Columns() ?? UnwrappedWidth;
        return console;
    }

    /// <summary>
    /// The width of tables written to a file or a pipe when <c>COLUMNS</c> is not set: wide enough that no table wraps
    /// (a wrapped row splits numbers across lines, which no reader of a saved table wants).
    /// </summary>
    public const int UnwrappedWidth = 4096;

    // COLUMNS, when it is a sensible width, wins on a terminal and off it.
    private static int? Columns() =>
        int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out int c) && c >= 20 && c <= UnwrappedWidth ? c : null;
}
