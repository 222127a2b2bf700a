using System.Globalization;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>explore's report as text: the header, the table of points (one row per irreducible for the survey) and the notes.</summary>
internal static class ExploreRender
{
    /// <summary>The first line of the output.</summary>
    public const string Header = "Critical points of the two-layer ReLU network (Gaussian inputs, teacher V = I_d), by isotropy type.";

    /// <summary>The first line of the output for a plug-in model, naming its activation and input distribution.</summary>
    /// <summary>
    /// The header for what <paramref name="request"/> resolved to: <see cref="Header"/> when nothing but sizes was given,
    /// else the activation (ReLU unless named), the inputs (N(0, Σ) with a covariance) and the teacher.
    /// </summary>
    public static string HeaderFor(SurveyRequest request, SurveyPlan plan)
    {
        if (plan.Sampled is { } sampled) return HeaderFor(sampled.Request.EffectiveActivation.Spec, plan.Distribution.Spec);
        var model = plan.Survey!;
        if (request.Activation is null && request.Distribution is null && request.Model is null && model.IsIdentity) return Header;
        return HeaderFor(request.Activation is null && request.Model is null ? "ReLU" : plan.Activation.Spec,
            plan.HasCovariance ? "Gaussian N(0, Σ)" : request.Distribution is null && request.Activation is null ? "Gaussian" : plan.Distribution.Spec,
            model.IsIdentity ? "V = I_d" : model.Describe());
    }

    public static string HeaderFor(string activationSpec, string distributionSpec, string teacher = "V = I_d") =>
        $"Critical points of the two-layer {activationSpec} network ({distributionSpec} inputs, teacher {teacher}), by isotropy type.";

    /// <summary>The loss of the main-type search in words: the identity-teacher two-layer loss of <paramref name="request"/>.</summary>
    public static string SampledModel(ModelRequest request, IObjective model) =>
        $"L(W) = ½ E_x (Σᵢ σ(wᵢ·x) − Σⱼ σ(eⱼ·x))², σ = {request.EffectiveActivation.Spec}, x ~ {request.Distribution.Spec}" +
        (model is IMonteCarloObjective ? $" (Monte Carlo, {request.SampleCount} samples, seed {request.Spec.Seed})" : "") + ", second layer fixed to 1";

    // |L| below 1e-12 is rounding around the global minimum's 0; print it as 0 rather than "-0.000000000".
    private static string Loss(double v) => (Math.Abs(v) < 1e-12 ? 0 : v).ToString("0.000000000", CultureInfo.InvariantCulture);

    private static string Sci(double v) => v.ToString("0.00E+00", CultureInfo.InvariantCulture);

    public static void Render(IAnsiConsole console, ExploreReport r, string header, bool spuriousOnly = false)
    {
        bool survey = r.Teacher is not null;
        console.WriteLine(header);
        console.WriteLine((r.K == r.D ? $"k = d = {r.D}" : $"k = {r.K}, d = {r.D}") + $": {r.Model}. Symmetry " + (survey && r.Teacher != $"V = I_{r.D}" ? "S_k × (S_n per column class)" : "S_k × S_d") + $", order {TextFormat.BigNumber(System.Numerics.BigInteger.Parse(r.SymmetryOrder, CultureInfo.InvariantCulture))}.");
        const int listed = 12;
        console.WriteLine($"Fixed-point spaces searched ({r.SeedsPerType} random starts each, L-BFGS then Newton{(survey ? ", in the reduced model" + (r.Types.Any(t => t.FullModel) ? "; non-Young types in the full model" : "") : "")}): " +
                          string.Join(", ", r.Types.Take(listed).Select(t => $"{t.Name} (dim {t.FixedDimension}{(t.FullModel ? ", full model" : "")})")) +
                          (r.Types.Length > listed ? $", … ({r.Types.Length} types in all; --json lists them)" : "") + ".");
        var table = new Table { Border = TableBorder.Rounded };
        var headings = new List<string> { "isotropy", "orbit size", "fixed dim", "loss", "‖∇L‖", "λ_min", "classification" };
        if (survey) headings.AddRange(new[] { "irreducible", "dim", "Hessian eigenvalues" });
        foreach (var heading in headings)
            table.AddColumn(new TableColumn(new Text(heading, new Style(decoration: Decoration.Bold))));
        foreach (var p in r.Points.Where(p => !spuriousOnly || (p.Classification == "minimum" && p.Loss > 1e-8)))
        {
            var cells = new List<string>
            {
                p.Isotropy,
                TextFormat.Approximate(p.OrbitSize),
                p.FixedDimension.ToString(CultureInfo.InvariantCulture),
                Loss(p.Loss),
                Sci(p.GradientNorm),
                p.SmallestEigenvalue is { } l ? l.ToString("0.000000", CultureInfo.InvariantCulture) : "n/a",
                p.Classification is null ? "n/a" : p.Classification == "saddle" ? $"saddle (index {p.Index})" : p.Classification,
            };
            if (!survey) { table.AddRow(cells.Select(c => new Text(c)).ToArray()); continue; }
            // One row per irreducible: the point's own columns on its first row only.
            bool first = true;
            foreach (var b in p.Irreducibles!.Value)
            {
                var row = first ? cells.ToList() : Enumerable.Repeat("", cells.Count).ToList();
                row.Add(b.Label);
                row.Add(b.Dimension.ToString(CultureInfo.InvariantCulture));
                row.Add(string.Join(" ", b.Eigenvalues.Select(e => e.ToString("0.00000", CultureInfo.InvariantCulture))));
                table.AddRow(row.Select(c => new Text(c)).ToArray());
                first = false;
            }
        }
        if (survey && !console.Profile.Capabilities.Interactive) console.Profile.Width = Math.Max(console.Profile.Width, 200);
        console.Write(table);
        if (spuriousOnly) console.WriteLine($"(--spurious: {r.Points.Length} critical points found in all, the spurious local minima listed.)");
        if (survey)
            console.WriteLine((r.D <= LandscapeSurvey.ExactIsotropyD && r.Teacher == $"V = I_{r.D}"
                                  ? $"Isotropy: the exact subgroup of S_k × S_d fixing the point (entries equal within {PointIsotropy.DefaultTolerance:0e0}); "
                                  : "Isotropy: the coarsest diagonal Young type fixing the point, read from its block values (within 1e-6), \"+ exchangeable blocks\" when " +
                                    "equal blocks can also be swapped as wholes; ") + "orbit size = |G| / |isotropy| equivalent critical points; fixed dim = dim Fix(isotropy). " +
                              $"Spectrum: {r.Spectrum}.");
        else
            console.WriteLine($"Isotropy: the exact subgroup of S_k × S_d fixing the point (entries equal within {PointIsotropy.DefaultTolerance:0e0}); " +
                              $"orbit size = |S_k × S_d| / |isotropy| equivalent critical points; fixed dim = dim Fix(isotropy). Spectrum: {r.Spectrum}.");
        if (r.Unconverged > 0) console.WriteLine($"{r.Unconverged} start(s) did not reach the gradient tolerance and are not listed.");
        if (r.Cancelled) console.WriteLine($"Stopped by Ctrl+C after {r.Types.Length} type(s): the points listed are those found so far.");
        var spurious = r.Points.Where(p => p.Classification == "minimum" && p.Loss > 1e-8).ToList();
        if (spurious.Count == 0) return;
        console.WriteLine($"{spurious.Count} spurious local minim{(spurious.Count == 1 ? "um" : "a")} (loss > 0, Hessian positive definite):");
        foreach (var p in spurious)
        {
            console.WriteLine($"  {p.Isotropy}, loss {Loss(p.Loss)}, λ_min {p.SmallestEigenvalue:0.000000}:");
            if (r.D > 8 || p.Weights is null)
            {
                console.WriteLine(p.Blocks is { } values
                    ? "    block values " + string.Join(", ", values.Select(v => $"{v.Orbit} = {v.Value.ToString("0.000000", CultureInfo.InvariantCulture)}")) + " (W with --json up to d = 30)"
                    : "    (W omitted for d > 8; use --json)");
                continue;
            }
            foreach (var row in p.Weights.Value)
                console.WriteLine("    " + string.Join(" ", row.Select(v => v.ToString("+0.0000;-0.0000", CultureInfo.InvariantCulture))));
        }
    }
}
