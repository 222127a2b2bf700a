using System.Text.Json;

namespace Landscape.Symmetry.Cli.Tests;

/// <summary>A fresh directory for a test's files, deleted afterwards; writes points as the CLI reads them.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "symmetry-point-" + Guid.NewGuid().ToString("N"));

    public TempDirectory() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes {"rows": …} to <paramref name="name"/> and returns the path.</summary>
    public string Rows(string name, double[][] rows)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, JsonSerializer.Serialize(new { rows }));
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
