using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Plugins;

/// <summary>How the contract kit tests a model: how many cases, where, and how strictly.</summary>
public sealed record ContractOptions
{
    /// <summary>The seed of the generic base point and of FsCheck's generator (same seed, same cases).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Largest <see cref="Trials"/>: each case evaluates the loss, gradient and (up to <see cref="MaxHessianDimension"/>) the Hessian several times.</summary>
    public const int MaxTrials = 10_000;

    /// <summary>Cases per property before shrinking, 1..<see cref="MaxTrials"/>.</summary>
    public int Trials { get; init; } = 20;

    /// <summary>
    /// The group to test against, on parameter indices; null tests the group the model declares
    /// (<see cref="Landscape.IObjective.InvarianceGroup"/>).
    /// </summary>
    public PermutationGroup? Claim { get; init; }

    /// <summary>A short description of <see cref="Claim"/> for reports ("full S_k × S_d").</summary>
    public string? ClaimDescription { get; init; }

    /// <summary>Scale of the random base point's entries (standard deviation).</summary>
    public double PointScale { get; init; } = 0.7;

    /// <summary>Relative tolerance of exact identities (invariance, equivariance, symmetry, commuting).</summary>
    public double Tolerance { get; init; } = 1e-8;

    /// <summary>Step of the central differences.</summary>
    public double FiniteDifferenceStep { get; init; } = 1e-5;

    /// <summary>Relative tolerance of finite-difference comparisons.</summary>
    public double FiniteDifferenceTolerance { get; init; } = 1e-5;

    /// <summary>For Monte Carlo objectives: how many standard errors a symmetry may be off before it counts as violated.</summary>
    public double StandardErrors { get; init; } = 6;

    /// <summary>
    /// Largest estimated relative quadrature error (<see cref="KernelAccuracy.RelativeError"/>) a quadrature pair kernel
    /// may have at the base point. The other properties cannot see a kernel that is smooth, symmetric and consistently
    /// wrong, so this is the only one that fails on it. 1e-6 sits below the finite-difference tolerance (1e-5) and far
    /// above the built-ins' estimates (tanh, the least accurate, about 1e-9 at unit norms; the estimate is conservative by
    /// up to a factor 10³ at small norms), and far below what an under-resolved σ shows (1e-4 and more for a pole at
    /// distance 0.5 with δ = 1, 1e-2 and more for a kink away from the origin).
    /// </summary>
    public double QuadratureTolerance { get; init; } = 1e-6;

    /// <summary>Largest dimension for which dense Hessians are formed; above it the Hessian properties are not run.</summary>
    public int MaxHessianDimension { get; init; } = 400;

    /// <summary>Checks invalid settings.</summary>
    /// <exception cref="ArgumentException">A count or tolerance is not positive.</exception>
    public void Validate()
    {
        if (Trials < 1 || Trials > MaxTrials) throw new ArgumentException($"Trials must be between 1 and {MaxTrials}; got {Trials}.");
        if (!(PointScale > 0)) throw new ArgumentException($"PointScale must be positive; got {PointScale}.");
        if (!(Tolerance > 0) || !(FiniteDifferenceTolerance > 0) || !(FiniteDifferenceStep > 0) || !(StandardErrors > 0) || !(QuadratureTolerance > 0))
            throw new ArgumentException("Tolerances, the finite-difference step and StandardErrors must be positive.");
    }
}
