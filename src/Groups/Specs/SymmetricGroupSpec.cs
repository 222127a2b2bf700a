using System.Numerics;
using System.Text;
using ClassCount = Landscape.Symmetry.Groups.ConjugacyClassCount;

namespace Landscape.Symmetry.Groups;

/// <summary><c>S(n)</c>: the symmetric group on the points 0..n−1.</summary>
public sealed record SymmetricGroupSpec : GroupSpec
{
    /// <summary>Creates <c>S(n)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">n is not in 1..<see cref="GroupSpec.MaxDegree"/>.</exception>
    public SymmetricGroupSpec(int n) => N = CheckDegree(CheckSize(n, nameof(n), "number of points"), $"S({n})");

    /// <summary>The number of points.</summary>
    public int N { get; }

    /// <inheritdoc />
    public override int Degree => N;

    /// <inheritdoc />
    public override PermutationGroup Build() => Constructions.Symmetric(N);

    /// <inheritdoc />
    public override BigInteger Order() => Factorials.Of(N);

    internal override ClassCount CountClasses(long orderLimit) => ClassCount.Known(Partition.Count(N));

    internal override void Write(StringBuilder sb) => sb.Append("S(").Append(N).Append(')');
}
