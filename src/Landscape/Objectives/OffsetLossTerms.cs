namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The part c S M + ½ c² S² of a two-layer population loss that an <see cref="IOffsetPairKernel"/> carries apart
/// (S = Σ aᵢ − Σ uⱼ, M = Σ aᵢ m(|wᵢ|) − Σ uⱼ m(|vⱼ|)), with its gradient, Hessian–vector product and Hessian.
/// </summary>
/// <remarks>
/// With m_i = m(|wᵢ|): ∂/∂wᵢ = c S aᵢ m'ᵢ ŵᵢ; ∂/∂aᵢ = c (M + S mᵢ + c S); ∂²/∂wᵢ² = c S aᵢ (m''ᵢ ŵᵢŵᵢᵀ + (m'ᵢ/|wᵢ|)(I − ŵᵢŵᵢᵀ));
/// ∂²/∂wᵢ∂aⱼ = c m'ᵢ ŵᵢ (aᵢ + S δᵢⱼ); ∂²/∂aᵢ∂aⱼ = c (mᵢ + mⱼ + c). A result beyond the double range (c² S² at
/// β = 1e-300) is refused rather than returned as ∞.
/// </remarks>
internal sealed class OffsetLossTerms
{
    private readonly double c, s, sumA;
    private readonly MeanKernel[] mean;
    private readonly double[] a;
    private readonly double m;

    public OffsetLossTerms(IOffsetPairKernel kernel, double[] norms, double[] a, double teacherSum, double teacherMean)
    {
        c = kernel.Offset;
        this.a = a;
        mean = new MeanKernel[norms.Length];
        double am = 0;
        for (int i = 0; i < norms.Length; i++)
        {
            mean[i] = kernel.Mean(norms[i]);
            am += a[i] * mean[i].Value;
            sumA += a[i];
        }
        s = sumA - teacherSum;
        m = am - teacherMean;
    }

    private double Checked(double x, string what) => double.IsFinite(x) ? x : throw new ArgumentException(
        $"The {what} of the loss is beyond the double range: " + (what == "Hessian"
            ? $"with a trainable second layer its aa block is E[σ(wᵢ·x)σ(wⱼ·x)] ≈ c², c = {c:G3} being the activation's constant (log(2)/beta for softplus); "
            : $"it carries c(Σa − Σu) = {c:G3}·({s:G6}), c being the activation's constant (log(2)/beta for softplus); ") +
        "use a larger beta, or a fixed second layer with as many student units as the teacher's Σu.");

    /// <summary>c S M + ½ c² S².</summary>
    public double Value() => s == 0 ? 0 : Checked(c * s * (m + 0.5 * c * s), "value");

    /// <summary>Adds the gradient to <paramref name="gradient"/> (W row-major, then a when <paramref name="trainable"/>).</summary>
    public void AddGradient(double[] x, int d, bool trainable, Span<double> gradient)
    {
        int k = a.Length;
        if (s != 0)
            for (int i = 0; i < k; i++)
            {
                double f = c * s * a[i] * mean[i].SlopeOverNorm; // m'ᵢŵᵢ = (m'ᵢ/|wᵢ|) wᵢ
                for (int t = 0; t < d; t++) gradient[i * d + t] += f * x[i * d + t];
            }
        if (!trainable) return;
        for (int i = 0; i < k; i++) gradient[k * d + i] += Checked(c * (m + s * mean[i].Value + c * s), "gradient");
    }

    /// <summary>Adds H·v to <paramref name="result"/>.</summary>
    public void AddHessianVector(double[] x, double[] norms, int d, bool trainable, ReadOnlySpan<double> v, Span<double> result)
    {
        int k = a.Length;
        double sumDa = 0, slopeSum = 0, meanDa = 0;
        var along = new double[k]; // ŵᵢ·Δwᵢ
        for (int i = 0; i < k; i++)
        {
            double dot = 0;
            for (int t = 0; t < d; t++) dot += x[i * d + t] * v[i * d + t];
            along[i] = norms[i] > 0 ? dot / norms[i] : 0;
            if (trainable)
            {
                sumDa += v[k * d + i];
                meanDa += mean[i].Value * v[k * d + i];
            }
            slopeSum += a[i] * mean[i].Derivative * along[i];
        }
        for (int i = 0; i < k; i++)
        {
            var q = mean[i];
            double ni = norms[i];
            double transverse = c * s * a[i] * q.SlopeOverNorm;
            double radial = c * s * a[i] * (q.SecondDerivative - q.SlopeOverNorm) * along[i];
            double da = trainable ? c * q.Derivative * (a[i] * sumDa + s * v[k * d + i]) : 0;
            for (int t = 0; t < d; t++)
            {
                double unit = ni > 0 ? x[i * d + t] / ni : 0;
                result[i * d + t] += transverse * v[i * d + t] + (radial + da) * unit;
            }
            if (trainable)
                result[k * d + i] += Checked(c * slopeSum + c * s * q.Derivative * along[i] + c * ((q.Value + c) * sumDa + meanDa), "Hessian");
        }
    }

    /// <summary>Adds the Hessian to <paramref name="h"/>.</summary>
    public void AddHessian(double[] x, double[] norms, int d, bool trainable, double[,] h)
    {
        int k = a.Length;
        for (int i = 0; i < k; i++)
        {
            var q = mean[i];
            double ni = norms[i];
            double transverse = c * s * a[i] * q.SlopeOverNorm, radial = c * s * a[i] * (q.SecondDerivative - q.SlopeOverNorm);
            for (int r = 0; r < d; r++)
            {
                double ur = ni > 0 ? x[i * d + r] / ni : 0;
                h[i * d + r, i * d + r] += transverse;
                for (int t = 0; t < d; t++) h[i * d + r, i * d + t] += radial * ur * (ni > 0 ? x[i * d + t] / ni : 0);
                if (!trainable) continue;
                for (int j = 0; j < k; j++)
                {
                    double wa = c * q.Derivative * ur * (a[i] + (i == j ? s : 0));
                    h[i * d + r, k * d + j] += wa;
                    h[k * d + j, i * d + r] += wa;
                }
            }
            if (!trainable) continue;
            for (int j = 0; j < k; j++) h[k * d + i, k * d + j] += Checked(c * (q.Value + mean[j].Value + c), "Hessian");
        }
    }
}
