using System.Globalization;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// The uniform distribution on the cube [a, b]ᵈ: spec <c>uniform(a,b)</c>, e.g. <c>uniform(-1,1)</c> or the
/// shifted cubes U([−1+C, 1+C]ᵈ) of Arjevani and Field, "Symmetry of the target model", as <c>uniform(0,2)</c> for C = 1. A product of identical
/// factors, so invariant under all of S_d (though not under rotations, and not centred when a ≠ −b).
/// </summary>
public sealed class UniformCube : IInputDistribution
{
    /// <summary>U([a, b]ᵈ).</summary>
    /// <exception cref="ArgumentException">a ≥ b or a bound is not finite.</exception>
    public UniformCube(double lower, double upper)
    {
        if (!double.IsFinite(lower) || !double.IsFinite(upper) || !(lower < upper))
            throw new ArgumentException($"uniform(a,b) needs finite a < b; got a = {lower}, b = {upper}.", nameof(lower));
        if (Math.Max(Math.Abs(lower), Math.Abs(upper)) > MaxMagnitude)
            throw new ArgumentException(
                $"uniform(a,b) needs |a|, |b| ≤ {MaxMagnitude:G}; got a = {lower:G}, b = {upper:G}. A sampled loss squares σ(w·x) and " +
                "its gradient and Hessian carry x⁴, which would overflow a double (and the sample width b − a must be a finite number).", nameof(lower));
        Lower = lower;
        Upper = upper;
    }

    /// <summary>The seed-004 cube U([−1+C, 1+C]ᵈ).</summary>
    public static UniformCube Shifted(double c) => new(-1 + c, 1 + c);

    /// <summary>
    /// Largest |a| or |b|: 1e50. The Monte Carlo loss squares residuals built from w·x and its Hessian holds fourth powers
    /// of the inputs, so |x| up to 1e50 keeps x⁴ ≤ 1e200 and every moment the loss uses far from overflow.
    /// </summary>
    public const double MaxMagnitude = 1e50;

    /// <summary>a.</summary>
    public double Lower { get; }

    /// <summary>b.</summary>
    public double Upper { get; }

    /// <inheritdoc />
    public string Name => "uniform";

    /// <inheritdoc />
    public string Spec => string.Create(CultureInfo.InvariantCulture, $"uniform({Lower:R},{Upper:R})");

    /// <inheritdoc />
    public int? Dimension => null;

    /// <inheritdoc />
    public double[] Sample(int d, int count, int seed)
    {
        Sampling.CheckShape(d, count, Dimension);
        var x = new double[(long)d * count];
        var rng = new Random(seed);
        for (int i = 0; i < x.Length; i++) x[i] = Lower + (Upper - Lower) * rng.NextDouble();
        return x;
    }

    /// <inheritdoc />
    public PermutationGroup CoordinateSymmetry(int d) => Constructions.Symmetric(d);
}
