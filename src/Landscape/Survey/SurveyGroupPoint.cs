using System.Numerics;
using Landscape.Symmetry.Representations;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// A critical point found by a survey whose exact isotropy is not a diagonal Young type (found in the fixed space of a
/// <see cref="SurveyGroupType"/>), with the same fields as a <see cref="SurveyPoint"/>; its Hessian spectrum is split by
/// the irreducibles of its exact isotropy group with the numeric isotypic decomposition (<see cref="IsotypicSpectrumProvider"/>).
/// </summary>
/// <param name="FoundIn">The searched type in whose fixed space it was found.</param>
/// <param name="IsotropyName">Its exact isotropy in S_k × S_d (<see cref="PointIsotropy"/>), named as <see cref="SurveyGroupType.NameOf(Groups.PermutationGroup, string)"/> names groups when it is one.</param>
/// <param name="IsotropyOrder">|isotropy|.</param>
/// <param name="OrbitSize">|S_k × S_d| / |isotropy|.</param>
/// <param name="FixedDimension">dim Fix(isotropy).</param>
/// <param name="Weights">The point: W row by row (k×d), then a when it trains.</param>
/// <param name="Loss">L.</param>
/// <param name="GradientNorm">‖∇L‖ of the full model at <paramref name="Weights"/>.</param>
/// <param name="Kind">Minimum, saddle or degenerate.</param>
/// <param name="Index">Negative Hessian eigenvalues with multiplicity.</param>
/// <param name="SmallestEigenvalue">λ_min of the full Hessian.</param>
/// <param name="Irreducibles">The spectrum by irreducible of the isotropy group: the eigenvalues on each isotypic component, each with multiplicity its degree.</param>
public sealed record SurveyGroupPoint(string FoundIn, string IsotropyName, BigInteger IsotropyOrder, BigInteger OrbitSize, int FixedDimension,
    double[] Weights, double Loss, double GradientNorm, CriticalPointKind Kind, long Index, double SmallestEigenvalue,
    IReadOnlyList<SurveyIrreducibleSpectrum> Irreducibles)
{
    /// <summary>True for a minimum with positive loss (above 1e-8).</summary>
    public bool IsSpuriousMinimum => Kind == CriticalPointKind.Minimum && Loss > 1e-8;
}

/// <summary>The Hessian spectrum on the isotypic component of one irreducible of a point's isotropy group.</summary>
/// <param name="Label">The irreducible as the isotypic decomposition names it (a partition tuple, or "χ3 (numeric)").</param>
/// <param name="Degree">Its real dimension: each eigenvalue's multiplicity.</param>
/// <param name="Eigenvalues">The eigenvalues of the compression to that component, ascending.</param>
public sealed record SurveyIrreducibleSpectrum(string Label, long Degree, double[] Eigenvalues);

/// <summary>A searched non-Young type with its fixed dimension and what its starts gave.</summary>
/// <param name="Type">The type.</param>
/// <param name="FixedDimension">dim Fix(H).</param>
/// <param name="Starts">Starts run.</param>
/// <param name="Converged">Starts that reached the gradient tolerance.</param>
public sealed record SurveyGroupTypeReport(SurveyGroupType Type, int FixedDimension, int Starts, int Converged);
