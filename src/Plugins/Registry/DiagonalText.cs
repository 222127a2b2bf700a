using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// The diagonal of a block-scalar teacher or input covariance, as <c>explore</c>'s survey takes it: a spec
/// <c>blocks(n1,n2,…;c1,c2,…)</c> or <c>identity(d)</c> (<see cref="SurveyModel.ParseDiagonal"/>), or a file holding a
/// diagonal matrix (<see cref="MatrixText"/>).
/// </summary>
public static class DiagonalText
{
    /// <summary>The teacher's diagonal: a <c>blocks(…)</c>/<c>identity(…)</c> spec, else the diagonal matrix in the file <paramref name="text"/> names.</summary>
    /// <exception cref="ArgumentException">Neither a spec nor a readable file, or the matrix is not square and diagonal.</exception>
    public static double[] Teacher(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.TrimStart().StartsWith("blocks(", StringComparison.OrdinalIgnoreCase) || text.TrimStart().StartsWith("identity(", StringComparison.OrdinalIgnoreCase))
            return SurveyModel.ParseDiagonal(text);
        string content;
        try { content = File.ReadAllText(text); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"The teacher '{text}' is neither blocks(n1,...;c1,...) / identity(d) nor a readable file: {e.Message}");
        }
        return Of(MatrixText.Parse(content, $"teacher file '{text}'"), $"the teacher in '{text}'");
    }

    /// <summary>The diagonal of <paramref name="m"/>; <paramref name="what"/> names the matrix in the error.</summary>
    /// <exception cref="ArgumentException">Not square, or an off-diagonal entry is nonzero.</exception>
    public static double[] Of(double[,] m, string what)
    {
        ArgumentNullException.ThrowIfNull(m);
        int rows = m.GetLength(0), cols = m.GetLength(1);
        if (rows != cols) throw new ArgumentException($"{what} is {rows}×{cols}; a square diagonal matrix is needed (block-scalar teacher or covariance).");
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
                if (i != j && m[i, j] != 0)
                    throw new ArgumentException($"{what} has the off-diagonal entry ({i + 1},{j + 1}) = {m[i, j]}; the survey of diagonal Young types needs a diagonal (block-scalar) matrix. " +
                                                "A point of another model can be searched from or read at directly (CriticalPointSearch, PointReading).");
        return Enumerable.Range(0, rows).Select(i => m[i, i]).ToArray();
    }
}
