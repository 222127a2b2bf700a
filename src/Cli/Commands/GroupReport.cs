using System.Collections.Immutable;
using System.Numerics;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// The facts that <c>symmetry group</c> reports about one group, in the shape of its JSON output.
/// Points are 0-based; generators are 1-based GAP cycle notation.
/// </summary>
internal sealed record GroupReport
{
    /// <summary>Block systems are searched (Atkinson, about n² unions per generator) up to this degree.</summary>
    public const int BlockSystemDegreeLimit = 2000;

    /// <summary>The canonical spec text.</summary>
    public required string Spec { get; init; }

    /// <summary>Number of points.</summary>
    public required int Degree { get; init; }

    /// <summary>The order |G| as a decimal string.</summary>
    public required string Order { get; init; }

    /// <summary>The orbits, each sorted, ordered by smallest point (0-based).</summary>
    public required ImmutableArray<ImmutableArray<int>> Orbits { get; init; }

    /// <summary>True when there is one orbit.</summary>
    public required bool Transitive { get; init; }

    /// <summary>Primitivity; null when the group is not transitive.</summary>
    public required bool? Primitive { get; init; }

    /// <summary>"none", "alternating" (Aₙ) or "symmetric" (Sₙ) on all points.</summary>
    public required string Giant { get; init; }

    /// <summary>The number of conjugacy classes (see <see cref="Json.Count"/>); null when unknown.</summary>
    public required JsonNode? ConjugacyClasses { get; init; }

    /// <summary>Why <see cref="ConjugacyClasses"/> is null; null otherwise.</summary>
    public required string? ConjugacyClassesReason { get; init; }

    /// <summary>The generators in 1-based cycle notation.</summary>
    public required ImmutableArray<string> Generators { get; init; }

    /// <summary>The base of the stabilizer chain (0-based); null for Aₙ and Sₙ, which are recognised without one.</summary>
    public required ImmutableArray<int>? Base { get; init; }

    /// <summary>
    /// The minimal non-trivial block systems, each a list of blocks of 0-based points; empty for a
    /// primitive group; null when not transitive or of degree above <see cref="BlockSystemDegreeLimit"/>.
    /// </summary>
    public required ImmutableArray<ImmutableArray<ImmutableArray<int>>>? BlockSystems { get; init; }

    /// <summary>The exact order, for the table (not serialized).</summary>
    [JsonIgnore]
    public BigInteger OrderValue { get; init; }

    /// <summary>The exact class count, for the table (not serialized).</summary>
    [JsonIgnore]
    public BigInteger? ConjugacyClassCount { get; init; }

    /// <summary>Computes the report: builds the group and asks it each question once.</summary>
    public static GroupReport Of(GroupSpec spec)
    {
        var group = spec.Build();
        var classes = spec.ConjugacyClassCount();
        bool transitive = group.IsTransitive;
        bool? primitive = transitive ? group.IsPrimitive : null;
        var giant = group.Giant;
        var order = group.Order;
        ImmutableArray<ImmutableArray<ImmutableArray<int>>>? blockSystems = null;
        if (transitive && group.Degree <= BlockSystemDegreeLimit)
        {
            blockSystems = primitive == true
                ? ImmutableArray<ImmutableArray<ImmutableArray<int>>>.Empty
                : group.MinimalBlockSystems().Select(b => b.Blocks).ToImmutableArray();
        }
        return new GroupReport
        {
            Spec = spec.ToString(),
            Degree = group.Degree,
            Order = Json.Order(order),
            OrderValue = order,
            Orbits = group.Orbits,
            Transitive = transitive,
            Primitive = primitive,
            Giant = GiantName(giant),
            ConjugacyClasses = Json.Count(classes.Count),
            ConjugacyClassCount = classes.Count,
            ConjugacyClassesReason = classes.Count is null ? classes.Reason ?? "unknown" : null,
            Generators = group.Generators.Select(g => g.ToString()).ToImmutableArray(),
            Base = giant == GiantKind.None ? group.StabilizerChain.Base : null,
            BlockSystems = blockSystems,
        };
    }

    /// <summary>The JSON name of a giant kind.</summary>
    public static string GiantName(GiantKind kind) => kind switch
    {
        GiantKind.Alternating => "alternating",
        GiantKind.Symmetric => "symmetric",
        _ => "none",
    };
}
