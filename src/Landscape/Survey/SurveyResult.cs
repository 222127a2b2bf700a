using System.Numerics;

namespace Landscape.Symmetry.Landscape;

/// <summary>One distinct critical point (one orbit of the joint symmetry) found by a survey.</summary>
/// <param name="FoundIn">The first searched type (maximal first) in whose fixed space it was found.</param>
/// <param name="Isotropy">
/// Its isotropy type: the coarsest diagonal Young type fixing it (blocks whose values agree merged), read from the
/// reduced coordinates; <see cref="ExtraSwaps"/> says whether equal blocks may in addition be swapped.
/// </param>
/// <param name="ExtraSwaps">True when some equal-size blocks of <see cref="Isotropy"/> can be exchanged as wholes (the isotropy is then larger than the Young type, by the order factor included in <see cref="IsotropyOrder"/>).</param>
/// <param name="IsotropyOrder">|isotropy|: Π pᵢ! times m! for each set of m exchangeable blocks.</param>
/// <param name="OrbitSize">|G| / |isotropy|: how many equivalent critical points.</param>
/// <param name="FixedDimension">dim Fix(isotropy type) (of its Young part).</param>
/// <param name="Coordinates">The point in the orbit coordinates of <see cref="Layout"/>.</param>
/// <param name="Layout">The layout of the isotropy type (class scales included).</param>
/// <param name="Loss">L.</param>
/// <param name="GradientNorm">‖∇L‖ in the full space (from the reduced gradient, constant on orbits).</param>
/// <param name="Kind">Minimum, saddle or degenerate.</param>
/// <param name="Index">Negative Hessian eigenvalues with multiplicity.</param>
/// <param name="SmallestEigenvalue">λ_min of the full Hessian.</param>
/// <param name="Irreducibles">The Hessian spectrum by irreducible of the isotropy's Young part: eigenvalues, each with multiplicity dim λ.</param>
public sealed record SurveyPoint(string FoundIn, SurveyType Isotropy, bool ExtraSwaps, BigInteger IsotropyOrder, BigInteger OrbitSize, int FixedDimension,
    double[] Coordinates, FixedSpaceLayout Layout, double Loss, double GradientNorm, CriticalPointKind Kind, long Index, double SmallestEigenvalue,
    IReadOnlyList<IrreducibleSpectrum> Irreducibles)
{
    /// <summary>
    /// The isotropy's name: for V = I_d and d ≤ <see cref="LandscapeSurvey.ExactIsotropyD"/> the exact isotropy group in
    /// S_k × S_d of the embedded point (<see cref="PointIsotropy"/>, which also sees symmetries permuting rows and columns
    /// differently); otherwise the Young type read from the blocks, with "(+ exchangeable blocks)" when equal blocks swap.
    /// </summary>
    public string IsotropyName { get; init; } = Isotropy.Name + (ExtraSwaps ? " (+ exchangeable blocks)" : "");

    /// <summary>True when <see cref="IsotropyName"/>, <see cref="IsotropyOrder"/> and <see cref="OrbitSize"/> come from the exact isotropy engine.</summary>
    public bool IsotropyExact { get; init; }

    /// <summary>True for a minimum with positive loss (above 1e-8).</summary>
    public bool IsSpuriousMinimum => Kind == CriticalPointKind.Minimum && Loss > 1e-8;

    /// <summary>The full weight matrix W (k×d, rows then a when it trains) at integer sizes, blocks consecutive.</summary>
    public double[] Embed() => new ReducedPopulationLoss(Isotropy.Model.Kernel, Layout).Embed(Coordinates);
}

/// <summary>A searched type with its fixed dimension and what its starts gave.</summary>
/// <param name="Type">The type.</param>
/// <param name="FixedDimension">dim Fix(type).</param>
/// <param name="Starts">Starts run.</param>
/// <param name="Converged">Starts that reached the gradient tolerance.</param>
public sealed record SurveyTypeReport(SurveyType Type, int FixedDimension, int Starts, int Converged);

/// <summary>Progress of a survey: a type has started (the <paramref name="TypeIndex"/>-th to start, 0-based) of how many.</summary>
public sealed record SurveyProgress(int TypeIndex, int TypeCount, string TypeName);

/// <summary>What a survey found: the distinct critical points by increasing loss, the types searched, whether it was stopped.</summary>
/// <param name="Model">The model.</param>
/// <param name="Options">The options.</param>
/// <param name="Types">The types searched (maximal first), with their counts; on cancellation only those reached.</param>
/// <param name="Points">The distinct critical points, by increasing loss.</param>
/// <param name="Cancelled">True when the survey was cancelled: the points are those found so far.</param>
/// <param name="GradientTolerance">The ‖∇L‖ a start had to reach to count.</param>
public sealed record SurveyResult(SurveyModel Model, SurveyOptions Options, IReadOnlyList<SurveyTypeReport> Types, IReadOnlyList<SurveyPoint> Points,
    bool Cancelled, double GradientTolerance)
{
    /// <summary>The non-Young types searched (<see cref="PosetTypes"/>), with their counts; empty where none are offered.</summary>
    public IReadOnlyList<SurveyGroupTypeReport> GroupTypes { get; init; } = Array.Empty<SurveyGroupTypeReport>();

    /// <summary>
    /// The distinct critical points whose exact isotropy is not a diagonal Young type, by increasing loss (found in the
    /// fixed spaces of <see cref="GroupTypes"/>; points found there whose isotropy is Young are in <see cref="Points"/>).
    /// </summary>
    public IReadOnlyList<SurveyGroupPoint> GroupPoints { get; init; } = Array.Empty<SurveyGroupPoint>();
}
