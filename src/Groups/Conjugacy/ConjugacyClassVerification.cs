using System.Numerics;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// What <see cref="ConjugacyClasses.Verify"/> proved about a list of classes of a group G: always
/// that every representative lies in G, that each class's cycle type is its representative's, and that
/// the sizes add up to |G|; when <see cref="CentralizersChecked"/>, also that every size equals
/// |G| / |C_G(x)| for its representative x and that the representatives are pairwise non-conjugate,
/// which together make the list exactly the classes of G.
/// </summary>
/// <param name="CentralizersChecked">True when sizes and non-conjugacy were checked by a search.</param>
/// <param name="Method">How, in words, for reports.</param>
/// <remarks>
/// <para>The search needs G to be 2-closed: G = Aut(Γ) for Γ its orbital colouring, the digraph on the
/// points whose arc (u, v) is coloured by the orbit of G on pairs holding it. G ≤ Aut(Γ) always, so
/// equal orders prove it (Sₙ, Young subgroups, wreath products of symmetric groups and S_k × S_d on
/// cells are 2-closed; Aₙ for n ≥ 4 is not). Then, adding the arcs u → x(u) in a colour of their own
/// gives a digraph Γ_x with Aut(Γ_x) = G ∩ C(x) = C_G(x), and Γ_x ≅ Γ_y by some σ exactly when σ ∈ G
/// conjugates x to y. Centralizer orders and canonical forms come from the coloured-digraph search
/// (<see cref="DigraphAutomorphisms"/>), which shares no code with the way classes are computed.</para>
/// <para>Sizes that are the true class sizes of pairwise non-conjugate elements and add up to |G|
/// cover G, so no class is missing.</para>
/// </remarks>
public sealed record ConjugacyClassVerification(bool CentralizersChecked, string Method)
{
    /// <summary>The largest degree for which centralizers are searched (the orbital digraph has n² arcs).</summary>
    public const int MaxSearchDegree = 400;

    /// <summary>The most classes whose centralizers are searched (one canonical labelling each).</summary>
    public const int MaxSearchedClasses = 5_000;

    /// <exception cref="InvalidOperationException">A check failed; the message says which class and how.</exception>
    internal static ConjugacyClassVerification Run(PermutationGroup g, IReadOnlyList<ConjugacyClass> classes, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(g);
        ArgumentNullException.ThrowIfNull(classes);
        var order = g.Order;
        var total = BigInteger.Zero;
        for (int i = 0; i < classes.Count; i++)
        {
            cancel.ThrowIfCancellationRequested();
            var c = classes[i];
            if (c.Representative.Degree != g.Degree || !g.Contains(c.Representative))
                throw new InvalidOperationException($"Class {i + 1}: the representative {c.Representative} is not an element of the group.");
            if (!c.CycleType.Equals(c.Representative.CycleType()))
                throw new InvalidOperationException($"Class {i + 1}: cycle type {c.CycleType} is not that of its representative, {c.Representative.CycleType()}.");
            if (c.Size < 1 || order % c.Size != 0)
                throw new InvalidOperationException($"Class {i + 1}: size {c.Size} does not divide the group order {order}.");
            total += c.Size;
        }
        if (total != order)
            throw new InvalidOperationException($"The class sizes add up to {total}, not to the group order {order}.");

        const string Basic = "representatives lie in the group and the sizes add up to its order";
        if (g.Degree > MaxSearchDegree || classes.Count > MaxSearchedClasses)
            return new(false, $"{Basic}; centralizers not searched (degree above {MaxSearchDegree} or more than {MaxSearchedClasses} classes)");
        var orbitals = Orbitals.Of(g, cancel);
        var closure = DigraphAutomorphisms.Group(Colouring(orbitals, null), cancel).Order;
        if (closure != order)
            return new(false, $"{Basic}; centralizers not searched (the group is not 2-closed: its orbital colouring has {ConjugacyClasses.Describe(closure)} automorphisms)");

        var canonicalForms = new HashSet<ColouredDigraph>();
        for (int i = 0; i < classes.Count; i++)
        {
            var x = classes[i].Representative;
            var canonical = DigraphAutomorphisms.Canonical(Colouring(orbitals, x), cancel);
            var centralizer = canonical.Automorphisms.Order;
            if (order / centralizer != classes[i].Size)
                throw new InvalidOperationException(
                    $"Class {i + 1} of {x}: size {classes[i].Size}, but its centralizer has order {centralizer}, so the class has {order / centralizer} elements.");
            if (!canonicalForms.Add(canonical.Graph))
                throw new InvalidOperationException($"Class {i + 1}: its representative {x} is conjugate to an earlier class's.");
        }
        return new(true, $"{Basic}; centralizer orders and pairwise non-conjugacy by coloured-digraph search (the group is 2-closed)");
    }

    // Arc (u, v) gets 2·orbital + 1 when v = x(u), else 2·orbital; vertices are coloured by their orbit (the loop's orbital).
    private static ColouredDigraph Colouring(Orbitals orbitals, Permutation? x)
    {
        int n = orbitals.Degree;
        var vertices = new int[n];
        var arcs = new int[n * n];
        for (int u = 0; u < n; u++)
        {
            vertices[u] = orbitals[u, u];
            for (int v = 0; v < n; v++)
                arcs[u * n + v] = 2 * orbitals[u, v] + (x is not null && x[u] == v ? 1 : 0);
        }
        return ColouredDigraph.Trusted(vertices, arcs);
    }
}
