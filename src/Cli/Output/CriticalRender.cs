namespace Landscape.Symmetry.Cli.Output;

/// <summary>critical's report as text: one line per fact, then the point's rows when it is small.</summary>
internal static class CriticalRender
{
    /// <summary>Rows of W printed in the text output up to this k·(d+1); larger points go to --out or --json.</summary>
    private const int MaxPrintedEntries = 100;

    public static void Render(TextWriter o, CriticalReport r)
    {
        o.WriteLine($"model           {r.Model}");
        o.WriteLine($"start           {r.Start}");
        o.WriteLine($"search          L-BFGS {(r.LbfgsIterations is { } l ? $"{l} iterations" : "skipped")}, Newton {r.NewtonIterations} iterations, " +
                    (r.Converged ? "converged" : "NOT converged (‖∇L‖ above 1e-12)"));
        o.WriteLine($"loss            {Number.Text(r.Loss)}" + (r.StandardError is { } se ? $" ± {Number.Short(se)} (Monte Carlo standard error)" : ""));
        o.WriteLine($"‖∇L‖            {Number.Short(r.GradientNorm)}" + (r.GradientNormFrom == "full model" ? "" : $" ({r.GradientNormFrom})"));
        if (r.Isotropy is { } iso) o.WriteLine($"isotropy        {iso}");
        o.WriteLine($"λ_min           {(r.SmallestEigenvalue is { } s ? Number.Text(s) : "n/a")} ({r.Spectrum})");
        o.WriteLine($"classification  {(r.Classification is null ? "n/a" : r.Classification == "saddle" ? $"saddle (index {r.Index})" : $"{r.Classification} (index {r.Index})")}{(r.Classification is null ? "" : SpectrumRender.FlatNote(r.FlatDirections))}");
        if (r.Written is { } path) o.WriteLine($"point written   {path}");
        if (r.Point.Sum(row => row.Length) <= MaxPrintedEntries)
        {
            o.WriteLine(r.Point.Length == 1 ? "point (flat parameter vector):" : "point (rows of W, a last when it trains):");
            foreach (var row in r.Point)
                o.WriteLine("  " + string.Join(" ", row.Select(Number.Signed)));
        }
        o.Flush();
    }
}
