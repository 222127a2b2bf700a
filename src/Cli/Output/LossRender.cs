namespace Landscape.Symmetry.Cli.Output;

/// <summary>loss's report as text: model, point, loss (± its Monte Carlo standard error), ‖∇L‖ and the isotropy.</summary>
internal static class LossRender
{
    public static void Render(TextWriter o, LossReport r)
    {
        o.WriteLine($"model       {r.Model}");
        o.WriteLine($"point       {r.Point} ({r.Parameters} parameters)");
        o.WriteLine($"loss        {Number.Text(r.Loss)}" + (r.StandardError is { } se ? $" ± {Number.Short(se)} (Monte Carlo standard error)" : ""));
        o.WriteLine($"‖∇L‖        {Number.Short(r.GradientNorm)}");
        if (r.Isotropy is { } iso) o.WriteLine($"isotropy    {iso}");
        o.Flush();
    }
}
