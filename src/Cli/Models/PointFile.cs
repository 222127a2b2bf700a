using System.Globalization;
using System.Text;
using Landscape.Symmetry.Cli.Input;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Cli;

/// <summary>
/// A point of a model as a file. Two-layer models: W as a k×d matrix, or k×(d+1) with aᵢ as the last column when the
/// second layer trains. Deep models (<see cref="DeepNetworkLoss"/>): the flat parameter vector in the model's layout order
/// (W₁ row-major, b₁, W₂, …; <see cref="DeepNetworkLoss.ParameterName"/>) as one row or one column. Read as JSON or
/// <c>.npy</c> (<see cref="MatrixFile"/>); written as JSON (<c>{"rows": …}</c>, numbers in round-trip precision) or,
/// for a <c>.npy</c> name, as a NumPy array of little-endian doubles.
/// </summary>
internal static class PointFile
{
    /// <summary>What a file for <paramref name="model"/> must hold, for error messages.</summary>
    public static string ExpectedShape(IObjective model)
    {
        var l = model.Layout;
        if (model is DeepNetworkLoss) return $"a flat vector of {l.Dimension} parameters (one row or one column, order W1 row-major, then b1 with biases, W2, …)";
        return l.SecondLayerTrainable
            ? $"a {l.K}×{l.D + 1} matrix (W, {l.K}×{l.D}, with the second layer a as the last column)"
            : $"a {l.K}×{l.D} matrix W";
    }

    /// <summary>Rows and columns of the array in <paramref name="path"/> (a vector is one row), before any model is known.</summary>
    /// <exception cref="ArgumentException">Missing file.</exception>
    /// <exception cref="FormatException">Not JSON or .npy of numbers.</exception>
    public static (int Rows, int Columns) Shape(string path)
    {
        var rows = MatrixFile.ReadMatrixOrVector(path);
        return (rows.Length, rows.Length == 0 ? 0 : rows[0].Length);
    }

    /// <summary>The point stored in <paramref name="path"/>, checked against the model's shape.</summary>
    /// <exception cref="ArgumentException">Missing file or wrong shape, with the shape expected.</exception>
    /// <exception cref="FormatException">Not JSON or .npy of numbers.</exception>
    public static double[] Read(string path, IObjective model)
    {
        var rows = MatrixFile.ReadMatrixOrVector(path);
        for (int i = 1; i < rows.Length; i++)
            if (rows[i].Length != rows[0].Length)
                throw new ArgumentException($"{path}: row {i + 1} has {rows[i].Length} entries but row 1 has {rows[0].Length}; expected {ExpectedShape(model)}.");
        int r = rows.Length, c = r == 0 ? 0 : rows[0].Length;
        var l = model.Layout;
        if (model is DeepNetworkLoss)
        {
            if ((r == 1 && c == l.Dimension) || (c == 1 && r == l.Dimension)) return rows.SelectMany(row => row).ToArray();
            throw new ArgumentException($"{path} holds a {r}×{c} array; this model takes {ExpectedShape(model)}.");
        }
        int columns = l.D + (l.SecondLayerTrainable ? 1 : 0);
        if (r != l.K || c != columns)
            throw new ArgumentException($"{path} holds a {r}×{c} matrix; this model (k = {l.K}, d = {l.D}) takes {ExpectedShape(model)}.");
        var x = new double[l.Dimension];
        for (int i = 0; i < l.K; i++)
        {
            for (int j = 0; j < l.D; j++) x[l.WeightIndex(i, j)] = rows[i][j];
            if (l.SecondLayerTrainable) x[l.SecondLayerIndex(i)] = rows[i][l.D];
        }
        return x;
    }

    /// <summary>The point as the rows of its file: W (with a as the last column) for two-layer models, one row for deep ones.</summary>
    public static double[][] Rows(IObjective model, double[] x)
    {
        var l = model.Layout;
        if (model is DeepNetworkLoss) return new[] { (double[])x.Clone() };
        return Enumerable.Range(0, l.K).Select(i =>
        {
            var row = new double[l.D + (l.SecondLayerTrainable ? 1 : 0)];
            for (int j = 0; j < l.D; j++) row[j] = x[l.WeightIndex(i, j)];
            if (l.SecondLayerTrainable) row[l.D] = x[l.SecondLayerIndex(i)];
            return row;
        }).ToArray();
    }

    /// <summary>Writes the point so that <see cref="Read"/> gives it back exactly.</summary>
    /// <exception cref="ArgumentException">The file cannot be written.</exception>
    public static void Write(string path, IObjective model, double[] x)
    {
        var rows = Rows(model, x);
        try
        {
            if (path.EndsWith(".npy", StringComparison.OrdinalIgnoreCase)) File.WriteAllBytes(path, Npy(rows));
            else File.WriteAllText(path, Json.Serialize(new PointFileJson(rows)) + "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ArgumentException($"Cannot write the point to '{path}': {e.Message}");
        }
    }

    // Version 1.0: magic, version, 2-byte header length, the dict padded with spaces to a multiple of 64 bytes, '\n'.
    private static byte[] Npy(double[][] rows)
    {
        int r = rows.Length, c = rows[0].Length;
        var dict = $"{{'descr': '<f8', 'fortran_order': False, 'shape': ({r.ToString(CultureInfo.InvariantCulture)}, {c.ToString(CultureInfo.InvariantCulture)}), }}";
        int unpadded = 10 + dict.Length + 1;
        var header = dict + new string(' ', (64 - unpadded % 64) % 64) + "\n";
        var bytes = new byte[10 + header.Length + 8 * r * c];
        new byte[] { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0 }.CopyTo(bytes, 0);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)header.Length);
        Encoding.ASCII.GetBytes(header).CopyTo(bytes, 10);
        int o = 10 + header.Length;
        foreach (var row in rows)
            foreach (var v in row) { System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(o), v); o += 8; }
        return bytes;
    }
}

/// <summary>A point file's JSON: <c>{"rows": [[…], …]}</c>, the rows of W (a as the last column when it trains) or a deep net's one row.</summary>
internal sealed record PointFileJson(double[][] Rows);
