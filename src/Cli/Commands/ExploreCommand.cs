using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Groups;
using Spectre.Console;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// <c>symmetry explore [--k K] [--d D] [--json]</c>: the main job on built-in defaults. Until the
/// Landscape layer exists it is a groups tour: the symmetry groups of a two-layer network's weight
/// matrix W ∈ M(k,d) and their basic facts, computed without enumerating elements.
/// </summary>
internal static class ExploreCommand
{
    public const int DefaultK = 4;
    public const int DefaultD = 4;

    /// <summary>Largest k and d accepted: the diagonal group acts on d² cells, and its chain grows fast.</summary>
    public const int MaxSize = 256;

    /// <summary>The first line of the output: what this command is for now.</summary>
    public const string Header =
        "Groups demo: the loss-landscape exploration arrives with the Landscape layer.";

    public static string Note(int k, int d) =>
        $"{Header} Here: the symmetry of a two-layer network's weight matrix W ∈ M(k,d), k = {k}, d = {d}.";

    public static Command Create(CliContext context)
    {
        var k = SizeOption("--k", DefaultK, "Number of hidden units: rows of W ∈ M(k,d).");
        var d = SizeOption("--d", DefaultD, "Input dimension: columns of W ∈ M(k,d).");
        var json = new Option<bool>("--json") { Description = "Write one JSON object instead of a table." };
        var command = new Command("explore",
            "The main job on built-in defaults. For now a groups demo: the symmetry of a two-layer network's " +
            "weight matrix; the loss-landscape exploration arrives with the Landscape layer.")
        {
            k, d, json,
        };
        command.SetAction(parse =>
        {
            var report = Explore(parse.GetValue(k), parse.GetValue(d));
            if (parse.GetValue(json)) Json.Write(context.Out, report);
            else Render(context.CreateConsole(), report);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The four groups of the tour and their facts.</summary>
    public static ExploreReport Explore(int k, int d)
    {
        var tour = new (string Name, string ActsOn, string Spec)[]
        {
            ("S_k × S_d", $"the {k}·{d} cells of W ∈ M({k},{d}); hidden units permute rows, input coordinates columns",
                $"Cells({k},{d})"),
            ("S_k × S_d, second layer", $"the {k}·{d} cells of W and the {k} entries of a trainable second layer a ∈ ℝ^{k}",
                $"CellsWithSecondLayer({k},{d})"),
            ("ΔS_d", $"the {d}·{d} cells of W ∈ M({d},{d}), rows and columns permuted alike (identity-teacher isotropy)",
                $"DiagonalCells({d})"),
            ("Z₂ ≀ S_d", $"the 2·{d} signed directions ±e₁…±e_{d} (signed permutations: the hyperoctahedral group)",
                $"Hyperoctahedral({d})"),
        };
        var groups = tour.Select(t => Facts(t.Name, t.ActsOn, GroupSpec.Parse(t.Spec))).ToImmutableArray();
        return new ExploreReport { K = k, D = d, Note = Note(k, d), Groups = groups };
    }

    private static ExploreGroup Facts(string name, string actsOn, GroupSpec spec)
    {
        var group = spec.Build();
        var classes = spec.ConjugacyClassCount();
        bool transitive = group.IsTransitive;
        // The spec's formula: a stabilizer chain for ΔS_200 on 40 000 cells would take half a minute.
        var order = spec.Order();
        return new ExploreGroup
        {
            Name = name,
            ActsOn = actsOn,
            Spec = spec.ToString(),
            Degree = group.Degree,
            Order = Json.Order(order),
            OrderValue = order,
            OrbitCount = group.Orbits.Length,
            OrbitSizes = group.Orbits.Select(o => o.Length).ToImmutableArray(),
            Transitive = transitive,
            Primitive = transitive ? group.IsPrimitive : null,
            ConjugacyClasses = Json.Count(classes.Count),
            ConjugacyClassCount = classes.Count,
            ConjugacyClassesReason = classes.Count is null ? classes.Reason ?? "unknown" : null,
        };
    }

    private static Option<int> SizeOption(string name, int defaultValue, string description)
    {
        var option = new Option<int>(name)
        {
            Description = $"{description} Default {defaultValue}; 1..{MaxSize}.",
            DefaultValueFactory = _ => defaultValue,
        };
        option.Validators.Add(result =>
        {
            // A token that is not an integer is reported by the parser itself; check only the range here.
            if (result.Tokens.Count != 1 ||
                !int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
                return;
            if (value < 1 || value > MaxSize)
                result.AddError($"{name} must be between 1 and {MaxSize}; got {value}.");
        });
        return option;
    }

    private static void Render(IAnsiConsole console, ExploreReport r)
    {
        console.WriteLine(Header);
        console.WriteLine($"The symmetry of a two-layer network's weight matrix W ∈ M(k,d), for k = {r.K}, d = {r.D}:");
        var table = new Table { Border = TableBorder.Rounded };
        foreach (var heading in new[] { "group (spec)", "points", "order", "orbit sizes", "transitive", "primitive", "classes" })
            table.AddColumn(new TableColumn(new Text(heading, new Style(decoration: Decoration.Bold))));
        foreach (var g in r.Groups)
        {
            table.AddRow(
                new Markup($"{Markup.Escape(g.Name)}\n[dim]{Markup.Escape(g.Spec)}[/]"),
                new Text(g.Degree.ToString()),
                new Text(TextFormat.Approximate(g.OrderValue)),
                new Text(string.Join(" + ", g.OrbitSizes.GroupBy(x => x).Select(x => x.Count() == 1 ? $"{x.Key}" : $"{x.Count()}×{x.Key}"))),
                new Text(g.Transitive ? "yes" : "no"),
                new Text(g.Primitive is { } p ? (p ? "yes" : "no") : "n/a"),
                new Text(g.ConjugacyClassCount is { } c ? TextFormat.Approximate(c) : "unknown"));
        }
        console.Write(table);
        foreach (var g in r.Groups) console.WriteLine($"• {g.Name} acts on {g.ActsOn}.");
        foreach (var g in r.Groups.Where(g => g.ConjugacyClassesReason is not null))
            console.WriteLine($"Conjugacy classes of {g.Name}: {g.ConjugacyClassesReason}");
        console.WriteLine("Try `symmetry group \"<spec>\"` for the full facts of one group.");
    }
}

/// <summary>The JSON output of <c>symmetry explore</c>.</summary>
internal sealed record ExploreReport
{
    /// <summary>Number of hidden units (rows of W).</summary>
    public required int K { get; init; }

    /// <summary>Input dimension (columns of W).</summary>
    public required int D { get; init; }

    /// <summary>What this run is (a groups demo) and what it is not yet.</summary>
    public required string Note { get; init; }

    /// <summary>The groups of the tour.</summary>
    public required ImmutableArray<ExploreGroup> Groups { get; init; }
}

/// <summary>One group of the tour and its facts.</summary>
internal sealed record ExploreGroup
{
    /// <summary>A short name, e.g. "S_k × S_d".</summary>
    public required string Name { get; init; }

    /// <summary>What the points are.</summary>
    public required string ActsOn { get; init; }

    /// <summary>The canonical spec, usable with <c>symmetry group</c>.</summary>
    public required string Spec { get; init; }

    /// <summary>Number of points.</summary>
    public required int Degree { get; init; }

    /// <summary>The order as a decimal string.</summary>
    public required string Order { get; init; }

    /// <summary>Number of orbits on the points.</summary>
    public required int OrbitCount { get; init; }

    /// <summary>The orbit sizes, in the order of the orbits (by smallest point).</summary>
    public required ImmutableArray<int> OrbitSizes { get; init; }

    /// <summary>True when there is one orbit.</summary>
    public required bool Transitive { get; init; }

    /// <summary>Primitivity; null when not transitive.</summary>
    public required bool? Primitive { get; init; }

    /// <summary>The number of conjugacy classes, a number or (beyond 2⁵³ − 1) a decimal string; null when unknown.</summary>
    public required JsonNode? ConjugacyClasses { get; init; }

    /// <summary>Why the class count is null; null otherwise.</summary>
    public required string? ConjugacyClassesReason { get; init; }

    /// <summary>The exact order, for the table (not serialized).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public BigInteger OrderValue { get; init; }

    /// <summary>The exact class count, for the table (not serialized).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public BigInteger? ConjugacyClassCount { get; init; }
}
