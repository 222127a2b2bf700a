using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Landscape.Symmetry.Cli.Input;

/// <summary>
/// Reads NumPy <c>.npy</c> files of little-endian floats (<c>&lt;f8</c>, <c>&lt;f4</c>) in C order:
/// the format of <c>numpy.save</c> (versions 1.0, 2.0 and 3.0 of the header).
/// </summary>
/// <remarks>
/// Layout: the magic bytes <c>\x93NUMPY</c>, a major and minor version byte, the header length
/// (2 bytes little-endian for version 1, 4 bytes for 2 and 3), then an ASCII Python dict literal
/// such as <c>{'descr': '&lt;f8', 'fortran_order': False, 'shape': (3, 4), }</c>, then the raw data.
/// Anything else — other dtypes, big-endian data, Fortran order, a truncated file — is refused with a
/// <see cref="FormatException"/> that says what was found and what is accepted.
/// </remarks>
internal static class NpyReader
{
    private static readonly byte[] Magic = { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y' };

    /// <summary>The shape and the values in C (row-major) order.</summary>
    public static (int[] Shape, double[] Values) Read(byte[] bytes, string name)
    {
        var header = Header(bytes, bytes.Length, name);
        long count = header.Count;
        if (header.DataStart + count * header.ItemSize > bytes.Length)
            throw new FormatException($"{name}: the shape ({header.ShapeText}) needs {count * header.ItemSize} bytes of data but the file has {bytes.Length - header.DataStart}.");
        var values = new double[count];
        var data = bytes.AsSpan(header.DataStart, (int)(count * header.ItemSize));
        // Little-endian <f8 on a little-endian machine is already the array's memory: one memory copy, not 10⁶ reads.
        if (header.ItemSize == 8 && BitConverter.IsLittleEndian) MemoryMarshal.Cast<byte, double>(data).CopyTo(values);
        else
            for (int i = 0; i < count; i++)
                values[i] = header.ItemSize == 8
                    ? BinaryPrimitives.ReadDoubleLittleEndian(data.Slice(i * 8, 8))
                    : BinaryPrimitives.ReadSingleLittleEndian(data.Slice(i * 4, 4));
        return (header.Shape, values);
    }

    /// <summary>
    /// The shape of the array in the file <paramref name="path"/> from its header alone (the data is not read), with the
    /// same checks as <see cref="Read"/> against the file's length.
    /// </summary>
    public static int[] Shape(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var start = new byte[12];
        int got = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        int headerLength = got >= 10 && start[6] == 1 ? BinaryPrimitives.ReadUInt16LittleEndian(start.AsSpan(8, 2))
            : got >= 12 ? (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(start.AsSpan(8, 4)), 1 << 20) : 0;
        var bytes = new byte[Math.Min(12 + headerLength, stream.Length)];
        stream.Position = 0;
        stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        return Header(bytes, stream.Length, path).Shape;
    }

    // What the header says; fileLength is the whole file's (bytes may hold only the header).
    private static NpyHeader Header(byte[] bytes, long fileLength, string name)
    {
        if (bytes.Length < 10 || !bytes.AsSpan(0, 6).SequenceEqual(Magic))
            throw new FormatException($"{name} is not a NumPy .npy file: it does not start with the bytes \\x93NUMPY.");
        int major = bytes[6];
        int headerLength, headerStart;
        switch (major)
        {
            case 1:
                headerLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8, 2));
                headerStart = 10;
                break;
            case 2 or 3:
                if (bytes.Length < 12) throw new FormatException($"{name}: the .npy header is truncated.");
                uint claimed = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8, 4));
                if (claimed > fileLength)
                    throw new FormatException($"{name}: the .npy header claims {claimed} bytes but the file has only {fileLength}.");
                headerLength = (int)claimed;
                headerStart = 12;
                break;
            default:
                throw new FormatException($"{name}: .npy format version {major}.{bytes[7]} is not supported; expected 1.0, 2.0 or 3.0.");
        }
        if ((long)headerStart + headerLength > bytes.Length)
            throw new FormatException($"{name}: the .npy header claims {headerLength} bytes but the file ends before that.");
        var header = Encoding.UTF8.GetString(bytes, headerStart, headerLength);

        var descr = Field(header, "descr", @"'([^']*)'", name);
        var fortran = Field(header, "fortran_order", @"(True|False)", name);
        var shapeText = Field(header, "shape", @"\(([^)]*)\)", name);
        if (fortran == "True")
            throw new FormatException($"{name}: the array is stored in Fortran (column-major) order; save it in C order, e.g. numpy.save(path, numpy.ascontiguousarray(a)).");
        int itemSize = descr switch
        {
            "<f8" => 8,
            "<f4" => 4,
            _ => throw new FormatException($"{name}: dtype '{descr}' is not supported; expected little-endian floats '<f8' (float64) or '<f4' (float32)."),
        };
        var shape = shapeText.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.TryParse(s, out int v) && v >= 0 ? v : throw new FormatException($"{name}: the .npy shape ({shapeText}) is not a tuple of non-negative integers."))
            .ToArray();
        // The product in floating point first, so that a hostile shape cannot overflow the byte count below.
        if (shape.Aggregate(1.0, (p, x) => p * x) * itemSize > fileLength)
            throw new FormatException($"{name}: the shape ({shapeText}) needs {shape.Aggregate(1.0, (p, x) => p * x) * itemSize:G4} bytes of data but the file has {fileLength - headerStart - headerLength}.");
        long count = shape.Aggregate(1L, (p, x) => p * x);
        int dataStart = headerStart + headerLength;
        if (dataStart + count * itemSize > fileLength)
            throw new FormatException($"{name}: the shape ({shapeText}) needs {count * itemSize} bytes of data but the file has {fileLength - dataStart}.");
        return new NpyHeader(shape, shapeText, itemSize, dataStart, count);
    }

    private sealed record NpyHeader(int[] Shape, string ShapeText, int ItemSize, int DataStart, long Count);

    private static string Field(string header, string key, string valuePattern, string name)
    {
        var m = Regex.Match(header, $@"['""]{key}['""]\s*:\s*{valuePattern}", RegexOptions.CultureInvariant);
        if (!m.Success) throw new FormatException($"{name}: the .npy header has no readable '{key}' entry: {header.Trim()}");
        return m.Groups[1].Value;
    }
}
