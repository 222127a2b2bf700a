using System.Globalization;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Cli.Output.Plots;

/// <summary>A followed family (<see cref="FamilyBranch"/>) as the plain data <see cref="FamilyPlot"/> draws.</summary>
internal static class FamilyPictures
{
    /// <summary>Family number <paramref name="index"/> (1-based) of type <paramref name="type"/>.</summary>
    public static FamilyPicture Of(FamilyType type, int index, FamilyBranch family)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(family);
        var irreps = family.Rows.SelectMany(r => r.Irreducibles.Select(b => b.Name)).Distinct().ToList();
        var curves = irreps.Select(name => new FamilyCurve(name, family.Rows
            .Select(r => (r.D, r.Irreducibles.FirstOrDefault(b => b.Name == name)?.Smallest ?? double.NaN)).ToList())).ToList();
        var marks = family.Crossings
            .Select(c => new FamilyMark(c.D, FamilyEvent.Crossing, $"d = {c.D.ToString("0.####", CultureInfo.InvariantCulture)} {c.Irrep} {(c.Upward ? "↑" : "↓")}"))
            .Concat(family.Folds.Select(f => new FamilyMark(f.D, FamilyEvent.Fold, $"d = {f.D.ToString("0.####", CultureInfo.InvariantCulture)} fold ({f.KindName})")))
            .ToList();
        return new FamilyPicture($"{type}, family {index}: smallest Hessian eigenvalue per irreducible, and the loss",
            curves, family.Rows.Select(r => (r.D, r.Loss)).ToList(), marks);
    }
}
