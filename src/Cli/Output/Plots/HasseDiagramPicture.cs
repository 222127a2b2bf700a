using System.Diagnostics;

namespace Landscape.Symmetry.Cli.Output.Plots;

/// <summary>
/// A Hasse diagram given as Graphviz DOT, drawn by Graphviz's <c>dot</c> program when it is installed (PNG or SVG by the
/// file's extension), written as DOT otherwise (next to the requested file, extension <c>.dot</c>) so that it can be
/// rendered elsewhere. A <c>.dot</c> file name always gets the DOT text. Graphviz lays out layered graphs far better
/// than a plotting library can, and no .NET binding of it is available, so it is called as a process.
/// </summary>
internal static class HasseDiagramPicture
{
    /// <summary>The extensions <see cref="Write"/> accepts.</summary>
    public static readonly string[] Extensions = [".png", ".svg", ".dot"];

    /// <summary>Checks the extension and that the file can be written; call before computing.</summary>
    /// <exception cref="ArgumentException">Another extension, or an unwritable path.</exception>
    public static string Check(string path, string option = "--plot")
    {
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (!Extensions.Contains(extension))
            throw new ArgumentException($"{option} {path}: the extension must be .png or .svg (drawn by Graphviz dot) or .dot (the DOT text); got " +
                                        (extension.Length == 0 ? "none." : $"'{extension}'."));
        return OutputPath.CheckFile(path, option);
    }

    /// <summary>The <c>dot</c> executable on PATH, or null when Graphviz is not installed.</summary>
    public static string? FindGraphviz()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in OperatingSystem.IsWindows() ? new[] { "dot.exe" } : new[] { "dot" })
            {
                string candidate = Path.Combine(directory, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    /// <summary>
    /// Writes the diagram to <paramref name="path"/>; returns the file actually written (the <c>.dot</c> sibling when
    /// a picture was asked for and <paramref name="graphviz"/> is null).
    /// </summary>
    /// <param name="dot">The DOT text.</param>
    /// <param name="path">A checked path (see <see cref="Check"/>).</param>
    /// <param name="graphviz">The <c>dot</c> executable (<see cref="FindGraphviz"/>), or null to write DOT.</param>
    /// <exception cref="InvalidOperationException">Graphviz ran and failed (its message is included).</exception>
    public static (string Path, bool Rendered) Write(string dot, string path, string? graphviz)
    {
        ArgumentNullException.ThrowIfNull(dot);
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".dot") { File.WriteAllText(path, dot); return (path, false); }
        if (graphviz is null)
        {
            string fallback = Path.ChangeExtension(path, ".dot");
            File.WriteAllText(fallback, dot);
            return (fallback, false);
        }
        var start = new ProcessStartInfo(graphviz)
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-T" + extension[1..], "-o", path }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {graphviz}.");
        // Read both streams while writing, so a chatty dot cannot stall on a full pipe.
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        try
        {
            process.StandardInput.Write(dot);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // dot stopped reading (it failed early); its exit code and message below say why.
        }
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"Graphviz ({graphviz}) failed with exit code {process.ExitCode}: {error.Result.Trim()} {output.Result.Trim()}".Trim());
        return (path, true);
    }
}
