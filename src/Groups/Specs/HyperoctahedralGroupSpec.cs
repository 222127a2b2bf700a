using System.Numerics;
using System.Text;
using ClassCount = Landscape.Symmetry.Groups.ConjugacyClassCount;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// <c>Hyperoctahedral(d)</c>: the signed permutations Z₂ ≀ S_d on 2d points, point i standing for
/// +eᵢ and d+i for −eᵢ (0-based; see <see cref="Constructions.Hyperoctahedral"/>).
/// </summary>
public sealed record HyperoctahedralGroupSpec : GroupSpec
{
    /// <summary>Creates <c>Hyperoctahedral(d)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">d is not positive or 2d exceeds <see cref="GroupSpec.MaxDegree"/>.</exception>
    public HyperoctahedralGroupSpec(int d)
    {
        D = CheckSize(d, nameof(d), "dimension");
        CheckDegree(2L * d, $"Hyperoctahedral({d})");
    }

    /// <summary>The dimension d.</summary>
    public int D { get; }

    /// <inheritdoc />
    public override int Degree => 2 * D;

    /// <inheritdoc />
    public override PermutationGroup Build() => Constructions.Hyperoctahedral(D);

    /// <inheritdoc />
    public override BigInteger Order() => BigInteger.Pow(2, D) * Factorials.Of(D);

    // C(2) wr S(d): classes are pairs of partitions (λ, μ) with |λ| + |μ| = d.
    internal override ClassCount CountClasses(long orderLimit) =>
        ClassCount.Known(PartitionCounting.CoefficientOfPartitionPower(2, D));

    internal override void Write(StringBuilder sb) => sb.Append("Hyperoctahedral(").Append(D).Append(')');
}
