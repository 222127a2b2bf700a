using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Representations;

/// <summary>
/// The orbitals of a permutation group H on 0..n−1: the orbits of H on ordered pairs (p, q). Their
/// 0/1 matrices form a basis of the commutant End_H(ℝⁿ), the matrices that commute with every
/// element of H, so the number of orbitals is Σ_U m_U² · dim End_H(U) over the irreducible types.
/// </summary>
public sealed class Orbitals
{
    private readonly int[] index;

    private Orbitals(int n, int[] index, int count)
    {
        Degree = n;
        this.index = index;
        Count = count;
    }

    /// <summary>The largest degree whose n² pairs are classified.</summary>
    public const int MaxDegree = 4096;

    /// <summary>Union–find on the n² pairs, joining (p, q) with (g(p), g(q)) for each generator g: O(generators · n²).</summary>
    /// <exception cref="ArgumentException">The degree exceeds <see cref="MaxDegree"/>.</exception>
    public static Orbitals Of(PermutationGroup group, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        int n = group.Degree;
        if (n > MaxDegree)
            throw new ArgumentException($"Orbitals are classified for degree up to {MaxDegree} ({MaxDegree}² pairs); the group has degree {n}.", nameof(group));
        var parent = new int[n * n];
        for (int i = 0; i < parent.Length; i++) parent[i] = i;
        foreach (var g in group.Generators)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var img = g.Images;
            for (int p = 0; p < n; p++)
                for (int q = 0; q < n; q++)
                {
                    int a = Find(parent, p * n + q), b = Find(parent, img[p] * n + img[q]);
                    if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
                }
        }
        var index = new int[n * n];
        int count = 0;
        var label = new int[n * n];
        Array.Fill(label, -1);
        for (int i = 0; i < index.Length; i++)
        {
            int root = Find(parent, i);
            if (label[root] < 0) label[root] = count++;
            index[i] = label[root];
        }
        return new Orbitals(n, index, count);
    }

    /// <summary>n, the number of points.</summary>
    public int Degree { get; }

    /// <summary>The number of orbitals: dim End_H(ℝⁿ).</summary>
    public int Count { get; }

    /// <summary>The orbital containing the pair (p, q), numbered 0..Count−1 in order of first occurrence.</summary>
    public int this[int p, int q] => index[p * Degree + q];

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
        return x;
    }
}
