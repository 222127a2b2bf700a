using System.Numerics;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// The isotropy enumeration's questions answered by <see cref="DigraphAutomorphisms"/>.
/// </summary>
/// <remarks>
/// <para>Closure: Aut_Γ of a cell colouring is the automorphism group of a coloured digraph on the
/// points — for ΔS_d the complete digraph with loops on d vertices, arc (i, j) coloured by cell
/// (i, j); for S_k × S_d the complete bipartite digraph rows → columns with rows and columns in two
/// vertex colours — since colours are fixed labels there, exactly as for a stabilizer.</para>
/// <para>Conjugacy and normaliser: the partition, with its classes unnamed, is encoded as a digraph
/// on points ⊔ cells ⊔ classes (vertex colours tell the sorts apart): arcs row-point → cell,
/// cell → column-point and cell → its class. An isomorphism of two encodings is a map of points
/// (hence an element of Γ, the cells being determined by their row and column) that carries one
/// partition onto the other, whatever the classes are called; its automorphisms restricted to the
/// points are the σ ∈ Γ permuting the classes, the normaliser of the closed group.</para>
/// </remarks>
internal sealed class DigraphIsotropyEngine : IIsotropyEngine
{
    public static readonly DigraphIsotropyEngine Instance = new();

    private const int NoArc = 0, RowArc = 1, ColumnArc = 2, MemberArc = 3;

    public (ulong[] Generators, BigInteger Order) Closure(AmbientGroup g, int[] colouring, CancellationToken cancel)
    {
        var group = DigraphAutomorphisms.Group(PointGraph(g, colouring), cancel);
        return (RestrictToPoints(g, group), group.Order);
    }

    public (object Key, Lazy<ulong[]> Normaliser) Classify(AmbientGroup g, int[] colouring, CancellationToken cancel)
    {
        var canonical = DigraphAutomorphisms.Canonical(PartitionGraph(g, colouring), cancel);
        return (canonical.Graph, new Lazy<ulong[]>(() => RestrictToPoints(g, canonical.Automorphisms)));
    }

    // The search returns every automorphism it met as a generator; the enumeration applies each
    // generator to every element of Γ, so redundant ones are dropped here (sifting on ≤ 16 points).
    internal static ulong[] RestrictToPoints(AmbientGroup g, PermutationGroup group)
    {
        var gens = new List<ulong>();
        var perms = new List<Permutation>();
        var span = PermutationGroup.Trivial(g.Points);
        foreach (var s in group.Generators)
        {
            if (span.Order == group.Order) break;
            var a = new int[g.Points];
            for (int p = 0; p < a.Length; p++) a[p] = s[p];
            var x = Permutation.Trusted(a);
            if (span.Contains(x)) continue;
            perms.Add(x);
            gens.Add(g.FromPointPermutation(x));
            span = PermutationGroup.Create(g.Points, perms);
        }
        return gens.ToArray();
    }

    /// <summary>Vertices = points; colours of cells on arcs (rows → columns for S_k × S_d).</summary>
    internal static ColouredDigraph PointGraph(AmbientGroup g, int[] colouring)
    {
        int n = g.Points, d = g.Columns;
        var vertex = new int[n];
        var arcs = new int[n * n];
        if (g.Diagonal)
        {
            for (int i = 0; i < d; i++)
            {
                vertex[i] = colouring[i * d + i];
                for (int j = 0; j < d; j++) arcs[i * n + j] = colouring[i * d + j];
            }
        }
        else
        {
            for (int j = 0; j < d; j++) vertex[g.Rows + j] = 1;
            for (int i = 0; i < g.Rows; i++)
                for (int j = 0; j < d; j++) arcs[i * n + g.Rows + j] = colouring[i * d + j] + 1;
        }
        return ColouredDigraph.Trusted(vertex, arcs);
    }

    /// <summary>Vertices = points ⊔ cells ⊔ classes, with the classes anonymous.</summary>
    internal static ColouredDigraph PartitionGraph(AmbientGroup g, int[] colouring)
    {
        int points = g.Points, cells = g.Cells, d = g.Columns;
        int classes = 0;
        foreach (var c in colouring) classes = Math.Max(classes, c + 1);
        int n = points + cells + classes;
        var vertex = new int[n];
        var arcs = new int[n * n];
        // Sorts: 0 point (row), 1 column point, 2 cell, 3 class.
        for (int p = 0; p < points; p++) vertex[p] = g.Diagonal || p < g.Rows ? 0 : 1;
        for (int c = 0; c < cells; c++) vertex[points + c] = 2;
        for (int k = 0; k < classes; k++) vertex[points + cells + k] = 3;
        for (int c = 0; c < cells; c++)
        {
            int i = c / d, j = c % d, cell = points + c;
            int row = i, column = g.ColumnOffset + j;
            arcs[row * n + cell] = RowArc;
            arcs[cell * n + column] = ColumnArc;
            arcs[cell * n + points + cells + colouring[c]] = MemberArc;
        }
        _ = NoArc;
        return ColouredDigraph.Trusted(vertex, arcs);
    }
}
