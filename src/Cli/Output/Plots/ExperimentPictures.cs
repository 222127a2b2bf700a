using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Cli.Output.Plots;

/// <summary>An <see cref="IsotropyCensus"/> as pictures: its typed points for <see cref="IsotropyPictures"/>, and one heatmap per type.</summary>
internal static class ExperimentPictures
{
    /// <summary>The runs that have an end point, with their weights and isotropy.</summary>
    public static List<TypedPoint> Typed(IsotropyCensus census, ParameterLayout layout) =>
        census.Points.Where(p => p.X is not null).Select(p => new TypedPoint(p.Run.Seed, p.Loss, layout.Weights(p.X!), p.Isotropy!)).ToList();

    /// <summary>
    /// With a folder, an SVG heatmap of W for the representative (lowest loss) of each type, named <c>type{i}-seed{s}.svg</c>;
    /// the path written per type (null for a type without an end point, and for every type without a folder).
    /// </summary>
    public static List<string?> Heatmaps(IsotropyCensus census, ParameterLayout layout, string? folder)
    {
        if (folder is not null) Directory.CreateDirectory(folder);
        return census.Types.Select((t, i) =>
        {
            if (folder is null || t.Representative is not { } rep) return null;
            string svg = Path.Combine(folder, $"type{i + 1}-seed{rep.Run.Seed}.svg");
            PlotFile.Parse(svg, "--svg-dir").Write(HeatmapPlot.Render(IsotropyPictures.Heatmap(new TypedPoint(rep.Run.Seed, rep.Loss, layout.Weights(rep.X!), rep.Isotropy!))));
            return svg;
        }).ToList();
    }
}
