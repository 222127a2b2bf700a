using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// The erf kernel of standard Gaussian inputs in closed form (Williams 1997):
/// K(w, v) = E[erf(w·x) erf(v·x)] = (2/π) asin(2 w·v / √((1 + 2|w|²)(1 + 2|v|²))).
/// </summary>
/// <remarks>
/// With A = 1 + 2|w|², B = 1 + 2|v|², q = 2 w·v/√(AB): ∇_w q = 2v/√(AB) − 2q w/A, and
/// ∇²_w q = −(2q/A) I − (4/(A√(AB)))(v wᵀ + w vᵀ) + (12q/A²) w wᵀ,
/// ∂²q/∂w∂vᵀ = (2/√(AB))(I − 2v vᵀ/B − 2w wᵀ/A) + (4q/(AB)) w vᵀ; K's derivatives follow by the chain rule
/// through (2/π) asin. Smooth everywhere, including w = 0.
/// </remarks>
public sealed class ErfGaussianKernel : IPairKernel
{
    /// <summary>The shared instance.</summary>
    public static ErfGaussianKernel Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "erf";

    /// <inheritdoc />
    public bool DifferentiableAtZero => true;

    /// <inheritdoc />
    public double Value(in PairGeometry g)
    {
        double a = g.NormW, b = g.NormV;
        double q = 2 * a * b * g.Cos / Math.Sqrt((1 + 2 * a * a) * (1 + 2 * b * b));
        return 2 / Math.PI * Math.Asin(q);
    }

    /// <inheritdoc />
    public PairKernelDerivatives Derivatives(in PairGeometry g)
    {
        double a = g.NormW, b = g.NormV, c = g.Cos, s = g.Sin;
        double bigA = 1 + 2 * a * a, bigB = 1 + 2 * b * b, p = 1 / Math.Sqrt(bigA * bigB);
        double q = 2 * a * b * c * p, oneMinus = 1 - q * q;
        double gq = 2 / Math.PI / Math.Sqrt(oneMinus), gq1 = 2 / Math.PI * q / (oneMinus * Math.Sqrt(oneMinus));
        // ∇_w q = qww ŵ + qwv v̂; ∇_v q = qvv v̂ + qvw ŵ.
        double qww = -2 * q * a / bigA, qwv = 2 * p * b, qvv = -2 * q * b / bigB, qvw = 2 * p * a;
        var d2w = new PairMatrix(-2 * q / bigA, 12 * q * a * a / (bigA * bigA), -4 * p * a * b / bigA, -4 * p * a * b / bigA, 0);
        var d2v = new PairMatrix(-2 * q / bigB, 0, -4 * p * a * b / bigB, -4 * p * a * b / bigB, 12 * q * b * b / (bigB * bigB));
        var d2wv = new PairMatrix(2 * p, -4 * p * a * a / bigA, 4 * q * a * b / (bigA * bigB), 0, -4 * p * b * b / bigB);
        var ww = gq1 * PairMatrix.Outer(qww, qwv, qww, qwv) + gq * d2w;
        var vv = gq1 * PairMatrix.Outer(qvw, qvv, qvw, qvv) + gq * d2v;
        var wv = gq1 * PairMatrix.Outer(qww, qwv, qvw, qvv) + gq * d2wv;
        return new PairKernelDerivatives
        {
            Value = 2 / Math.PI * Math.Asin(q),
            GradWAlongW = gq * qww,
            GradWAlongV = gq * qwv,
            GradVAlongV = gq * qvv,
            GradVAlongW = gq * qvw,
            Ww = ww.ToFrame(c, s),
            Wv = wv.ToFrame(c, s),
            Vv = vv.ToFrame(c, s),
        };
    }
}
