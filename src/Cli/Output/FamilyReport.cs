using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>The JSON output of <c>symmetry family</c>.</summary>
internal sealed record FamilyReport(string Type, int KOffset, string Activation, bool SecondLayer, double From, double To, bool Cancelled,
    string[] Coordinates, FamilySearchJson Search, FamilyJson[] Families)
{
    /// <summary>The report of an exploration and its large-d fits (null entries: no fit).</summary>
    public static FamilyReport Of(FamilyModel model, FamilyExploration result, string[] coordinates, IReadOnlyList<(FamilyTrace Trace, IReadOnlyList<Expansion> Fits)?> fits)
    {
        var type = model.Type;
        return new FamilyReport(type.ToString(), type.ExtraRows, model.Kernel.Name, model.SecondLayerTrainable, result.From, result.To, result.Cancelled, coordinates,
            new FamilySearchJson(result.Grid, result.StartsTried, result.PointsFound),
            result.Families.Select((b, i) => new FamilyJson(i + 1, b.FoundAt, b.Start, b.LargerIsotropy, b.MinD, b.MaxD, [b.FirstEnd, b.LastEnd],
                b.Rows.Select(r => FamilyRowJson.Of(type, r)).ToArray(),
                b.Folds.Select(x => new FamilyFoldJson(x.D, x.KindName, x.Loss, x.Coordinates, x.SmallestFixedSpaceEigenvalue)).ToArray(),
                b.Crossings.Select(c => new FamilyCrossingJson(c.D, c.Irrep, c.Direction, c.EigenvalueIndex, c.Dimension)).ToArray(),
                new[] { b.Below, b.Above }.OfType<FamilyBeyond>().Select(x => new FamilyBeyondJson(x.Below ? "below" : "above", x.End, x.Limit, x.LimitIsTypeStart,
                    x.Folds.Select(f => new FamilyFoldJson(f.D, f.KindName, f.Loss, f.Coordinates, f.SmallestFixedSpaceEigenvalue)).ToArray(), x.Stop,
                    x.Last is { } last ? FamilyRowJson.Of(type, last) : null)).ToArray(),
                fits[i] is { } fr
                    ? new FamilyLargeDJson(fr.Trace.Rows[^1].D, fr.Trace.Stop, fr.Trace.Rows.Select(r => FamilyRowJson.Of(type, r)).ToArray(),
                        fr.Fits.Select(e => new ExpansionJson(e.Quantity, e.Limit, e.LimitError, e.Residual,
                            e.Terms.Select(x => new ExpansionTermJson($"d^({-x.HalfPower}/2)", x.Coefficient, x.Error)).ToArray())).ToArray())
                    : null)).ToArray());
    }

    /// <summary>minimum, saddle or degenerate.</summary>
    public static string Kind(CriticalPointKind k) => k switch
    {
        CriticalPointKind.Minimum => "minimum",
        CriticalPointKind.Saddle => "saddle",
        _ => "degenerate",
    };
}

/// <summary>The search: the grid of d, the starts tried and the critical points found.</summary>
internal sealed record FamilySearchJson(IReadOnlyList<double> Grid, int StartsTried, int PointsFound);

/// <summary>One family.</summary>
internal sealed record FamilyJson(int Index, double FoundAt, double[] Start, bool LargerIsotropy, double MinD, double MaxD, string[] Ends,
    FamilyRowJson[] Rows, FamilyFoldJson[] Folds, FamilyCrossingJson[] Crossings, FamilyBeyondJson[] Beyond, FamilyLargeDJson? LargeD);

/// <summary>A family followed past an end of the range ("below" from or "above" to) up to a limit: its folds there and why it stopped.</summary>
internal sealed record FamilyBeyondJson(string Side, double End, double Limit, bool LimitIsTypeStart, FamilyFoldJson[] Folds, string Stop, FamilyRowJson? Last);

/// <summary>One point of a family; the multiplicity |G|/|G_W| at integer d (a number, or a string beyond 2⁵³), else null.</summary>
internal sealed record FamilyRowJson(double D, double Loss, double GradientNorm, string Classification, double Index, double MinEigenvalue,
    Dictionary<string, double> SmallestByIrrep, double[] Coordinates, JsonNode? Multiplicity)
{
    public static FamilyRowJson Of(FamilyType type, FamilyRow r)
    {
        bool integer = Math.Abs(r.D - Math.Round(r.D)) < 1e-12;
        return new FamilyRowJson(r.D, r.Loss, r.GradientNorm, FamilyReport.Kind(r.Kind), r.Index, r.MinEigenvalue, r.Irreducibles.ToDictionary(b => b.Name, b => b.Smallest),
            r.Coordinates, integer ? Json.Count(type.Multiplicity((int)Math.Round(r.D))) : null);
    }
}

/// <summary>A fold (birth or death as d grows).</summary>
internal sealed record FamilyFoldJson(double D, string Kind, double Loss, double[] Coordinates, double SmallestFixedSpaceEigenvalue);

/// <summary>A zero crossing of an eigenvalue of one irreducible.</summary>
internal sealed record FamilyCrossingJson(double D, string Irrep, string Direction, int EigenvalueIndex, double Dimension);

/// <summary>A family continued to large d, and its fits.</summary>
internal sealed record FamilyLargeDJson(double To, string? Stop, FamilyRowJson[] Rows, ExpansionJson[] Expansions);

/// <summary>The fit of one quantity in powers of d^(−1/2); the limit ±∞ is written "+inf"/"-inf", an unknown one null.</summary>
internal sealed record ExpansionJson(string Quantity, [property: JsonConverter(typeof(ExtendedNumberConverter))] double Limit,
    [property: JsonConverter(typeof(ExtendedNumberConverter))] double LimitError, double Residual, ExpansionTermJson[] Terms);

/// <summary>One term: the power written d^(−h/2), its coefficient and error.</summary>
internal sealed record ExpansionTermJson(string Power, double Coefficient, double Error);

/// <summary>A double that may be infinite or unknown: finite as a number, ±∞ as "+inf"/"-inf", NaN as null.</summary>
internal sealed class ExtendedNumberConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The tool's JSON options only write.");

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value)) writer.WriteNumberValue(value);
        else if (double.IsNaN(value)) writer.WriteNullValue();
        else writer.WriteStringValue(value > 0 ? "+inf" : "-inf");
    }
}
