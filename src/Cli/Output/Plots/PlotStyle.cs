using ScottPlot;

namespace Landscape.Symmetry.Cli.Output.Plots;

/// <summary>The look shared by every picture: one sans-serif font that has Greek letters and subscripts, and one palette.</summary>
internal static class PlotStyle
{
    /// <summary>DejaVu Sans covers Δ, λ, ×, subscript digits and ‖·‖; Skia falls back to another font where it is missing.</summary>
    public const string FontName = "DejaVu Sans";

    /// <summary>Negative eigenvalues (descent directions).</summary>
    public static readonly Color Negative = Color.FromHex("#d62728");

    /// <summary>Positive eigenvalues.</summary>
    public static readonly Color Positive = Color.FromHex("#1f77b4");

    /// <summary>Eigenvalues that are zero to rounding (flat directions).</summary>
    public static readonly Color Zero = Color.FromHex("#7f7f7f");

    /// <summary>Ten distinguishable line colours (the Tableau palette).</summary>
    public static readonly Color[] Lines = new[]
    {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f", "#d62728",
    }.Select(Color.FromHex).ToArray();

    /// <summary>A plot with the shared font and a white background.</summary>
    public static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        return plot;
    }

    /// <summary>A number for a tick or a label: up to <paramref name="digits"/> significant digits, invariant culture.</summary>
    public static string Number(double v, int digits = 3) =>
        v == 0 ? "0" : v.ToString("G" + digits, System.Globalization.CultureInfo.InvariantCulture).Replace("E-0", "e-").Replace("E+0", "e").Replace("E-", "e-").Replace("E+", "e");
}
