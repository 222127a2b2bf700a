using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using System.Text.Json;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

public sealed class IsotropyCommandTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "iso-cli-" + Guid.NewGuid().ToString("N"));

    public IsotropyCommandTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(dir, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private string File(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Rows(double[,] w)
    {
        var rows = Enumerable.Range(0, w.GetLength(0)).Select(i =>
            "[" + string.Join(", ", Enumerable.Range(0, w.GetLength(1)).Select(j => w[i, j].ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "]");
        return "{\"rows\": [" + string.Join(", ", rows) + "]}";
    }

    /// <summary>A .npy file as numpy.save writes it (version 1.0, header padded to a multiple of 64).</summary>
    private static byte[] Npy(string descr, int[] shape, double[] values, bool fortran = false, int version = 1)
    {
        string shapeText = shape.Length == 1 ? $"({shape[0]},)" : "(" + string.Join(", ", shape) + ")";
        var header = $"{{'descr': '{descr}', 'fortran_order': {(fortran ? "True" : "False")}, 'shape': {shapeText}, }}";
        int prefix = version == 1 ? 10 : 12;
        int total = (prefix + header.Length + 1 + 63) / 64 * 64;
        header = header.PadRight(total - prefix - 1) + "\n";
        var bytes = new List<byte> { 0x93 };
        bytes.AddRange(Encoding.ASCII.GetBytes("NUMPY"));
        bytes.Add((byte)version);
        bytes.Add(0);
        if (version == 1) { var l = new byte[2]; BinaryPrimitives.WriteUInt16LittleEndian(l, (ushort)header.Length); bytes.AddRange(l); }
        else { var l = new byte[4]; BinaryPrimitives.WriteUInt32LittleEndian(l, (uint)header.Length); bytes.AddRange(l); }
        bytes.AddRange(Encoding.ASCII.GetBytes(header));
        foreach (var v in values)
        {
            if (descr == "<f4") { var b = new byte[4]; BinaryPrimitives.WriteSingleLittleEndian(b, (float)v); bytes.AddRange(b); }
            else { var b = new byte[8]; BinaryPrimitives.WriteDoubleLittleEndian(b, v); bytes.AddRange(b); }
        }
        return bytes.ToArray();
    }

    private static double[,] Identity(int d)
    {
        var w = new double[d, d];
        for (int i = 0; i < d; i++) w[i, i] = 1;
        return w;
    }

    /// <summary>The ΔS_{d−q}×ΔS_q pattern: α/β on and off the diagonal of the first block, γ, δ in the off-diagonal blocks, ε/ζ in the last block.</summary>
    private static double[,] Pattern(int d, int q)
    {
        var w = new double[d, d];
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++)
                w[i, j] = (i < d - q, j < d - q) switch
                {
                    (true, true) => i == j ? 1.5 : 0.25,
                    (true, false) => -0.5,
                    (false, true) => 0.75,
                    _ => i == j ? 2.0 : -1.25,
                };
        return w;
    }

    private static BigInteger Factorial(int n) => Enumerable.Range(1, n).Aggregate(BigInteger.One, (p, x) => p * x);

    [Fact]
    public void Identity_matrix_is_Delta_S_d()
    {
        var j = Json("isotropy", "--matrix", File("id.json", Rows(Identity(5))), "--json");
        Assert.Equal("120", j.GetProperty("order").GetString());
        Assert.Equal("ΔS_5", j.GetProperty("type").GetString());
        Assert.True(j.GetProperty("diagonal").GetBoolean());
        Assert.Equal(2, j.GetProperty("fixedDimension").GetInt32());
        Assert.Equal("120", j.GetProperty("orbitSize").GetString()); // 5!·5!/5!
        Assert.Equal(new[] { new[] { 0, 1, 2, 3, 4 } }, IntArrays(j.GetProperty("rowPartition")));
        Assert.Equal(new[] { new[] { 0, 1, 2, 3, 4 } }, IntArrays(j.GetProperty("columnPartition")));
        // Generators in 1-based cycle notation; for I_d every generator moves rows and columns alike.
        foreach (var g in j.GetProperty("generators").EnumerateArray())
            Assert.Equal(g.GetProperty("rows").GetString(), g.GetProperty("columns").GetString());
    }

    [Fact]
    public void Generators_act_as_isotropy_on_the_matrix()
    {
        var w = Pattern(6, 1);
        var j = Json("isotropy", "--matrix", File("p.json", Rows(w)), "--json");
        Assert.Equal("ΔS_5×ΔS_1", j.GetProperty("type").GetString());
        Assert.Equal(5, j.GetProperty("fixedDimension").GetInt32());
        Assert.Equal("120", j.GetProperty("order").GetString());
        Assert.Equal((Factorial(6) * Factorial(6) / 120).ToString(), j.GetProperty("orbitSize").GetString());
        foreach (var g in j.GetProperty("generators").EnumerateArray())
        {
            var pi = Images(g.GetProperty("rows").GetString()!, 6);
            var rho = Images(g.GetProperty("columns").GetString()!, 6);
            for (int r = 0; r < 6; r++)
                for (int c = 0; c < 6; c++) Assert.Equal(w[r, c], w[pi[r], rho[c]]);
        }
    }

    /// <summary>Images of a 1-based cycle-notation permutation, parsed here independently of the library.</summary>
    private static int[] Images(string cycles, int n)
    {
        var a = Enumerable.Range(0, n).ToArray();
        foreach (var cycle in cycles.Split(')', StringSplitOptions.RemoveEmptyEntries))
        {
            var points = cycle.TrimStart('(').Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s) - 1).ToArray();
            for (int t = 0; t < points.Length; t++) a[points[t]] = points[(t + 1) % points.Length];
        }
        return a;
    }

    [Theory]
    [InlineData("<f8", 1)]
    [InlineData("<f4", 1)]
    [InlineData("<f8", 2)]
    public void Npy_matrix_and_second_layer(string descr, int version)
    {
        var w = Pattern(7, 3);
        var values = Enumerable.Range(0, 49).Select(x => w[x / 7, x % 7]).ToArray();
        var m = File("w.npy", Npy(descr, new[] { 7, 7 }, values, version: version));
        var j = Json("isotropy", "--matrix", m, "--json");
        Assert.Equal("ΔS_4×ΔS_3", j.GetProperty("type").GetString());
        Assert.Equal(6, j.GetProperty("fixedDimension").GetInt32());
        // A second layer separating one row of the 4-block: ΔS_3×ΔS_3×ΔS_1.
        var a = File("a.npy", Npy(descr, new[] { 7 }, new[] { 1.0, 1, 1, 2, 1, 1, 1 }, version: version));
        var k = Json("isotropy", "--matrix", m, "--second-layer", a, "--json");
        Assert.Equal("ΔS_3×ΔS_3×ΔS_1", k.GetProperty("type").GetString());
        Assert.Equal("36", k.GetProperty("order").GetString());
        Assert.True(k.GetProperty("secondLayer").GetBoolean());
    }

    [Fact]
    public void Diagonal_action_and_tolerance()
    {
        // Symmetric 3×3 with one entry off by 1e-6: equal at tolerance 1e-5, distinct at the default.
        var w = new double[,] { { 1, 2, 2 }, { 2, 1, 2 }, { 2, 2 + 1e-6, 1 } };
        var path = File("t.json", Rows(w));
        var loose = Json("isotropy", "--matrix", path, "--diagonal", "--tolerance", "1e-5", "--json");
        Assert.Equal("6", loose.GetProperty("order").GetString());
        Assert.Equal("diagonal", loose.GetProperty("action").GetString());
        Assert.Equal("1", loose.GetProperty("orbitSize").GetString());
        var strict = Json("isotropy", "--matrix", path, "--diagonal", "--json");
        Assert.Equal("1", strict.GetProperty("order").GetString());
    }

    [Fact]
    public void Non_diagonal_group_and_bare_array_json()
    {
        var j = Json("isotropy", "--matrix", File("b.json", "[[1, 1, 0], [0, 0, 1]]"), "--json");
        Assert.False(j.GetProperty("diagonal").GetBoolean());
        Assert.Equal("2", j.GetProperty("order").GetString());
        Assert.Equal(JsonValueKind.Null, j.GetProperty("diagonalConjugator").ValueKind);
        Assert.Equal(new[] { new[] { 0, 1 }, new[] { 2 } }, IntArrays(j.GetProperty("columnPartition")));
    }

    [Fact]
    public void Table_output_names_the_type()
    {
        var r = Run("isotropy", "--matrix", File("id.json", Rows(Identity(4))));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("ΔS_4", r.Stdout);
        Assert.Contains("fixed-point dimension", r.Stdout);
        Assert.Contains("24", r.Stdout);
    }

    [Fact]
    public void Bad_input_gives_one_error_line_and_exit_2()
    {
        Assert.Contains("not found", AssertInvalidInput("isotropy", "--matrix", Path.Combine(dir, "missing.json")));
        Assert.Contains("not valid JSON", AssertInvalidInput("isotropy", "--matrix", File("bad.json", "{\"rows\": [[1, 2], ")));
        Assert.Contains("\"rows\"", AssertInvalidInput("isotropy", "--matrix", File("norows.json", "{\"matrix\": [[1]]}")));
        Assert.Contains("finite number", AssertInvalidInput("isotropy", "--matrix", File("str.json", "{\"rows\": [[1, \"x\"]]}")));
        Assert.Contains("same length", AssertInvalidInput("isotropy", "--matrix", File("ragged.json", "{\"rows\": [[1, 2], [3]]}")));
        Assert.Contains("no rows", AssertInvalidInput("isotropy", "--matrix", File("empty.json", "{\"rows\": []}")));
        Assert.Contains("empty", AssertInvalidInput("isotropy", "--matrix", File("emptyrow.json", "{\"rows\": [[]]}")));
        var ok = File("ok.json", "{\"rows\": [[1, 2], [3, 4]]}");
        Assert.Contains("tolerance", AssertInvalidInput("isotropy", "--matrix", ok, "--tolerance", "-1"));
        Assert.Contains("k = 2", AssertInvalidInput("isotropy", "--matrix", ok, "--second-layer", File("a3.json", "{\"values\": [1, 2, 3]}")));
        Assert.Contains("square", AssertInvalidInput("isotropy", "--matrix", File("rect.json", "[[1, 2, 3], [4, 5, 6]]"), "--diagonal"));
        AssertInvalidInput("isotropy");
    }

    [Fact]
    public void Bad_npy_files_are_refused_with_a_reason()
    {
        var values = new[] { 1.0, 0, 0, 1 };
        Assert.Contains("\\x93NUMPY", AssertInvalidInput("isotropy", "--matrix", File("junk.npy", Encoding.ASCII.GetBytes("not a numpy file at all"))));
        Assert.Contains("Fortran", AssertInvalidInput("isotropy", "--matrix", File("f.npy", Npy("<f8", new[] { 2, 2 }, values, fortran: true))));
        Assert.Contains("'<i8'", AssertInvalidInput("isotropy", "--matrix", File("i.npy", Npy("<i8", new[] { 2, 2 }, values))));
        Assert.Contains("'>f8'", AssertInvalidInput("isotropy", "--matrix", File("be.npy", Npy(">f8", new[] { 2, 2 }, values))));
        Assert.Contains("2-D", AssertInvalidInput("isotropy", "--matrix", File("v.npy", Npy("<f8", new[] { 4 }, values))));
        Assert.Contains("1-D", AssertInvalidInput("isotropy", "--matrix", File("m.npy", Npy("<f8", new[] { 2, 2 }, values)), "--second-layer", File("a.npy", Npy("<f8", new[] { 2, 2 }, values))));
        var truncated = Npy("<f8", new[] { 2, 2 }, values);
        Assert.Contains("bytes of data", AssertInvalidInput("isotropy", "--matrix", File("t.npy", truncated[..^8])));
        Assert.Contains("NaN", AssertInvalidInput("isotropy", "--matrix", File("nan.npy", Npy("<f8", new[] { 2, 2 }, new[] { 1.0, double.NaN, 0, 1 }))));
    }
}
