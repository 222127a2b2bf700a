using System.CommandLine;

namespace Landscape.Symmetry.Cli.Output.Plots;

/// <summary>The <c>--plot FILE</c> option every picture-making command shares, and its early check.</summary>
internal static class PlotOption
{
    /// <summary>A <c>--plot</c> option (plus any older names kept as aliases) describing what the picture shows.</summary>
    public static Option<string?> Create(string whatItShows, params string[] aliases)
    {
        var option = new Option<string?>("--plot", aliases)
        {
            Description = $"Also draw {whatItShows} to FILE; .png or .svg chooses the format.",
            HelpName = "FILE",
        };
        return option;
    }

    /// <summary>The checked file, or null without the option. Call it before computing anything.</summary>
    /// <exception cref="ArgumentException">Wrong extension or an unwritable path.</exception>
    public static PlotFile? Parse(ParseResult parse, Option<string?> option)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse.GetValue(option) is { } path ? PlotFile.Parse(path, UsedName(parse, option)) : null;
    }

    // The name the user typed (an alias such as --svg reads better in the error than --plot).
    private static string UsedName(ParseResult parse, Option<string?> option) =>
        parse.GetResult(option)?.IdentifierToken?.Value ?? option.Name;
}
