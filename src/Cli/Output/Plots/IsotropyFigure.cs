namespace Landscape.Symmetry.Cli.Output.Plots;

/// <summary>
/// The picture of an SGD experiment: the histogram of isotropy types across the top, and below it one heatmap of W
/// per type (a representative), three to a row.
/// </summary>
internal static class IsotropyFigure
{
    private const int PerRow = 3, HistogramHeight = 360, Gap = 10;

    /// <summary>The figure; <paramref name="representatives"/> may be empty (then only the histogram).</summary>
    public static Figure Render(string title, IReadOnlyList<(string Type, int Count)> counts, IReadOnlyList<WeightMatrixPicture> representatives)
    {
        ArgumentNullException.ThrowIfNull(representatives);
        var sizes = representatives.Select(HeatmapPlot.PanelSize).ToList();
        float cellWidth = sizes.Count == 0 ? 0 : sizes.Max(s => s.Width), cellHeight = sizes.Count == 0 ? 0 : sizes.Max(s => s.Height);
        int columns = Math.Min(PerRow, Math.Max(1, representatives.Count));
        int rows = (representatives.Count + PerRow - 1) / PerRow;
        int width = (int)Math.Ceiling(Math.Max(Math.Max(560, 110 * counts.Count + 160), columns * cellWidth));
        int height = (int)Math.Ceiling(HistogramHeight + rows * (cellHeight + Gap));
        var figure = new Figure(width, height).Add(IsotropyHistogram.Panel(title, counts), 0, 0, width, HistogramHeight);
        // Centre each row of heatmaps.
        for (int i = 0; i < representatives.Count; i++)
        {
            int row = i / PerRow, inRow = Math.Min(PerRow, representatives.Count - row * PerRow);
            float left = (width - inRow * cellWidth) / 2 + (i % PerRow) * cellWidth;
            figure.Add(HeatmapPlot.Panel(representatives[i]), left, HistogramHeight + Gap + row * (cellHeight + Gap), sizes[i].Width, sizes[i].Height);
        }
        return figure;
    }
}
