using System.Numerics;
using System.Text;
using ClassCount = Landscape.Symmetry.Groups.ConjugacyClassCount;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// A permutation group written as text, such as <c>S(3) wr S(2)</c>, <c>Cells(4,3)</c> or
/// <c>(1,2,3),(1,2)</c>: an immutable syntax tree with value equality.
/// </summary>
/// <remarks>
/// <para>Grammar (white space ignored, names case-sensitive; see docs/group-specs.md):</para>
/// <code>
/// spec    := product
/// product := wreath (('x' | '×') wreath)*      direct product on disjoint points, left to right
/// wreath  := atom ('wr' atom)*                 left-associative
/// atom    := S(n) | A(n) | C(n) | D(n) | Hyperoctahedral(d) | Cells(k,d) | CellsWithSecondLayer(k,d)
///          | DiagonalCells(d) | DiagonalCellsWithSecondLayer(d) | Diagonal(spec)
///          | Group([n;] perm, perm, …) | (spec)
///          | perm, perm, …                     only as the whole spec
/// </code>
/// <para>Permutations are in GAP cycle notation with 1-based points; the groups built act on the
/// 0-based points 0..<see cref="Degree"/>−1, laid out as the corresponding <see cref="Constructions"/>
/// and <see cref="MatrixCellAction"/> methods document.</para>
/// </remarks>
public abstract record GroupSpec
{
    /// <summary>The most points a spec may act on; larger specs are rejected when parsed.</summary>
    public const int MaxDegree = 100_000;

    /// <summary>
    /// The deepest a spec may nest: each 'x', 'wr', <c>Diagonal(…)</c> and pair of parentheses adds a
    /// level. Printing, building and counting recurse over the tree, so a bound keeps a hostile spec
    /// from exhausting the stack, which would end the process rather than throw.
    /// </summary>
    public const int MaxDepth = 256;

    /// <summary>Only the node types of this assembly derive from this record.</summary>
    private protected GroupSpec() { }

    /// <summary>Number of points the group acts on.</summary>
    public abstract int Degree { get; }

    /// <summary>
    /// Parses a spec. <paramref name="degree"/> (the CLI's <c>--degree</c>) sets the degree of a spec
    /// that is a list of generators, <c>(1,2),(3,4)</c> or <c>Group((1,2),(3,4))</c>, and must be at
    /// least the largest point named; for any other spec it must equal the spec's degree.
    /// </summary>
    /// <exception cref="GroupSpecException">The text is malformed, names an unknown group, has a
    /// non-positive or too large size, or conflicts with <paramref name="degree"/>.</exception>
    public static GroupSpec Parse(string text, int? degree = null) => GroupSpecParser.Parse(text, degree);

    /// <summary>
    /// Builds the group with the <see cref="Constructions"/>, which pass the known order along so the
    /// stabilizer chain comes quickly and certified.
    /// </summary>
    public abstract PermutationGroup Build();

    /// <summary>
    /// The order |G| by the construction's formula (|S_n| = n!, |G ≀ H| = |G|^q·|H|, …); explicit
    /// generators need a stabilizer chain.
    /// </summary>
    public abstract BigInteger Order();

    /// <summary>
    /// The number of conjugacy classes, by formula where one applies: p(n) for S(n), the split count
    /// for A(n), n for C(n), the dihedral count for D(n), products for ×, the number of
    /// partition-valued functions on the classes of G for G wr S(q), bipartitions for
    /// Hyperoctahedral(d), p(k)·p(d) for Cells(k,d), p(d) for DiagonalCells(d), and the count of H for
    /// Diagonal(H). Other specs fall back to <see cref="ConjugacyClasses.Count"/> on the built group,
    /// which enumerates groups of order at most <paramref name="orderLimit"/>.
    /// </summary>
    public ConjugacyClassCount ConjugacyClassCount(long orderLimit = ConjugacyClasses.DefaultOrderLimit)
    {
        if (orderLimit < 1)
            throw new ArgumentOutOfRangeException(nameof(orderLimit), orderLimit, "The enumeration limit must be positive.");
        return CountClasses(orderLimit);
    }

    /// <summary>The canonical text: re-parsing it gives an equal spec.</summary>
    public sealed override string ToString()
    {
        var sb = new StringBuilder();
        Write(sb);
        return sb.ToString();
    }

    internal abstract ConjugacyClassCount CountClasses(long orderLimit);

    /// <summary>Levels of the tree: 1 for a leaf.</summary>
    internal virtual int Height => 1;

    internal abstract void Write(StringBuilder sb);

    /// <summary>How tightly the text binds: products loosest, then wreath products, then atoms.</summary>
    internal virtual SpecPrecedence Precedence => SpecPrecedence.Atom;

    /// <summary>Writes this spec where an operand of at least <paramref name="needed"/> is expected.</summary>
    internal void WriteOperand(StringBuilder sb, SpecPrecedence needed)
    {
        if (Precedence >= needed) { Write(sb); return; }
        sb.Append('(');
        Write(sb);
        sb.Append(')');
    }

    /// <summary>
    /// The fallback when no formula applies. Checking the formula order first avoids building the
    /// group at all when it is too large: building a product or wreath product computes the orders
    /// of its factors, which for large factors means full stabilizer chains.
    /// </summary>
    internal ConjugacyClassCount CountByEnumeration(long orderLimit)
    {
        if (this is not GeneratedGroupSpec)
        {
            // Only explicit generators can give Sₙ or Aₙ on all points (for which Count has formulas)
            // without the spec saying so, apart from degenerate wreath products handled by their node.
            var order = Order();
            if (order > orderLimit)
                return ClassCount.Unknown(
                    $"order {ConjugacyClasses.Describe(order)} is beyond the enumeration limit {orderLimit} and no structural formula applies");
        }
        return ConjugacyClasses.Count(Build(), orderLimit);
    }

    private protected static int CheckSize(int n, string name, string what)
    {
        if (n < 1) throw new ArgumentOutOfRangeException(name, n, $"The {what} must be positive; got {n}.");
        return n;
    }

    private protected static int CheckDegree(long degree, string spec)
    {
        if (degree > MaxDegree)
            throw new ArgumentOutOfRangeException(nameof(degree), degree,
                $"{spec} would act on {degree} points, more than the limit of {MaxDegree}.");
        return (int)degree;
    }

    private protected static int CheckHeight(params GroupSpec[] children)
    {
        int height = 1 + children.Max(c => c.Height);
        if (height > MaxDepth)
            throw new ArgumentException($"The spec would nest {height} levels deep, more than the limit of {MaxDepth}.", nameof(children));
        return height;
    }
}

/// <summary>Binding strength in the spec grammar, loosest first.</summary>
internal enum SpecPrecedence
{
    Product,
    Wreath,
    Atom,
}
