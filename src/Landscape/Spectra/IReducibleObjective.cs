namespace Landscape.Symmetry.Landscape;

/// <summary>
/// A two-layer loss that can say whether it is one of the models the reduced road serves (<see cref="ReducedPoint"/>):
/// a pair kernel of Gaussian inputs, k = d, a diagonal teacher with second layer 1, and inputs N(0, diag(σ²)).
/// <see cref="TwoLayerPopulationLoss"/> implements it (σ = 1), and so does a Gaussian with a diagonal covariance
/// (Plugins' <c>CorrelatedGaussianLoss</c>), so that <see cref="PointSpectrum"/> routes both the same way.
/// </summary>
public interface IReducibleObjective : IObjective
{
    /// <summary>The kernel, teacher diagonal and input scales when the model is of that kind, else null.</summary>
    ReducibleTerms? ReducibleTerms();
}

/// <summary>What the reduced model of a two-layer loss needs.</summary>
/// <param name="Kernel">The pair kernel of standard Gaussian inputs (the input scales are applied by the layout).</param>
/// <param name="TeacherDiagonal">V = diag(c₁, …, c_d), every cⱼ &gt; 0.</param>
/// <param name="InputScales">σⱼ: the standard deviation of input coordinate j (inputs N(0, diag(σ²))).</param>
public sealed record ReducibleTerms(IPairKernel Kernel, double[] TeacherDiagonal, double[] InputScales);
