using System.Globalization;
using System.Text;
using System.Text.Json;
using Landscape.Symmetry.Cli.Input;

namespace Landscape.Symmetry.Cli.Tests;

/// <summary>
/// The streaming JSON reader and the header-only shapes behind <c>--point FILE</c> (<see cref="MatrixFile"/>,
/// <see cref="JsonArrays"/>, <see cref="NpyReader.Shape"/>) against <see cref="JsonDocument"/> and the whole-file
/// <c>.npy</c> reader as the naive oracles, on random matrices written in several layouts.
/// </summary>
public sealed class MatrixFileReadingTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    private static double[][] RandomRows(int seed, int rows, int columns)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, rows).Select(_ => Enumerable.Range(0, columns)
            .Select(_ => (rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-20, 20))).ToArray()).ToArray();
    }

    // Round-trip text, with varied spacing and exponent forms so the tokenizer sees more than one layout.
    private static string Text(double[][] rows, bool wrapped, int seed)
    {
        var rng = new Random(seed);
        string Gap() => rng.Next(3) switch { 0 => "", 1 => " ", _ => "\n  " };
        var s = new StringBuilder(wrapped ? "{ \"name\": \"w\", \"rows\":" + Gap() + "[" : "[");
        for (int i = 0; i < rows.Length; i++)
        {
            s.Append(i == 0 ? Gap() : "," + Gap()).Append('[');
            for (int j = 0; j < rows[i].Length; j++)
                s.Append(j == 0 ? "" : "," + Gap()).Append(rows[i][j].ToString(rng.Next(2) == 0 ? "R" : "E17", CultureInfo.InvariantCulture));
            s.Append(']');
        }
        return s.Append(wrapped ? "] }" : "]").ToString();
    }

    private static double[][] Naive(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement.ValueKind == JsonValueKind.Object ? doc.RootElement.GetProperty("rows") : doc.RootElement;
        return root.EnumerateArray().Select(r => r.EnumerateArray().Select(x => x.GetDouble()).ToArray()).ToArray();
    }

    [Theory]
    [InlineData(1, 7, 5, true)]
    [InlineData(2, 1, 9, false)]
    [InlineData(3, 12, 12, true)]
    [InlineData(4, 30, 3, false)]
    public void Json_matrices_read_as_the_document_model_reads_them(int seed, int rows, int columns, bool wrapped)
    {
        var path = dir.File($"m{seed}.json");
        File.WriteAllText(path, Text(RandomRows(seed, rows, columns), wrapped, seed));
        var naive = Naive(path);
        var read = MatrixFile.ReadMatrixOrVector(path);
        Assert.Equal(naive.Length, read.Length);
        for (int i = 0; i < naive.Length; i++) Assert.Equal(naive[i], read[i]);
        Assert.Equal((naive.Length, naive[0].Length), MatrixFile.Shape(path));
        var (r, c, values, ragged) = MatrixFile.ReadFlat(path);
        Assert.Null(ragged);
        Assert.Equal((naive.Length, naive[0].Length), (r, c));
        Assert.Equal(naive.SelectMany(x => x).ToArray(), values);
    }

    [Fact]
    public void Vectors_in_every_form_are_one_row()
    {
        var bare = dir.File("v.json");
        File.WriteAllText(bare, "[1, 2.5, -3e-2]");
        var wrapped = dir.File("w.json");
        File.WriteAllText(wrapped, "{\"values\": [1, 2.5, -3e-2]}");
        foreach (var path in new[] { bare, wrapped })
        {
            Assert.Equal(new[] { new[] { 1, 2.5, -3e-2 } }, MatrixFile.ReadMatrixOrVector(path));
            Assert.Equal((1, 3), MatrixFile.Shape(path));
        }
    }

    [Fact]
    public void Npy_shape_comes_from_the_header_and_data_from_one_block_copy()
    {
        var rows = RandomRows(5, 6, 4);
        var path = dir.File("m.npy");
        var header = "{'descr': '<f8', 'fortran_order': False, 'shape': (6, 4), }";
        header += new string(' ', (64 - (10 + header.Length + 1) % 64) % 64) + "\n";
        var bytes = new List<byte> { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0, (byte)header.Length, 0 };
        bytes.AddRange(Encoding.ASCII.GetBytes(header));
        foreach (var v in rows.SelectMany(x => x)) bytes.AddRange(BitConverter.GetBytes(v));
        File.WriteAllBytes(path, bytes.ToArray());
        Assert.Equal((6, 4), MatrixFile.Shape(path));
        Assert.Equal(rows, MatrixFile.ReadMatrixOrVector(path));
        // A truncated file: the header alone already shows that the data cannot fit.
        File.WriteAllBytes(path, bytes.Take(bytes.Count - 8).ToArray());
        Assert.Contains("needs 192 bytes", Assert.Throws<FormatException>(() => MatrixFile.Shape(path)).Message);
    }

    [Theory]
    [InlineData("[[1, 1e999]]", "row 0, entry 1: expected a finite number, got 1e999")]
    [InlineData("[[1, \"x\"]]", "row 0, entry 1: expected a finite number, got \"x\"")]
    [InlineData("[[1, 2], 3]", "row 1 must be an array of numbers")]
    [InlineData("[1, 2] x", "not valid JSON")]
    [InlineData("{\"rows\": [[1, 2], ", "not valid JSON")]
    [InlineData("{\"other\": 1}", "\"rows\" array of arrays")]
    public void Bad_json_names_the_entry(string text, string expected)
    {
        var path = dir.File("bad.json");
        File.WriteAllText(path, text);
        Assert.Contains(expected, Assert.Throws<FormatException>(() => MatrixFile.ReadMatrixOrVector(path)).Message);
    }
}
