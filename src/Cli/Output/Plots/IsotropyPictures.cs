using System.Globalization;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Cli.Output.Plots;

/// <summary>A typed end point of an SGD run: its seed, loss, W and isotropy.</summary>
internal sealed record TypedPoint(int Seed, double? Loss, double[,] W, MatrixIsotropyGroup Isotropy);

/// <summary>The typed end points of <c>experiment</c> and <c>sgd</c> as the plain data of <see cref="IsotropyFigure"/>.</summary>
internal static class IsotropyPictures
{
    /// <summary>How many types get a heatmap in the overview (the most frequent ones).</summary>
    public const int MaxHeatmaps = 6;

    /// <summary>
    /// Counts per type (most frequent first; <paramref name="untyped"/> — diverged runs — as one more bar when non-zero)
    /// and, for the first <see cref="MaxHeatmaps"/> types, the lowest-loss point's W in orbit order.
    /// </summary>
    public static (List<(string Type, int Count)> Counts, List<WeightMatrixPicture> Representatives) Of(IReadOnlyList<TypedPoint> points, int untyped = 0)
    {
        ArgumentNullException.ThrowIfNull(points);
        var groups = points.GroupBy(p => p.Isotropy.Type.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var counts = groups.Select(g => (g.Key, g.Count())).ToList();
        if (untyped > 0) counts.Add(("diverged", untyped));
        var representatives = groups.Take(MaxHeatmaps).Select(g => Heatmap(g.OrderBy(p => p.Loss ?? double.PositiveInfinity).First())).ToList();
        return (counts, representatives);
    }

    /// <summary>The histogram of types with a heatmap per frequent type (see <see cref="IsotropyFigure"/>).</summary>
    public static Figure Render(string title, IReadOnlyList<TypedPoint> points, int untyped = 0)
    {
        var (counts, representatives) = Of(points, untyped);
        return IsotropyFigure.Render(title, counts, representatives);
    }

    /// <summary>W of one typed point, rows and columns grouped by orbit.</summary>
    public static WeightMatrixPicture Heatmap(TypedPoint p)
    {
        var (rows, columns) = OrbitOrder.Of(p.Isotropy);
        var (rowGroups, columnGroups) = OrbitOrder.Groups(p.Isotropy);
        string loss = p.Loss is { } l ? l.ToString("0.###E+0", CultureInfo.InvariantCulture) : "n/a";
        return new WeightMatrixPicture($"{p.Isotropy.Type.Name}: seed {p.Seed}, loss {loss}", p.W, rows, columns, rowGroups, columnGroups);
    }
}
