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
        var gram = new double[k * k];
        var cross = new double[k * kt];
        RowProducts.Gram(x, k, d, gram, parallel);
        RowProducts.MultiplyTransposed(x, k, teacher, kt, d, cross, parallel);
        int width = k + kt;
        var coefficients = gradient is null ? null : new double[k * width]; // [M | −N], row i
        var rowValue = new double[k];
        var rowA = new double[k];

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
            var stacked = new double[d * width];
            var wt = new double[k * d];
            RowProducts.Transpose(x.AsSpan(0, k * d), k, d, wt);
            var vt = new double[kt * d];
            RowProducts.Transpose(teacher, kt, d, vt);
            for (int c = 0; c < d; c++)
            {
                wt.AsSpan(c * k, k).CopyTo(stacked.AsSpan(c * width, k));
                vt.AsSpan(c * kt, kt).CopyTo(stacked.AsSpan(c * width + k, kt));
            }
            var gw = new double[k * d];
            RowProducts.MultiplyTransposed(coefficients!, k, stacked, d, width, gw, parallel);
            Array.Clear(gradient);
            gw.CopyTo(gradient, 0);
            if (trainable) rowA.CopyTo(gradient, k * d);
        }
        double sum = teacherConstant;
        foreach (var r in rowValue) sum += r; // fixed order: equal inputs give equal outputs on any number of threads
        return sum;
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
            var inv2Pi = Vector256.Create(1 / (2 * Math.PI));
            var nan = Vector256.Create(double.NaN);
            for (; j + 4 <= n; j += 4)
            {
                var nj = Vector256.Create(partnerNorms.Slice(j, 4));
                var cos = Vector256.Create(dots.Slice(j, 4)) / (vni * nj);
                var (_, pmt) = VectorAngles.AcosAndSupplement(cos);
                var sin = Vector256.Sqrt(Vector256.Max(Vector256.Create(1.0) - cos * cos, Vector256<double>.Zero));
                var ok = Vector256.GreaterThan(nj, Vector256<double>.Zero)
                    & Vector256.LessThan(Vector256.Abs(cos), Vector256.Create(PairGeometry.NearParallel))
                    & Vector256.GreaterThan(pmt, Vector256.Create(0.25));
                var value = vni * nj * (sin + pmt * cos) * inv2Pi;
                Vector256.ConditionalSelect(ok, value, nan).CopyTo(values.Slice(j, 4));
                Vector256.ConditionalSelect(ok, nj * sin * inv2Pi, nan).CopyTo(alongW.Slice(j, 4));
                Vector256.ConditionalSelect(ok, pmt * nj * inv2Pi, nan).CopyTo(alongV.Slice(j, 4));
            }
            for (; j < n; j++) values[j] = double.NaN; // the tail goes pair by pair
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
