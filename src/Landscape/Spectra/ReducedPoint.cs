using Landscape.Symmetry.Groups;
using Landscape.Symmetry.Representations;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// A point of the full two-layer model (k = d, diagonal teacher, teacher second layer 1, standard Gaussian inputs)
/// recognised as block constant for a diagonal Young partition of the indices — the same permutation on rows and
/// columns, each block inside one run of equal teacher entries — and read as orbit coordinates of that block layout.
/// Everything the commands need there (loss, gradient norm, Hessian spectrum by irreducible) then comes from
/// <see cref="ReducedPopulationLoss"/> at a cost independent of d; finding the blocks is O(d²) in the entries.
/// </summary>
/// <param name="Layout">One coupled factor per block (teacher scale of its columns).</param>
/// <param name="Coordinates">Orbit means of the point (the point itself when it is exactly block constant).</param>
/// <param name="Blocks">The 0-based indices of each block, in layout order.</param>
/// <param name="MovedBy">max |x − orbit average|: how far the point is from being block constant (≤ the tolerance).</param>
public sealed record ReducedPoint(FixedSpaceLayout Layout, double[] Coordinates, IReadOnlyList<int[]> Blocks, double MovedBy)
{
    /// <summary>Most blocks the recognition accepts (beyond that the reduced model is no cheaper than the isotypic path).</summary>
    public const int MaxBlocks = 24;

    /// <summary>The block sizes, in layout order.</summary>
    public int[] Parts => Layout.Factors.Select(f => (int)Math.Round(f.Size)).ToArray();

    /// <summary>
    /// |isotropy| in S_k × S_d as read from the blocks: Π pᵢ! times m! for each set of m blocks that can be exchanged as
    /// wholes (equal sizes and values). The blocks are the coarsest equitable partition, so no two can be merged.
    /// </summary>
    public System.Numerics.BigInteger IsotropyOrder()
    {
        var point = BlockPoint.Of(Layout, Coordinates);
        var order = Parts.Aggregate(System.Numerics.BigInteger.One, (acc, p) => acc * Factorials.Of(p));
        foreach (var m in point.ExchangeableSets(10 * PointIsotropy.DefaultTolerance)) order *= Factorials.Of(m);
        return order;
    }

    /// <summary>
    /// |S_k × G_cols|: the joint symmetry of the model as the blocks show it, G_cols the permutations of columns with
    /// equal (teacher, input) scales — k!·Π (columns of one scale class)!. For V = I_d and standard inputs, k!·d!.
    /// </summary>
    public System.Numerics.BigInteger SymmetryOrder()
    {
        var classes = new Dictionary<(double, double), int>();
        foreach (var f in Layout.Factors)
        {
            var key = (f.TeacherScale, f.InputScale);
            classes[key] = classes.GetValueOrDefault(key) + (int)Math.Round(f.Size);
        }
        int k = Blocks.Sum(b => b.Length);
        return classes.Values.Aggregate(Factorials.Of(k), (acc, n) => acc * Factorials.Of(n));
    }

    /// <summary>
    /// The loss and the full gradient ∇L (one entry per parameter, in the point's own indexing) at the orbit average:
    /// the gradient is constant on every orbit, the reduced gradient's entry divided by the orbit's size.
    /// </summary>
    public (double Loss, double[] Gradient) FullGradient(IPairKernel kernel)
    {
        var loss = Loss(kernel);
        var g = new double[Layout.Dimension];
        double value = loss.Gradient(Coordinates, g);
        int d = Blocks.Sum(b => b.Length);
        var blockOf = new int[d];
        for (int b = 0; b < Blocks.Count; b++) foreach (var i in Blocks[b]) blockOf[i] = b;
        var size = Layout.OrbitSizes();
        var full = new double[d * d + (Layout.SecondLayerTrainable ? d : 0)];
        for (int i = 0; i < d; i++)
        {
            for (int j = 0; j < d; j++)
            {
                int o = i == j ? Layout.DiagonalIndex(blockOf[i]) : Layout.BlockIndex(blockOf[i], blockOf[j]);
                full[i * d + j] = g[o] / size[o];
            }
            if (Layout.SecondLayerTrainable) { int o = Layout.SecondLayerIndex(blockOf[i]); full[d * d + i] = g[o] / size[o]; }
        }
        return (value, full);
    }

    /// <summary>
    /// The point these block values stand for, in the original point's own indexing (W row-major, then a): every entry
    /// replaced by its orbit's mean. One pass over the d² cells.
    /// </summary>
    public double[] OrbitAverage()
    {
        int d = Blocks.Sum(b => b.Length);
        var blockOf = new int[d];
        for (int b = 0; b < Blocks.Count; b++) foreach (var i in Blocks[b]) blockOf[i] = b;
        int r = Blocks.Count;
        var x = new double[d * d + (Layout.SecondLayerTrainable ? d : 0)];
        var offDiagonal = new double[r * r];
        for (int s = 0; s < r; s++)
            for (int t = 0; t < r; t++)
                offDiagonal[s * r + t] = Layout.BlockIndex(s, t) is var o and >= 0 ? Coordinates[o] : double.NaN;
        for (int i = 0; i < d; i++)
        {
            var row = x.AsSpan(i * d, d);
            var values = offDiagonal.AsSpan(blockOf[i] * r, r);
            for (int j = 0; j < d; j++) row[j] = values[blockOf[j]];
            row[i] = Coordinates[Layout.DiagonalIndex(blockOf[i])];
            if (Layout.SecondLayerTrainable) x[d * d + i] = Coordinates[Layout.SecondLayerIndex(blockOf[i])];
        }
        return x;
    }

    /// <summary>The loss restricted to the layout's fixed space.</summary>
    public ReducedPopulationLoss Loss(IPairKernel kernel) => new(kernel, Layout);

    /// <summary>
    /// The blocks of x, or null when x is not within <paramref name="tolerance"/> of a block-constant point of a
    /// diagonal Young type with at most <see cref="MaxBlocks"/> blocks and some block of two or more indices, or the model
    /// is not of the kind described above.
    /// </summary>
    public static ReducedPoint? TryRead(IReducibleObjective model, double[] x, double tolerance = PointIsotropy.DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(x);
        var layout = model.Layout;
        int d = layout.D;
        if (layout.K != d || x.Length != layout.Dimension || model.ReducibleTerms() is not { } terms) return null;
        var teacher = terms.TeacherDiagonal;
        var sigma = terms.InputScales;
        bool trainable = layout.SecondLayerTrainable;
        double W(int i, int j) => x[i * d + j];
        double A(int i) => trainable ? x[d * d + i] : 1;

        // Start from (teacher entry, diagonal entry, a) classes, then refine by block means of each row and column
        // until stable: rows of one block of a block-constant point have equal means, so they are never split.
        // Teacher and input scales are exact model constants: scaled far apart so that unequal ones never share a class.
        var block = Classes(Enumerable.Range(0, d).Select(i => new[] { teacher[i] * 1e6, sigma[i] * 1e6, W(i, i), A(i) }).ToArray(), tolerance);
        for (int round = 0; round < 8; round++)
        {
            int r = block.Max() + 1;
            if (r > MaxBlocks) return null;
            var count = new int[r];
            foreach (var b in block) count[b]++;
            var signature = new double[d][];
            for (int i = 0; i < d; i++)
            {
                var s = new double[2 * r + 1];
                s[2 * r] = block[i];
                for (int j = 0; j < d; j++)
                {
                    if (j == i) continue;
                    s[block[j]] += W(i, j);
                    s[r + block[j]] += W(j, i);
                }
                for (int t = 0; t < r; t++)
                {
                    double n = count[t] - (t == block[i] ? 1 : 0);
                    if (n > 0) { s[t] /= n; s[r + t] /= n; }
                }
                s[2 * r] *= 1e6; // keep the previous partition: refine, never merge
                signature[i] = s;
            }
            var next = Classes(signature, tolerance);
            if (next.Max() == block.Max()) { block = next; break; }
            block = next;
        }
        int blocks = block.Max() + 1;
        if (blocks > MaxBlocks || blocks == d) return null; // no symmetry at all: nothing to reduce
        var members = Enumerable.Range(0, blocks).Select(b => Enumerable.Range(0, d).Where(i => block[i] == b).ToArray()).ToArray();
        var factors = members.Select(m => new LayoutFactor(FactorKind.Coupled, new double[] { m.Length }) { TeacherScale = teacher[m[0]], InputScale = sigma[m[0]] }).ToArray();
        var reduced = new FixedSpaceLayout(factors, trainable);
        // Orbit means, and the largest deviation from them.
        var sum = new double[reduced.Dimension];
        var cells = new double[reduced.Dimension];
        void Add(int o, double v) { sum[o] += v; cells[o]++; }
        for (int i = 0; i < d; i++)
        {
            for (int j = 0; j < d; j++)
                Add(i == j ? reduced.DiagonalIndex(block[i]) : reduced.BlockIndex(block[i], block[j]), W(i, j));
            if (trainable) Add(reduced.SecondLayerIndex(block[i]), A(i));
        }
        var coords = sum.Select((v, o) => v / cells[o]).ToArray();
        double moved = 0;
        for (int i = 0; i < d; i++)
        {
            for (int j = 0; j < d; j++)
                moved = Math.Max(moved, Math.Abs(W(i, j) - coords[i == j ? reduced.DiagonalIndex(block[i]) : reduced.BlockIndex(block[i], block[j])]));
            if (trainable) moved = Math.Max(moved, Math.Abs(A(i) - coords[reduced.SecondLayerIndex(block[i])]));
        }
        if (moved > tolerance) return null;
        return new ReducedPoint(reduced, coords, members, moved);
    }

    // Classes of vectors equal within tol in every entry: sort by the first entry, then group greedily (a class is the
    // set within tol of its first member, so classes of a block-constant point come out whole).
    private static int[] Classes(double[][] keys, double tol)
    {
        int n = keys.Length;
        var label = Enumerable.Repeat(-1, n).ToArray();
        var order = Enumerable.Range(0, n).OrderBy(i => keys[i][0]).ToArray();
        var representatives = new List<int>();
        foreach (int i in order)
        {
            for (int index = 0; index < representatives.Count; index++)
            {
                var (a, b) = (keys[i], keys[representatives[index]]);
                bool same = true;
                for (int e = 0; e < a.Length && same; e++) same = Math.Abs(a[e] - b[e]) <= tol;
                if (same) { label[i] = index; break; }
            }
            if (label[i] >= 0) continue;
            label[i] = representatives.Count;
            representatives.Add(i);
            if (representatives.Count > MaxBlocks) return Enumerable.Range(0, n).ToArray();
        }
        // Relabel in order of first index so block order follows the indices.
        var first = new Dictionary<int, int>();
        var result = new int[n];
        for (int i = 0; i < n; i++)
        {
            if (!first.TryGetValue(label[i], out int b)) first[label[i]] = b = first.Count;
            result[i] = b;
        }
        return result;
    }

    /// <summary>The spectrum by irreducible as a <see cref="IsotypicSpectrum"/>: labels are partition tuples <c>([p−|τ|,τ],…)</c> of the blocks' groups.</summary>
    public IsotypicSpectrum Spectrum(IPairKernel kernel, CancellationToken cancellationToken = default)
    {
        var spectra = ReducedSpectrum.Compute(kernel, Layout, Coordinates, cancellationToken);
        var sizes = Layout.Factors.Select(f => (int)Math.Round(f.Size)).ToArray();
        var values = new List<SpectralValue>();
        foreach (var b in spectra)
        {
            var tuple = new PartitionTuple(b.Label.Tails.Select((tail, f) => new Partition(new[] { sizes[f] - tail.Sum() }.Concat(tail))));
            long degree = (long)Math.Round(b.Dimension);
            var type = new IrreducibleType(tuple.ToString(), tuple, degree, b.Eigenvalues.Length, 1, System.Collections.Immutable.ImmutableArray<double>.Empty);
            values.AddRange(b.Eigenvalues.Select(e => new SpectralValue(e, degree, type)));
        }
        return IsotypicSpectrum.FromValues(values, 0);
    }
}
