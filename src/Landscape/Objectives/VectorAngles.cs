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

    /// <summary>θ = acos x and π − θ lane by lane, π − θ taken directly as acos|x| where x &lt; 0 (accurate near θ = π).</summary>
    public static (Vector256<double> Theta, Vector256<double> PiMinusTheta) AcosAndSupplement(Vector256<double> x)
    {
        x = Vector256.Min(Vector256.Max(x, Vector256.Create(-1.0)), Vector256.Create(1.0));
        var y = Vector256.Abs(x);
        var far = Vector256.GreaterThan(y, Vector256.Create(0.5));
        var half = Vector256.Sqrt((Vector256.Create(1.0) - y) * Vector256.Create(0.5));
        var s = Vector256.ConditionalSelect(far, half, y); // |s| ≤ ½
        var z = s * s;
        var p = Vector256.Create(Coefficients[Terms - 1]);
        for (int n = Terms - 2; n >= 0; n--) p = Vector256.FusedMultiplyAdd(p, z, Vector256.Create(Coefficients[n]));
        var asin = s * p; // asin s ≥ 0
        // |x| ≤ ½: acos|x| = π/2 − asin|x|; |x| > ½: acos|x| = 2 asin s.
        var acosAbs = Vector256.ConditionalSelect(far, asin + asin, Vector256.Create(Math.PI / 2) - asin);
        var negative = Vector256.LessThan(x, Vector256<double>.Zero);
        var flipped = Vector256.Create(Math.PI) - acosAbs;
        return (Vector256.ConditionalSelect(negative, flipped, acosAbs), Vector256.ConditionalSelect(negative, acosAbs, flipped));
    }
}
