using System.Text;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// Reads an input file (a matrix, a point, a covariance) with a size cap, so that a device such as <c>/dev/zero</c> or a
/// runaway file gives a clear refusal instead of exhausting memory. Text is UTF-8; a byte-order mark (UTF-8, or UTF-16
/// in either byte order) is honoured and removed.
/// </summary>
public static class BoundedFile
{
    /// <summary>
    /// The largest input file read: 64 MiB. A 1000 × 1001 point written as JSON with full precision is about 25 MB, as
    /// <c>.npy</c> 8 MB, so every legal input fits.
    /// </summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>The bytes of <paramref name="path"/>, at most <see cref="MaxBytes"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What the file is, for messages, e.g. <c>the teacher file</c>.</param>
    /// <exception cref="ArgumentException">The file is missing, a folder, unreadable, or larger than the cap.</exception>
    public static byte[] ReadBytes(string path, string what = "input file")
    {
        CheckReadable(path, what);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (stream.CanSeek && stream.Length is > 0 and <= MaxBytes)
            {
                // A regular file: read into an array of its size (no growing buffer and final copy); a file that grows
                // meanwhile is read in full by the loop below.
                var exact = new byte[stream.Length];
                int read = stream.ReadAtLeast(exact, exact.Length, throwOnEndOfStream: false);
                if (read == exact.Length && stream.ReadByte() < 0) return exact;
                stream.Position = 0;
            }
            // Devices and pipes report no length, so the cap is enforced on what is actually read.
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > MaxBytes)
                    throw new ArgumentException($"The {what} '{path}' is larger than {MaxBytes / (1024 * 1024)} MiB, the largest input file accepted " +
                                                "(a 1000 × 1001 matrix needs about 25 MB as JSON, 8 MB as .npy).");
                buffer.Write(chunk, 0, n);
            }
            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ArgumentException($"Cannot read the {what} '{path}': {e.Message}");
        }
    }

    /// <summary>Refuses a path that is a folder or does not exist, naming <paramref name="what"/> the file is.</summary>
    /// <exception cref="ArgumentException">The path is a folder or missing.</exception>
    public static void CheckReadable(string path, string what = "input file")
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path)) throw new ArgumentException($"The {what} '{path}' is a folder, not a file.");
        if (!File.Exists(path)) throw new ArgumentException($"File not found: {path} (the {what}).");
    }

    /// <summary>The text of <paramref name="path"/> (UTF-8 by default; a byte-order mark is honoured and removed).</summary>
    /// <exception cref="ArgumentException">As <see cref="ReadBytes"/>.</exception>
    public static string ReadText(string path, string what = "input file") => Decode(ReadBytes(path, what));

    /// <summary>
    /// <paramref name="bytes"/> as UTF-8 without a byte-order mark: UTF-8 marks are dropped, UTF-16 text (with its mark)
    /// is converted; anything else is returned as it is.
    /// </summary>
    public static byte[] WithoutByteOrderMark(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) return bytes[3..];
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]) return Encoding.UTF8.GetBytes(Decode(bytes));
        return bytes;
    }

    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
