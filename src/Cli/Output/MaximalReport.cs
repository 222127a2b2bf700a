using System.Collections.Immutable;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>The JSON output of <c>symmetry maximal</c>.</summary>
internal sealed record MaximalReport(string Group, int Degree, bool Complete, string? Note, IReadOnlyList<MaximalSubgroupJson> Subgroups)
{
    public static MaximalReport Of(MaximalSubgroupList list, int degree, Func<MaximalSubgroupKind, string> kindName) =>
        new(list.Parent, degree, list.IsComplete, list.Note, list.Select(m => new MaximalSubgroupJson(m.Name, kindName(m.Kind), Json.Order(m.Order),
            m.OrbitLengths, m.IsTransitive, m.IsPrimitive, m.Group.Generators.Select(g => g.ToString()).ToArray())).ToList());
}

/// <summary>One class of maximal subgroups: name, kind, order (a decimal string), orbit lengths, transitivity, primitivity, generators.</summary>
internal sealed record MaximalSubgroupJson(string Name, string Kind, string Order, ImmutableArray<int> OrbitLengths, bool Transitive, bool Primitive, string[] Generators);
