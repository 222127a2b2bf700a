using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// A d×d matrix α I + x_ww ŵŵᵀ + x_wv ŵv̂ᵀ + x_vw v̂ŵᵀ + x_vv v̂v̂ᵀ in the (non-orthogonal) basis of a pair's
/// unit vectors — the natural form of closed-form kernel derivatives — convertible to a <see cref="FrameMatrix"/>.
/// </summary>
internal readonly record struct PairMatrix(double Identity, double WW, double WV, double VW, double VV)
{
    /// <summary>Outer product (p_w ŵ + p_v v̂)(q_w ŵ + q_v v̂)ᵀ.</summary>
    public static PairMatrix Outer(double pw, double pv, double qw, double qv) => new(0, pw * qw, pw * qv, pv * qw, pv * qv);

    public static PairMatrix operator +(PairMatrix x, PairMatrix y) =>
        new(x.Identity + y.Identity, x.WW + y.WW, x.WV + y.WV, x.VW + y.VW, x.VV + y.VV);

    public static PairMatrix operator *(double t, PairMatrix x) => new(t * x.Identity, t * x.WW, t * x.WV, t * x.VW, t * x.VV);

    /// <summary>The same matrix in the frame (ŵ, n), using v̂ = cos θ ŵ + sin θ n.</summary>
    public FrameMatrix ToFrame(double cos, double sin) => new(
        Identity,
        WW + cos * (WV + VW) + cos * cos * VV,
        sin * WV + cos * sin * VV,
        sin * VW + cos * sin * VV,
        sin * sin * VV);
}
