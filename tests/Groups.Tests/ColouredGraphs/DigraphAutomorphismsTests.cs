
namespace Landscape.Symmetry.Groups.Tests.ColouredGraphsTests;

public class DigraphAutomorphismsTests
{
    private static int[] Images(Permutation p) => p.Images.ToArray();

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 300)]
    public Property Group_equals_brute_force_over_all_relabellings_up_to_six_vertices() =>
        Prop.ForAll(DigraphGens.Any(1, 6).Arb(), g =>
        {
            var group = DigraphAutomorphisms.Group(g);
            var expected = NaiveDigraph.Automorphisms(g);
            Assert.Equal(new BigInteger(expected.Count), group.Order);
            Assert.True(NaiveGroup.Closure(g.VertexCount, group.Generators).SetEquals(expected),
                $"The generators {group} do not generate the {expected.Count} automorphisms.");
        });

    [Fact]
    public void Brute_force_on_seven_vertices_with_large_groups()
    {
        // Complete graph, a 3+4 colouring, and a 7-cycle: 5040, 144 and 14 automorphisms.
        var cases = new[]
        {
            DigraphGens.Uncoloured(7, (u, v) => u != v),
            DigraphGens.Build(7, new[] { 0, 0, 0, 1, 1, 1, 1 }, (u, v) => 0),
            DigraphGens.Uncoloured(7, (u, v) => (u - v + 7) % 7 is 1 or 6),
        };
        foreach (var g in cases)
        {
            var expected = NaiveDigraph.Automorphisms(g);
            var group = DigraphAutomorphisms.Group(g);
            Assert.Equal(new BigInteger(expected.Count), group.Order);
            Assert.True(NaiveGroup.Closure(7, group.Generators).SetEquals(expected));
        }
    }

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 200)]
    public Property Every_generator_is_an_automorphism() =>
        Prop.ForAll(DigraphGens.Any(1, 12).Arb(), g =>
        {
            foreach (var p in DigraphAutomorphisms.Group(g).Generators)
                Assert.True(NaiveDigraph.Maps(g, g, Images(p)), $"{p} is not an automorphism.");
        });

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 200)]
    public Property Order_agrees_with_schreier_sims_and_orbit_stabilizer() =>
        Prop.ForAll(DigraphGens.Any(1, 10).Arb(), g =>
        {
            var group = DigraphAutomorphisms.Group(g);
            // Schreier–Sims from the generators alone, with no order given.
            Assert.Equal(group.Order, PermutationGroup.Create(g.VertexCount, group.Generators).Order);
            // |G| = |orbit(v)| · |G_v|, with G_v the automorphisms of g with v given a colour of its own.
            int v = 0;
            var vc = g.VertexColours.ToArray();
            vc[v] = vc.Max() + 1;
            var pinned = DigraphGens.Build(g.VertexCount, vc, g.ArcColour);
            var stabilizer = DigraphAutomorphisms.Group(pinned);
            Assert.Equal(group.Order, group.Orbit(v).Length * stabilizer.Order);
        });

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 300)]
    public Property Canonical_form_is_invariant_under_relabelling() =>
        Prop.ForAll(DigraphGens.Any(1, 14).SelectMany(g => Gens.Permutation(g.VertexCount).Select(s => (g, s))).Arb(), t =>
        {
            var (g, sigma) = t;
            var a = DigraphAutomorphisms.Canonical(g);
            var b = DigraphAutomorphisms.Canonical(NaiveDigraph.Relabel(g, Images(sigma)));
            Assert.Equal(a.Graph, b.Graph);
            Assert.Equal(a.Graph.GetHashCode(), b.Graph.GetHashCode());
            Assert.Equal(NaiveDigraph.Relabel(g, Images(a.Labelling)), a.Graph);
            Assert.Equal(DigraphAutomorphisms.Group(g).Order, a.Automorphisms.Order);
        });

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 300)]
    public Property Isomorphism_is_found_exactly_when_brute_force_finds_one() =>
        Prop.ForAll(DigraphGens.IsomorphicPairs().Arb(), t =>
        {
            var (a, b) = t;
            bool expected = NaiveDigraph.AreIsomorphic(a, b);
            var sigma = DigraphAutomorphisms.FindIsomorphism(a, b);
            Assert.Equal(expected, sigma is not null);
            Assert.Equal(expected, DigraphAutomorphisms.Canonical(a).Graph == DigraphAutomorphisms.Canonical(b).Graph);
            if (sigma is not null) Assert.True(NaiveDigraph.Maps(a, b, Images(sigma)), $"{sigma} does not map the first graph onto the second.");
        });


    [Fact]
    public void Known_automorphism_group_orders()
    {
        // Petersen graph: Kneser graph K(5,2), automorphism group S_5.
        var pairs = new List<(int, int)>();
        for (int i = 0; i < 5; i++) for (int j = i + 1; j < 5; j++) pairs.Add((i, j));
        var petersen = DigraphGens.Uncoloured(10, (u, v) =>
        {
            var (a, b) = pairs[u]; var (c, d) = pairs[v];
            return a != c && a != d && b != c && b != d;
        });
        Assert.Equal(120, DigraphAutomorphisms.Group(petersen).Order);
        // Colours far apart (the refiner's dictionary path rather than its dense table): same group.
        var spread = DigraphGens.Build(10, new int[10], (u, v) => petersen.ArcColour(u, v) == 1 ? int.MaxValue : int.MinValue);
        Assert.Equal(120, DigraphAutomorphisms.Group(spread).Order);
        Assert.Equal(DigraphAutomorphisms.Canonical(spread).Automorphisms.Order, DigraphAutomorphisms.Group(spread).Order);

        // Hypercubes Q_3, Q_4: 2^n n!.
        Assert.Equal(48, DigraphAutomorphisms.Group(DigraphGens.Uncoloured(8, (u, v) => BitOperations.PopCount((uint)(u ^ v)) == 1)).Order);
        Assert.Equal(384, DigraphAutomorphisms.Group(DigraphGens.Uncoloured(16, (u, v) => BitOperations.PopCount((uint)(u ^ v)) == 1)).Order);

        // Undirected cycle C_12: dihedral of order 24; directed cycle: cyclic of order 12.
        Assert.Equal(24, DigraphAutomorphisms.Group(DigraphGens.Uncoloured(12, (u, v) => (u - v + 12) % 12 is 1 or 11)).Order);
        Assert.Equal(12, DigraphAutomorphisms.Group(DigraphGens.Uncoloured(12, (u, v) => (v - u + 12) % 12 == 1)).Order);

        // Paley graph P(13): order 13·6 = 78 (x ↦ ax + b, a a square).
        var squares = Enumerable.Range(1, 12).Select(x => x * x % 13).ToHashSet();
        Assert.Equal(78, DigraphAutomorphisms.Group(DigraphGens.Uncoloured(13, (u, v) => u != v && squares.Contains((u - v + 13) % 13))).Order);

        // The 4×4 rook's graph (order 2·4!² = 1152) and the Shrikhande graph (order 192): both strongly regular (16,6,2,2).
        var rook = Rook();
        var shrikhande = Shrikhande();
        Assert.Equal(1152, DigraphAutomorphisms.Group(rook).Order);
        Assert.Equal(192, DigraphAutomorphisms.Group(shrikhande).Order);
        Assert.Null(DigraphAutomorphisms.FindIsomorphism(rook, shrikhande));
        Assert.NotEqual(DigraphAutomorphisms.Canonical(rook).Graph, DigraphAutomorphisms.Canonical(shrikhande).Graph);

        // Colours are fixed labels: 3 vertices of colour 0 and 4 of colour 1, no arcs: 3!·4!.
        Assert.Equal(144, DigraphAutomorphisms.Group(DigraphGens.Build(7, new[] { 1, 0, 1, 0, 1, 0, 1 }, (u, v) => 0)).Order);
    }

    private static ColouredDigraph Rook() => DigraphGens.Uncoloured(16, (u, v) => u != v && (u / 4 == v / 4 || u % 4 == v % 4));

    private static ColouredDigraph Shrikhande() => DigraphGens.Uncoloured(16, (u, v) =>
    {
        int dx = ((u / 4 - v / 4) % 4 + 4) % 4, dy = ((u % 4 - v % 4) % 4 + 4) % 4;
        return (dx, dy) is (0, 1) or (0, 3) or (1, 0) or (3, 0) or (1, 1) or (3, 3);
    });

    [Fact]
    public void Strongly_regular_graphs_relabelled_have_equal_canonical_forms()
    {
        var random = new Random(7);
        foreach (var g in new[] { Rook(), Shrikhande() })
        {
            var images = Enumerable.Range(0, 16).ToArray();
            random.Shuffle(images);
            var h = g.Relabel(Permutation.FromImages(images));
            Assert.Equal(DigraphAutomorphisms.Canonical(g).Graph, DigraphAutomorphisms.Canonical(h).Graph);
            var sigma = DigraphAutomorphisms.FindIsomorphism(g, h);
            Assert.NotNull(sigma);
            Assert.Equal(h, g.Relabel(sigma!));
        }
    }

    [Fact]
    public void Identity_matrix_as_bipartite_graph_has_group_S_200()
    {
        const int d = 200;
        var g = Bipartite(d, d, (i, j) => i == j ? 1 : 0);
        var group = DigraphAutomorphisms.Group(g);
        Assert.Equal(Factorials.Of(d), group.Order);
        Assert.All(group.Generators, p => Assert.True(g.IsAutomorphism(p)));
        Assert.Equal(2, group.Orbits.Length);
    }

    [Fact]
    public void Random_500_by_500_matrix_as_1000_vertex_graph_has_trivial_group()
    {
        var random = new Random(11);
        var vc = new int[1000];
        var arcs = new int[1000, 1000];
        for (int u = 0; u < 1000; u++)
        {
            vc[u] = u < 500 ? 0 : 1;
            for (int v = 0; v < 1000; v++) arcs[u, v] = u < 500 && v >= 500 ? random.Next(1 << 20) : -1;
        }
        var group = DigraphAutomorphisms.Group(ColouredDigraph.Create(vc, arcs));
        Assert.Equal(BigInteger.One, group.Order);
        Assert.Empty(group.Generators);
    }

    /// <summary>Rows 0..k−1 (colour 0), columns k..k+d−1 (colour 1), arc row i → column j coloured w(i, j), others colour −1.</summary>
    private static ColouredDigraph Bipartite(int k, int d, Func<int, int, int> w)
    {
        int n = k + d;
        var vc = Enumerable.Range(0, n).Select(v => v < k ? 0 : 1).ToArray();
        return DigraphGens.Build(n, vc, (u, v) => u < k && v >= k ? w(u, v - k) : -1);
    }

    [Fact]
    public void Canonical_forms_of_structured_matrices_survive_row_and_column_shuffles()
    {
        // Block patterns, identity, and a wreath-like block diagonal, k, d up to 40: large groups and deep trees.
        var random = new Random(3);
        for (int trial = 0; trial < 12; trial++)
        {
            int k = random.Next(5, 41), d = trial % 3 == 0 ? k : random.Next(5, 41), blocks = random.Next(1, 5);
            var labels = new int[blocks, blocks];
            for (int a = 0; a < blocks; a++) for (int b = 0; b < blocks; b++) labels[a, b] = random.Next(3);
            double Entry(int i, int j) => trial % 3 == 0 && i == j ? 9 : labels[i * blocks / k, j * blocks / d];
            var w = new double[k, d];
            for (int i = 0; i < k; i++) for (int j = 0; j < d; j++) w[i, j] = Entry(i, j);
            var rows = Enumerable.Range(0, k).ToArray(); random.Shuffle(rows);
            var columns = Enumerable.Range(0, d).ToArray(); random.Shuffle(columns);
            var moved = new double[k, d];
            for (int i = 0; i < k; i++) for (int j = 0; j < d; j++) moved[rows[i], columns[j]] = w[i, j];
            var a0 = DigraphAutomorphisms.Canonical(MatrixIsotropy.RowColumnDigraph(w));
            var a1 = DigraphAutomorphisms.Canonical(MatrixIsotropy.RowColumnDigraph(moved));
            Assert.Equal(a0.Graph, a1.Graph);
            Assert.Equal(a0.Automorphisms.Order, a1.Automorphisms.Order);
            Assert.Equal(DigraphAutomorphisms.Group(MatrixIsotropy.RowColumnDigraph(w)).Order, a0.Automorphisms.Order);
            var sigma = DigraphAutomorphisms.FindIsomorphism(MatrixIsotropy.RowColumnDigraph(w), MatrixIsotropy.RowColumnDigraph(moved));
            Assert.NotNull(sigma);
            Assert.Equal(MatrixIsotropy.RowColumnDigraph(moved), MatrixIsotropy.RowColumnDigraph(w).Relabel(sigma!));
        }
    }

    [Fact]
    public void Canonical_labelling_of_the_identity_matrix_graph_with_S_100()
    {
        var g = Bipartite(100, 100, (i, j) => i == j ? 1 : 0);
        var images = Enumerable.Range(0, 200).ToArray();
        new Random(9).Shuffle(images);
        var c = DigraphAutomorphisms.Canonical(g);
        Assert.Equal(Factorials.Of(100), c.Automorphisms.Order);
        Assert.Equal(c.Graph, DigraphAutomorphisms.Canonical(g.Relabel(Permutation.FromImages(images))).Graph);
    }

    [Fact]
    public void Empty_and_single_vertex_graphs()
    {
        var empty = ColouredDigraph.Create(Array.Empty<int>(), new int[0, 0]);
        Assert.Equal(BigInteger.One, DigraphAutomorphisms.Group(empty).Order);
        Assert.Equal(empty, DigraphAutomorphisms.Canonical(empty).Graph);
        var one = ColouredDigraph.Create(new[] { 5 }, new[,] { { 3 } });
        Assert.Equal(BigInteger.One, DigraphAutomorphisms.Group(one).Order);
        Assert.NotNull(DigraphAutomorphisms.FindIsomorphism(one, one));
        Assert.Null(DigraphAutomorphisms.FindIsomorphism(one, ColouredDigraph.Create(new[] { 5 }, new[,] { { 4 } })));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => DigraphAutomorphisms.Group(Rook(), cts.Token));
    }

    [Fact]
    public void Bad_input_is_rejected_with_a_clear_message()
    {
        var e = Assert.Throws<ArgumentException>(() => ColouredDigraph.Create(new int[3], new int[3, 2]));
        Assert.Contains("3×2", e.Message);
        Assert.Contains("3×3", e.Message);
        var g = ColouredDigraph.Create(new int[3], new int[3, 3]);
        Assert.Throws<ArgumentException>(() => g.Relabel(Permutation.Identity(4)));
        Assert.False(g.IsAutomorphism(Permutation.Identity(4)));
        Assert.Throws<ArgumentNullException>(() => DigraphAutomorphisms.Group(null!));
    }

    [Fact]
    public void Value_equality_and_relabel_agree_with_the_definition()
    {
        var g = ColouredDigraph.Create(new[] { 0, 1, 1 }, new[,] { { 0, 1, 2 }, { 3, 4, 5 }, { 6, 7, 8 } });
        var sigma = Permutation.Parse("(1,2,3)");
        var h = g.Relabel(sigma);
        for (int u = 0; u < 3; u++)
        {
            Assert.Equal(g.VertexColour(u), h.VertexColour(sigma[u]));
            for (int v = 0; v < 3; v++) Assert.Equal(g.ArcColour(u, v), h.ArcColour(sigma[u], sigma[v]));
        }
        Assert.Equal(g, h.Relabel(sigma.Inverse()));
        Assert.NotEqual(g, h);
        Assert.True(g == ColouredDigraph.Create(new[] { 0, 1, 1 }, new[,] { { 0, 1, 2 }, { 3, 4, 5 }, { 6, 7, 8 } }));
    }
}
