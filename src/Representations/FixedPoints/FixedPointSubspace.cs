using System.Collections.Immutable;
using Landscape.Symmetry.Groups;
using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Representations;

/// <summary>
/// The fixed-point subspace V^H of a permutation representation: H permutes the coordinates of
/// V = ℝⁿ (the vector with entries vᵢ is sent to the vector with entries v_{h⁻¹(i)}, i.e. eᵢ ↦ e_{h(i)}),
/// and V^H is spanned by the indicator vectors of the orbits.
/// </summary>
/// <remarks>
/// The orthonormal basis is 1_O/√|O| for each orbit O, ordered as <see cref="PermutationGroup.Orbits"/>,
/// so dim V^H is the number of orbits, and the orthogonal projector averages a vector over each
/// orbit. Nothing here is quadratic in n: projection and coordinates cost O(n), which is what a
/// search restricted to Fix(H) for a weight matrix with d in the thousands needs. The dense
/// projector is offered for small n only, as an oracle.
/// </remarks>
public sealed class FixedPointSubspace
{
    private readonly int[] orbitOf;

    private FixedPointSubspace(int dimensionOfSpace, ImmutableArray<ImmutableArray<int>> orbits)
    {
        AmbientDimension = dimensionOfSpace;
        Orbits = orbits;
        orbitOf = new int[dimensionOfSpace];
        for (int o = 0; o < orbits.Length; o++)
            foreach (var x in orbits[o]) orbitOf[x] = o;
    }

    /// <summary>V^H for the group's action on the coordinates 0..n−1, n = <see cref="PermutationGroup.Degree"/>.</summary>
    public static FixedPointSubspace Of(PermutationGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new FixedPointSubspace(group.Degree, group.Orbits);
    }

    /// <summary>n, the dimension of V.</summary>
    public int AmbientDimension { get; }

    /// <summary>dim V^H: the number of orbits.</summary>
    public int Dimension => Orbits.Length;

    /// <summary>The orbits whose normalized indicators form the basis, in basis order (0-based coordinates).</summary>
    public ImmutableArray<ImmutableArray<int>> Orbits { get; }

    /// <summary>The orthogonal projection of v onto V^H: each entry replaced by the mean over its orbit.</summary>
    public double[] Project(ReadOnlySpan<double> v)
    {
        var c = Coordinates(v);
        return Embed(c);
    }

    /// <summary>Coordinates of the projection of v in the orthonormal basis: Σ_{i∈O} vᵢ / √|O| per orbit.</summary>
    public double[] Coordinates(ReadOnlySpan<double> v)
    {
        CheckLength(v.Length, nameof(v));
        var sums = new double[Dimension];
        for (int i = 0; i < v.Length; i++) sums[orbitOf[i]] += v[i];
        for (int o = 0; o < sums.Length; o++) sums[o] /= Math.Sqrt(Orbits[o].Length);
        return sums;
    }

    /// <summary>The vector of V^H with the given coordinates in the orthonormal basis.</summary>
    public double[] Embed(ReadOnlySpan<double> coordinates)
    {
        if (coordinates.Length != Dimension)
            throw new ArgumentException($"V^H has dimension {Dimension}; got {coordinates.Length} coordinates.", nameof(coordinates));
        var v = new double[AmbientDimension];
        for (int i = 0; i < v.Length; i++)
        {
            int o = orbitOf[i];
            v[i] = coordinates[o] / Math.Sqrt(Orbits[o].Length);
        }
        return v;
    }

    /// <summary>The largest n for which <see cref="ProjectorMatrix"/> forms the dense n×n matrix.</summary>
    public const int MaxDenseDimension = 4096;

    /// <summary>The orthogonal projector onto V^H as a dense matrix (small n only).</summary>
    /// <exception cref="InvalidOperationException">n exceeds <see cref="MaxDenseDimension"/>; use <see cref="Project"/>.</exception>
    public Matrix<double> ProjectorMatrix()
    {
        if (AmbientDimension > MaxDenseDimension)
            throw new InvalidOperationException(
                $"A dense projector of size {AmbientDimension} is not formed (limit {MaxDenseDimension}); use Project, which costs O(n).");
        var p = Matrix<double>.Build.Dense(AmbientDimension, AmbientDimension);
        foreach (var orbit in Orbits)
            foreach (var i in orbit)
                foreach (var j in orbit)
                    p[i, j] = 1.0 / orbit.Length;
        return p;
    }

    /// <summary>The orthonormal basis as the columns of an n × dim matrix (small n only).</summary>
    public Matrix<double> BasisMatrix()
    {
        if (AmbientDimension > MaxDenseDimension)
            throw new InvalidOperationException(
                $"A dense basis of size {AmbientDimension} × {Dimension} is not formed (limit {MaxDenseDimension}); use Embed.");
        var b = Matrix<double>.Build.Dense(AmbientDimension, Dimension);
        for (int o = 0; o < Dimension; o++)
            foreach (var i in Orbits[o])
                b[i, o] = 1.0 / Math.Sqrt(Orbits[o].Length);
        return b;
    }

    private void CheckLength(int length, string name)
    {
        if (length != AmbientDimension)
            throw new ArgumentException($"Vectors of this representation have {AmbientDimension} entries; got {length}.", name);
    }
}
