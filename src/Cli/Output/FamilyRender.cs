using System.Globalization;
using Landscape.Symmetry.Landscape;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>family's result as text: per family a table of its integer-d points, folds and crossings; then the large-d fits.</summary>
internal static class FamilyRender
{
    public static void RenderFits(IAnsiConsole console, int family, FamilyTrace trace, IReadOnlyList<Expansion> fits)
    {
        console.WriteLine();
        console.WriteLine($"family {family} at large d: {trace.Rows.Count - 1} points up to d = {Num(trace.Rows[^1].D)}" + (trace.Stop is { } s ? $" (stopped: {s})" : ""));
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn("quantity");
        table.AddColumn("leading terms (± error)");
        table.AddColumn(new TableColumn("limit d → ∞").RightAligned());
        foreach (var e in fits)
        {
            var terms = string.Join(" + ", e.Terms.Take(3).Select(t =>
                $"({t.Coefficient.ToString("G6", CultureInfo.InvariantCulture)} ± {t.Error.ToString("G1", CultureInfo.InvariantCulture)})" +
                (t.HalfPower == 0 ? "" : $"·d^{(-t.HalfPower % 2 == 0 ? (-t.HalfPower / 2).ToString(CultureInfo.InvariantCulture) : $"({-t.HalfPower}/2)")}")));
            string limit = double.IsFinite(e.Limit) ? $"{e.Limit.ToString("G8", CultureInfo.InvariantCulture)} ± {e.LimitError.ToString("G1", CultureInfo.InvariantCulture)}" : e.Limit > 0 ? "+∞" : "−∞";
            table.AddRow(Markup.Escape(e.Quantity), Markup.Escape(terms), Markup.Escape(limit));
        }
        console.Write(table);
    }

    public static string Num(double v) => v.ToString("G10", CultureInfo.InvariantCulture);

    public static void Render(IAnsiConsole console, FamilyModel model, string[] names, FamilyExploration result)
    {
        console.WriteLine($"type {result.Type}, activation {model.Kernel.Name}, second layer {(model.SecondLayerTrainable ? "trained" : "fixed (a = 1)")}: " +
            $"{result.Families.Count} famil{(result.Families.Count == 1 ? "y" : "ies")} in [{Num(result.From)}, {Num(result.To)}] " +
            $"({result.StartsTried} starts on {result.Grid.Count} grid points, {result.PointsFound} critical points found).");
        for (int i = 0; i < result.Families.Count; i++)
        {
            var b = result.Families[i];
            console.WriteLine();
            console.WriteLine($"family {i + 1} (d from {Num(b.MinD)} to {Num(b.MaxD)}; found at d = {Num(b.FoundAt)}): start " +
                string.Join(", ", names.Zip(b.Start, (n, v) => $"{n} = {v.ToString("0.######", CultureInfo.InvariantCulture)}"))
                + (b.LargerIsotropy ? " (its isotropy is larger than the type)" : ""));
            var irreps = b.Rows.SelectMany(r => r.Irreducibles.Select(x => x.Name)).Distinct().ToList();
            var table = new Table { Border = TableBorder.Rounded };
            table.AddColumn(new TableColumn("d").RightAligned());
            table.AddColumn(new TableColumn("loss").RightAligned());
            table.AddColumn(new TableColumn("‖∇L‖").RightAligned());
            table.AddColumn("class");
            table.AddColumn(new TableColumn("λ_min").RightAligned());
            foreach (var name in irreps) table.AddColumn(new TableColumn(Markup.Escape(name)).RightAligned());
            var folds = b.Folds.Select(x => x.D).ToHashSet();
            foreach (var r in b.Rows.Where(r => Math.Abs(r.D - Math.Round(r.D)) < 1e-12 || r == b.Rows[0] || r == b.Rows[^1] || folds.Contains(r.D)))
            {
                var cells = new List<string>
                {
                    Num(r.D) + (folds.Contains(r.D) ? " (fold)" : ""), r.Loss.ToString("0.000000E+0", CultureInfo.InvariantCulture), r.GradientNorm.ToString("0.0E+0", CultureInfo.InvariantCulture),
                    FamilyReport.Kind(r.Kind) + (r.Kind == CriticalPointKind.Saddle ? $" ({r.Index.ToString("0.##", CultureInfo.InvariantCulture)})" : ""),
                    r.MinEigenvalue.ToString("0.0000E+0", CultureInfo.InvariantCulture),
                };
                foreach (var name in irreps)
                    cells.Add(r.Irreducibles.FirstOrDefault(x => x.Name == name)?.Smallest.ToString("0.000000", CultureInfo.InvariantCulture) ?? "–");
                table.AddRow(cells.Select(Markup.Escape).ToArray());
            }
            console.Write(table);
            foreach (var x in b.Folds)
                console.WriteLine($"fold at d = {x.D.ToString("0.000000000000", CultureInfo.InvariantCulture)} ({x.KindName}: " +
                    (x.Kind == FoldKind.Birth ? "two critical points appear as d increases" : "two critical points meet and vanish as d increases") +
                    $"), loss {x.Loss.ToString("0.000000E+0", CultureInfo.InvariantCulture)}, fixed-space eigenvalue {x.SmallestFixedSpaceEigenvalue.ToString("0.0E+0", CultureInfo.InvariantCulture)}.");
            foreach (var c in b.Crossings)
                console.WriteLine($"crossing at d = {c.D.ToString("0.000000000000", CultureInfo.InvariantCulture)}: {c.Irrep} (eigenvalue {c.EigenvalueIndex + 1} of its isotypic component, {c.Dimension.ToString("0.###", CultureInfo.InvariantCulture)} copies) goes {c.Direction}.");
            if (b.Folds.Count == 0 && b.Crossings.Count == 0) console.WriteLine("no fold or crossing in range.");
            console.WriteLine($"ends: {b.FirstEnd}; {b.LastEnd}.");
            foreach (var beyond in new[] { b.Below, b.Above })
                if (beyond is not null) console.WriteLine(Beyond(beyond));
        }
    }

    /// <summary>"below d = 5 (followed down to d = 3, where the type starts): no fold; reached d = 3."</summary>
    internal static string Beyond(FamilyBeyond x)
    {
        string where = x.Below
            ? $"below d = {Num(x.End)} (followed down to d = {Num(x.Limit)}{(x.LimitIsTypeStart ? ", where the type starts" : "")})"
            : $"above d = {Num(x.End)} (followed up to d = {Num(x.Limit)})";
        string folds = x.Folds.Count == 0 ? "no fold"
            : string.Join("; ", x.Folds.Select(f => $"fold at d = {f.D.ToString("0.000000000000", CultureInfo.InvariantCulture)} ({f.KindName}), loss " +
                $"{f.Loss.ToString("0.000000E+0", CultureInfo.InvariantCulture)}, fixed-space eigenvalue {f.SmallestFixedSpaceEigenvalue.ToString("0.0E+0", CultureInfo.InvariantCulture)}"));
        string last = x.Last is { } r
            ? $" (last point: loss {r.Loss.ToString("0.000000E+0", CultureInfo.InvariantCulture)}, {FamilyReport.Kind(r.Kind)}" +
              (r.Kind == CriticalPointKind.Saddle ? $" ({r.Index.ToString("0.##", CultureInfo.InvariantCulture)})" : "") + ")"
            : "";
        return $"{where}: {folds}; {x.Stop}{last}.";
    }
}
