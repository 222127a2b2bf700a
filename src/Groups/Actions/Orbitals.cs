namespace Landscape.Symmetry.Groups;

/// <summary>
/// The orbitals of a permutation group H on 0..n−1: its orbits on ordered pairs (p, q). Their 0/1 matrices form a
/// basis of the commutant End_H(ℝⁿ), the matrices that commute with every element of H (so the number of orbitals is
/// Σ_U m_U² · dim End_H(U) over the irreducible types); and a conjugator σ with H^σ = K maps every orbital of H onto
/// an orbital of K of the same size, which prunes a search for σ pair by pair.
/// </summary>
public sealed class Orbitals
{
    private readonly int[] index;
    private readonly int[] sizes;

    private Orbitals(int degree, int[] index, int[] sizes)
    {
        Degree = degree;
        this.index = index;
        this.sizes = sizes;
    }

    /// <summary>The largest degree whose n² pairs are classified.</summary>
    public const int MaxDegree = 4096;

    /// <summary>Union–find on the n² pairs, joining (p, q) with (g(p), g(q)) for each generator g: O(generators · n²) time, O(n²) memory.</summary>
    /// <exception cref="ArgumentException">The degree exceeds <see cref="MaxDegree"/>.</exception>
    public static Orbitals Of(PermutationGroup group, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        int n = group.Degree;
        if (n > MaxDegree)
            throw new ArgumentException($"Orbitals are classified for degree up to {MaxDegree} ({MaxDegree}² pairs); the group has degree {n}.", nameof(group));
        var pairs = new UnionFind(n * n);
        foreach (var g in group.Generators)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var img = g.Images;
            for (int p = 0; p < n; p++)
            {
                int gp = img[p];
                for (int q = 0; q < n; q++) pairs.Union(p * n + q, gp * n + img[q]);
            }
        }
        var index = pairs.Labels();
        var sizes = new int[index.Length == 0 ? 0 : index.Max() + 1];
        foreach (var i in index) sizes[i]++;
        return new Orbitals(n, index, sizes);
    }

    /// <summary>n, the number of points.</summary>
    public int Degree { get; }

    /// <summary>The number of orbitals: dim End_H(ℝⁿ).</summary>
    public int Count => sizes.Length;

    /// <summary>The number of pairs in each orbital, by its index.</summary>
    public IReadOnlyList<int> Sizes => sizes;

    /// <summary>The orbital containing the pair (p, q), numbered 0..Count−1 in order of first occurrence (row-major p·n + q).</summary>
    public int this[int p, int q] => index[p * Degree + q];
}
