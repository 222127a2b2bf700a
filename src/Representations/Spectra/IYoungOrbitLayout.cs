namespace Landscape.Symmetry.Representations;

/// <summary>
/// The orbit structure of the fixed space of a Young-type group on M(k, d) (⊕ ℝᵏ): factors, each a symmetric group
/// ΔS_p on p rows and their p paired columns (or S_m on rows alone), cut into row and column blocks whose sizes may be
/// real numbers (counts like d − 2 at real d). A fixed vector is one value per orbit; this is what
/// <see cref="TranspositionSum"/> needs to act on such values.
/// </summary>
public interface IYoungOrbitLayout
{
    /// <summary>The number of orbits (the dimension of the fixed space).</summary>
    int Dimension { get; }

    /// <summary>The number of factors of the group.</summary>
    int FactorCount { get; }

    /// <summary>The size p of factor <paramref name="factor"/> (the number of points it permutes).</summary>
    double FactorSize(int factor);

    /// <summary>The number of row blocks.</summary>
    int RowBlockCount { get; }

    /// <summary>The number of column blocks.</summary>
    int ColumnBlockCount { get; }

    /// <summary>The size of row block <paramref name="s"/>.</summary>
    double RowBlockSize(int s);

    /// <summary>The size of column block <paramref name="t"/>.</summary>
    double ColumnBlockSize(int t);

    /// <summary>The factor that permutes row block <paramref name="s"/>.</summary>
    int RowBlockFactor(int s);

    /// <summary>The factor that permutes column block <paramref name="t"/>.</summary>
    int ColumnBlockFactor(int t);

    /// <summary>The column block paired cell by cell with row block <paramref name="s"/>, or −1 (rows-only factor).</summary>
    int PartnerColumn(int s);

    /// <summary>The row block paired with column block <paramref name="t"/>.</summary>
    int PartnerRow(int t);

    /// <summary>Orbit <paramref name="o"/>: its kind, row block and column block (−1 for a second-layer orbit).</summary>
    (OrbitKind Kind, int Row, int Column) Orbit(int o);

    /// <summary>The number of cells in orbit <paramref name="o"/> (real).</summary>
    double OrbitSize(int o);

    /// <summary>The orbit of the cells in row block s × column block t off the pairing, or −1 when it is empty.</summary>
    int BlockIndex(int s, int t);

    /// <summary>The diagonal orbit of row block s, or −1.</summary>
    int DiagonalIndex(int s);

    /// <summary>The second-layer orbit of row block s, or −1.</summary>
    int SecondLayerIndex(int s);
}
