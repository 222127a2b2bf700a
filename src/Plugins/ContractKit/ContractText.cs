using System.Globalization;
using System.Text;
using Landscape.Symmetry.Groups;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>Plain-words renderings of parameter indices, points and group elements for contract reports (1-based, as printed math).</summary>
public static class ContractText
{
    /// <summary>A value as a report quotes it: ten significant digits, invariant culture (e.g. <c>0.4317218412</c>).</summary>
    public static string Value(double x) => x.ToString("G10", CultureInfo.InvariantCulture);

    /// <summary>A size — an error, a difference, a tolerance, a step — to one digit: <c>3.2E-9</c>.</summary>
    public static string Magnitude(double x) => x.ToString("0.0E+0", CultureInfo.InvariantCulture);

    /// <summary>"W[i,j]" or "a[i]" (1-based) for a parameter index.</summary>
    public static string Cell(ParameterLayout layout, int index)
    {
        ArgumentNullException.ThrowIfNull(layout);
        int kd = layout.K * layout.D;
        return index < kd ? $"W[{index / layout.D + 1},{index % layout.D + 1}]" : $"a[{index - kd + 1}]";
    }

    /// <summary>
    /// A permutation of parameter indices: as "rows π, columns ρ" when it is the lift of a row and a column permutation
    /// (<see cref="MatrixCellAction.Lift"/>), otherwise in 1-based cycle notation on parameter indices.
    /// </summary>
    public static string Element(ParameterLayout layout, Permutation g)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(g);
        int k = layout.K, d = layout.D;
        var rows = new int[k];
        var cols = new int[d];
        for (int i = 0; i < k; i++) rows[i] = g[i * d] / d;
        for (int j = 0; j < d; j++) cols[j] = g[j] % d;
        try
        {
            var pi = Permutation.FromImages(rows);
            var rho = Permutation.FromImages(cols);
            if (MatrixCellAction.Lift(k, d, pi, rho, layout.SecondLayerTrainable) == g)
                return $"(rows {Cycles(pi)}, columns {Cycles(rho)})";
        }
        catch (ArgumentException)
        {
            // Not a bijection on rows or columns: not a lift.
        }
        return g + " on parameter indices";
    }

    private static string Cycles(Permutation p) => p.IsIdentity ? "fixed" : p.ToString();

    /// <summary>The point as the matrix W (rows separated by ';') and the second layer a, rounded to 4 significant digits.</summary>
    public static string Point(ParameterLayout layout, double[] x)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(x);
        var sb = new StringBuilder("W = [");
        for (int i = 0; i < layout.K; i++)
        {
            if (i > 0) sb.Append("; ");
            for (int j = 0; j < layout.D; j++)
            {
                if (j > 0) sb.Append(' ');
                sb.Append(x[i * layout.D + j].ToString("G4", CultureInfo.InvariantCulture));
            }
        }
        sb.Append(']');
        if (layout.SecondLayerTrainable)
            sb.Append(", a = [").AppendJoin(' ', Enumerable.Range(0, layout.K).Select(i => x[layout.K * layout.D + i].ToString("G4", CultureInfo.InvariantCulture))).Append(']');
        return sb.ToString();
    }
}
