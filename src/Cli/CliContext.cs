using Spectre.Console;

namespace Landscape.Symmetry.Cli;

/// <summary>Where a command writes its results, and whether that is an interactive terminal.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Terminal">True for a real terminal (colours allowed); false when redirected or captured.</param>
internal sealed record CliContext(TextWriter Out, bool Terminal)
{
    /// <summary>
    /// A Spectre console over <see cref="Out"/>: colours and terminal width on a terminal, otherwise
    /// plain text without any ANSI escape codes at a fixed width.
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
        if (!Terminal) console.Profile.Width = 120;
        return console;
    }
}
