using System.Globalization;
using System.Text;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>A plain SVG line chart: one polyline per series against d, a zero line, and marked points (crossings).</summary>
internal static class FamilySvg
{
    private static readonly string[] Colors = { "#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf" };

    public static string Render(string title, IReadOnlyList<(string Name, IReadOnlyList<(double X, double Y)> Points)> series,
        IReadOnlyList<(double X, string Label)> marks)
    {
        const double width = 860, height = 480, left = 70, right = 230, top = 40, bottom = 50;
        var all = series.SelectMany(s => s.Points).Where(p => double.IsFinite(p.Y)).ToList();
        if (all.Count == 0) all.Add((0, 0));
        double x0 = all.Min(p => p.X), x1 = all.Max(p => p.X);
        // Eigenvalues growing like d would flatten the interesting ones; clip the axis to a robust range around 0.
        var ys = all.Select(p => p.Y).Order().ToArray();
        double y0 = Math.Min(0, ys[(int)(0.02 * (ys.Length - 1))]), y1 = Math.Max(0, ys[(int)(0.9 * (ys.Length - 1))]);
        if (y1 - y0 < 1e-12) { y0 -= 1; y1 += 1; }
        double pad = 0.08 * (y1 - y0);
        y0 -= pad; y1 += pad;
        if (x1 == x0) x1 = x0 + 1;
        double X(double x) => left + (x - x0) / (x1 - x0) * (width - left - right);
        double Y(double y) => top + (y1 - Math.Clamp(y, y0, y1)) / (y1 - y0) * (height - top - bottom);
        string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.AppendLine($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">");
        sb.AppendLine($"<rect width=\"{width}\" height=\"{height}\" fill=\"white\"/>");
        sb.AppendLine($"<text x=\"{left}\" y=\"22\" font-size=\"14\">{Escape(title)}</text>");
        sb.AppendLine($"<rect x=\"{left}\" y=\"{top}\" width=\"{F(width - left - right)}\" height=\"{F(height - top - bottom)}\" fill=\"none\" stroke=\"#999\"/>");
        for (int i = 0; i <= 5; i++)
        {
            double xv = x0 + i * (x1 - x0) / 5, yv = y0 + i * (y1 - y0) / 5;
            sb.AppendLine($"<text x=\"{F(X(xv))}\" y=\"{F(height - bottom + 18)}\" text-anchor=\"middle\">{xv.ToString("G4", CultureInfo.InvariantCulture)}</text>");
            sb.AppendLine($"<text x=\"{left - 6}\" y=\"{F(Y(yv) + 4)}\" text-anchor=\"end\">{yv.ToString("G3", CultureInfo.InvariantCulture)}</text>");
        }
        sb.AppendLine($"<text x=\"{F((left + width - right) / 2)}\" y=\"{height - 12}\" text-anchor=\"middle\">d</text>");
        sb.AppendLine($"<line x1=\"{left}\" x2=\"{F(width - right)}\" y1=\"{F(Y(0))}\" y2=\"{F(Y(0))}\" stroke=\"black\" stroke-dasharray=\"4 3\"/>");
        for (int s = 0; s < series.Count; s++)
        {
            string color = Colors[s % Colors.Length];
            var pts = string.Join(" ", series[s].Points.Where(p => double.IsFinite(p.Y)).Select(p => $"{F(X(p.X))},{F(Y(p.Y))}"));
            sb.AppendLine($"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"1.6\" points=\"{pts}\"/>");
            sb.AppendLine($"<line x1=\"{F(width - right + 12)}\" x2=\"{F(width - right + 32)}\" y1=\"{top + 14 + 18 * s}\" y2=\"{top + 14 + 18 * s}\" stroke=\"{color}\" stroke-width=\"2\"/>");
            sb.AppendLine($"<text x=\"{F(width - right + 38)}\" y=\"{top + 18 + 18 * s}\">{Escape(series[s].Name)}</text>");
        }
        foreach (var (x, label) in marks)
        {
            sb.AppendLine($"<circle cx=\"{F(X(x))}\" cy=\"{F(Y(0))}\" r=\"5\" fill=\"none\" stroke=\"red\" stroke-width=\"2\"><title>{Escape(label)}</title></circle>");
            sb.AppendLine($"<text x=\"{F(X(x))}\" y=\"{F(Y(0) - 9)}\" fill=\"red\" text-anchor=\"middle\">{x.ToString("0.####", CultureInfo.InvariantCulture)}</text>");
        }
        sb.AppendLine("</svg>");
        return sb.ToString();
    }

    private static string Escape(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
