using System.Text.Json;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Cli.Input;

/// <summary>
/// Loads a weight matrix or a vector from a file: JSON (<c>{"rows": [[…], …]}</c> or a bare array of
/// rows; <c>{"values": […]}</c> or a bare array for a vector) or NumPy <c>.npy</c> (2-D for a matrix,
/// 1-D for a vector), chosen by the <c>.npy</c> extension.
/// </summary>
internal static class MatrixFile
{
    public static double[][] ReadMatrix(string path) => ReadMatrix(path, "matrix file");

    private static double[][] ReadMatrix(string path, string what)
    {
        var bytes = ReadBytes(path, what);
        if (IsNpy(path))
        {
            var (shape, values) = NpyReader.Read(bytes, path);
            if (shape.Length != 2)
                throw new FormatException($"{path}: a matrix must be a 2-D array; the .npy array has shape ({string.Join(", ", shape)}).");
            return Enumerable.Range(0, shape[0]).Select(i => values.AsSpan(i * shape[1], shape[1]).ToArray()).ToArray();
        }
        using var doc = Parse(bytes, path);
        var root = doc.RootElement;
        if (root.ValueKind == JsonValueKind.Object)
        {
            if (!root.TryGetProperty("rows", out var rows))
                throw new FormatException($"{path}: expected an object with a \"rows\" array of arrays, e.g. {{\"rows\": [[1, 0], [0, 1]]}}.");
            root = rows;
        }
        if (root.ValueKind != JsonValueKind.Array)
            throw new FormatException($"{path}: \"rows\" must be an array of arrays of numbers.");
        return root.EnumerateArray().Select((row, i) => Numbers(row, $"{path}: row {i}")).ToArray();
    }

    public static double[] ReadVector(string path)
    {
        var bytes = ReadBytes(path);
        if (IsNpy(path))
        {
            var (shape, values) = NpyReader.Read(bytes, path);
            if (shape.Length != 1)
                throw new FormatException($"{path}: a second layer must be a 1-D array; the .npy array has shape ({string.Join(", ", shape)}).");
            return values;
        }
        using var doc = Parse(bytes, path);
        var root = doc.RootElement;
        if (root.ValueKind == JsonValueKind.Object)
        {
            if (!root.TryGetProperty("values", out var values))
                throw new FormatException($"{path}: expected an object with a \"values\" array of numbers, e.g. {{\"values\": [1, -1]}}.");
            root = values;
        }
        return Numbers(root, $"{path}: \"values\"");
    }

    /// <summary>
    /// A matrix, or a vector as a matrix of one row: JSON <c>{"rows": …}</c>, <c>{"values": […]}</c>, a bare array of rows or
    /// a bare array of numbers; <c>.npy</c> of 2 or 1 dimensions.
    /// </summary>
    public static double[][] ReadMatrixOrVector(string path)
    {
        var bytes = ReadBytes(path);
        if (IsNpy(path))
        {
            var (shape, _) = NpyReader.Read(bytes, path);
            return shape.Length == 1 ? new[] { ReadVector(path) } : ReadMatrix(path);
        }
        using var doc = Parse(bytes, path);
        var root = doc.RootElement;
        bool vector = root.ValueKind == JsonValueKind.Object
            ? root.TryGetProperty("values", out _) && !root.TryGetProperty("rows", out _)
            : root.ValueKind == JsonValueKind.Array && root.GetArrayLength() > 0 && root[0].ValueKind != JsonValueKind.Array;
        return vector ? new[] { ReadVector(path) } : ReadMatrix(path);
    }

    private static bool IsNpy(string path) => path.EndsWith(".npy", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The teacher of <c>--teacher</c>: <c>.npy</c> or JSON as every other matrix option (<see cref="ReadMatrix"/>), or
    /// rows of numbers as plain text (<see cref="MatrixText"/>), told apart by the extension and the first character.
    /// </summary>
    public static double[,] ReadTeacher(string path)
    {
        const string what = "teacher file";
        double[][] rows;
        if (IsNpy(path)) rows = ReadMatrix(path, what);
        else
        {
            var bytes = BoundedFile.WithoutByteOrderMark(BoundedFile.ReadBytes(path, what));
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            var first = text.TrimStart();
            if (!(first.StartsWith('{') || first.StartsWith('['))) return MatrixText.Parse(text, $"{what} '{path}'");
            rows = ReadMatrix(path, what);
        }
        if (rows.Length == 0 || rows[0].Length == 0)
            throw new FormatException($"The {what} '{path}' has no entries; expected a k'×d matrix with k', d ≥ 1.");
        var m = new double[rows.Length, rows[0].Length];
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i].Length != rows[0].Length)
                throw new FormatException($"In the {what} '{path}', row {i} has {rows[i].Length} entries but row 0 has {rows[0].Length}.");
            for (int j = 0; j < rows[i].Length; j++) m[i, j] = rows[i][j];
        }
        return m;
    }

    private static byte[] ReadBytes(string path, string what = "input file") => BoundedFile.ReadBytes(path, what);

    private static JsonDocument Parse(byte[] bytes, string path)
    {
        try
        {
            return JsonDocument.Parse(BoundedFile.WithoutByteOrderMark(bytes));
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path} is not valid JSON ({e.Message}); expected {{\"rows\": [[...], ...]}} or a .npy file.");
        }
    }

    private static double[] Numbers(JsonElement array, string what)
    {
        if (array.ValueKind != JsonValueKind.Array)
            throw new FormatException($"{what} must be an array of numbers.");
        return array.EnumerateArray().Select((x, j) => x.ValueKind == JsonValueKind.Number && x.TryGetDouble(out double v) && double.IsFinite(v)
            ? v
            : throw new FormatException($"{what}, entry {j}: expected a finite number, got {x.GetRawText()}.")).ToArray();
    }
}
