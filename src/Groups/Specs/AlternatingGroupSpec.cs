using System.Numerics;
using System.Text;
using ClassCount = Landscape.Symmetry.Groups.ConjugacyClassCount;

namespace Landscape.Symmetry.Groups;

/// <summary><c>A(n)</c>: the alternating group on the points 0..n−1 (trivial for n ≤ 2).</summary>
public sealed record AlternatingGroupSpec : GroupSpec
{
    /// <summary>Creates <c>A(n)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">n is not in 1..<see cref="GroupSpec.MaxDegree"/>.</exception>
    public AlternatingGroupSpec(int n) => N = CheckDegree(CheckSize(n, nameof(n), "number of points"), $"A({n})");

    /// <summary>The number of points.</summary>
    public int N { get; }

    /// <inheritdoc />
    public override int Degree => N;

    /// <inheritdoc />
    public override PermutationGroup Build() => Constructions.Alternating(N);

    /// <inheritdoc />
    public override BigInteger Order() => N >= 2 ? Factorials.Of(N) / 2 : BigInteger.One;

    internal override ClassCount CountClasses(long orderLimit) =>
        ClassCount.Known(PartitionCounting.AlternatingClassCount(N));

    internal override void Write(StringBuilder sb) => sb.Append("A(").Append(N).Append(')');
}
