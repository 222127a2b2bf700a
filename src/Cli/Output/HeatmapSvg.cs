using System.Globalization;
using System.Security;
using System.Text;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>
/// A weight matrix as an SVG heatmap: one <c>rect class="cell"</c> per entry on a diverging scale (blue for
/// negative, white for 0, red for positive, symmetric about 0 so equal magnitudes get equal intensity), and a
/// legend bar with its end values.
/// </summary>
internal static class HeatmapSvg
{
    private const double Cell = 36, Left = 40, Top = 50, LegendWidth = 24, LegendSteps = 11;

    /// <summary>The heatmap of <paramref name="w"/>, its rows and columns shown in the given orders (original indices; default as stored).</summary>
    public static string Render(string title, double[,] w, int[]? rowOrder = null, int[]? columnOrder = null)
    {
        int rows = w.GetLength(0), cols = w.GetLength(1);
        rowOrder ??= Enumerable.Range(0, rows).ToArray();
        columnOrder ??= Enumerable.Range(0, cols).ToArray();
        double max = 0;
        foreach (double v in w) if (double.IsFinite(v)) max = Math.Max(max, Math.Abs(v));
        if (max == 0) max = 1;
        double gridW = cols * Cell, gridH = rows * Cell;
        double legendX = Left + gridW + 30;
        double width = legendX + LegendWidth + 70, height = Top + Math.Max(gridH, 160) + 40;
        string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.AppendLine($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{F(width)}\" height=\"{F(height)}\" font-family=\"sans-serif\" font-size=\"12\">");
        sb.AppendLine($"<text x=\"{F(Left)}\" y=\"24\" font-size=\"14\">{SecurityElement.Escape(title)}</text>");
        for (int p = 0; p < rows; p++)
            for (int q = 0; q < cols; q++)
            {
                int i = rowOrder[p], j = columnOrder[q];
                double v = w[i, j];
                sb.AppendLine($"<rect class=\"cell\" x=\"{F(Left + q * Cell)}\" y=\"{F(Top + p * Cell)}\" width=\"{F(Cell)}\" height=\"{F(Cell)}\" fill=\"{Color(v / max)}\" stroke=\"#ccc\"><title>w[{i + 1},{j + 1}] = {v.ToString("G6", CultureInfo.InvariantCulture)}</title></rect>");
            }
        // The legend: LegendSteps bands from +max (top) to −max (bottom).
        double bandH = 160 / LegendSteps;
        for (int s = 0; s < LegendSteps; s++)
        {
            double t = 1 - 2 * s / (LegendSteps - 1);
            sb.AppendLine($"<rect class=\"legend\" x=\"{F(legendX)}\" y=\"{F(Top + s * bandH)}\" width=\"{F(LegendWidth)}\" height=\"{F(bandH + 0.5)}\" fill=\"{Color(t)}\"/>");
        }
        string M(double v) => v.ToString("G3", CultureInfo.InvariantCulture);
        sb.AppendLine($"<text x=\"{F(legendX + LegendWidth + 6)}\" y=\"{F(Top + 10)}\">{M(max)}</text>");
        sb.AppendLine($"<text x=\"{F(legendX + LegendWidth + 6)}\" y=\"{F(Top + 84)}\">0</text>");
        sb.AppendLine($"<text x=\"{F(legendX + LegendWidth + 6)}\" y=\"{F(Top + 160)}\">{M(-max)}</text>");
        sb.AppendLine("</svg>");
        return sb.ToString();
    }

    /// <summary>t in [−1, 1] → blue (−1) … white (0) … red (+1).</summary>
    internal static string Color(double t)
    {
        if (!double.IsFinite(t)) return "#000000";
        t = Math.Clamp(t, -1, 1);
        // Interpolate white → (178, 24, 43) for positive, white → (33, 102, 172) for negative.
        (int r, int g, int b) end = t >= 0 ? (178, 24, 43) : (33, 102, 172);
        double a = Math.Abs(t);
        int R = (int)Math.Round(255 + a * (end.r - 255)), G = (int)Math.Round(255 + a * (end.g - 255)), B = (int)Math.Round(255 + a * (end.b - 255));
        return $"#{R:x2}{G:x2}{B:x2}";
    }
}
