using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// An input distribution on ℝᵈ: seeded sampling and the coordinate permutations it is declared invariant under
/// (x ↦ P_ρ x has the same law). The dimension is fixed by the distribution or, when it has none, by the model.
/// </summary>
public interface IInputDistribution
{
    /// <summary>A short name, e.g. "gaussian".</summary>
    string Name { get; }

    /// <summary>The spec string that rebuilds it through the registry.</summary>
    string Spec { get; }

    /// <summary>The dimension it is tied to (a covariance fixes it), or null when any d works.</summary>
    int? Dimension { get; }

    /// <summary>
    /// <paramref name="count"/> independent samples in ℝᵈ, row-major (sample s is entries s·d … s·d + d − 1);
    /// the same seed gives the same samples on every machine.
    /// </summary>
    /// <exception cref="ArgumentException">d or count is invalid, or d disagrees with <see cref="Dimension"/>.</exception>
    double[] Sample(int d, int count, int seed);

    /// <summary>
    /// A group of coordinate permutations (degree d) the distribution is invariant under. It may be a subgroup
    /// of the full invariance group; implementations say which.
    /// </summary>
    PermutationGroup CoordinateSymmetry(int d);
}
