using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Plugins;

/// <summary>N(0, I_d): spec <c>gaussian</c>. Invariant under every orthogonal map, so under all of S_d.</summary>
public sealed class StandardGaussian : IInputDistribution
{
    /// <summary>The shared instance.</summary>
    public static StandardGaussian Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "gaussian";

    /// <inheritdoc />
    public string Spec => "gaussian";

    /// <inheritdoc />
    public int? Dimension => null;

    /// <inheritdoc />
    public double[] Sample(int d, int count, int seed)
    {
        Sampling.CheckShape(d, count, Dimension);
        var x = new double[(long)d * count];
        var rng = new Random(seed);
        Sampling.FillGaussian(rng, x);
        return x;
    }

    /// <inheritdoc />
    public PermutationGroup CoordinateSymmetry(int d) => Constructions.Symmetric(d);
}
