using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>Survey models (<see cref="SurveyModel"/>) of an activation with standard Gaussian pair kernels (<see cref="GaussianKernels"/>).</summary>
public static class SurveyModels
{
    /// <summary>
    /// <see cref="SurveyModel.FromDiagonals"/> with the kernel the model needs: the offset-free one
    /// (<see cref="GaussianKernels.ForEqualOutputSums"/>) when the output sums are equal by construction — a fixed second layer
    /// a = 1 and k = d rows against the teacher's d rows with u = 1 — and the full one otherwise.
    /// </summary>
    /// <exception cref="ArgumentException">As <see cref="SurveyModel.FromDiagonals"/>.</exception>
    public static SurveyModel FromDiagonals(Activation activation, IReadOnlyList<double> teacher, IReadOnlyList<double>? variances,
        bool secondLayerTrainable, int extraRows)
    {
        var kernel = secondLayerTrainable || extraRows != 0 ? GaussianKernels.For(activation) : GaussianKernels.ForEqualOutputSums(activation);
        return SurveyModel.FromDiagonals(kernel, teacher, variances, secondLayerTrainable, extraRows);
    }
}
