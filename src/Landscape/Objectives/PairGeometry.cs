namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The rotation-invariant description of a pair of weight vectors (w, v): their norms and the angle
/// θ between them, with θ and π − θ each computed where it is accurate.
/// </summary>
/// <remarks>
/// A kernel of Gaussian inputs depends on (w, v) only through these numbers. Derivatives are given in
/// the orthonormal frame (ŵ, n) of span{w, v}: ŵ = w/|w|, n the unit vector orthogonal to ŵ with
/// v = |v|(cos θ ŵ + sin θ n). When w and v are parallel (or one is zero) n is undefined and taken as 0,
/// so kernels must give coefficients on n that vanish continuously there.
/// </remarks>
public readonly record struct PairGeometry
{
    /// <summary>|w|.</summary>
    public required double NormW { get; init; }

    /// <summary>|v|.</summary>
    public required double NormV { get; init; }

    /// <summary>θ ∈ [0, π]; π/2 by convention when w or v is zero.</summary>
    public required double Theta { get; init; }

    /// <summary>π − θ, computed directly (accurate near θ = π).</summary>
    public required double PiMinusTheta { get; init; }

    /// <summary>sin θ.</summary>
    public required double Sin { get; init; }

    /// <summary>cos θ.</summary>
    public required double Cos { get; init; }

    /// <summary>Cosines closer to ±1 than this are recomputed from the vectors (Kahan's angle formula).</summary>
    public const double NearParallel = 0.99;

    /// <summary>The geometry of a vector with itself: θ = 0.</summary>
    public static PairGeometry Self(double norm) =>
        new() { NormW = norm, NormV = norm, Theta = 0, PiMinusTheta = Math.PI, Sin = 0, Cos = 1 };

    /// <summary>
    /// The geometry of (w, v) given the norms and the inner product w·v (typically from a Gram matrix).
    /// For nearly parallel or antiparallel vectors the angle is recomputed from the vectors as
    /// θ = 2·atan2(|ŵ − v̂|, |ŵ + v̂|), which keeps full relative accuracy where acos(w·v/|w||v|) loses
    /// half the digits.
    /// </summary>
    public static PairGeometry Of(ReadOnlySpan<double> w, ReadOnlySpan<double> v, double normW, double normV, double dot)
    {
        if (normW == 0 || normV == 0)
            return new() { NormW = normW, NormV = normV, Theta = Math.PI / 2, PiMinusTheta = Math.PI / 2, Sin = 1, Cos = 0 };
        double cos = dot / (normW * normV);
        if (Math.Abs(cos) < NearParallel)
        {
            double theta = Math.Acos(cos);
            return new() { NormW = normW, NormV = normV, Theta = theta, PiMinusTheta = Math.PI - theta, Sin = Math.Sqrt(1 - cos * cos), Cos = cos };
        }
        double minus = 0, plus = 0;
        double iw = 1 / normW, iv = 1 / normV;
        for (int j = 0; j < w.Length; j++)
        {
            double a = w[j] * iw, b = v[j] * iv;
            minus += (a - b) * (a - b);
            plus += (a + b) * (a + b);
        }
        minus = Math.Sqrt(minus);
        plus = Math.Sqrt(plus);
        double t = 2 * Math.Atan2(minus, plus);
        double p = 2 * Math.Atan2(plus, minus);
        // sin θ from the smaller of θ, π − θ (no cancellation); cos θ likewise.
        double sin = t <= p ? Math.Sin(t) : Math.Sin(p);
        double c = t <= p ? Math.Cos(t) : -Math.Cos(p);
        return new() { NormW = normW, NormV = normV, Theta = t, PiMinusTheta = p, Sin = sin, Cos = c };
    }
}
