namespace Landscape.Symmetry.Cli.Output;

/// <summary>
/// Checks an output location before a command starts any work, so that a sweep of minutes never fails at its end
/// because its file cannot be written. Every command calls it on each of its output options first thing.
/// </summary>
/// <remarks>
/// A missing folder on the way to an output file is created: naming <c>runs/a.jsonl</c> means "put it in runs/". Refused,
/// with an <see cref="ArgumentException"/> naming the option (one <c>error:</c> line, exit code 2): an empty name, a name
/// that is an existing folder (for a file option) or an existing file (for a folder option), a path that runs through a
/// file (<c>notes.txt/a.json</c>), and a location that cannot be opened for writing. An existing file is never truncated
/// by the check: it is opened for writing without changing it; a missing file is not created (a probe file beside it is,
/// and removed again).
/// </remarks>
internal static class OutputPath
{
    /// <summary>Checks that <paramref name="path"/> can be written as a file; creates its missing parent folders.</summary>
    /// <param name="path">The file as the user gave it.</param>
    /// <param name="option">The option that named it, e.g. <c>--out</c>, for the message.</param>
    /// <returns>The full path.</returns>
    /// <exception cref="ArgumentException">The location cannot hold a writable file.</exception>
    public static string CheckFile(string? path, string option)
    {
        string full = FullPath(path, option);
        if (Directory.Exists(full))
            throw new ArgumentException($"{option} '{path}' is a folder; give the name of a file (inside it or elsewhere).");
        EnsureFolder(Path.GetDirectoryName(full), path!, option);
        bool existed = File.Exists(full);
        try
        {
            // An existing file is opened for writing, which neither truncates nor moves anything in it. A missing one is
            // never created here: the check would leave the file existing and unlocked for a moment, and a sweep that
            // opened and locked it in that moment could have it deleted under it. A fresh file beside it shows the folder
            // takes writes; the command creates the file itself, in the one open that locks it (SweepFile).
            string probe = existed ? full : Path.Combine(Path.GetDirectoryName(full)!, $".symmetry-write-check-{Guid.NewGuid():N}");
            using (new FileStream(probe, existed ? FileMode.Open : FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete)) { }
            if (!existed) File.Delete(probe);
        }
        catch (IOException e) when (existed)
        {
            // An existing file that opens for reading but not for writing is held by another writer's lock (a sweep).
            throw new ArgumentException($"{option} '{path}' is locked by another process (another sweep writing it?): {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ArgumentException($"{option} '{path}' cannot be written: {e.Message}");
        }
        return full;
    }

    /// <summary>Checks that <paramref name="path"/> is (or can be made) a writable folder; creates it when missing.</summary>
    /// <param name="path">The folder as the user gave it.</param>
    /// <param name="option">The option that named it, e.g. <c>--svg-dir</c>, for the message.</param>
    /// <returns>The full path.</returns>
    /// <exception cref="ArgumentException">The location cannot be a writable folder.</exception>
    public static string CheckFolder(string? path, string option)
    {
        string full = FullPath(path, option);
        if (File.Exists(full))
            throw new ArgumentException($"{option} '{path}' is a file; it must name a folder (created when missing).");
        EnsureFolder(full, path!, option);
        string probe = Path.Combine(full, $".symmetry-write-check-{Guid.NewGuid():N}");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write)) { }
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ArgumentException($"{option} '{path}': cannot write files in this folder: {e.Message}");
        }
        return full;
    }

    private static string FullPath(string? path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new ArgumentException($"{option} needs a file or folder name; got an empty one.");
        if (path.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || path.Contains('\0'))
            throw new ArgumentException($"{option} '{path}' contains characters that cannot appear in a path.");
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ArgumentException($"{option} '{path}' is not a valid path: {e.Message}");
        }
    }

    // Walks up to the first existing ancestor: it must be a folder (a file there means the path runs through a file).
    private static void EnsureFolder(string? folder, string path, string option)
    {
        if (string.IsNullOrEmpty(folder) || Directory.Exists(folder)) return;
        for (string? f = folder; !string.IsNullOrEmpty(f); f = Path.GetDirectoryName(f))
        {
            if (Directory.Exists(f)) break;
            if (File.Exists(f))
                throw new ArgumentException($"{option} '{path}' runs through '{f}', which is a file, not a folder.");
        }
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ArgumentException($"{option} '{path}': cannot create the folder '{folder}': {e.Message}");
        }
    }
}
