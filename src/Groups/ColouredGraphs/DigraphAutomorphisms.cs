namespace Landscape.Symmetry.Groups;

/// <summary>
/// Automorphism groups, canonical forms and isomorphisms of vertex- and arc-coloured digraphs, by
/// individualisation and equitable refinement with automorphism pruning (the scheme of McKay's
/// nauty; see <see cref="ColouredDigraph"/> for what is preserved).
/// </summary>
/// <remarks>
/// The order is exact: the product of the orbit lengths met along the first path of the search,
/// each the index of one point stabilizer in the previous. A d×d identity matrix as a bipartite graph
/// (S_d, d!) and a random matrix (trivial group, found by refinement alone) are both fast; the
/// worst cases of this scheme (highly regular graphs with small groups) can take exponential time,
/// so every entry point takes a cancellation token.
/// </remarks>
public static class DigraphAutomorphisms
{
    /// <summary>The automorphism group of <paramref name="graph"/>, with generators and exact order.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static PermutationGroup Group(ColouredDigraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var search = PartitionBacktrack.Run(graph, canonical: false, cancellationToken);
        return ToGroup(graph.VertexCount, search);
    }

    /// <summary>
    /// A canonical labelling of <paramref name="graph"/>: for every relabelling σ,
    /// <c>Canonical(graph.Relabel(σ)).Graph == Canonical(graph).Graph</c>.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static CanonicalLabelling Canonical(ColouredDigraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var search = PartitionBacktrack.Run(graph, canonical: true, cancellationToken);
        var labelling = Permutation.Trusted(search.CanonicalPositions);
        return new CanonicalLabelling(labelling, graph.Relabel(labelling), ToGroup(graph.VertexCount, search));
    }

    /// <summary>
    /// An isomorphism σ with <c>to == from.Relabel(σ)</c> (colours preserved), or null when there is none.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Permutation? FindIsomorphism(ColouredDigraph from, ColouredDigraph to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from.VertexCount != to.VertexCount) return null;
        if (!SameMultiset(from.VertexColourArray, to.VertexColourArray) || !SameMultiset(from.ArcArray, to.ArcArray)) return null;
        var a = Canonical(from, cancellationToken);
        var b = Canonical(to, cancellationToken);
        if (a.Graph != b.Graph) return null;
        // from.Relabel(λ_a) = to.Relabel(λ_b), so to = from.Relabel(λ_a then λ_b⁻¹).
        return a.Labelling * b.Labelling.Inverse();
    }

    private static PermutationGroup ToGroup(int n, PartitionBacktrack search) =>
        PermutationGroup.CreateWithProvenOrder(n, search.Automorphisms.Select(Permutation.Trusted), search.Order);

    private static bool SameMultiset(int[] a, int[] b)
    {
        var x = (int[])a.Clone();
        var y = (int[])b.Clone();
        Array.Sort(x);
        Array.Sort(y);
        return x.AsSpan().SequenceEqual(y);
    }
}
