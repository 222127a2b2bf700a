using System.Globalization;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Cli.Output.Plots;

/// <summary>A followed family (<see cref="FamilyTrace"/>) as the plain data <see cref="FamilyPlot"/> draws.</summary>
internal static class FamilyPictures
{
    /// <summary>Family number <paramref name="index"/> (1-based) of type <paramref name="type"/>.</summary>
    public static FamilyPicture Of(FamilyType type, int index, FamilyTrace trace)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(trace);
        var irreps = trace.Rows.SelectMany(r => r.Blocks.Select(b => b.Name)).Distinct().ToList();
        var curves = irreps.Select(name => new FamilyCurve(name, trace.Rows
            .Select(r => (r.D, r.Blocks.FirstOrDefault(b => b.Name == name)?.Smallest ?? double.NaN)).ToList())).ToList();
        var marks = trace.Crossings
            .Select(c => new FamilyMark(c.D, FamilyEvent.Crossing, $"d = {c.D.ToString("0.####", CultureInfo.InvariantCulture)} {c.Irrep} {(c.Upward ? "↑" : "↓")}"))
            .ToList();
        // A continuation that stops short has typically met a fold (FamilyContinuation says which in Stop).
        if (trace.Stop is not null && trace.Rows.Count > 0)
            marks.Add(new FamilyMark(trace.Rows[^1].D, FamilyEvent.Fold, $"stopped at d = {trace.Rows[^1].D.ToString("0.####", CultureInfo.InvariantCulture)} (fold?)"));
        return new FamilyPicture($"{type}, family {index}: smallest Hessian eigenvalue per irreducible, and the loss",
            curves, trace.Rows.Select(r => (r.D, r.Loss)).ToList(), marks);
    }
}
