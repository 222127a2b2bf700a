using System.Globalization;

namespace Landscape.Symmetry.Plugins;

/// <summary>Reads a matrix written as rows of numbers (whitespace or commas between entries, '#' comments).</summary>
public static class MatrixText
{
    /// <summary>Parses the rows of <paramref name="text"/>; <paramref name="what"/> names the source in messages.</summary>
    /// <exception cref="FormatException">An entry is not a number, rows differ in length, or there are no rows.</exception>
    public static double[,] Parse(string text, string what = "matrix")
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<double[]>();
        int lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0) continue;
            var parts = line.Split(new[] { ' ', '\t', ',', ';', '\r' }, StringSplitOptions.RemoveEmptyEntries);
            var row = new double[parts.Length];
            for (int j = 0; j < parts.Length; j++)
                if (!double.TryParse(parts[j], NumberStyles.Float, CultureInfo.InvariantCulture, out row[j]) || !double.IsFinite(row[j]))
                    throw new FormatException($"In the {what}, line {lineNumber}: '{parts[j]}' is not a finite number.");
            if (rows.Count > 0 && row.Length != rows[0].Length)
                throw new FormatException($"In the {what}, line {lineNumber} has {row.Length} entries but the first row has {rows[0].Length}.");
            rows.Add(row);
        }
        if (rows.Count == 0) throw new FormatException($"The {what} has no rows of numbers.");
        var m = new double[rows.Count, rows[0].Length];
        for (int i = 0; i < rows.Count; i++)
            for (int j = 0; j < rows[0].Length; j++) m[i, j] = rows[i][j];
        return m;
    }
}
