using System.Collections.Immutable;
using System.Globalization;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// The conjugacy classes of isotropy subgroups of Γ = ΔS_d on M(d,d) or S_k × S_d on M(k,d),
/// ordered by inclusion up to conjugacy. This is a partial order and in general not a lattice
/// (two classes need not have a least class above both), hence the name.
/// </summary>
/// <remarks>Immutable; equality is by value (sizes, classes and covers).</remarks>
public sealed class IsotropyPoset : IEquatable<IsotropyPoset>
{
    internal IsotropyPoset(int k, int d, bool diagonal, bool secondLayer, HasseDiagram<IsotropyClass> diagram)
    {
        Rows = k;
        Columns = d;
        Diagonal = diagonal;
        SecondLayer = secondLayer;
        Diagram = diagram;
    }

    /// <summary>k, the number of rows.</summary>
    public int Rows { get; }

    /// <summary>d, the number of columns.</summary>
    public int Columns { get; }

    /// <summary>True for ΔS_d (rows and columns permuted alike), false for S_k × S_d.</summary>
    public bool Diagonal { get; }

    /// <summary>True when a trainable second layer ℝᵏ is part of the space (only the fixed dimensions change).</summary>
    public bool SecondLayer { get; }

    /// <summary>Γ as text: <c>ΔS_4</c> or <c>S_3×S_4</c>.</summary>
    public string AmbientName => Diagonal
        ? string.Create(CultureInfo.InvariantCulture, $"ΔS_{Columns}")
        : string.Create(CultureInfo.InvariantCulture, $"S_{Rows}×S_{Columns}");

    /// <summary>The classes, sorted by order, then by decreasing fixed dimension; <see cref="IsotropyClass.Id"/> is the index.</summary>
    public ImmutableArray<IsotropyClass> Classes => Diagram.Elements;

    /// <summary>The covering pairs (lower id, upper id) of the order: the edges of the Hasse diagram.</summary>
    public ImmutableArray<(int Lower, int Upper)> Edges => Diagram.Covers;

    /// <summary>The Hasse diagram, which also answers <see cref="HasseDiagram{T}.IsBelow"/> for any two classes.</summary>
    public HasseDiagram<IsotropyClass> Diagram { get; }

    /// <summary>The class of Γ itself (the stabilizer of the zero matrix), the largest element.</summary>
    public IsotropyClass Top => Classes[^1];

    /// <summary>The class of the trivial group (the stabilizer of a generic matrix), the smallest element.</summary>
    public IsotropyClass Bottom => Classes[0];

    /// <summary>The Hasse diagram as Graphviz DOT: each box shows id, name, order and fixed dimension; maximal classes are filled.</summary>
    public string ToDot() => Diagram.ToDot(
        c => string.Create(CultureInfo.InvariantCulture, $"#{c.Id} {c.Name}\n|H| = {c.Order}, dim Fix = {c.FixedDimension}"),
        c => c.Maximal,
        Diagonal ? "isotropy_diagonal" : "isotropy_rows_columns");

    /// <inheritdoc />
    public bool Equals(IsotropyPoset? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Rows == other.Rows && Columns == other.Columns && Diagonal == other.Diagonal &&
             SecondLayer == other.SecondLayer && Diagram.Equals(other.Diagram)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IsotropyPoset);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rows, Columns, Diagonal, SecondLayer, Diagram);
}
