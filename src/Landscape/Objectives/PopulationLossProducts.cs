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
            for (int i2 = 0; i2 < k; i2++)
            {
                if (i2 == i) continue;
                var (qValue, alongW, alongV) = FirstDerivatives(kernel, PairGeometry.Of(wi, x.AsSpan(i2 * d, d), ni, norms[i2], gram[i * k + i2]));
                double c = ai * a[i2];
                onUnit += c * alongW;
                if (norms[i2] > 0) row[i2] = c * alongV / norms[i2];
                ga += a[i2] * qValue;
                value += 0.5 * c * qValue;
            }
            for (int j = 0; j < kt; j++)
            {
                var (qValue, alongW, alongV) = FirstDerivatives(kernel, PairGeometry.Of(wi, teacher.AsSpan(j * d, d), ni, teacherNorms[j], cross[i * kt + j]));
                double c = ai * u[j];
                onUnit -= c * alongW;
                if (teacherNorms[j] > 0) row[k + j] = -c * alongV / teacherNorms[j];
                ga -= u[j] * qValue;
                value -= c * qValue;
            }
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

    // K, ∂K/∂ŵ and ∂K/∂v̂ of a pair. The ReLU kernel's are written out (the same formulas as ReluGaussianKernel.Derivatives)
    // because the general call also builds the second-derivative frame blocks, which a gradient never reads.
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
