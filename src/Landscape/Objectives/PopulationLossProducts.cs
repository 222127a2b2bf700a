using System.Buffers;
using System.Runtime.Intrinsics;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// Value and gradient of <see cref="TwoLayerPopulationLoss"/> as dense products: the inner products come from the Gram
/// matrices G = W Wᵀ and C = W Vᵀ (<see cref="RowProducts"/>), the kernel and its derivatives are evaluated once per
/// ordered pair from (|wᵢ|, |wᵢ'|, Gᵢᵢ'), and the gradient is one product ∇_W L = [M | −N]·[W; V], where
/// Mᵢᵢ' = aᵢaᵢ' ∂K/∂v̂ (wᵢ, wᵢ')/|wᵢ'| off the diagonal, Mᵢᵢ = (Σ of the ŵᵢ-coefficients)/|wᵢ| and Nᵢⱼ = aᵢuⱼ ∂K/∂v̂ (wᵢ, vⱼ)/|vⱼ|.
/// </summary>
/// <remarks>
/// Cost: (k² + kk')d for the Gram matrices and k(k + k')d for the gradient product, all in SIMD tiles, plus
/// k(k + k') kernel evaluations; the per-pair work spreads over threads by rows. Every number is computed in an order
/// that does not depend on the thread count, so results are bit-identical however many threads run.
/// </remarks>
internal static class PopulationLossProducts
{
    /// <summary>
    /// L at the point, and when <paramref name="gradient"/> is given its gradient (length k·d, plus k when
    /// <paramref name="trainable"/>). <paramref name="x"/> holds W row-major in its first k·d entries.
    /// </summary>
    public static double Evaluate(IPairKernel kernel, int k, int d, int kt, double[] x, double[] norms, double[] a, bool trainable,
        double[] teacher, double[] teacherNorms, double[] u, double teacherConstant, double[]? gradient, bool parallel)
    {
        // Scratch from the shared pool (nothing allocated per call once it is warm): at k = d = 1000 these are megabytes,
        // and at k = d = 100 fresh arrays of this size go to the large-object heap and cost more than the products.
        var pool = ArrayPool<double>.Shared;
        int width = k + kt;
        var gram = pool.Rent(k * k);
        var cross = pool.Rent(k * kt);
        var coefficients = gradient is null ? null : pool.Rent(k * width); // [M | −N], row i
        var rowValue = pool.Rent(k);
        var rowA = pool.Rent(k);
        try
        {
            RowProducts.Gram(x, k, d, gram, parallel);
            RowProducts.MultiplyTransposed(x, k, teacher, kt, d, cross, parallel);
            coefficients?.AsSpan(0, k * width).Clear(); // entries of zero-norm partners stay 0

            void Row(int i)
            {
                var wi = x.AsSpan(i * d, d);
                double ai = a[i], ni = norms[i];
                if (coefficients is null)
                {
                    double r = 0.5 * ai * ai * kernel.Value(PairGeometry.Self(ni));
                    for (int i2 = i + 1; i2 < k; i2++)
                        r += ai * a[i2] * kernel.Value(PairGeometry.Of(wi, x.AsSpan(i2 * d, d), ni, norms[i2], gram[i * k + i2]));
                    for (int j = 0; j < kt; j++)
                        r -= ai * u[j] * kernel.Value(PairGeometry.Of(wi, teacher.AsSpan(j * d, d), ni, teacherNorms[j], cross[i * kt + j]));
                    rowValue[i] = r;
                    return;
                }
                var row = coefficients.AsSpan(i * width, width);
                var self = kernel.Derivatives(PairGeometry.Self(ni));
                // ∇K(w, w) = (∇_w K + ∇_v K) at v = w, all along ŵ.
                double onUnit = 0.5 * ai * ai * (self.GradWAlongW + self.GradWAlongV + self.GradVAlongV + self.GradVAlongW);
                double ga = ai * self.Value, value = 0.5 * ai * ai * self.Value;
                var pairs = ArrayPool<double>.Shared.Rent(3 * width);
                bool fast = kernel is ReluGaussianKernel && ni > 0;
                if (fast) ReluRowTerms(i, k, kt, ni, gram, cross, norms, teacherNorms, pairs.AsSpan(0, 3 * width));
                for (int i2 = 0; i2 < k; i2++)
                {
                    if (i2 == i) continue;
                    var (qValue, alongW, alongV) = fast && !double.IsNaN(pairs[i2]) ? (pairs[i2], pairs[width + i2], pairs[2 * width + i2])
                        : FirstDerivatives(kernel, PairGeometry.Of(wi, x.AsSpan(i2 * d, d), ni, norms[i2], gram[i * k + i2]));
                    double c = ai * a[i2];
                    onUnit += c * alongW;
                    if (norms[i2] > 0) row[i2] = c * alongV / norms[i2];
                    ga += a[i2] * qValue;
                    value += 0.5 * c * qValue;
                }
                for (int j = 0; j < kt; j++)
                {
                    var (qValue, alongW, alongV) = fast && !double.IsNaN(pairs[k + j]) ? (pairs[k + j], pairs[width + k + j], pairs[2 * width + k + j])
                        : FirstDerivatives(kernel, PairGeometry.Of(wi, teacher.AsSpan(j * d, d), ni, teacherNorms[j], cross[i * kt + j]));
                    double c = ai * u[j];
                    onUnit -= c * alongW;
                    if (teacherNorms[j] > 0) row[k + j] = -c * alongV / teacherNorms[j];
                    ga -= u[j] * qValue;
                    value -= c * qValue;
                }
                ArrayPool<double>.Shared.Return(pairs);
                if (ni > 0) row[i] = onUnit / ni;
                rowA[i] = ga;
                rowValue[i] = value;
            }

            if (parallel) Parallel.For(0, k, Row);
            else for (int i = 0; i < k; i++) Row(i);

            if (gradient is not null)
            {
                // [W; V]ᵀ, d × (k + k'), so that ∇_W L = [M | −N]·[W; V] is a row-by-row product.
                var stacked = pool.Rent(d * width);
                var gw = pool.Rent(k * d);
                try
                {
                    TransposeInto(x, k, d, stacked, width, 0);
                    TransposeInto(teacher, kt, d, stacked, width, k);
                    RowProducts.MultiplyTransposed(coefficients!, k, stacked, d, width, gw, parallel);
                    Array.Clear(gradient);
                    Array.Copy(gw, gradient, k * d);
                    if (trainable) Array.Copy(rowA, 0, gradient, k * d, k);
                }
                finally
                {
                    pool.Return(stacked);
                    pool.Return(gw);
                }
            }
            double sum = teacherConstant;
            for (int i = 0; i < k; i++) sum += rowValue[i]; // fixed order: equal inputs give equal outputs on any number of threads
            return sum;
        }
        finally
        {
            pool.Return(gram);
            pool.Return(cross);
            if (coefficients is not null) pool.Return(coefficients);
            pool.Return(rowValue);
            pool.Return(rowA);
        }
    }

    // Columns offset…offset+m−1 of the d × width array t get Aᵀ for A (m×d, row-major): t[c·width + offset + i] = A[i·d + c].
    // In 32 × 32 blocks, so that at d = 1000 neither side is walked with a cache-missing stride for long.
    private static void TransposeInto(double[] a, int m, int d, double[] t, int width, int offset)
    {
        const int block = 32;
        for (int i0 = 0; i0 < m; i0 += block)
            for (int c0 = 0; c0 < d; c0 += block)
                for (int i = i0; i < Math.Min(m, i0 + block); i++)
                    for (int c = c0; c < Math.Min(d, c0 + block); c++)
                        t[c * width + offset + i] = a[i * d + c];
    }

    // The ReLU kernel's K, ∂K/∂ŵ, ∂K/∂v̂ for every partner of row i (students 0..k−1, then teachers), four pairs at a time:
    // cos θ from the Gram entries, θ and π − θ by VectorAngles, sin θ = √(1 − cos²θ). Written to terms as three runs
    // of width k + k' (value, along ŵ, along v̂); a partner the vector path cannot take as accurately as PairGeometry.Of
    // (a zero norm, |cos θ| ≥ NearParallel, or π − θ ≤ 0.25 where AngularFactor switches to its series) gets NaN and is
    // computed pair by pair by the caller. The diagonal entry is never read.
    private static void ReluRowTerms(int i, int k, int kt, double ni, double[] gram, double[] cross, double[] norms, double[] teacherNorms,
        Span<double> terms)
    {
        int width = k + kt;
        Partners(ni, gram.AsSpan(i * k, k), norms.AsSpan(0, k), terms[..width][..k], terms.Slice(width, k), terms.Slice(2 * width, k));
        Partners(ni, cross.AsSpan(i * kt, kt), teacherNorms.AsSpan(0, kt), terms.Slice(k, kt), terms.Slice(width + k, kt), terms.Slice(2 * width + k, kt));

        static void Partners(double ni, ReadOnlySpan<double> dots, ReadOnlySpan<double> partnerNorms, Span<double> values, Span<double> alongW, Span<double> alongV)
        {
            int n = dots.Length, j = 0;
            var vni = Vector256.Create(ni);
            Span<Vector256<double>> cos = stackalloc Vector256<double>[4], theta = stackalloc Vector256<double>[4], pmt = stackalloc Vector256<double>[4];
            // Sixteen partners at a time, so that four arccos series run side by side (the same numbers as one by one).
            for (; j + 16 <= n; j += 16)
            {
                for (int q = 0; q < 4; q++) cos[q] = Vector256.Create(dots.Slice(j + 4 * q, 4)) / (vni * Vector256.Create(partnerNorms.Slice(j + 4 * q, 4)));
                VectorAngles.AcosAndSupplement(cos, theta, pmt);
                for (int q = 0; q < 4; q++) Terms(j + 4 * q, cos[q], pmt[q], vni, partnerNorms, values, alongW, alongV);
            }
            for (; j + 4 <= n; j += 4)
            {
                var c = Vector256.Create(dots.Slice(j, 4)) / (vni * Vector256.Create(partnerNorms.Slice(j, 4)));
                Terms(j, c, VectorAngles.AcosAndSupplement(c).PiMinusTheta, vni, partnerNorms, values, alongW, alongV);
            }
            for (; j < n; j++) values[j] = double.NaN; // the tail goes pair by pair
        }

        // K, ∂K/∂ŵ and ∂K/∂v̂ of partners j..j+3 from their cosines and π − θ; NaN where the pair needs the scalar path.
        static void Terms(int j, Vector256<double> cos, Vector256<double> pmt, Vector256<double> vni, ReadOnlySpan<double> partnerNorms,
            Span<double> values, Span<double> alongW, Span<double> alongV)
        {
            var inv2Pi = Vector256.Create(1 / (2 * Math.PI));
            var nj = Vector256.Create(partnerNorms.Slice(j, 4));
            var sin = Vector256.Sqrt(Vector256.Max(Vector256.Create(1.0) - cos * cos, Vector256<double>.Zero));
            var ok = Vector256.GreaterThan(nj, Vector256<double>.Zero)
                & Vector256.LessThan(Vector256.Abs(cos), Vector256.Create(PairGeometry.NearParallel))
                & Vector256.GreaterThan(pmt, Vector256.Create(0.25));
            var nan = Vector256.Create(double.NaN);
            var value = vni * nj * (sin + pmt * cos) * inv2Pi;
            Vector256.ConditionalSelect(ok, value, nan).CopyTo(values.Slice(j, 4));
            Vector256.ConditionalSelect(ok, nj * sin * inv2Pi, nan).CopyTo(alongW.Slice(j, 4));
            Vector256.ConditionalSelect(ok, pmt * nj * inv2Pi, nan).CopyTo(alongV.Slice(j, 4));
        }
    }

    // K, ∂K/∂ŵ and ∂K/∂v̂ of a pair. The ReLU kernel's are written out (the same formulas as ReluGaussianKernel.Derivatives)
    // because the general call also builds the second derivatives in the frame, which a gradient never reads.
    private static (double Value, double AlongW, double AlongV) FirstDerivatives(IPairKernel kernel, in PairGeometry g)
    {
        if (kernel is ReluGaussianKernel)
        {
            const double twoPi = 2 * Math.PI;
            return (g.NormW * g.NormV * ReluGaussianKernel.AngularFactor(g) / twoPi, g.NormV * g.Sin / twoPi, g.PiMinusTheta * g.NormV / twoPi);
        }
        var q = kernel.Derivatives(g);
        return (q.Value, q.GradWAlongW, q.GradWAlongV);
    }
}
