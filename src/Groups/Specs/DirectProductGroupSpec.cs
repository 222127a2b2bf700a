using System.Numerics;
using System.Text;
using ClassCount = Landscape.Symmetry.Groups.ConjugacyClassCount;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// <c>G x H</c>: the direct product on disjoint points, G on 0..m−1 and H on m..m+n−1
/// (see <see cref="Constructions.DirectProduct"/>). <c>G x H x K</c> parses as <c>(G x H) x K</c>.
/// </summary>
public sealed record DirectProductGroupSpec : GroupSpec
{
    /// <summary>Creates <c>left x right</c>.</summary>
    /// <exception cref="ArgumentException">The tree would nest deeper than <see cref="GroupSpec.MaxDepth"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The degrees add up to more than <see cref="GroupSpec.MaxDegree"/>.</exception>
    public DirectProductGroupSpec(GroupSpec left, GroupSpec right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        Left = left;
        Right = right;
        CheckDegree((long)left.Degree + right.Degree, "The direct product");
        height = CheckHeight(left, right);
    }

    private readonly int height;

    internal override int Height => height;

    /// <summary>The factor on the first points.</summary>
    public GroupSpec Left { get; }

    /// <summary>The factor on the last points.</summary>
    public GroupSpec Right { get; }

    /// <inheritdoc />
    public override int Degree => Left.Degree + Right.Degree;

    /// <inheritdoc />
    public override PermutationGroup Build() => Constructions.DirectProduct(Left.Build(), Right.Build());

    /// <inheritdoc />
    public override BigInteger Order() => Left.Order() * Right.Order();

    // Classes of G × H are products of classes.
    internal override ClassCount CountClasses(long orderLimit)
    {
        var left = Left.CountClasses(orderLimit);
        if (left.Count is { } l)
        {
            var right = Right.CountClasses(orderLimit);
            if (right.Count is { } r) return ClassCount.Known(l * r);
        }
        return CountByEnumeration(orderLimit);
    }

    internal override SpecPrecedence Precedence => SpecPrecedence.Product;

    internal override void Write(StringBuilder sb)
    {
        Left.WriteOperand(sb, SpecPrecedence.Product);
        sb.Append(" x ");
        Right.WriteOperand(sb, SpecPrecedence.Wreath);
    }
}
