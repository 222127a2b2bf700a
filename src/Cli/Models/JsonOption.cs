using System.CommandLine;

namespace Landscape.Symmetry.Cli;

/// <summary>The <c>--json</c> flag every command offers: one JSON object (<see cref="Output.Json"/>) instead of text.</summary>
internal static class JsonOption
{
    /// <summary>A new <c>--json</c> option; <paramref name="description"/> says what the object holds when it differs from the text.</summary>
    public static Option<bool> Create(string description = "Write one JSON object instead of a table.") =>
        new("--json") { Description = description };
}
