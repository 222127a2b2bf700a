namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The second-order algebra of the two-layer loss, one pair term at a time: what a Hessian–vector product of
/// L = ½ Σᵢᵢ' aᵢaᵢ' K(wᵢ, wᵢ') − Σᵢⱼ aᵢuⱼ K(wᵢ, vⱼ) + … writes into the slot of one student row wᵢ (and its aᵢ).
/// <see cref="TwoLayerPopulationLoss"/> (vectors in ℝᵈ) and <see cref="ReducedPopulationLoss"/> (vectors in a pair
/// space of block values) both call it and only differ in how they apply the coefficients to their vectors.
/// </summary>
/// <remarks>
/// Conventions: ŵ = wᵢ/|wᵢ|, ô = partner/|partner|, (ŵ, n) the orthonormal frame of the pair with
/// n = (ô − cos θ ŵ)/sin θ; a kernel's second derivatives are <see cref="FrameMatrix"/>s X = x_I·I + [ŵ n]M[ŵ n]ᵀ, so
/// X·y = x_I·y + (…)·ŵ + (…)·ô needs only the projections ŵ·y and ô·y. The direction is (Δwᵢ, Δaᵢ) for the row and
/// (Δw', Δa') for the partner; a teacher partner does not move (Δw' = 0, Δa' = 0).
/// </remarks>
internal static class PairHessian
{
    /// <summary>Below this sin θ the n-direction terms (all O(sin θ)) are dropped instead of dividing by sin θ.</summary>
    public const double TinySin = 1e-150;

    /// <summary>
    /// The term of the pair (wᵢ, partner) with weight aᵢ·β in L (β = aᵢ' for another student row, −uⱼ for a teacher
    /// row), for a direction with projections <paramref name="ownW"/> = ŵ·Δwᵢ, <paramref name="ownO"/> = ô·Δwᵢ,
    /// <paramref name="partnerW"/> = ŵ·Δw', <paramref name="partnerO"/> = ô·Δw'.
    /// </summary>
    /// <param name="q">The kernel's derivatives at the pair.</param>
    /// <param name="g">The pair's geometry.</param>
    /// <param name="a">aᵢ.</param>
    /// <param name="beta">β: the partner's weight in the loss.</param>
    /// <param name="partnerMoves">Whether the partner is a student row (its Δw', Δa' enter).</param>
    /// <param name="ownW">ŵ·Δwᵢ.</param>
    /// <param name="ownO">ô·Δwᵢ.</param>
    /// <param name="partnerW">ŵ·Δw' (ignored for a teacher).</param>
    /// <param name="partnerO">ô·Δw' (ignored for a teacher).</param>
    /// <param name="da">Δaᵢ (0 with a fixed second layer).</param>
    /// <param name="partnerDa">Δa' (ignored for a teacher).</param>
    /// <param name="trainable">Whether the second layer is a parameter.</param>
    public static PairHessianTerm Pair(in PairKernelDerivatives q, in PairGeometry g, double a, double beta, bool partnerMoves,
        double ownW, double ownO, double partnerW, double partnerO, double da, double partnerDa, bool trainable)
    {
        double c = a * beta;
        double onOwn = c * q.Ww.Identity, onPartner = 0, onW = 0, onO = 0, secondLayer = 0;
        Frame(q.Ww, g, ownW, ownO, c, ref onW, ref onO);            // ∂²K/∂w² Δwᵢ
        if (partnerMoves)
        {
            onPartner = c * q.Wv.Identity;
            Frame(q.Wv, g, partnerW, partnerO, c, ref onW, ref onO); // ∂²K/∂w∂v Δw'
        }
        else partnerDa = 0;
        if (trainable)
        {
            // aᵢ ∇_wK Δa' + β ∇_wK Δaᵢ in wᵢ's slot; in aᵢ's slot β ∇_wK·Δwᵢ + β ∇_vK·Δw' + K Δa'.
            double mix = a * partnerDa + beta * da;
            onW += mix * q.GradWAlongW;
            onO += mix * q.GradWAlongV;
            secondLayer = beta * (q.GradWAlongW * ownW + q.GradWAlongV * ownO);
            if (partnerMoves) secondLayer += beta * (q.GradVAlongV * partnerO + q.GradVAlongW * partnerW) + q.Value * partnerDa;
        }
        return new PairHessianTerm(onOwn, onPartner, onW, onO, secondLayer);
    }

    /// <summary>
    /// The self term ½aᵢ² K(wᵢ, wᵢ) (θ = 0, where n vanishes): ∇²K(w,w) = (selfId)·I + (selfWW)·ŵŵᵀ, ∇K(w,w) = selfGrad·ŵ.
    /// </summary>
    /// <param name="self">The kernel's derivatives at (wᵢ, wᵢ).</param>
    /// <param name="a">aᵢ.</param>
    /// <param name="ownW">ŵ·Δwᵢ.</param>
    /// <param name="da">Δaᵢ (0 with a fixed second layer).</param>
    /// <param name="trainable">Whether the second layer is a parameter.</param>
    public static PairHessianTerm Self(in PairKernelDerivatives self, double a, double ownW, double da, bool trainable)
    {
        double selfId = self.Ww.Identity + 2 * self.Wv.Identity + self.Vv.Identity;
        double selfWW = self.Ww.WW + 2 * self.Wv.WW + self.Vv.WW;
        double selfGrad = self.GradWAlongW + self.GradWAlongV + self.GradVAlongV + self.GradVAlongW;
        double h = 0.5 * a * a;
        double onW = h * selfWW * ownW, secondLayer = 0;
        if (trainable)
        {
            onW += a * selfGrad * da;
            secondLayer = self.Value * da + a * selfGrad * ownW;
        }
        return new PairHessianTerm(h * selfId, 0, onW, 0, secondLayer);
    }

    // c·(X − x_I·I)·y on (ŵ, ô), from wy = ŵ·y and oy = ô·y: n·y = (oy − cos θ wy)/sin θ, and the n component
    // β·n = β/sin θ·(ô − cos θ ŵ). The n-coefficients of X are O(sin θ), so the division costs no accuracy.
    private static void Frame(in FrameMatrix b, in PairGeometry g, double wy, double oy, double c, ref double onW, ref double onO)
    {
        double ny = 0, beta = 0;
        if (g.Sin > TinySin)
        {
            ny = (oy - g.Cos * wy) / g.Sin;
            beta = (b.NW * wy + b.NN * ny) / g.Sin;
        }
        onW += c * (b.WW * wy + b.WN * ny - beta * g.Cos);
        onO += c * beta;
    }
}

/// <summary>
/// One pair's contribution to a Hessian–vector product in the slot of row wᵢ: the vector
/// <see cref="OnOwnDirection"/>·Δwᵢ + <see cref="OnPartnerDirection"/>·Δw' + <see cref="OnOwnUnit"/>·ŵ + <see cref="OnPartnerUnit"/>·ô,
/// and <see cref="SecondLayer"/> in aᵢ's slot.
/// </summary>
internal readonly record struct PairHessianTerm(double OnOwnDirection, double OnPartnerDirection, double OnOwnUnit, double OnPartnerUnit, double SecondLayer);
