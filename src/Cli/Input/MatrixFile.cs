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
        if (IsNpy(path)) return NpyMatrix(NpyReader.Read(bytes, path), path);
        return JsonMatrix(Parse(bytes, path), path);
    }

    private static double[][] NpyMatrix((int[] Shape, double[] Values) npy, string path)
    {
        var (shape, values) = npy;
        if (shape.Length != 2)
            throw new FormatException($"{path}: a matrix must be a 2-D array; the .npy array has shape ({string.Join(", ", shape)}).");
        return Enumerable.Range(0, shape[0]).Select(i => values.AsSpan(i * shape[1], shape[1]).ToArray()).ToArray();
    }

    private static double[][] JsonMatrix(JsonNode root, string path)
    {
        if (root.Kind == JsonValueKind.Object)
        {
            if (!root.TryGetProperty("rows", out var rows))
                throw new FormatException($"{path}: expected an object with a \"rows\" array of arrays, e.g. {{\"rows\": [[1, 0], [0, 1]]}}.");
            root = rows;
        }
        if (root.Kind != JsonValueKind.Array)
            throw new FormatException($"{path}: \"rows\" must be an array of arrays of numbers.");
        if (root.Items is null)
            return root.Count == 0 ? [] : throw new FormatException($"{path}: row 0 must be an array of numbers.");
        return root.Items.Select((row, i) => Numbers(row, $"{path}: row {i}")).ToArray();
    }

    public static double[] ReadVector(string path)
    {
        var bytes = ReadBytes(path);
        if (IsNpy(path)) return NpyVector(NpyReader.Read(bytes, path), path);
        return JsonVector(Parse(bytes, path), path);
    }

    private static double[] NpyVector((int[] Shape, double[] Values) npy, string path)
    {
        if (npy.Shape.Length != 1)
            throw new FormatException($"{path}: a second layer must be a 1-D array; the .npy array has shape ({string.Join(", ", npy.Shape)}).");
        return npy.Values;
    }

    private static double[] JsonVector(JsonNode root, string path)
    {
        if (root.Kind == JsonValueKind.Object)
        {
            if (!root.TryGetProperty("values", out var values))
                throw new FormatException($"{path}: expected an object with a \"values\" array of numbers, e.g. {{\"values\": [1, -1]}}.");
            root = values;
        }
        return Numbers(root, $"{path}: \"values\"");
    }

    /// <summary>
    /// A matrix, or a vector as a matrix of one row: JSON <c>{"rows": …}</c>, <c>{"values": […]}</c>, a bare array of rows or
    /// a bare array of numbers; <c>.npy</c> of 2 or 1 dimensions. The file is read and parsed once.
    /// </summary>
    public static double[][] ReadMatrixOrVector(string path)
    {
        var bytes = ReadBytes(path);
        if (IsNpy(path))
        {
            var npy = NpyReader.Read(bytes, path);
            return npy.Shape.Length == 1 ? new[] { NpyVector(npy, path) } : NpyMatrix(npy, path);
        }
        var root = Parse(bytes, path);
        return IsVector(root) ? new[] { JsonVector(root, path) } : JsonMatrix(root, path);
    }

    /// <summary>
    /// What <see cref="ReadMatrixOrVector"/> reads, as one row-major array: a <c>.npy</c> file's data as it is (no copy
    /// into rows); JSON rows joined. Null values when the rows are ragged (then <see cref="ReadMatrixOrVector"/> has them).
    /// </summary>
    public static (int Rows, int Columns, double[]? Values, double[][]? Ragged) ReadFlat(string path)
    {
        if (IsNpy(path))
        {
            var npy = NpyReader.Read(ReadBytes(path), path);
            if (npy.Shape.Length == 1) return (1, npy.Shape[0], npy.Values, null);
            if (npy.Shape.Length != 2) NpyMatrix(npy, path); // throws, naming the shape
            return (npy.Shape[0], npy.Shape[1], npy.Values, null);
        }
        var rows = ReadMatrixOrVector(path);
        int c = rows.Length == 0 ? 0 : rows[0].Length;
        if (rows.Any(row => row.Length != c)) return (rows.Length, c, null, rows);
        var values = new double[rows.Length * c];
        for (int i = 0; i < rows.Length; i++) rows[i].CopyTo(values, i * c);
        return (rows.Length, c, values, null);
    }

    /// <summary>
    /// Rows and columns of what <see cref="ReadMatrixOrVector"/> would return (columns of the first row), from the
    /// <c>.npy</c> header alone or a JSON pass that counts numbers without converting them; 0 columns when there is no
    /// row or the first row is not an array (reading the file then names the problem).
    /// </summary>
    /// <exception cref="ArgumentException">Missing or unreadable file.</exception>
    /// <exception cref="FormatException">Not JSON or .npy.</exception>
    public static (int Rows, int Columns) Shape(string path)
    {
        if (IsNpy(path))
        {
            BoundedFile.CheckReadable(path, "input file");
            int[] shape;
            try { shape = NpyReader.Shape(path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                throw new ArgumentException($"Cannot read the input file '{path}': {e.Message}");
            }
            return shape.Length == 1 ? (1, shape[0]) : shape.Length == 2 ? (shape[0], shape[1]) : (0, 0);
        }
        var root = Parse(ReadBytes(path), path, countOnly: true);
        if (IsVector(root)) return (1, root.Kind == JsonValueKind.Object ? root.Properties!["values"].Count : root.Count);
        if (root.Kind == JsonValueKind.Object && !root.TryGetProperty("rows", out root)) return (0, 0);
        if (root.Items is not { Count: > 0 } items) return (root.Kind == JsonValueKind.Array ? root.Count : 0, 0);
        return (items.Count, items[0].Kind == JsonValueKind.Array ? items[0].Count : 0);
    }

    private static bool IsVector(JsonNode root) =>
        root.Kind == JsonValueKind.Object
            ? root.TryGetProperty("values", out _) && !root.TryGetProperty("rows", out _)
            : root.Kind == JsonValueKind.Array && root.Count > 0 && (root.Items is null || root.Items[0].Kind != JsonValueKind.Array);

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
            rows = JsonMatrix(Parse(bytes, path), path);
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

    private static JsonNode Parse(byte[] bytes, string path, bool countOnly = false)
    {
        try
        {
            return JsonArrays.Parse(BoundedFile.WithoutByteOrderMark(bytes), countOnly);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path} is not valid JSON ({e.Message}); expected {{\"rows\": [[...], ...]}} or a .npy file.");
        }
    }

    private static double[] Numbers(JsonNode array, string what)
    {
        if (array.Kind != JsonValueKind.Array)
            throw new FormatException($"{what} must be an array of numbers.");
        if (array.Numbers is { } numbers)
            return array.BadIndex < 0 ? numbers : throw new FormatException($"{what}, entry {array.BadIndex}: expected a finite number, got {array.BadRaw}.");
        return array.Items!.Select((x, j) => x.Kind == JsonValueKind.Number && double.IsFinite(x.Number)
            ? x.Number
            : throw new FormatException($"{what}, entry {j}: expected a finite number, got {x.Raw}.")).ToArray();
    }
}
