using System.Collections.Immutable;
using System.Numerics;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>
/// The facts that <c>symmetry group</c> reports about one group, in the shape of its JSON output.
/// Points are 0-based; generators are 1-based GAP cycle notation.
/// </summary>
internal sealed record GroupReport
{
    /// <summary>Block systems are searched up to this degree (see <see cref="GroupSummary.BlockSystemDegreeLimit"/>).</summary>
    public const int BlockSystemDegreeLimit = GroupSummary.BlockSystemDegreeLimit;

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

    /// <summary>The classes, each with a representative (1-based cycle notation), its size and cycle type; null when not listed.</summary>
    public required ImmutableArray<ClassEntry>? ConjugacyClassList { get; init; }

    /// <summary>Why <see cref="ConjugacyClassList"/> is null; null otherwise.</summary>
    public required string? ConjugacyClassListReason { get; init; }

    /// <summary>How the listed classes were verified; null when they were not.</summary>
    public required string? ConjugacyClassCheck { get; init; }

    /// <summary>The generators in 1-based cycle notation.</summary>
    public required ImmutableArray<string> Generators { get; init; }

    /// <summary>The base of the stabilizer chain (0-based); null for Aₙ and Sₙ, which are recognised without one, and large specs.</summary>
    public required ImmutableArray<int>? Base { get; init; }

    /// <summary>Why <see cref="Base"/> is null; null otherwise.</summary>
    public required string? BaseReason { get; init; }

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

    /// <summary>The report of a computed <see cref="GroupSummary"/>.</summary>
    public static GroupReport Of(GroupSummary s)
    {
        var group = s.Group;
        var classes = s.ClassCount;
        return new GroupReport
        {
            Spec = s.Spec.ToString(),
            Degree = group.Degree,
            Order = Json.Order(s.Order),
            OrderValue = s.Order,
            Orbits = group.Orbits,
            Transitive = s.Transitive,
            Primitive = s.Primitive,
            Giant = GiantName(s.Giant),
            ConjugacyClasses = Json.Count(classes.Count),
            ConjugacyClassCount = classes.Count,
            ConjugacyClassesReason = classes.Count is null ? classes.Reason ?? "unknown" : null,
            ConjugacyClassList = s.Classes?.Select(c => new ClassEntry(c.Representative.ToString(), Json.Order(c.Size), c.CycleType.ToString())).ToImmutableArray(),
            ConjugacyClassListReason = s.ClassesReason,
            ConjugacyClassCheck = s.ClassCheck?.Method,
            Generators = group.Generators.Select(g => g.ToString()).ToImmutableArray(),
            Base = s.Base,
            BaseReason = s.BaseReason,
            BlockSystems = s.BlockSystems?.Select(b => b.Blocks).ToImmutableArray(),
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

/// <summary>One conjugacy class in <see cref="GroupReport"/>: size as a decimal string, cycle type like <c>[2,1,1]</c>.</summary>
internal sealed record ClassEntry(string Representative, string Size, string CycleType);
