namespace Landscape.Symmetry.Landscape;

/// <summary>
/// Whether two result lines belong to one sweep: same model and sizes, same activation and distribution specs, same
/// protocol and settings. Runs of different sweeps must never be counted together.
/// </summary>
public static class SweepCompatibility
{
    /// <summary>
    /// The ways <paramref name="line"/> differs from <paramref name="reference"/>, each as "name x vs y" (the line's value first) (empty when they
    /// belong to one sweep). Lines written before settings were recorded differ from every line that has them.
    /// </summary>
    public static IReadOnlyList<string> Differences(SgdRunResult line, SgdRunResult reference)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(reference);
        var diff = new List<string>();
        void Compare(string name, string? a, string? b)
        {
            if (a != b) diff.Add($"{name} {a ?? "(not recorded)"} vs {b ?? "(not recorded)"}");
        }
        Compare("model", line.Model ?? SgdProblem.DefaultModelSpec, reference.Model ?? SgdProblem.DefaultModelSpec);
        Compare("k", line.K?.ToString(), reference.K?.ToString());
        Compare("d", line.D.ToString(), reference.D.ToString());
        Compare("second layer", line.SecondLayer ? "trained" : "fixed", reference.SecondLayer ? "trained" : "fixed");
        Compare("activation", line.Activation ?? SgdProblem.DefaultActivationSpec, reference.Activation ?? SgdProblem.DefaultActivationSpec);
        Compare("distribution", line.Distribution ?? SgdProblem.DefaultDistributionSpec, reference.Distribution ?? SgdProblem.DefaultDistributionSpec);
        Compare("protocol", line.Protocol ?? "sgd", reference.Protocol ?? "sgd");
        if (line.Settings is null || reference.Settings is null)
        {
            if (line.Settings is null != reference.Settings is null)
                diff.Add($"settings {(line.Settings is null ? "(not recorded: an earlier version's line, its step, batch and caps unknown)" : "(recorded)")} vs {(reference.Settings is null ? "(not recorded)" : "(recorded)")}");
        }
        else
        {
            foreach (var key in line.Settings.Keys.Union(reference.Settings.Keys).Order(StringComparer.Ordinal))
                Compare(key, line.Settings.GetValueOrDefault(key), reference.Settings.GetValueOrDefault(key));
        }
        return diff;
    }
}
