namespace Landscape.Symmetry.Landscape;

/// <summary>One factor of the group with the parts it is cut into (all parts of one factor are permuted by it).</summary>
/// <param name="Kind">Coupled or rows only.</param>
/// <param name="PartSizes">Sizes of the parts, real (they may be counts like d − 2 evaluated at real d); their sum is the factor's size.</param>
public sealed record LayoutFactor(FactorKind Kind, double[] PartSizes)
{
    /// <summary>The factor's size p (the sum of its parts).</summary>
    public double Size => PartSizes.Sum();

    /// <summary>
    /// The teacher's scale c on the factor's columns: the teacher is block scalar, V = ⊕ c_f·I on the columns of the
    /// coupled factors (default 1, the identity teacher). Ignored for rows-only factors.
    /// </summary>
    public double TeacherScale { get; init; } = 1;

    /// <summary>
    /// The input's standard deviation σ on the factor's columns: x ~ N(0, ⊕ σ_f²·I) (default 1, standard Gaussian
    /// inputs). The loss is then the standard-Gaussian loss of W·diag(σ) against V·diag(σ). Ignored for rows-only factors.
    /// </summary>
    public double InputScale { get; init; } = 1;
}
