using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using Landscape.Symmetry.Groups;
using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Representations;

/// <summary>
/// The fast path: M(d,d) (⊕ ℝᵈ for a trainable second layer) under a diagonal Young subgroup
/// G = ΔS_{B₁} × … × ΔS_{B_r}, where the blocks B_s partition the d rows/columns and σ ∈ G sends cell
/// (i, j) to (σi, σj) and second-layer entry i to σi (cell (i,j) is coordinate i·d + j, entry i is
/// d² + i, as in <see cref="MatrixCellAction"/>). Everything costs O(d²) per vector and the number of
/// vectors does not grow with d, so d in the thousands is fine.
/// </summary>
/// <remarks>
/// <para>Only irreducibles (λ¹, …, λʳ) with Σ_s (|B_s| − λˢ₁) ≤ 2 can occur (M(d,d) = ℝᵈ ⊗ ℝᵈ and
/// ℝ^{B_s} = trivial ⊕ standard). For each candidate λ let K_λ ≤ G be the Young subgroup that splits each
/// block by the rows of λˢ. Its fixed space V^{K_λ} is spanned by orbit indicators (dimension about
/// (number of rows)², independent of d); it holds exactly the constituents μ ⊵ λ (per factor, Kostka
/// K_{μλ} ≠ 0), λ once per copy (K_{λλ} = 1).</para>
/// <para>They are told apart by the central element T = Σ_s Σ_{τ transposition of B_s} (τ − 1), which acts
/// on μ by the scalar Σ_s (content(μˢ) − |B_s|(|B_s|−1)/2): the content sum strictly increases along
/// dominance, so λ has the smallest value and no other μ in V^{K_λ} shares it. T is applied in O(d²)
/// from block row/column sums. The eigenvectors of T on V^{K_λ} for λ's value are the λ-slot: the m_λ
/// vectors whose compression gives the λ-eigenvalues of an equivariant operator (m_λ products), and their
/// number is the multiplicity, exactly (T has integer eigenvalues a distance ≥ 1 apart).</para>
/// </remarks>
public sealed class DiagonalYoungDecomposition : SymmetryAdaptedBasis
{
    private readonly int[] blockOf;
    private readonly int[] blockSize;
    private readonly List<Matrix<double>> slotCoordinates = new();
    private readonly List<int[]> subBlockOf = new();
    private readonly Lazy<IReadOnlyList<Permutation>> generators;
    private ImmutableArray<IrreducibleType> types;

    private DiagonalYoungDecomposition(int d, ImmutableArray<ImmutableArray<int>> blocks, bool secondLayer)
    {
        D = d;
        Blocks = blocks;
        SecondLayer = secondLayer;
        blockOf = new int[d];
        blockSize = blocks.Select(b => b.Length).ToArray();
        for (int s = 0; s < blocks.Length; s++)
            foreach (var i in blocks[s]) blockOf[i] = s;
        generators = new Lazy<IReadOnlyList<Permutation>>(BuildGenerators);
    }

    /// <summary>
    /// The most blocks (singletons included) accepted: each candidate's fixed space has dimension about
    /// (blocks + 2)² and is diagonalised densely.
    /// </summary>
    public const int MaxBlocks = 12;

    /// <summary>
    /// The decomposition for blocks B₁, …, B_r (0-based points, a partition of 0..d−1; singletons may be
    /// omitted). Labels are tuples in block order.
    /// </summary>
    /// <exception cref="ArgumentException">d &lt; 1, or the blocks overlap, leave 0..d−1, or are empty.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static DiagonalYoungDecomposition Create(int d, IReadOnlyList<IReadOnlyList<int>> blocks, bool secondLayer = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (d < 1) throw new ArgumentException($"d must be at least 1; got {d}.", nameof(d));
        if ((long)d * d + (secondLayer ? d : 0) > Permutation.MaxDegree)
            throw new ArgumentException($"M({d},{d}) has more than {Permutation.MaxDegree} cells, the largest permutation degree supported.", nameof(d));
        var seen = new bool[d];
        var list = new List<ImmutableArray<int>>();
        foreach (var block in blocks)
        {
            if (block is null || block.Count == 0) throw new ArgumentException("A block of the Young subgroup is empty.", nameof(blocks));
            foreach (var i in block)
            {
                if (i < 0 || i >= d) throw new ArgumentException($"Block point {i} lies outside 0..{d - 1}.", nameof(blocks));
                if (seen[i]) throw new ArgumentException($"Point {i} lies in two blocks; the blocks must partition 0..{d - 1}.", nameof(blocks));
                seen[i] = true;
            }
            list.Add(block.OrderBy(i => i).ToImmutableArray());
        }
        for (int i = 0; i < d; i++)
            if (!seen[i]) list.Add(ImmutableArray.Create(i));
        if (list.Count > MaxBlocks)
            throw new ArgumentException(
                $"The Young subgroup has {list.Count} blocks (singletons included); the fixed spaces of the fast path have dimension about (blocks + 2)², so it is limited to {MaxBlocks} blocks. Use IsotypicDecomposition for small spaces.",
                nameof(blocks));
        var result = new DiagonalYoungDecomposition(d, list.ToImmutableArray(), secondLayer);
        result.Build(cancellationToken);
        return result;
    }

    /// <summary>Consecutive blocks of the given sizes: S(p₁) x … x S(p_r) with d = Σ pᵢ.</summary>
    /// <exception cref="ArgumentException">No sizes, or a size is not positive.</exception>
    public static DiagonalYoungDecomposition FromFactorSizes(IReadOnlyList<int> factorSizes, bool secondLayer = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factorSizes);
        if (factorSizes.Count == 0) throw new ArgumentException("A Young subgroup needs at least one factor.", nameof(factorSizes));
        if (factorSizes.Any(p => p < 1)) throw new ArgumentException($"Factor sizes must be positive; got ({string.Join(",", factorSizes)}).", nameof(factorSizes));
        var blocks = new List<IReadOnlyList<int>>();
        int start = 0;
        foreach (var p in factorSizes) { blocks.Add(Enumerable.Range(start, p).ToArray()); start += p; }
        return Create(start, blocks, secondLayer, cancellationToken);
    }

    /// <summary>
    /// Recognises a group acting on M(d,d) (⊕ ℝᵈ) that is a diagonal Young subgroup ΔS_{B₁} × … × ΔS_{B_r}
    /// (the blocks are the orbits of its point action) and returns its fast decomposition, or null when it
    /// is not one (or has more than <see cref="MaxBlocks"/> blocks). Every generator must be a diagonal lift (σ, σ); the point group ⟨σ⟩ must then have order
    /// Π |B_s|!, which costs a stabilizer chain on d points.
    /// </summary>
    /// <exception cref="ArgumentException">d &lt; 1 or the group's degree is not d² (+ d).</exception>
    public static DiagonalYoungDecomposition? TryRecognize(PermutationGroup group, int d, bool secondLayer = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (d < 1) throw new ArgumentException($"d must be at least 1; got {d}.", nameof(d));
        long n = (long)d * d + (secondLayer ? d : 0);
        if (group.Degree != n)
            throw new ArgumentException($"The group acts on {group.Degree} points, but M({d},{d}){(secondLayer ? $" ⊕ ℝ^{d}" : "")} has {n} coordinates.", nameof(group));
        var sigmas = new List<Permutation>();
        foreach (var g in group.Generators)
        {
            var images = new int[d];
            for (int i = 0; i < d; i++)
            {
                int cell = g[i * d + i];
                if (cell >= d * d || cell % (d + 1) != 0) return null;
                images[i] = cell / (d + 1);
            }
            var sigma = Permutation.FromImages(images);
            if (MatrixCellAction.Lift(d, d, sigma, sigma, secondLayer) != g) return null;
            sigmas.Add(sigma);
        }
        var points = sigmas.Count == 0 ? PermutationGroup.Trivial(d) : PermutationGroup.Create(d, sigmas);
        var blocks = points.Orbits;
        if (blocks.Length > MaxBlocks) return null;
        BigInteger young = BigInteger.One;
        foreach (var b in blocks) young *= Factorials.Of(b.Length);
        if (points.Order != young) return null;
        return Create(d, blocks.Select(b => (IReadOnlyList<int>)b.ToArray()).ToArray(), secondLayer, cancellationToken);
    }

    /// <summary>d: the matrix is d × d.</summary>
    public int D { get; }

    /// <summary>Whether the d second-layer entries are included.</summary>
    public bool SecondLayer { get; }

    /// <summary>The blocks (sorted points), in label order; points not named in <see cref="Create"/> are singleton blocks at the end.</summary>
    public ImmutableArray<ImmutableArray<int>> Blocks { get; }

    /// <inheritdoc />
    public override int Dimension => D * D + (SecondLayer ? D : 0);

    /// <inheritdoc />
    public override ImmutableArray<IrreducibleType> Types => types;

    /// <inheritdoc />
    public override IReadOnlyList<Permutation> Generators => generators.Value;

    /// <inheritdoc />
    public override double[][] SlotVectors(int typeIndex)
    {
        if (typeIndex < 0 || typeIndex >= types.Length)
            throw new ArgumentOutOfRangeException(nameof(typeIndex), typeIndex, $"There are {types.Length} types.");
        var orbits = new OrbitIndicators(this, subBlockOf[typeIndex]);
        var z = slotCoordinates[typeIndex];
        var vectors = new double[z.ColumnCount][];
        for (int c = 0; c < z.ColumnCount; c++) vectors[c] = orbits.Embed(z.Column(c).AsArray() ?? z.Column(c).ToArray());
        return vectors;
    }

    /// <summary>
    /// y = T·v for the central element T = Σ_s Σ_{τ transposition of B_s} (τ − 1) of the group algebra,
    /// in O(d²) from block row and column sums. T acts on the irreducible μ by Σ_s (content(μˢ) − |B_s|(|B_s|−1)/2).
    /// </summary>
    /// <exception cref="ArgumentException">v or y does not have <see cref="Dimension"/> entries.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ApplyTranspositionSum(ReadOnlySpan<double> v, Span<double> y)
    {
        if (v.Length != Dimension || y.Length != Dimension)
            throw new ArgumentException($"Vectors of this representation have {Dimension} entries; got {v.Length} and {y.Length}.");
        int d = D, r = Blocks.Length;
        var colSum = new double[r * d];
        var rowSum = new double[r * d];
        var diagSum = new double[r];
        for (int a = 0; a < d; a++)
        {
            int s = blockOf[a];
            var row = v.Slice(a * d, d);
            var cs = colSum.AsSpan(s * d, d);
            for (int j = 0; j < d; j++) cs[j] += row[j];
            diagSum[s] += row[a];
        }
        for (int i = 0; i < d; i++)
        {
            var row = v.Slice(i * d, d);
            for (int a = 0; a < d; a++) rowSum[blockOf[a] * d + i] += row[a];
        }
        for (int i = 0; i < d; i++)
        {
            int si = blockOf[i], pi = blockSize[si];
            for (int j = 0; j < d; j++)
            {
                int sj = blockOf[j];
                double vij = v[i * d + j];
                y[i * d + j] = i == j
                    ? diagSum[si] - pi * vij
                    : si != sj
                        ? colSum[si * d + j] + rowSum[sj * d + i] - (pi + blockSize[sj]) * vij
                        : v[j * d + i] + colSum[si * d + j] + rowSum[si * d + i] - v[j * d + j] - v[i * d + i] - (2 * pi - 1) * vij;
            }
        }
        if (!SecondLayer) return;
        var xSum = new double[r];
        for (int i = 0; i < d; i++) xSum[blockOf[i]] += v[d * d + i];
        for (int i = 0; i < d; i++) y[d * d + i] = xSum[blockOf[i]] - blockSize[blockOf[i]] * v[d * d + i];
    }

    /// <summary>
    /// The matrix of <see cref="ApplyTranspositionSum"/> on V^{K_λ} in the orthonormal orbit basis, either
    /// from the orbit model (O(b³) per column, what the decomposition uses) or by embedding each basis
    /// vector and applying the O(d²) map (an independent check for tests).
    /// </summary>
    internal Matrix<double> FixedSpaceTranspositionSum(PartitionTuple label, bool byEmbedding)
    {
        var orbits = new OrbitIndicators(this, SubBlocks(label));
        if (!byEmbedding) return orbits.TranspositionSumMatrix();
        int k = orbits.Count;
        var t = Matrix<double>.Build.Dense(k, k);
        var e = new double[k];
        var y = new double[Dimension];
        for (int o = 0; o < k; o++)
        {
            Array.Clear(e);
            e[o] = 1;
            ApplyTranspositionSum(orbits.Embed(e), y);
            var c = orbits.Coordinates(y);
            for (int p = 0; p < k; p++) t[p, o] = c[p];
        }
        return t;
    }

    /// <summary>Σ over the boxes (row r, column c) of λ of c − r (0-based).</summary>
    internal static long ContentSum(Partition lambda)
    {
        long sum = 0;
        for (int r = 0; r < lambda.Length; r++)
        {
            long p = lambda.Parts[r];
            sum += p * (p - 1) / 2 - (long)r * p;
        }
        return sum;
    }

    private void Build(CancellationToken cancellationToken)
    {
        var found = new List<IrreducibleType>();
        BigInteger total = BigInteger.Zero;
        foreach (var label in Candidates())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sub = SubBlocks(label);
            var orbits = new OrbitIndicators(this, sub);
            int k = orbits.Count;
            var t = orbits.TranspositionSumMatrix();
            long target = 0;
            for (int s = 0; s < label.Count; s++)
                target += ContentSum(label[s]) - (long)blockSize[s] * (blockSize[s] - 1) / 2;
            var evd = ((t + t.Transpose()) * 0.5).Evd(Symmetricity.Symmetric);
            var columns = new List<int>();
            for (int i = 0; i < k; i++)
            {
                double ev = evd.EigenValues[i].Real;
                if (Math.Abs(ev - Math.Round(ev)) > 1e-6 * Math.Max(1, Math.Abs(ev)) || ev < target - 0.5)
                    throw new InvalidOperationException(
                        $"Internal error: the transposition sum has eigenvalue {ev} on the fixed space of the Young subgroup of {label}; expected integers ≥ {target}.");
                if (Math.Abs(ev - target) < 0.5) columns.Add(i);
            }
            if (columns.Count == 0) continue;
            var z = Matrix<double>.Build.Dense(k, columns.Count, (row, col) => evd.EigenVectors[row, columns[col]]);
            var degree = ProductCharacters.Degree(label);
            total += degree * columns.Count;
            found.Add(new IrreducibleType(label.ToString(), label, (long)degree, columns.Count, 1, ImmutableArray<double>.Empty));
            slotCoordinates.Add(z);
            subBlockOf.Add(sub);
        }
        if (total != Dimension)
            throw new InvalidOperationException(
                $"Internal error: the constituents found have total dimension {total}, not {Dimension}.");
        types = found.ToImmutableArray();
    }

    /// <summary>Tuples with Σ_s (|B_s| − λˢ₁) ≤ 2, in the order of <see cref="ProductCharacters.Labels"/> (trivial first).</summary>
    private IEnumerable<PartitionTuple> Candidates()
    {
        int r = Blocks.Length;
        var options = new List<(int Removed, Partition Shape)>[r];
        for (int s = 0; s < r; s++)
        {
            int p = blockSize[s];
            options[s] = new() { (0, Partition.Of(p)) };
            if (p >= 2) options[s].Add((1, Partition.Of(p - 1, 1)));
            if (p >= 4) options[s].Add((2, Partition.Of(p - 2, 2)));
            if (p >= 3) options[s].Add((2, Partition.Of(p - 2, 1, 1)));
        }
        var chosen = new Partition[r];
        var result = new List<PartitionTuple>();
        void Walk(int s, int budget)
        {
            if (s == r) { result.Add(new PartitionTuple(chosen)); return; }
            foreach (var (removed, shape) in options[s])
            {
                if (removed > budget) continue;
                chosen[s] = shape;
                Walk(s + 1, budget - removed);
            }
        }
        // Only blocks with p ≥ 2 branch, so this is O(r²) tuples even for many singleton blocks.
        Walk(0, 2);
        result.Sort((a, b) =>
        {
            for (int s = 0; s < r; s++)
            {
                int c = b[s].CompareTo(a[s]);
                if (c != 0) return c;
            }
            return 0;
        });
        return result;
    }

    /// <summary>The sub-block of each point for K_λ: block s is cut, in sorted order, into runs of the rows of λˢ.</summary>
    private int[] SubBlocks(PartitionTuple label)
    {
        var sub = new int[D];
        int next = 0;
        for (int s = 0; s < Blocks.Length; s++)
        {
            int pos = 0;
            foreach (var part in label[s].Parts)
            {
                for (int t = 0; t < part; t++) sub[Blocks[s][pos++]] = next;
                next++;
            }
        }
        return sub;
    }

    private IReadOnlyList<Permutation> BuildGenerators()
    {
        var gens = new List<Permutation>();
        foreach (var block in Blocks)
        {
            if (block.Length < 2) continue;
            var swap = Permutation.FromCycles(D, new[] { block[0], block[1] });
            gens.Add(MatrixCellAction.Lift(D, D, swap, swap, SecondLayer));
            if (block.Length > 2)
            {
                var cycle = Permutation.FromCycles(D, block.ToArray());
                gens.Add(MatrixCellAction.Lift(D, D, cycle, cycle, SecondLayer));
            }
        }
        return gens;
    }

    /// <summary>
    /// The orthonormal orbit-indicator basis of V^K for a Young subgroup K given by sub-blocks:
    /// cells (i,j) in different sub-blocks (x,y), off-diagonal and diagonal cells of one sub-block,
    /// and second-layer entries per sub-block; empty orbits (off-diagonal of a singleton) dropped.
    /// </summary>
    private sealed class OrbitIndicators : IYoungOrbitLayout
    {
        private readonly DiagonalYoungDecomposition owner;
        private readonly int[] sub;
        private readonly int b;
        private readonly int[] compact;
        private readonly int[] rawOf;
        private readonly double[] invSqrtSize;
        private readonly long[] size;
        private readonly long[] rawSize;
        private readonly int[] parent;

        public OrbitIndicators(DiagonalYoungDecomposition owner, int[] sub)
        {
            this.owner = owner;
            this.sub = sub;
            b = sub.Length == 0 ? 0 : sub.Max() + 1;
            size = new long[b];
            parent = new int[b];
            for (int i = 0; i < sub.Length; i++) { size[sub[i]]++; parent[sub[i]] = owner.blockOf[i]; }
            int raw = b * b + b + (owner.SecondLayer ? b : 0);
            rawSize = new long[raw];
            for (int x = 0; x < b; x++)
            {
                for (int y = 0; y < b; y++) rawSize[x * b + y] = x == y ? size[x] * (size[x] - 1) : size[x] * size[y];
                rawSize[b * b + x] = size[x];
                if (owner.SecondLayer) rawSize[b * b + b + x] = size[x];
            }
            compact = new int[raw];
            var inv = new List<double>();
            var rawOfCompact = new List<int>();
            for (int o = 0; o < raw; o++)
            {
                if (rawSize[o] == 0) { compact[o] = -1; continue; }
                compact[o] = inv.Count;
                inv.Add(1 / Math.Sqrt(rawSize[o]));
                rawOfCompact.Add(o);
            }
            invSqrtSize = inv.ToArray();
            rawOf = rawOfCompact.ToArray();
        }

        public int Count => invSqrtSize.Length;

        /// <summary>T on V^K in the orthonormal orbit basis, from orbit values (no vector of length n is touched).</summary>
        public Matrix<double> TranspositionSumMatrix() => TranspositionSum.Matrix(this);

        // The orbit layout: factor s is block s of the Young subgroup, row and column block x is sub-block x (paired
        // with itself); orbits are numbered as the compact basis numbers them.
        public int Dimension => Count;

        public int FactorCount => owner.Blocks.Length;

        public double FactorSize(int factor) => owner.blockSize[factor];

        public int RowBlockCount => b;

        public int ColumnBlockCount => b;

        public double RowBlockSize(int s) => size[s];

        public double ColumnBlockSize(int t) => size[t];

        public int RowBlockFactor(int s) => parent[s];

        public int ColumnBlockFactor(int t) => parent[t];

        public int PartnerColumn(int s) => s;

        public int PartnerRow(int t) => t;

        public (OrbitKind Kind, int Row, int Column) Orbit(int o)
        {
            int raw = rawOf[o];
            if (raw < b * b) return (OrbitKind.Block, raw / b, raw % b);
            if (raw < b * b + b) return (OrbitKind.Diagonal, raw - b * b, raw - b * b);
            return (OrbitKind.SecondLayer, raw - b * b - b, -1);
        }

        public double OrbitSize(int o) => rawSize[rawOf[o]];

        public int BlockIndex(int s, int t) => compact[s * b + t];

        public int DiagonalIndex(int s) => compact[b * b + s];

        public int SecondLayerIndex(int s) => owner.SecondLayer ? compact[b * b + b + s] : -1;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public double[] Coordinates(ReadOnlySpan<double> v)
        {
            int d = owner.D;
            var sums = new double[compact.Length];
            for (int i = 0; i < d; i++)
            {
                int rowBase = sub[i] * b;
                var row = v.Slice(i * d, d);
                for (int j = 0; j < d; j++) sums[rowBase + sub[j]] += row[j];
                // The diagonal cell was counted as off-diagonal of its sub-block; move it.
                sums[rowBase + sub[i]] -= row[i];
                sums[b * b + sub[i]] += row[i];
                if (owner.SecondLayer) sums[b * b + b + sub[i]] += v[d * d + i];
            }
            var c = new double[Count];
            for (int o = 0; o < compact.Length; o++)
                if (compact[o] >= 0) c[compact[o]] = sums[o] * invSqrtSize[compact[o]];
            return c;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public double[] Embed(ReadOnlySpan<double> c)
        {
            int d = owner.D;
            var value = new double[compact.Length];
            for (int o = 0; o < compact.Length; o++)
                if (compact[o] >= 0) value[o] = c[compact[o]] * invSqrtSize[compact[o]];
            var v = new double[owner.Dimension];
            for (int i = 0; i < d; i++)
            {
                int rowBase = sub[i] * b;
                var row = v.AsSpan(i * d, d);
                for (int j = 0; j < d; j++) row[j] = value[rowBase + sub[j]];
                row[i] = value[b * b + sub[i]];
                if (owner.SecondLayer) v[d * d + i] = value[b * b + b + sub[i]];
            }
            return v;
        }
    }
}
