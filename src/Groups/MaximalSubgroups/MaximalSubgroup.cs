using System.Collections.Immutable;
using System.Numerics;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// A representative of one conjugacy class of maximal subgroups of Sₙ or Aₙ, as listed by
/// <see cref="MaximalSubgroups"/>: the group with its order known from its construction, and what
/// the construction says about it.
/// </summary>
/// <param name="Group">The subgroup, on the points 0..n−1, with generators and its proven order.</param>
/// <param name="Kind">Its O'Nan–Scott class.</param>
/// <param name="Name">A readable name, e.g. <c>S_3 × S_2</c>, <c>S_2 ≀ S_3</c>, <c>AGL(1,5)</c>, <c>(S_4 × S_2) ∩ A_6</c>.</param>
/// <param name="IsTransitive">Whether it is transitive (by construction; checked in the tests).</param>
/// <param name="IsPrimitive">Whether it is primitive (by construction; checked in the tests).</param>
public sealed record MaximalSubgroup(
    PermutationGroup Group,
    MaximalSubgroupKind Kind,
    string Name,
    bool IsTransitive,
    bool IsPrimitive)
{
    /// <summary>|H|, from the construction.</summary>
    public BigInteger Order => Group.Order;

    /// <summary>The orbit lengths, largest first.</summary>
    public ImmutableArray<int> OrbitLengths => Group.Orbits.Select(o => o.Length).OrderDescending().ToImmutableArray();

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
