using System.Numerics;
using System.Text;
using ClassCount = Landscape.Symmetry.Groups.ConjugacyClassCount;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// <c>Diagonal(H)</c>: ΔH = {(h, h)} inside H × H on 2n points, h acting on 0..n−1 and, shifted by n,
/// on n..2n−1 (see <see cref="Constructions.Diagonal"/>).
/// </summary>
public sealed record DiagonalGroupSpec : GroupSpec
{
    /// <summary>Creates <c>Diagonal(H)</c>.</summary>
    /// <exception cref="ArgumentException">The tree would nest deeper than <see cref="GroupSpec.MaxDepth"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">2·deg H exceeds <see cref="GroupSpec.MaxDegree"/>.</exception>
    public DiagonalGroupSpec(GroupSpec inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        Inner = inner;
        CheckDegree(2L * inner.Degree, "Diagonal(H)");
        height = CheckHeight(inner);
    }

    private readonly int height;

    internal override int Height => height;

    /// <summary>The group H.</summary>
    public GroupSpec Inner { get; }

    /// <inheritdoc />
    public override int Degree => 2 * Inner.Degree;

    /// <inheritdoc />
    public override PermutationGroup Build() => Constructions.Diagonal(Inner.Build());

    /// <inheritdoc />
    public override BigInteger Order() => Inner.Order();

    // ΔH ≅ H.
    internal override ClassCount CountClasses(long orderLimit) => Inner.CountClasses(orderLimit);

    internal override void Write(StringBuilder sb)
    {
        sb.Append("Diagonal(");
        Inner.Write(sb);
        sb.Append(')');
    }
}
