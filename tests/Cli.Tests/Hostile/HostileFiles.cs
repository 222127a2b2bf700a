using System.Buffers.Binary;
using System.Text;

namespace Landscape.Symmetry.Cli.Tests.Hostile;

/// <summary>
/// A folder of malformed and extreme input files, written byte by byte (no NumPy needed), for the hostile-input suite.
/// Arguments name them as <c>{dir}/name</c>; <see cref="Expand"/> puts the real folder in.
/// </summary>
public sealed class HostileFiles : IDisposable
{
    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "symmetry-hostile-" + Guid.NewGuid().ToString("N"));

    /// <summary>Files that are not a readable matrix in any accepted format.</summary>
    public static readonly string[] BadMatrices =
    {
        "vec3.npy", "int.npy", "big-endian.npy", "three-d.npy", "nan.npy", "inf.npy", "fortran.npy", "empty-rows.npy",
        "empty-columns.npy", "huge-shape.npy", "overflow-shape.npy", "negative-shape.npy", "truncated.npy", "v2-huge-header.npy",
        "v9.npy", "not-npy.npy", "tiny.npy", "empty.json", "whitespace.json", "null.json", "string.json", "object.json",
        "rows-null.json", "rows-strings.json", "ragged.json", "no-rows.json", "empty-row.json", "huge-number.json", "nan-literal.json",
        "trailing-comma.json", "comment.json", "deep.json", "booleans.json", "binary.json", "missing.json", "folder",
    };

    public HostileFiles()
    {
        Directory.CreateDirectory(Dir);
        Directory.CreateDirectory(Path.Combine(Dir, "folder"));
        File.WriteAllText(Path.Combine(Dir, "plain-file"), "not a folder");
        var eye3 = new double[] { 1, 0, 0, 0, 1, 0, 0, 0, 1 };
        Npy("id3.npy", "<f8", "3, 3", eye3);
        Npy("vec3.npy", "<f8", "3,", new double[] { 1, 1, 1 });
        Npy("int.npy", "<i8", "3, 3", eye3);
        Npy("big-endian.npy", ">f8", "3, 3", eye3);
        Npy("three-d.npy", "<f8", "2, 2, 2", new double[8]);
        Npy("nan.npy", "<f8", "2, 2", new[] { double.NaN, 0, 0, 1 });
        Npy("inf.npy", "<f8", "2, 2", new[] { double.PositiveInfinity, 0, 0, 1 });
        Npy("fortran.npy", "<f8", "2, 3", new double[] { 0, 1, 2, 3, 4, 5 }, fortran: true);
        Npy("empty-rows.npy", "<f8", "0, 3", Array.Empty<double>());
        Npy("empty-columns.npy", "<f8", "3, 0", Array.Empty<double>());
        Npy("huge-shape.npy", "<f8", "100000, 100000", new double[8]);
        Npy("overflow-shape.npy", "<f8", "99999999999, 1", new double[8]);
        Npy("negative-shape.npy", "<f8", "-1, 3", new double[8]);
        var id3 = File.ReadAllBytes(Path.Combine(Dir, "id3.npy"));
        File.WriteAllBytes(Path.Combine(Dir, "truncated.npy"), id3[..^5]);
        var v2 = new byte[13];
        new byte[] { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 2, 0 }.CopyTo(v2, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(v2.AsSpan(8), uint.MaxValue);
        v2[12] = (byte)'{';
        File.WriteAllBytes(Path.Combine(Dir, "v2-huge-header.npy"), v2);
        var v9 = new byte[30];
        new byte[] { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 9, 0 }.CopyTo(v9, 0);
        File.WriteAllBytes(Path.Combine(Dir, "v9.npy"), v9);
        Text("not-npy.npy", "hello world, not npy");
        File.WriteAllBytes(Path.Combine(Dir, "tiny.npy"), new byte[] { 0x93, (byte)'N', (byte)'U', (byte)'M' });
        Text("empty.json", "");
        Text("whitespace.json", "   \n ");
        Text("null.json", "null");
        Text("string.json", "\"hello\"");
        Text("object.json", "{}");
        Text("rows-null.json", "{\"rows\": null}");
        Text("rows-strings.json", "{\"rows\": [[\"a\",\"b\"],[\"c\",\"d\"]]}");
        Text("ragged.json", "{\"rows\": [[1,0,0],[0,1]]}");
        Text("no-rows.json", "{\"rows\": []}");
        Text("empty-row.json", "{\"rows\": [[],[]]}");
        Text("huge-number.json", "{\"rows\": [[1e400,0],[0,1]]}");
        Text("nan-literal.json", "{\"rows\": [[NaN,0],[0,1]]}");
        Text("trailing-comma.json", "{\"rows\": [[1,0],[0,1]],}");
        Text("comment.json", "// c\n{\"rows\": [[1,0],[0,1]]}");
        Text("deep.json", new string('[', 100000) + new string(']', 100000));
        Text("booleans.json", "{\"rows\": [[true,false],[false,true]]}");
        File.WriteAllBytes(Path.Combine(Dir, "binary.json"), Enumerable.Range(0, 256).Select(i => (byte)i).ToArray());
        Text("id2.json", "{\"rows\": [[1,0],[0,1]]}");
        File.WriteAllBytes(Path.Combine(Dir, "bom.json"), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"rows\": [[1,0],[0,1]]}")]);
        File.WriteAllBytes(Path.Combine(Dir, "utf16.json"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("{\"rows\": [[1,0],[0,1]]}")]);
        Text("id3.json", "{\"rows\": [[1,0,0],[0,1,0],[0,0,1]]}");
        Text("teacher3.txt", "1 0 0\n0 1 0\n0 0 1\n");
        Text("teacher-bad.txt", "1 0 x\n");
        Text("teacher-ragged.txt", "1 0 0\n0 1\n");
        Text("cov-negative.txt", "1 0 0\n0 -1 0\n0 0 1\n");
        Text("cov-asymmetric.txt", "1 0.5 0\n0 1 0\n0 0 1\n");
        Text("cov-nan.txt", "1 0 0\n0 nan 0\n0 0 1\n");
        Text("cov-huge.txt", "1e308 0 0\n0 1e308 0\n0 0 1e308\n");
        Text("cov-ragged.txt", "1 0 0\n0 1\n");
    }

    /// <summary>The arguments with <c>{dir}</c> replaced by the folder.</summary>
    public string[] Expand(string[] args) => args.Select(a => a.Replace("{dir}", Dir, StringComparison.Ordinal)).ToArray();

    public void Dispose()
    {
        try { Directory.Delete(Dir, recursive: true); }
        catch (IOException) { }
    }

    private void Text(string name, string text) => File.WriteAllText(Path.Combine(Dir, name), text, new UTF8Encoding(false));

    // Version 1.0 .npy: magic, version, 2-byte header length, the header dict padded to 64 bytes, then the data.
    private void Npy(string name, string descr, string shape, double[] values, bool fortran = false)
    {
        var dict = $"{{'descr': '{descr}', 'fortran_order': {(fortran ? "True" : "False")}, 'shape': ({shape}), }}";
        int unpadded = 10 + dict.Length + 1;
        var header = dict + new string(' ', (64 - unpadded % 64) % 64) + "\n";
        int item = descr.EndsWith('4') ? 4 : 8;
        var data = new byte[values.Length * item];
        for (int i = 0; i < values.Length; i++)
        {
            if (descr == "<i8") BinaryPrimitives.WriteInt64LittleEndian(data.AsSpan(8 * i), (long)values[i]);
            else if (descr == ">f8") BinaryPrimitives.WriteDoubleBigEndian(data.AsSpan(8 * i), values[i]);
            else BinaryPrimitives.WriteDoubleLittleEndian(data.AsSpan(8 * i), values[i]);
        }
        var bytes = new List<byte> { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0 };
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(length, (ushort)header.Length);
        bytes.AddRange(length);
        bytes.AddRange(Encoding.ASCII.GetBytes(header));
        bytes.AddRange(data);
        File.WriteAllBytes(Path.Combine(Dir, name), bytes.ToArray());
    }
}
