using System.Text;
using System.Text.Json;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// A sweep's JSON-lines output held open with an exclusive lock for the whole sweep, so that a second process given the
/// same file is refused at once instead of running every seed again. Lines are appended whole (one write and a flush
/// each), so a process killed at any moment leaves at most one torn last line, which the next <see cref="Open"/> cuts off.
/// </summary>
/// <remarks>
/// The lock is the operating system's exclusive file lock that .NET takes for <see cref="FileShare.None"/> (flock on
/// Linux): it is released when the process ends, however it ends, so a killed sweep never leaves a stale lock behind.
/// </remarks>
public sealed class SweepFile : IDisposable
{
    private readonly FileStream stream;

    private SweepFile(string path, FileStream stream, List<SgdRunResult> results, bool repaired)
    {
        Path = path;
        this.stream = stream;
        Results = results;
        Repaired = repaired;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>The result lines the file held when it was opened.</summary>
    public IReadOnlyList<SgdRunResult> Results { get; }

    /// <summary>Whether a torn last line (a write cut by a kill) was removed when the file was opened.</summary>
    public bool Repaired { get; }

    // An empty file may still refuse writes (kernel files such as /proc/version report length 0 and fail with EIO on
    // write): one byte written and cut again finds that out before any run, which would otherwise be lost at its end.
    private static void ProbeWritable(FileStream stream, string path)
    {
        try
        {
            stream.WriteByte((byte)'\n');
            stream.Flush();
            stream.SetLength(0);
            stream.Seek(0, SeekOrigin.Begin);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new InvalidOperationException($"Cannot write the sweep file {path}: {e.Message}");
        }
    }

    /// <summary>
    /// Checks that <paramref name="path"/> can be a sweep file — not a folder, its folder creatable (created if missing) —
    /// opens it (creating it when missing) with an exclusive lock, reads its result lines and cuts off a torn last line.
    /// </summary>
    /// <exception cref="InvalidOperationException">The path is a folder or under a file, another process holds the lock,
    /// the file cannot be written, or it holds lines that are not sweep results.</exception>
    public static SweepFile Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        CheckLocation(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            throw new InvalidOperationException(
                $"{path} is locked by another running sweep (an exclusive lock on {path}); wait for it to finish or write to another file.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"Cannot write the sweep file {path}: {e.Message}");
        }
        try
        {
            if (stream.Length == 0) ProbeWritable(stream, path);
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            var (results, keep) = Parse(path, bytes);
            bool repaired = keep < bytes.Length;
            if (repaired) stream.SetLength(keep);
            else if (keep > 0 && bytes[keep - 1] != (byte)'\n')
            {
                stream.Seek(0, SeekOrigin.End);
                stream.WriteByte((byte)'\n'); // a whole line whose newline was cut
                stream.Flush();
            }
            stream.Seek(0, SeekOrigin.End);
            return new SweepFile(path, stream, results, repaired);
        }
        catch
        {
            // Closing flushes what is buffered; when writing is what failed, that fails again and must not hide the reason.
            try { stream.Dispose(); }
            catch (IOException) { }
            throw;
        }
    }

    /// <summary>
    /// Refuses a path that cannot hold a sweep file before any work starts: a folder, a path under a file, a folder that
    /// cannot be created. Creates the missing parent folders (what a user giving <c>out/runs.jsonl</c> means).
    /// </summary>
    /// <exception cref="InvalidOperationException">The path cannot be a sweep file.</exception>
    public static void CheckLocation(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path)) throw new InvalidOperationException($"{path} is a folder; give the sweep a file name, e.g. {System.IO.Path.Combine(path, "runs.jsonl")}.");
        string? parent = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (string.IsNullOrEmpty(parent) || Directory.Exists(parent)) return;
        for (var p = parent; !string.IsNullOrEmpty(p); p = System.IO.Path.GetDirectoryName(p))
            if (File.Exists(p)) throw new InvalidOperationException($"Cannot write {path}: {p} is a file, not a folder.");
        try
        {
            Directory.CreateDirectory(parent);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"Cannot create the folder {parent} for {path}: {e.Message}");
        }
    }

    /// <summary>Appends one result as one line, flushed at once.</summary>
    public void Append(SgdRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(result, SgdSweep.JsonOptions) + "\n");
        stream.Write(line);
        stream.Flush();
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => stream.Dispose();

    /// <summary>
    /// Reads the result lines of a sweep file without locking or changing it; a torn last line is skipped (a later
    /// <see cref="Open"/> removes it). A missing file has no results.
    /// </summary>
    /// <exception cref="InvalidOperationException">A line is not a sweep result, or the file is being written by a running sweep.</exception>
    public static IReadOnlyList<SgdRunResult> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path)) return Array.Empty<SgdRunResult>();
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            throw new InvalidOperationException($"Cannot read {path}: {e.Message}");
        }
        return Parse(path, bytes).Results;
    }

    // Every line must be a result; the one exception is a last line without its newline that does not parse, which is
    // what a kill in the middle of a write leaves. Lines starting like a result that do not parse are the torn lines
    // earlier versions left in place (they never cut them off) and are skipped.
    private static (List<SgdRunResult> Results, int Keep) Parse(string path, byte[] bytes)
    {
        var results = new List<SgdRunResult>();
        int start = 0, lineNumber = 0;
        while (start < bytes.Length)
        {
            int end = Array.IndexOf(bytes, (byte)'\n', start);
            bool terminated = end >= 0;
            if (!terminated) end = bytes.Length;
            lineNumber++;
            var text = Encoding.UTF8.GetString(bytes, start, end - start);
            if (!string.IsNullOrWhiteSpace(text))
            {
                var r = TryParse(text);
                if (r is not null) results.Add(r);
                else if (!terminated) return (results, start);
                else if (!text.StartsWith("{\"seed\":", StringComparison.Ordinal))
                    throw new InvalidOperationException(
                        $"Line {lineNumber} of {path} is not a sweep result line; a sweep only appends to its own files (write the sweep to another file).");
            }
            start = end + 1;
        }
        return (results, bytes.Length);
    }

    private static SgdRunResult? TryParse(string line)
    {
        try
        {
            var r = JsonSerializer.Deserialize<SgdRunResult>(line, SgdSweep.JsonOptions);
            return r is { Parameters: not null, Stop: not null } ? r : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
