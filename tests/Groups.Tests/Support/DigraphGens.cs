namespace Landscape.Symmetry.Groups.Tests.Support;

/// <summary>FsCheck generators of small coloured digraphs, biased towards ones with symmetry.</summary>
public static class DigraphGens
{
    /// <summary>Any colours: few vertex colours and 1–3 arc colours, so many have non-trivial groups.</summary>
    public static Gen<ColouredDigraph> Random(int minN, int maxN) =>
        Gen.Choose(minN, maxN).SelectMany(n =>
            Gen.Choose(1, 3).SelectMany(vcs =>
                Gen.Choose(1, 3).SelectMany(acs =>
                    Gen.ArrayOf(Gen.Choose(0, vcs - 1), n).SelectMany(vc =>
                        Gen.ArrayOf(Gen.Choose(0, acs - 1), n * n).Select(a => Build(n, vc, (u, v) => a[u * n + v]))))));

    /// <summary>Symmetric arc colours (an undirected coloured graph), loops of one colour: larger groups.</summary>
    public static Gen<ColouredDigraph> Undirected(int minN, int maxN) =>
        Gen.Choose(minN, maxN).SelectMany(n =>
            Gen.Choose(1, 2).SelectMany(vcs =>
                Gen.ArrayOf(Gen.Choose(0, vcs - 1), n).SelectMany(vc =>
                    Gen.ArrayOf(Gen.Choose(0, 1), n * n).Select(a =>
                        Build(n, vc, (u, v) => u == v ? 7 : a[Math.Min(u, v) * n + Math.Max(u, v)])))));

    /// <summary>A graph invariant under a random permutation group: arc colours constant on the orbits of pairs of a random cyclic/product group.</summary>
    public static Gen<ColouredDigraph> WithSymmetry(int minN, int maxN) =>
        Gen.Choose(minN, maxN).SelectMany(n =>
            Gens.SparsePermutation(n).SelectMany(p =>
                Gen.ArrayOf(Gen.Choose(0, 2), n * n).Select(seed =>
                {
                    // Colour of (u, v) = seed at the smallest pair in its orbit under <p>.
                    var vc = new int[n];
                    var arcs = new int[n, n];
                    for (int u = 0; u < n; u++)
                    {
                        int mv = u;
                        for (int x = p[u]; x != u; x = p[x]) mv = Math.Min(mv, x);
                        vc[u] = seed[mv] % 2;
                        for (int v = 0; v < n; v++)
                        {
                            int best = u * n + v, a = p[u], b = p[v];
                            while (a != u || b != v) { best = Math.Min(best, a * n + b); (a, b) = (p[a], p[b]); }
                            arcs[u, v] = seed[best];
                        }
                    }
                    return ColouredDigraph.Create(vc, arcs);
                })));

    public static Gen<ColouredDigraph> Any(int minN, int maxN) =>
        Gen.OneOf(Random(minN, maxN), Undirected(minN, maxN), WithSymmetry(minN, maxN));

    public static ColouredDigraph Build(int n, int[] vertexColours, Func<int, int, int> arc)
    {
        var arcs = new int[n, n];
        for (int u = 0; u < n; u++)
            for (int v = 0; v < n; v++) arcs[u, v] = arc(u, v);
        return ColouredDigraph.Create(vertexColours, arcs);
    }

    public static ColouredDigraph Uncoloured(int n, Func<int, int, bool> edge) =>
        Build(n, new int[n], (u, v) => edge(u, v) ? 1 : 0);

    /// <summary>Pairs that are often isomorphic: a graph and a relabelled copy, sometimes with one arc recoloured.</summary>
    public static Gen<(ColouredDigraph, ColouredDigraph)> IsomorphicPairs() =>
        Any(1, 6).SelectMany(g =>
            Gens.Permutation(g.VertexCount).SelectMany(s =>
                Gen.Choose(0, 2).SelectMany(mode =>
                    Gen.Choose(0, g.VertexCount * g.VertexCount - 1).Select(cell =>
                    {
                        var h = NaiveDigraph.Relabel(g, s.Images.ToArray());
                        if (mode == 0) return (g, h);
                        int n = g.VertexCount, u0 = cell / n, v0 = cell % n;
                        return (g, Build(n, h.VertexColours.ToArray(), (u, v) => u == u0 && v == v0 ? 1 - h.ArcColour(u, v) : h.ArcColour(u, v)));
                    }))));
}
