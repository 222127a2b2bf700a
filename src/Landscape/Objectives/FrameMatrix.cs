namespace Landscape.Symmetry.Landscape;

/// <summary>
/// A d×d matrix of the form c·I + [ŵ n]·[[WW, WN], [NW, NN]]·[ŵ n]ᵀ for the orthonormal frame (ŵ, n) of a pair.
/// </summary>
/// <param name="Identity">The coefficient of I.</param>
/// <param name="WW">Coefficient of ŵŵᵀ.</param>
/// <param name="WN">Coefficient of ŵnᵀ.</param>
/// <param name="NW">Coefficient of nŵᵀ.</param>
/// <param name="NN">Coefficient of nnᵀ.</param>
public readonly record struct FrameMatrix(double Identity, double WW, double WN, double NW, double NN)
{
    /// <summary>The transpose (swaps WN and NW).</summary>
    public FrameMatrix Transpose() => this with { WN = NW, NW = WN };
}
