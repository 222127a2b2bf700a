using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>The JSON output of <c>symmetry check</c>.</summary>
internal sealed record CheckReport(string Model, string Group, bool Passed, IReadOnlyList<CheckProperty> Properties)
{
    public static CheckReport Of(ContractReport report) =>
        new(report.Model, report.Group, report.Passed, report.Results.Select(r => new CheckProperty(ContractReport.Name(r.Property), r.Status, r.Cases, r.Note,
            r.Counterexample is { } c ? new CheckCounterexample(c.GroupElement?.ToString(), c.Point, c.Explanation) : null)).ToList());
}

/// <summary>One property of the contract and how it fared.</summary>
internal sealed record CheckProperty(string Property, string Status, int Cases, string Note, CheckCounterexample? Counterexample);

/// <summary>A shrunk counterexample: the group element (cycle notation), the point, and what went wrong.</summary>
internal sealed record CheckCounterexample(string? GroupElement, double[] Point, string Explanation);
