using System.Globalization;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>spectrum's report as text: the point, its loss and gradient norm, the table of distinct eigenvalues and the summary line.</summary>
internal static class SpectrumRender
{
    public static void Render(IAnsiConsole console, SpectrumReport r, double criticalGradientNorm)
    {
        console.WriteLine($"model      {r.Model}");
        console.WriteLine($"point      {r.Point} ({r.Parameters} parameters)");
        console.WriteLine($"loss       {Number.Text(r.Loss)}");
        console.WriteLine($"‖∇L‖       {Number.Short(r.GradientNorm)} " +
                          (r.Critical ? $"(critical: ≤ {criticalGradientNorm:0e0})" : $"(NOT critical: above {criticalGradientNorm:0e0}; this is the Hessian at a non-critical point)"));
        if (r.Isotropy is { } iso) console.WriteLine($"isotropy   {iso}");
        console.WriteLine($"method     {r.MethodDetail}" + (r.MovedBy is { } moved ? $", at the orbit average of the point (moved by {Number.Short(moved)})" : ""));
        var table = new Table { Border = TableBorder.Rounded };
        var headings = r.Method is "isotypic" or "reduced" ? new[] { "eigenvalue", "multiplicity", "irreducible(s)" } : new[] { "eigenvalue", "multiplicity" };
        foreach (var heading in headings)
            table.AddColumn(new TableColumn(new Text(heading, new Style(decoration: Decoration.Bold))));
        foreach (var c in r.Eigenvalues)
        {
            var cells = new List<string> { Number.Text(c.Value), c.Multiplicity.ToString(CultureInfo.InvariantCulture) };
            if (c.Irreducibles is { } labels) cells.Add(string.Join(", ", labels));
            table.AddRow(cells.Select(s => new Text(s)).ToArray());
        }
        console.Write(table);
        console.WriteLine($"{r.Eigenvalues.Length} distinct eigenvalues (clustered within {Number.Short(r.ClusterTolerance)}), {r.Parameters} with multiplicity; " +
                          $"λ_min {Number.Text(r.SmallestEigenvalue)}, {r.NegativeEigenvalues} negative" +
                          (r.Classification is { } kind ? $"; {kind}{FlatNote(r.FlatDirections)}." : "."));
    }

    /// <summary>" (k flat rescaling directions allowed)" when the model has them, else empty.</summary>
    public static string FlatNote(int flat) => flat > 0 ? $" ({flat} flat rescaling directions allowed)" : "";
}
