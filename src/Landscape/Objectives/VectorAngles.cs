using System.Runtime.Intrinsics;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// arccos of four doubles at once, for the angle of every pair in a row of the population loss.
/// </summary>
/// <remarks>
/// asin is summed as its Maclaurin series asin x = Σₙ cₙ x^{2n+1}, cₙ = (2n)!/(4ⁿ (n!)² (2n+1)), on |x| ≤ ½ only, where
/// the 23 terms kept leave a remainder below 4e-17·|x|; there acos x = π/2 − asin x. For ½ &lt; |x| ≤ 1 the half-angle
/// identity acos|x| = 2 asin √((1 − |x|)/2) keeps the argument in range (1 − |x| is exact there), and
/// acos(−y) = π − acos y. The absolute error is a few units in 1e-16 over [−1, 1] (tested against Math.Acos);
/// near ±1 the angle is only as good as the cosine it is given, which is why pair geometry recomputes nearly
/// parallel pairs from the vectors.
/// </remarks>
public static class VectorAngles
{
    private const int Terms = 23;
    private static readonly double[] Coefficients = MaclaurinAsin();

    private static double[] MaclaurinAsin()
    {
        var c = new double[Terms];
        double central = 1; // (2n)!/(4ⁿ (n!)²), built by its ratio (2n − 1)/(2n)
        for (int n = 0; n < Terms; n++)
        {
            if (n > 0) central *= (2.0 * n - 1) / (2.0 * n);
            c[n] = central / (2 * n + 1);
        }
        return c;
    }

    /// <summary>acos x lane by lane for x in [−1, 1] (inputs outside are clamped).</summary>
    public static Vector256<double> Acos(Vector256<double> x) => AcosAndSupplement(x).Theta;

    /// <summary>
    /// <see cref="AcosAndSupplement(Vector256{double})"/> of four vectors at once, bit for bit the same numbers: the four
    /// series are evaluated side by side, so their chains of dependent multiply–adds overlap in the pipeline instead of
    /// waiting on each other.
    /// </summary>
    public static void AcosAndSupplement(ReadOnlySpan<Vector256<double>> x, Span<Vector256<double>> theta, Span<Vector256<double>> piMinusTheta)
    {
        if (x.Length != 4 || theta.Length != 4 || piMinusTheta.Length != 4) throw new ArgumentException("Four vectors in, four θ and four π − θ out.");
        var (c0, s0, far0) = Reduce(x[0]);
        var (c1, s1, far1) = Reduce(x[1]);
        var (c2, s2, far2) = Reduce(x[2]);
        var (c3, s3, far3) = Reduce(x[3]);
        Vector256<double> z0 = s0 * s0, z1 = s1 * s1, z2 = s2 * s2, z3 = s3 * s3;
        var top = Vector256.Create(Coefficients[Terms - 1]);
        Vector256<double> p0 = top, p1 = top, p2 = top, p3 = top;
        for (int n = Terms - 2; n >= 0; n--)
        {
            var c = Vector256.Create(Coefficients[n]);
            p0 = Vector256.FusedMultiplyAdd(p0, z0, c);
            p1 = Vector256.FusedMultiplyAdd(p1, z1, c);
            p2 = Vector256.FusedMultiplyAdd(p2, z2, c);
            p3 = Vector256.FusedMultiplyAdd(p3, z3, c);
        }
        (theta[0], piMinusTheta[0]) = Finish(c0, s0 * p0, far0);
        (theta[1], piMinusTheta[1]) = Finish(c1, s1 * p1, far1);
        (theta[2], piMinusTheta[2]) = Finish(c2, s2 * p2, far2);
        (theta[3], piMinusTheta[3]) = Finish(c3, s3 * p3, far3);
    }

    // x clamped to [−1, 1], the series argument s (|s| ≤ ½), and the lanes with |x| > ½ (half-angle form).
    private static (Vector256<double> Clamped, Vector256<double> S, Vector256<double> Far) Reduce(Vector256<double> x)
    {
        x = Vector256.Min(Vector256.Max(x, Vector256.Create(-1.0)), Vector256.Create(1.0));
        var y = Vector256.Abs(x);
        var far = Vector256.GreaterThan(y, Vector256.Create(0.5));
        var half = Vector256.Sqrt((Vector256.Create(1.0) - y) * Vector256.Create(0.5));
        return (x, Vector256.ConditionalSelect(far, half, y), far);
    }

    // θ and π − θ from asin s and the clamped x: |x| ≤ ½: acos|x| = π/2 − asin|x|; |x| > ½: acos|x| = 2 asin s; acos(−y) = π − acos y.
    private static (Vector256<double> Theta, Vector256<double> PiMinusTheta) Finish(Vector256<double> x, Vector256<double> asin, Vector256<double> far)
    {
        var acosAbs = Vector256.ConditionalSelect(far, asin + asin, Vector256.Create(Math.PI / 2) - asin);
        var negative = Vector256.LessThan(x, Vector256<double>.Zero);
        var flipped = Vector256.Create(Math.PI) - acosAbs;
        return (Vector256.ConditionalSelect(negative, flipped, acosAbs), Vector256.ConditionalSelect(negative, acosAbs, flipped));
    }

    /// <summary>θ = acos x and π − θ lane by lane, π − θ taken directly as acos|x| where x &lt; 0 (accurate near θ = π).</summary>
    public static (Vector256<double> Theta, Vector256<double> PiMinusTheta) AcosAndSupplement(Vector256<double> x)
    {
        var (clamped, s, far) = Reduce(x);
        var z = s * s;
        var p = Vector256.Create(Coefficients[Terms - 1]);
        for (int n = Terms - 2; n >= 0; n--) p = Vector256.FusedMultiplyAdd(p, z, Vector256.Create(Coefficients[n]));
        return Finish(clamped, s * p, far); // asin s ≥ 0
    }
}
