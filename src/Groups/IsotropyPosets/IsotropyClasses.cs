using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// The conjugacy classes of isotropy subgroups (stabilizers of points) of ΔS_d acting on M(d,d) and
/// of S_k × S_d acting on M(k,d), with their order by inclusion up to conjugacy.
/// </summary>
/// <remarks>
/// A trainable second layer a ∈ ℝᵏ does not change the groups: for an isotropy group H of M(k,d),
/// the stabilizer of a generic point of Fix(H) already keeps every cell orbit of H, and cells in
/// different row orbits lie in different cell orbits, so it keeps H's row orbits and hence the
/// second-layer coordinates a generic point puts on them. Only the fixed dimensions grow, by the
/// number of row orbits. The enumeration indexes every element of Γ, so it is limited to
/// |Γ| ≤ <see cref="MaxAmbientOrder"/> (ΔS_d up to d = 9, S_k × S_d up to 6 × 6, 4 × 8 or 2 × 9);
/// docs/PERFORMANCE.md has the measured times (ΔS_9 and S_5 × S_5 within two minutes on 2 cores).
/// </remarks>
public static class IsotropyClasses
{
    /// <summary>Largest |Γ| enumerated: every element of Γ is visited once per class.</summary>
    public const int MaxAmbientOrder = 1_000_000;

    /// <summary>The isotropy classes of ΔS_d acting as (π, π) on M(d,d) (and ℝᵈ with a second layer).</summary>
    /// <param name="d">The matrix size, 1 ≤ d and d! ≤ <see cref="MaxAmbientOrder"/>.</param>
    /// <param name="secondLayer">Count the second layer's coordinates in the fixed dimensions.</param>
    /// <param name="progress">Receives the classes found and expanded so far, or null.</param>
    /// <param name="cancel">Stops the enumeration with <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">d is below 1 or Γ is too large to enumerate.</exception>
    public static IsotropyPoset OfDiagonal(int d, bool secondLayer = false,
        IProgress<IsotropyEnumerationProgress>? progress = null, CancellationToken cancel = default)
    {
        CheckSize(d, d, diagonal: true);
        return Enumerate(new AmbientGroup(d, d, diagonal: true), secondLayer, progress, cancel);
    }

    /// <summary>The isotropy classes of S_k × S_d acting as (π, ρ) on M(k,d) (and ℝᵏ with a second layer).</summary>
    /// <param name="k">Rows, k ≥ 1.</param>
    /// <param name="d">Columns, d ≥ 1, with k!·d! ≤ <see cref="MaxAmbientOrder"/>.</param>
    /// <param name="secondLayer">Count the second layer's coordinates in the fixed dimensions.</param>
    /// <param name="progress">Receives the classes found and expanded so far, or null.</param>
    /// <param name="cancel">Stops the enumeration with <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">k or d is below 1 or Γ is too large to enumerate.</exception>
    public static IsotropyPoset OfRowsAndColumns(int k, int d, bool secondLayer = false,
        IProgress<IsotropyEnumerationProgress>? progress = null, CancellationToken cancel = default)
    {
        CheckSize(k, d, diagonal: false);
        return Enumerate(new AmbientGroup(k, d, diagonal: false), secondLayer, progress, cancel);
    }

    /// <summary>|Γ|: d! for ΔS_d, k!·d! for S_k × S_d.</summary>
    /// <remarks>Forms the exact factorials: call <see cref="CheckSize"/> first when k or d comes from a user.</remarks>
    public static BigInteger AmbientOrder(int k, int d, bool diagonal)
    {
        if (k < 1 || d < 1) throw new ArgumentOutOfRangeException(nameof(k), $"k and d must be at least 1; got k = {k}, d = {d}.");
        return AmbientGroup.OrderOf(k, d, diagonal);
    }

    internal static IIsotropyEngine Engine { get; set; } = DigraphIsotropyEngine.Instance;

    /// <summary>
    /// Refuses sizes the enumeration cannot handle: k or d below 1, or |Γ| above <see cref="MaxAmbientOrder"/>. Cheap for
    /// any k and d (a huge factorial is never formed; the message gives its size as a power of ten).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The sizes are out of range; the message states the limits.</exception>
    public static void CheckSize(int k, int d, bool diagonal)
    {
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, $"k (rows) must be at least 1; got {k}.");
        if (d < 1) throw new ArgumentOutOfRangeException(nameof(d), d, $"d (columns) must be at least 1; got {d}.");
        // 10! > MaxAmbientOrder, so any factor above 9 decides without forming the product.
        bool tooLarge = k > 9 || d > 9 || AmbientGroup.OrderOf(k, d, diagonal) > MaxAmbientOrder;
        if (tooLarge)
        {
            string what = diagonal ? $"ΔS_{d}" : $"S_{k}×S_{d}";
            throw new ArgumentOutOfRangeException(nameof(d), d,
                $"{what} has {OrderText(k, d, diagonal)} elements; the enumeration visits every element of Γ for each class and stops at {MaxAmbientOrder} " +
                "(ΔS_d up to d = 9, S_k×S_d up to 6×6, 4×8 or 2×9; ΔS_9 takes one to two minutes on 2 cores).");
        }
    }

    // Exact up to 15 digits, otherwise "about 10^N" from Stirling's formula (log10 n! = n log10(n/e) + log10(2πn)/2 + …).
    private static string OrderText(int k, int d, bool diagonal)
    {
        if (k <= 12 && d <= 12) return AmbientGroup.OrderOf(k, d, diagonal).ToString();
        static double Log10Factorial(int n) => n < 2 ? 0 : n * Math.Log10(n / Math.E) + 0.5 * Math.Log10(2 * Math.PI * n);
        double log10 = Log10Factorial(d) + (diagonal ? 0 : Log10Factorial(k));
        return $"about 10^{Math.Floor(log10):0}";
    }

    private static IsotropyPoset Enumerate(AmbientGroup g, bool secondLayer,
        IProgress<IsotropyEnumerationProgress>? progress, CancellationToken cancel)
    {
        var run = new IsotropyEnumerator(g, Engine);
        run.Run(progress, cancel, Math.Max(1, Environment.ProcessorCount));
        var nodes = run.Nodes;
        int n = nodes.Count;
        var info = new (BigInteger Order, int Fixed, int[] Rows, int[] Columns)[n];
        for (int i = 0; i < n; i++)
        {
            var node = nodes[i];
            var rows = g.LineOrbitSizes(node.Generators, rows: true);
            var columns = g.Diagonal ? rows : g.LineOrbitSizes(node.Generators, rows: false);
            int fixedDimension = node.Colouring.Max() + 1 + (secondLayer ? rows.Length : 0);
            info[i] = (node.Order, fixedDimension, rows, columns);
        }
        // Sorted by order, then decreasing fixed dimension, then the partitions; discovery order breaks
        // the remaining ties, and it is deterministic.
        var sorted = Enumerable.Range(0, n).ToArray();
        Array.Sort(sorted, (a, b) =>
        {
            int c = info[a].Order.CompareTo(info[b].Order);
            if (c == 0) c = info[b].Fixed.CompareTo(info[a].Fixed);
            if (c == 0) c = Lexicographic(info[b].Rows, info[a].Rows);
            if (c == 0) c = Lexicographic(info[b].Columns, info[a].Columns);
            return c != 0 ? c : a.CompareTo(b);
        });
        var newId = new int[n];
        for (int i = 0; i < n; i++) newId[sorted[i]] = i;
        var pairs = run.Relation.Select(p => (newId[p.Lower], newId[p.Upper])).ToList();
        var shape = HasseDiagram<int>.FromRelation(Enumerable.Range(0, n), pairs);
        int top = n - 1;
        var classes = new IsotropyClass[n];
        for (int i = 0; i < n; i++)
        {
            var node = nodes[sorted[i]];
            var (order, fixedDimension, rows, columns) = info[sorted[i]];
            var up = shape.UpperCovers(i);
            bool maximal = i != top && up.Length == 1 && up[0] == top;
            classes[i] = new IsotropyClass(i, order, fixedDimension, rows.ToImmutableArray(), columns.ToImmutableArray(),
                maximal, TypeOf(g, node, secondLayer),
                node.Generators.Select(x => new RowColumnPermutation(g.RowPermutation(x), g.ColumnPermutation(x))).ToImmutableArray(),
                node.Colouring.ToImmutableArray());
        }
        var diagram = shape.WithElements(classes);
        return new IsotropyPoset(g.Rows, g.Columns, g.Diagonal, secondLayer, diagram);
    }

    private static int Lexicographic(int[] a, int[] b)
    {
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
            if (a[i] != b[i]) return a[i].CompareTo(b[i]);
        return a.Length.CompareTo(b.Length);
    }

    // Named exactly as the isotropy of a matrix is named, from the group on the points.
    private static IsotropyType TypeOf(AmbientGroup g, IsotropyEnumerator.Node node, bool secondLayer)
    {
        var points = PermutationGroup.CreateWithProvenOrder(g.Points, node.Generators.Select(g.PointPermutation), node.Order);
        var action = g.Diagonal ? IsotropyAction.Diagonal : IsotropyAction.RowsAndColumns;
        return new MatrixIsotropyGroup(g.Rows, g.Columns, secondLayer, action, points).Type;
    }
}
