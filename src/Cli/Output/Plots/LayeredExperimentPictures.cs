using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Cli.Output.Plots;

/// <summary>
/// A <see cref="LayeredIsotropyCensus"/> as pictures: per layer W_l, the histogram of the types of H_l and a heatmap of W_l
/// (rows and columns grouped by the orbits of H_l) for the lowest-loss point of its most frequent types; and per layer and
/// type one SVG heatmap for <c>--svg-dir</c>.
/// </summary>
internal static class LayeredExperimentPictures
{
    /// <summary>Heatmaps per layer in the overview (its most frequent types).</summary>
    public const int MaxHeatmaps = 3;

    private const int HistogramHeight = 300, Gap = 10;

    /// <summary>The typed W_l of every run with an end point.</summary>
    public static List<TypedPoint> Typed(LayeredIsotropyCensus census, ILayeredNetwork network, int layer) =>
        census.Points.Where(p => p.X is not null)
            .Select(p => new TypedPoint(p.Run.Seed, p.Loss, LayeredPointIsotropy.Weights(network, p.X!)[layer], p.Isotropy!.Layers[layer])).ToList();

    /// <summary>One band per layer, top to bottom W_1 … W_N: the histogram, then up to <see cref="MaxHeatmaps"/> heatmaps.</summary>
    public static Figure Render(string title, LayeredIsotropyCensus census, ILayeredNetwork network)
    {
        int depth = census.Layers.Count, untyped = census.Points.Count(p => p.X is null);
        var bands = new List<(List<(string Type, int Count)> Counts, List<WeightMatrixPicture> Maps)>();
        for (int l = 0; l < depth; l++)
        {
            var (counts, maps) = IsotropyPictures.Of(Typed(census, network, l), untyped);
            bands.Add((counts, maps.Take(MaxHeatmaps).Select(m => m with { Title = $"W{l + 1} {m.Title}" }).ToList()));
        }
        var sizes = bands.SelectMany(b => b.Maps).Select(HeatmapPlot.PanelSize).ToList();
        float cellWidth = sizes.Count == 0 ? 0 : sizes.Max(s => s.Width), cellHeight = sizes.Count == 0 ? 0 : sizes.Max(s => s.Height);
        int width = (int)Math.Ceiling(Math.Max(bands.Max(b => Math.Max(560, 110 * b.Counts.Count + 160)), MaxHeatmaps * cellWidth));
        int height = (int)Math.Ceiling(bands.Sum(b => HistogramHeight + (b.Maps.Count > 0 ? cellHeight + Gap : 0) + Gap));
        var figure = new Figure(width, height);
        float top = 0;
        for (int l = 0; l < depth; l++)
        {
            var (counts, maps) = bands[l];
            figure.Add(IsotropyHistogram.Panel($"{title}: W{l + 1}", counts), 0, top, width, HistogramHeight);
            top += HistogramHeight + Gap;
            float left = (width - maps.Count * cellWidth) / 2;
            foreach (var m in maps)
            {
                var size = HeatmapPlot.PanelSize(m);
                figure.Add(HeatmapPlot.Panel(m), left, top, size.Width, size.Height);
                left += cellWidth;
            }
            if (maps.Count > 0) top += cellHeight + Gap;
        }
        return figure;
    }

    /// <summary>
    /// With a folder, an SVG heatmap of W_l for the representative of each type of each layer, named
    /// <c>layer{l}-type{i}-seed{s}.svg</c>; the paths per layer and type (null without a folder).
    /// </summary>
    public static List<IReadOnlyList<string?>> Heatmaps(LayeredIsotropyCensus census, ILayeredNetwork network, string? folder)
    {
        if (folder is not null) Directory.CreateDirectory(folder);
        return census.Layers.Select((types, l) => (IReadOnlyList<string?>)types.Select((t, i) =>
        {
            if (folder is null || t.Representative is not { } rep) return null;
            string svg = Path.Combine(folder, $"layer{l + 1}-type{i + 1}-seed{rep.Run.Seed}.svg");
            var point = new TypedPoint(rep.Run.Seed, rep.Loss, LayeredPointIsotropy.Weights(network, rep.X!)[l], rep.Isotropy!.Layers[l]);
            PlotFile.Parse(svg, "--svg-dir").Write(HeatmapPlot.Render(IsotropyPictures.Heatmap(point)));
            return (string?)svg;
        }).ToList()).ToList();
    }
}
