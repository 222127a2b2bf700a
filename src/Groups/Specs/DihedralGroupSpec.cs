using System.Numerics;
using System.Text;
using ClassCount = Landscape.Symmetry.Groups.ConjugacyClassCount;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// <c>D(n)</c>: the symmetries of the regular n-gon on its n vertices, of order 2n for n ≥ 3; as
/// permutation groups D(1) = S(1) and D(2) = S(2) (see <see cref="Constructions.Dihedral"/>).
/// </summary>
public sealed record DihedralGroupSpec : GroupSpec
{
    /// <summary>Creates <c>D(n)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">n is not in 1..<see cref="GroupSpec.MaxDegree"/>.</exception>
    public DihedralGroupSpec(int n) => N = CheckDegree(CheckSize(n, nameof(n), "number of points"), $"D({n})");

    /// <summary>The number of vertices.</summary>
    public int N { get; }

    /// <inheritdoc />
    public override int Degree => N;

    /// <inheritdoc />
    public override PermutationGroup Build() => Constructions.Dihedral(N);

    /// <inheritdoc />
    public override BigInteger Order() => N >= 3 ? 2 * (BigInteger)N : Factorials.Of(N);

    // For n ≥ 3: the rotations pair up r^k ~ r^−k, and the reflections form one class (n odd) or
    // two (n even, through vertices or through edges).
    internal override ClassCount CountClasses(long orderLimit) => ClassCount.Known(N switch
    {
        1 => 1,
        2 => 2,
        _ when N % 2 == 1 => (N + 3) / 2,
        _ => N / 2 + 3,
    });

    internal override void Write(StringBuilder sb) => sb.Append("D(").Append(N).Append(')');
}
