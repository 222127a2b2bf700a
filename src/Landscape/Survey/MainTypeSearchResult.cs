using System.Collections.Immutable;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Landscape;

/// <summary>What <see cref="MainTypeSearch.Run"/> found.</summary>
/// <param name="Model">The loss searched.</param>
/// <param name="StartsPerType">Random starts per type.</param>
/// <param name="Types">The types searched, largest first, with dim Fix(ΔH).</param>
/// <param name="Points">The distinct critical points, by increasing loss.</param>
/// <param name="Unconverged">Starts whose search ended above <see cref="MainTypeSearch.ConvergedGradientNorm"/>.</param>
/// <param name="DenseSpectra">True when the spectra are dense (at most <see cref="DenseSpectrumProvider.MaxDimension"/> parameters), else by isotypic components.</param>
public sealed record MainTypeSearchResult(IObjective Model, int StartsPerType, ImmutableArray<MainTypeSearched> Types, ImmutableArray<MainTypePoint> Points,
    int Unconverged, bool DenseSpectra);

/// <summary>One main type searched.</summary>
/// <param name="Name">E.g. ΔS_5×ΔS_1.</param>
/// <param name="FixedDimension">dim Fix(ΔH).</param>
public sealed record MainTypeSearched(string Name, int FixedDimension);

/// <summary>One critical point of a <see cref="MainTypeSearch"/>.</summary>
/// <param name="X">The point (cells i·d + j).</param>
/// <param name="Loss">L(W).</param>
/// <param name="GradientNorm">‖∇L(W)‖ in the full space.</param>
/// <param name="FoundIn">The largest searched type whose fixed space holds the point as found.</param>
/// <param name="Isotropy">The exact isotropy group in S_k × S_d (<see cref="PointIsotropy"/>).</param>
/// <param name="Analysis">Spectrum and classification; null when no spectrum method applies (isotypic path without a diagonal Young isotropy).</param>
public sealed record MainTypePoint(double[] X, double Loss, double GradientNorm, string FoundIn, MatrixIsotropyGroup Isotropy, CriticalPointReport? Analysis);
