using Landscape.Symmetry.Representations;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// Row and column blocks of M(k, d) with real sizes: the orbit structure of the fixed space of a product of
/// (diagonal) symmetric groups, one block per part of each factor. A point of the fixed space is "block-constant":
/// one value per pair of blocks (off the diagonal), one per coupled block on its diagonal, and one second-layer
/// weight per row block. The teacher V = I_d has one row per column; its rows fall into the column blocks.
/// </summary>
/// <remarks>
/// Part i of a coupled factor is row block and column block at once (paired cell by cell); a rows-only factor
/// contributes row blocks only. Orbits of size exactly 0 (the off-diagonal cells of a coupled block of size 1)
/// are dropped; negative sizes (a real d below the range where the layout makes sense) are refused.
/// </remarks>
public sealed class FixedSpaceLayout : IYoungOrbitLayout
{
    private readonly int[] offIndex;
    private readonly int[] diagIndex;
    private readonly int[] aIndex;

    /// <summary>A layout from its factors.</summary>
    /// <exception cref="ArgumentException">A part size is negative or not finite, or no factor has columns.</exception>
    public FixedSpaceLayout(IReadOnlyList<LayoutFactor> factors, bool secondLayerTrainable)
    {
        ArgumentNullException.ThrowIfNull(factors);
        Factors = factors.ToArray();
        SecondLayerTrainable = secondLayerTrainable;
        var rowSize = new List<double>(); var rowFactor = new List<int>(); var rowPartner = new List<int>(); var rowPart = new List<int>();
        var colSize = new List<double>(); var colFactor = new List<int>(); var colPart = new List<int>();
        for (int f = 0; f < Factors.Count; f++)
        {
            var fac = Factors[f];
            for (int q = 0; q < fac.PartSizes.Length; q++)
            {
                double size = fac.PartSizes[q];
                if (!double.IsFinite(size) || size < 0)
                    throw new ArgumentException($"Part {q} of factor {f} has size {size}; sizes must be non-negative (is d below the type's range?).", nameof(factors));
                if (fac.Kind == FactorKind.Coupled)
                {
                    rowPartner.Add(colSize.Count);
                    colSize.Add(size); colFactor.Add(f); colPart.Add(q);
                }
                else rowPartner.Add(-1);
                rowSize.Add(size); rowFactor.Add(f); rowPart.Add(q);
            }
        }
        if (colSize.Count == 0) throw new ArgumentException("The layout has no columns.", nameof(factors));
        RowSizes = rowSize.ToArray(); RowFactor = rowFactor.ToArray(); Partner = rowPartner.ToArray(); RowPart = rowPart.ToArray();
        ColumnSizes = colSize.ToArray(); ColumnFactor = colFactor.ToArray(); ColumnPart = colPart.ToArray();
        int r = RowSizes.Length, c = ColumnSizes.Length;
        ColumnRowBlock = new int[c];
        for (int s = 0; s < r; s++) if (Partner[s] >= 0) ColumnRowBlock[Partner[s]] = s;

        var orbits = new List<CellOrbit>();
        offIndex = new int[r * c];
        diagIndex = new int[r];
        aIndex = new int[r];
        for (int s = 0; s < r; s++)
        {
            for (int t = 0; t < c; t++)
            {
                double size = RowSizes[s] * (ColumnSizes[t] - (Partner[s] == t ? 1 : 0));
                if (size < -1e-12) throw new ArgumentException($"Row block {s} × column block {t} has {size} cells.", nameof(factors));
                offIndex[s * c + t] = Math.Abs(size) <= 1e-12 ? -1 : orbits.Count;
                if (offIndex[s * c + t] >= 0) orbits.Add(new CellOrbit(OrbitKind.Block, s, t, size));
            }
            diagIndex[s] = -1;
            if (Partner[s] >= 0 && RowSizes[s] > 0)
            {
                diagIndex[s] = orbits.Count;
                orbits.Add(new CellOrbit(OrbitKind.Diagonal, s, Partner[s], RowSizes[s]));
            }
        }
        for (int s = 0; s < r; s++)
        {
            aIndex[s] = -1;
            if (secondLayerTrainable && RowSizes[s] > 0)
            {
                aIndex[s] = orbits.Count;
                orbits.Add(new CellOrbit(OrbitKind.SecondLayer, s, -1, RowSizes[s]));
            }
        }
        Orbits = orbits;
    }

    /// <summary>
    /// The layout of a type at real d: one coupled factor per part, with its size at d, and a rows-only factor for the
    /// extra rows. <paramref name="splits"/> optionally cuts factor f into parts (for the subgroups K_λ that pick out
    /// irreducibles): splits[f] lists the sizes of the parts after the first, which gets the rest.
    /// </summary>
    public static FixedSpaceLayout ForType(FamilyType type, double d, bool secondLayerTrainable, IReadOnlyList<double[]>? splits = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        var factors = new List<LayoutFactor>();
        int count = type.Parts.Count + (type.ExtraRows > 0 ? 1 : 0);
        for (int f = 0; f < count; f++)
        {
            bool extra = f == type.Parts.Count;
            double size = extra ? type.ExtraRows : type.Parts[f].At(d);
            var tail = splits?[f] ?? Array.Empty<double>();
            var parts = new double[1 + tail.Length];
            parts[0] = size - tail.Sum();
            tail.CopyTo(parts, 1);
            factors.Add(new LayoutFactor(extra ? FactorKind.RowsOnly : FactorKind.Coupled, parts));
        }
        return new FixedSpaceLayout(factors, secondLayerTrainable);
    }

    /// <summary>The factors.</summary>
    public IReadOnlyList<LayoutFactor> Factors { get; }

    /// <summary>Whether second-layer weights are coordinates (otherwise a = 1).</summary>
    public bool SecondLayerTrainable { get; }

    /// <summary>Sizes of the row blocks.</summary>
    public double[] RowSizes { get; }

    /// <summary>Sizes of the column blocks.</summary>
    public double[] ColumnSizes { get; }

    /// <summary>The factor of each row block.</summary>
    public int[] RowFactor { get; }

    /// <summary>The part (within its factor) of each row block.</summary>
    public int[] RowPart { get; }

    /// <summary>The factor of each column block.</summary>
    public int[] ColumnFactor { get; }

    /// <summary>The part (within its factor) of each column block.</summary>
    public int[] ColumnPart { get; }

    /// <summary>The column block paired with each row block (−1 for rows-only blocks).</summary>
    public int[] Partner { get; }

    /// <summary>The row block paired with each column block.</summary>
    public int[] ColumnRowBlock { get; }

    /// <summary>Row blocks.</summary>
    public int RowBlockCount => RowSizes.Length;

    /// <summary>Column blocks.</summary>
    public int ColumnBlockCount => ColumnSizes.Length;

    /// <summary>The orbits, in coordinate order: block orbits row by row, then diagonals, then second-layer weights.</summary>
    public IReadOnlyList<CellOrbit> Orbits { get; }

    /// <summary>Number of coordinates (orbits).</summary>
    public int Dimension => Orbits.Count;

    /// <summary>k: the total row count (real).</summary>
    public double K => RowSizes.Sum();

    /// <summary>d: the total column count (real).</summary>
    public double D => ColumnSizes.Sum();

    /// <summary>Coordinate of the block orbit (s, t), or −1 when that orbit is empty.</summary>
    public int BlockIndex(int s, int t) => offIndex[s * ColumnSizes.Length + t];

    /// <summary>Coordinate of the diagonal orbit of row block s, or −1.</summary>
    public int DiagonalIndex(int s) => diagIndex[s];

    /// <summary>Coordinate of the second-layer orbit of row block s, or −1.</summary>
    public int SecondLayerIndex(int s) => aIndex[s];

    /// <summary>A short name of coordinate o (1-based blocks): "W[1,2]" off the diagonal, "diag[1]", "a[1]".</summary>
    public string OrbitName(int o)
    {
        var orbit = Orbits[o];
        return orbit.Kind switch
        {
            OrbitKind.Block => $"W[{orbit.Row + 1},{orbit.Column + 1}]",
            OrbitKind.Diagonal => $"diag[{orbit.Row + 1}]",
            _ => $"a[{orbit.Row + 1}]",
        };
    }

    /// <summary>The teacher's scale on column block t (<see cref="LayoutFactor.TeacherScale"/> of its factor).</summary>
    public double ColumnTeacherScale(int t) => Factors[ColumnFactor[t]].TeacherScale;

    /// <summary>The input's standard deviation on column block t (<see cref="LayoutFactor.InputScale"/> of its factor).</summary>
    public double ColumnInputScale(int t) => Factors[ColumnFactor[t]].InputScale;

    /// <summary>True when every factor has teacher scale 1 and input scale 1 (identity teacher, N(0, I) inputs).</summary>
    public bool IsStandard => Factors.All(f => f.TeacherScale == 1 && f.InputScale == 1);

    /// <summary>
    /// The same layout with every factor f cut into parts: the first keeps its size minus the tail, then one part per
    /// entry of tails[f] (empty: uncut). Scales are inherited. The refined layouts pick out irreducibles (Young
    /// subgroups K_λ).
    /// </summary>
    /// <exception cref="ArgumentException">A factor already has more than one part, or tails has the wrong length.</exception>
    public FixedSpaceLayout Split(IReadOnlyList<double[]> tails)
    {
        ArgumentNullException.ThrowIfNull(tails);
        if (tails.Count != Factors.Count) throw new ArgumentException($"Expected {Factors.Count} tails, one per factor; got {tails.Count}.", nameof(tails));
        var factors = new List<LayoutFactor>();
        for (int f = 0; f < Factors.Count; f++)
        {
            var fac = Factors[f];
            if (fac.PartSizes.Length != 1) throw new ArgumentException($"Factor {f} is already cut into {fac.PartSizes.Length} parts.", nameof(tails));
            var parts = new double[1 + tails[f].Length];
            parts[0] = fac.Size - tails[f].Sum();
            tails[f].CopyTo(parts, 1);
            factors.Add(fac with { PartSizes = parts });
        }
        return new FixedSpaceLayout(factors, SecondLayerTrainable);
    }

    /// <summary>Orbit sizes, the diagonal of JᵀJ for the orbit-indicator matrix J.</summary>
    public double[] OrbitSizes() => Orbits.Select(o => o.Size).ToArray();

    int IYoungOrbitLayout.FactorCount => Factors.Count;

    double IYoungOrbitLayout.FactorSize(int factor) => Factors[factor].Size;

    double IYoungOrbitLayout.RowBlockSize(int s) => RowSizes[s];

    double IYoungOrbitLayout.ColumnBlockSize(int t) => ColumnSizes[t];

    int IYoungOrbitLayout.RowBlockFactor(int s) => RowFactor[s];

    int IYoungOrbitLayout.ColumnBlockFactor(int t) => ColumnFactor[t];

    int IYoungOrbitLayout.PartnerColumn(int s) => Partner[s];

    int IYoungOrbitLayout.PartnerRow(int t) => ColumnRowBlock[t];

    (OrbitKind Kind, int Row, int Column) IYoungOrbitLayout.Orbit(int o) => (Orbits[o].Kind, Orbits[o].Row, Orbits[o].Column);

    double IYoungOrbitLayout.OrbitSize(int o) => Orbits[o].Size;
}
