using System.Numerics;
using System.Text;
using ClassCount = Landscape.Symmetry.Groups.ConjugacyClassCount;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// <c>G wr H</c>: the imprimitive wreath product on m·q points, point b·m + i being point i of block b
/// (0-based; see <see cref="Constructions.WreathProduct"/>). <c>G wr H wr K</c> parses as
/// <c>(G wr H) wr K</c>.
/// </summary>
public sealed record WreathProductGroupSpec : GroupSpec
{
    /// <summary>Largest top degree q for which the O(q²) class-count recurrence is run when G has more than two classes.</summary>
    public const int MaxTopDegreeForClassCount = 5_000;

    /// <summary>Creates <c>baseGroup wr top</c>.</summary>
    /// <exception cref="ArgumentException">The tree would nest deeper than <see cref="GroupSpec.MaxDepth"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The degree m·q exceeds <see cref="GroupSpec.MaxDegree"/>.</exception>
    public WreathProductGroupSpec(GroupSpec baseGroup, GroupSpec top)
    {
        ArgumentNullException.ThrowIfNull(baseGroup);
        ArgumentNullException.ThrowIfNull(top);
        Base = baseGroup;
        Top = top;
        CheckDegree((long)baseGroup.Degree * top.Degree, "The wreath product");
        height = CheckHeight(baseGroup, top);
    }

    private readonly int height;

    internal override int Height => height;

    /// <summary>The group G acting inside each block.</summary>
    public GroupSpec Base { get; }

    /// <summary>The group H permuting the q blocks.</summary>
    public GroupSpec Top { get; }

    /// <inheritdoc />
    public override int Degree => Base.Degree * Top.Degree;

    /// <inheritdoc />
    public override PermutationGroup Build() => Constructions.WreathProduct(Base.Build(), Top.Build());

    /// <inheritdoc />
    public override BigInteger Order() => BigInteger.Pow(Base.Order(), Top.Degree) * Top.Order();

    /// <remarks>
    /// With the full symmetric top group, classes of G ≀ S_q correspond to the ways of giving each of
    /// the r classes of G a partition, the sizes adding to q (James and Kerber, 4.2.8): the coefficient
    /// of x^q in P(x)^r.
    /// </remarks>
    internal override ClassCount CountClasses(long orderLimit)
    {
        // A trivial G leaves H acting on the blocks, a trivial H leaves G^q: both are counted by
        // their factors even when the whole is too large to enumerate.
        if (Base.Order().IsOne) return Top.CountClasses(orderLimit);
        bool topFull = TopIsFullSymmetric();
        if (!topFull && !Top.Order().IsOne) return CountByEnumeration(orderLimit);
        var baseCount = Base.CountClasses(orderLimit);
        if (baseCount.Count is not { } r) return CountByEnumeration(orderLimit);
        int q = Top.Degree;
        if (!topFull) return ClassCount.Known(BigInteger.Pow(r, q));
        if (r > 2 && q > MaxTopDegreeForClassCount)
            return ClassCount.Unknown(
                $"the class count of {this} needs an O(q²) recurrence over the top degree q = {q}, beyond the limit {MaxTopDegreeForClassCount}");
        return ClassCount.Known(PartitionCounting.CoefficientOfPartitionPower(r, q));
    }

    internal override SpecPrecedence Precedence => SpecPrecedence.Wreath;

    internal override void Write(StringBuilder sb)
    {
        Base.WriteOperand(sb, SpecPrecedence.Wreath);
        sb.Append(" wr ");
        Top.WriteOperand(sb, SpecPrecedence.Atom);
    }

    // A subgroup of S_q of order q! is S_q itself, whatever the spec says (C(2), D(2), a Group(...)).
    private bool TopIsFullSymmetric() =>
        Top is SymmetricGroupSpec || Top.Order() == Factorials.Of(Top.Degree);
}
