namespace Landscape.Symmetry.Groups;

/// <summary>
/// A canonical labelling of a coloured digraph: <see cref="Graph"/> = the input relabelled by
/// <see cref="Labelling"/>, and two digraphs are isomorphic (preserving colours) exactly when their
/// canonical graphs are equal.
/// </summary>
/// <param name="Labelling">Sends each vertex v to its canonical number; the input relabelled by it is <see cref="Graph"/>.</param>
/// <param name="Graph">The canonical form, the same for every relabelling of the input.</param>
/// <param name="Automorphisms">The automorphism group, found by the same search (exact order).</param>
public sealed record CanonicalLabelling(Permutation Labelling, ColouredDigraph Graph, PermutationGroup Automorphisms);
