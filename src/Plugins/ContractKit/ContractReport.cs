using System.Text;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Plugins;

/// <summary>The properties the contract kit checks.</summary>
public enum ContractProperty
{
    /// <summary>L(g·x) = L(x) for g in the claimed group.</summary>
    LossInvariance,

    /// <summary>∇L(g·x) = g·∇L(x).</summary>
    GradientEquivariance,

    /// <summary>∇L agrees with central differences of L.</summary>
    GradientMatchesFiniteDifferences,

    /// <summary>∇²L is symmetric.</summary>
    HessianSymmetric,

    /// <summary>∇²L agrees with central differences of ∇L, and the Hessian–vector product with ∇²L·v.</summary>
    HessianMatchesFiniteDifferences,

    /// <summary>At a point fixed by g, P_g ∇²L P_gᵀ = ∇²L.</summary>
    HessianCommutesWithIsotropy,

    /// <summary>
    /// The estimated quadrature error of the model's pair kernel at the base point is below
    /// <see cref="ContractOptions.QuadratureTolerance"/> (only for models with a <see cref="GaussianQuadratureKernel"/>).
    /// </summary>
    KernelQuadratureError,
}

/// <summary>A shrunk failing case: the group element (if the property involves one) and the point.</summary>
/// <param name="GroupElement">g on parameter indices, or null.</param>
/// <param name="Point">The parameter vector x.</param>
/// <param name="Explanation">What went wrong at (g, x), in plain words with the numbers.</param>
public sealed record Counterexample(Permutation? GroupElement, double[] Point, string Explanation);

/// <summary>The outcome of one property.</summary>
/// <param name="Property">Which property.</param>
/// <param name="Status">"pass", "FAIL" or "not run".</param>
/// <param name="Cases">How many cases were evaluated (including shrinking steps).</param>
/// <param name="Note">Why a property was not run, or a remark on the tolerance used.</param>
/// <param name="Counterexample">The shrunk counterexample of a failure.</param>
public sealed record PropertyResult(ContractProperty Property, string Status, int Cases, string Note, Counterexample? Counterexample)
{
    /// <summary>True unless the property failed.</summary>
    public bool Passed => Status != ContractReport.Fail;
}

/// <summary>What the contract kit found for one model: one <see cref="PropertyResult"/> per property.</summary>
public sealed class ContractReport
{
    internal const string Pass = "pass", Fail = "FAIL", NotRun = "not run";

    internal ContractReport(string model, string group, IReadOnlyList<PropertyResult> results)
    {
        Model = model;
        Group = group;
        Results = results;
    }

    /// <summary>A description of the model checked.</summary>
    public string Model { get; }

    /// <summary>A description of the group checked against.</summary>
    public string Group { get; }

    /// <summary>
    /// One result per property, in the order of <see cref="ContractProperty"/>; <see cref="ContractProperty.KernelQuadratureError"/>
    /// only for models whose pair kernel is a <see cref="GaussianQuadratureKernel"/>.
    /// </summary>
    public IReadOnlyList<PropertyResult> Results { get; }

    /// <summary>True when no property failed.</summary>
    public bool Passed => Results.All(r => r.Passed);

    /// <summary>The failed properties.</summary>
    public IEnumerable<PropertyResult> Failures => Results.Where(r => !r.Passed);

    /// <summary>A plain-text table, followed by each counterexample in words.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"model: {Model}");
        sb.AppendLine($"group: {Group}");
        int width = Results.Max(r => Name(r.Property).Length);
        foreach (var r in Results)
            sb.AppendLine($"  {Name(r.Property).PadRight(width)}  {r.Status,-7}  {r.Cases,4} cases  {r.Note}".TrimEnd());
        foreach (var r in Failures)
            if (r.Counterexample is { } c)
                sb.AppendLine().AppendLine($"{Name(r.Property)} fails: {c.Explanation}");
        return sb.ToString();
    }

    /// <summary>Throws <see cref="ContractViolationException"/> (message: <see cref="ToString"/>) when a property failed: for use in a plug-in author's unit tests.</summary>
    public void ThrowIfFailed()
    {
        if (!Passed) throw new ContractViolationException(this);
    }

    /// <summary>The readable name of a property, e.g. "gradient equivariance".</summary>
    public static string Name(ContractProperty p) => p switch
    {
        ContractProperty.LossInvariance => "loss invariance",
        ContractProperty.GradientEquivariance => "gradient equivariance",
        ContractProperty.GradientMatchesFiniteDifferences => "gradient vs finite differences",
        ContractProperty.HessianSymmetric => "Hessian symmetric",
        ContractProperty.HessianMatchesFiniteDifferences => "Hessian vs finite differences",
        ContractProperty.HessianCommutesWithIsotropy => "Hessian commutes with isotropy",
        ContractProperty.KernelQuadratureError => "kernel quadrature error",
        _ => p.ToString(),
    };
}

/// <summary>Thrown by <see cref="ContractReport.ThrowIfFailed"/>; the message is the whole report.</summary>
public sealed class ContractViolationException : Exception
{
    /// <summary>An exception carrying <paramref name="report"/>.</summary>
    public ContractViolationException(ContractReport report) : base(report?.ToString()) => Report = report!;

    /// <summary>The report.</summary>
    public ContractReport Report { get; }
}
