using System.Runtime.CompilerServices;

namespace Landscape.Symmetry.Representations.Tests.Naive;

/// <summary>
/// Random symmetric operators that commute with a diagonal Young subgroup on M(d,d) ⊕ ℝᵈ and apply in
/// O(d²): test operators for the block spectrum at d in the thousands, where no dense matrix fits. Test support,
/// compiled into the tests and (linked) into bench/Benchmarks; not part of the shipped library.
/// </summary>
/// <remarks>
/// A = M₁ + (M₂T + TM₂) + RM₃R + CM₄C + (RM₅C + CM₅R) + (E + Eᵀ) + (F + Fᵀ) + N + βS, with random
/// coefficients: T transposes W; R and C sum W along the row or column inside the block of the other
/// index ((RW)ᵢⱼ = Σ_{a∈B(j)} W_{ia}, (CW)ᵢⱼ = Σ_{a∈B(i)} W_{aj}, both self-adjoint); Mₖ multiply
/// entry (i,j) by a coefficient of (block of i, block of j, i = j); E and F send the second layer x to
/// the cells ((Ex)ᵢⱼ = e·xᵢ, (Fx)ᵢⱼ = f·xⱼ); N multiplies x by a per-block coefficient and S sums x
/// inside each block. Every term is symmetric and commutes with block-preserving σ acting by
/// (σW)_{σi,σj} = Wᵢⱼ, (σx)_{σi} = xᵢ.
/// </remarks>
public static class RandomEquivariantOperator
{
    /// <summary>
    /// A random operator commuting with the group of <paramref name="decomposition"/>, from
    /// <paramref name="seed"/>. It keeps scratch buffers, so one instance must not be applied from two
    /// threads at once.
    /// </summary>
    public static SymmetricOperator ForDiagonalYoung(DiagonalYoungDecomposition decomposition, int seed)
    {
        ArgumentNullException.ThrowIfNull(decomposition);
        var terms = new Terms(decomposition, seed);
        return new SymmetricOperator(decomposition.Dimension, terms.Apply);
    }

    private sealed class Terms
    {
        private readonly int d, r;
        private readonly bool layer;
        private readonly int[] blockOf;
        private readonly double[][] masks;
        private readonly double[] e, f, nx;
        private readonly double beta;
        private readonly double[] t1, t2, t3, sums;

        public Terms(DiagonalYoungDecomposition decomposition, int seed)
        {
            d = decomposition.D;
            r = decomposition.Blocks.Length;
            layer = decomposition.SecondLayer;
            blockOf = new int[d];
            for (int s = 0; s < r; s++)
                foreach (var i in decomposition.Blocks[s]) blockOf[i] = s;
            var random = new Random(seed);
            double[] Mask() => Enumerable.Range(0, r * r * 2).Select(_ => random.NextDouble() * 2 - 1).ToArray();
            masks = Enumerable.Range(0, 5).Select(_ => Mask()).ToArray();
            e = Mask();
            f = Mask();
            nx = Enumerable.Range(0, r).Select(_ => random.NextDouble() * 2 - 1).ToArray();
            beta = random.NextDouble() * 2 - 1;
            t1 = new double[d * d];
            t2 = new double[d * d];
            t3 = new double[d * d];
            sums = new double[d * r];
        }

        private int Key(int i, int j) => (blockOf[i] * r + blockOf[j]) * 2 + (i == j ? 1 : 0);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Apply(ReadOnlySpan<double> v, Span<double> y)
        {
            int cells = d * d;
            var w = v[..cells];
            var output = y[..cells];
            Mask(masks[0], w, output);
            // M₂T + TM₂
            Transpose(w, t1); Mask(masks[1], t1, t2); Add(output, t2);
            Mask(masks[1], w, t1); Transpose(t1, t2); Add(output, t2);
            // RM₃R and CM₄C
            RowSums(w, t1); Mask(masks[2], t1, t2); RowSums(t2, t3); Add(output, t3);
            ColumnSums(w, t1); Mask(masks[3], t1, t2); ColumnSums(t2, t3); Add(output, t3);
            // RM₅C + CM₅R
            ColumnSums(w, t1); Mask(masks[4], t1, t2); RowSums(t2, t3); Add(output, t3);
            RowSums(w, t1); Mask(masks[4], t1, t2); ColumnSums(t2, t3); Add(output, t3);
            if (!layer) return;
            var x = v[cells..];
            var yx = y[cells..];
            for (int i = 0; i < d; i++)
            {
                double sx = 0;
                for (int j = 0; j < d; j++)
                {
                    // E + Eᵀ and F + Fᵀ
                    int ij = Key(i, j), ji = Key(j, i);
                    output[i * d + j] += e[ij] * x[i] + f[ij] * x[j];
                    sx += e[ij] * w[i * d + j] + f[ji] * w[j * d + i];
                }
                yx[i] = sx + nx[blockOf[i]] * x[i];
            }
            var blockSums = new double[r];
            for (int i = 0; i < d; i++) blockSums[blockOf[i]] += x[i];
            for (int i = 0; i < d; i++) yx[i] += beta * blockSums[blockOf[i]];
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Mask(double[] mask, ReadOnlySpan<double> w, Span<double> y)
        {
            for (int i = 0; i < d; i++)
            {
                int rowKey = blockOf[i] * r;
                for (int j = 0; j < d; j++) y[i * d + j] = mask[(rowKey + blockOf[j]) * 2] * w[i * d + j];
                y[i * d + i] = mask[(rowKey + blockOf[i]) * 2 + 1] * w[i * d + i];
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Transpose(ReadOnlySpan<double> w, Span<double> y)
        {
            const int Tile = 32;
            for (int i0 = 0; i0 < d; i0 += Tile)
                for (int j0 = 0; j0 < d; j0 += Tile)
                    for (int i = i0; i < Math.Min(i0 + Tile, d); i++)
                        for (int j = j0; j < Math.Min(j0 + Tile, d); j++) y[j * d + i] = w[i * d + j];
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void RowSums(ReadOnlySpan<double> w, Span<double> y)
        {
            Array.Clear(sums);
            for (int i = 0; i < d; i++)
                for (int a = 0; a < d; a++) sums[i * r + blockOf[a]] += w[i * d + a];
            for (int i = 0; i < d; i++)
                for (int j = 0; j < d; j++) y[i * d + j] = sums[i * r + blockOf[j]];
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ColumnSums(ReadOnlySpan<double> w, Span<double> y)
        {
            Array.Clear(sums);
            for (int a = 0; a < d; a++)
                for (int j = 0; j < d; j++) sums[blockOf[a] * d + j] += w[a * d + j];
            for (int i = 0; i < d; i++)
                for (int j = 0; j < d; j++) y[i * d + j] = sums[blockOf[i] * d + j];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Add(Span<double> target, ReadOnlySpan<double> source)
    {
        for (int i = 0; i < target.Length; i++) target[i] += source[i];
    }
}
