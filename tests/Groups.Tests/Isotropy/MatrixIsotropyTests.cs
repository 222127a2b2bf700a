namespace Landscape.Symmetry.Groups.Tests.IsotropyTests;

public class MatrixIsotropyTests
{
    private static BigInteger F(int n) => Factorials.Of(n);

    private static int[] Images(Permutation p) => p.Images.ToArray();

    private static List<List<int>> AsLists(System.Collections.Immutable.ImmutableArray<System.Collections.Immutable.ImmutableArray<int>> partition) => partition.Select(o => o.ToList()).ToList();

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 250)]
    public Property Agrees_with_brute_force_over_all_of_Sk_x_Sd_for_k_d_up_to_4() =>
        Prop.ForAll(IsotropyGens.Invariant(4, 4).Arb(), m =>
        {
            var g = MatrixIsotropy.Of(m.Real(), m.RealA());
            var expected = NaiveIsotropy.Elements(m.W, m.A);
            Assert.Equal(new BigInteger(expected.Count), g.Order);
            // The generators, lifted to cells, generate exactly the brute-force set.
            var lifted = expected.Select(e => MatrixCellAction.Lift(m.K, m.D, Permutation.FromImages(e.Row), Permutation.FromImages(e.Column), m.A is not null)).ToHashSet();
            Assert.True(NaiveGroup.Closure(MatrixCellAction.Degree(m.K, m.D, m.A is not null), g.AsCellGroup().Generators).SetEquals(lifted));
            Assert.Equal(NaiveIsotropy.Orbits(m.K, expected.Select(e => e.Row)), AsLists(g.RowPartition));
            Assert.Equal(NaiveIsotropy.Orbits(m.D, expected.Select(e => e.Column)), AsLists(g.ColumnPartition));
            Assert.Equal(NaiveIsotropy.FixedDimension(m.K, m.D, expected, m.A is not null), g.FixedDimension);
            Assert.Equal(F(m.K) * F(m.D) / expected.Count, g.OrbitSize);
            Assert.Equal(NaiveIsotropy.IsConjugateToDiagonal(m.K, m.D, expected), g.IsConjugateToDiagonal);
            if (g.DiagonalConjugator is { } phi)
                Assert.All(expected, e => Assert.All(Enumerable.Range(0, m.K), i => Assert.Equal(phi[e.Row[i]], e.Column[phi[i]])));
        });

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 250)]
    public Property Diagonal_isotropy_agrees_with_brute_force_over_Sd_for_d_up_to_5() =>
        Prop.ForAll(IsotropyGens.Invariant(5, 5, square: true, diagonal: true).Arb(), m =>
        {
            var g = MatrixIsotropy.Diagonal(m.Real(), m.RealA());
            var expected = NaiveIsotropy.DiagonalElements(m.W, m.A);
            Assert.Equal(new BigInteger(expected.Count), g.Order);
            Assert.True(NaiveGroup.Closure(m.D, g.Generators.Select(x => x.Row)).SetEquals(expected.Select(p => Permutation.FromImages(p))));
            Assert.All(g.Generators, x => Assert.Equal(x.Row, x.Column));
            Assert.Equal(NaiveIsotropy.Orbits(m.D, expected), AsLists(g.RowPartition));
            var pairs = expected.Select(p => (p, p)).ToList();
            Assert.Equal(NaiveIsotropy.FixedDimension(m.D, m.D, pairs, m.A is not null), g.FixedDimension);
            Assert.Equal(F(m.D) / expected.Count, g.OrbitSize);
            Assert.True(g.IsConjugateToDiagonal);
            // Young type exactly when the brute-force group is the full product of the symmetric groups on its orbits.
            var orbits = NaiveIsotropy.Orbits(m.D, expected);
            bool young = expected.Count == orbits.Aggregate(1, (p, o) => p * (int)F(o.Count));
            Assert.Equal(young, g.Type.Name.StartsWith("ΔS_") || g.Type.Name.StartsWith("(ΔS_"));
        });

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 150)]
    public Property Every_generator_fixes_W_and_a() =>
        Prop.ForAll(IsotropyGens.Invariant(7, 7).Arb(), m =>
        {
            var w = m.Real();
            var a = m.RealA();
            var g = MatrixIsotropy.Of(w, a);
            foreach (var x in g.Generators)
            {
                for (int i = 0; i < m.K; i++)
                {
                    for (int j = 0; j < m.D; j++) Assert.True(Math.Abs(w[x.Row[i], x.Column[j]] - w[i, j]) < 1e-9, $"{x} moves W[{i},{j}].");
                    if (a is not null) Assert.True(Math.Abs(a[x.Row[i]] - a[i]) < 1e-9, $"{x} moves a[{i}].");
                }
            }
        });

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 150)]
    public Property Relabelling_W_conjugates_the_group() =>
        Prop.ForAll(IsotropyGens.Invariant(6, 6).SelectMany(m => Gens.Permutation(m.K).SelectMany(p => Gens.Permutation(m.D).Select(r => (m, p, r)))).Arb(), t =>
        {
            var (m, pi, rho) = t;
            var moved = IsotropyGens.Permute(m, pi, rho);
            var g = MatrixIsotropy.Of(m.Real(), m.RealA());
            var h = MatrixIsotropy.Of(moved.Real(3), moved.RealA(4));
            Assert.Equal(g.Order, h.Order);
            Assert.Equal(g.Type.Name, h.Type.Name);
            Assert.Equal(g.FixedDimension, h.FixedDimension);
            Assert.Equal(Mapped(g.RowPartition, pi), AsLists(h.RowPartition));
            Assert.Equal(Mapped(g.ColumnPartition, rho), AsLists(h.ColumnPartition));
            // (π, ρ)⁻¹ x (π, ρ) lies in the isotropy of the relabelled matrix.
            var cells = h.AsCellGroup();
            var lift = MatrixCellAction.Lift(m.K, m.D, pi, rho, m.A is not null);
            foreach (var x in g.AsCellGroup().Generators) Assert.True(cells.Contains(x.ConjugateBy(lift)));
        });

    private static List<List<int>> Mapped(System.Collections.Immutable.ImmutableArray<System.Collections.Immutable.ImmutableArray<int>> partition, Permutation p) =>
        partition.Select(o => o.Select(x => p[x]).OrderBy(x => x).ToList()).OrderBy(o => o[0]).ToList();

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 150)]
    public Property Making_one_entry_unique_leaves_the_stabilizer_of_its_cell() =>
        Prop.ForAll(IsotropyGens.Invariant(6, 6).SelectMany(m => Gen.Choose(0, m.K * m.D - 1).Select(c => (m, c))).Arb(), t =>
        {
            var (m, cell) = t;
            var w = m.Real();
            var g = MatrixIsotropy.Of(w, m.RealA(), tolerance: 0.01);
            w[cell / m.D, cell % m.D] = 100; // far beyond the tolerance from every other entry
            var h = MatrixIsotropy.Of(w, m.RealA(), tolerance: 0.01);
            int orbit = g.AsCellGroup().Orbit(cell).Length;
            Assert.Equal(g.Order, h.Order * orbit);
            if (orbit > 1) Assert.True(h.Order < g.Order);
        });

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(200)]
    public void Identity_matrix_has_isotropy_Delta_Sd(int d)
    {
        var w = new double[d, d];
        for (int i = 0; i < d; i++) w[i, i] = 1;
        var g = MatrixIsotropy.Of(w);
        Assert.Equal(F(d), g.Order);
        Assert.Equal($"ΔS_{d}", g.Type.Name);
        Assert.True(g.IsConjugateToDiagonal);
        Assert.Equal(F(d), g.OrbitSize);
        Assert.Equal(d == 1 ? 1 : 2, g.FixedDimension);
        var diagonal = MatrixIsotropy.Diagonal(w);
        Assert.Equal(F(d), diagonal.Order);
        Assert.Equal($"ΔS_{d}", diagonal.Type.Name);
        Assert.Equal(BigInteger.One, diagonal.OrbitSize);
    }

    [Fact]
    public void Generic_random_matrix_has_trivial_isotropy()
    {
        var random = new Random(5);
        var w = new double[30, 40];
        for (int i = 0; i < 30; i++) for (int j = 0; j < 40; j++) w[i, j] = random.NextDouble();
        var g = MatrixIsotropy.Of(w);
        Assert.Equal(BigInteger.One, g.Order);
        Assert.Empty(g.Generators);
        Assert.Equal(30 * 40, g.FixedDimension);
        Assert.False(g.IsConjugateToDiagonal);
        Assert.Equal("order 1; rows 1^30; columns 1^40", g.Type.Structure);
        var square = new double[6, 6];
        for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) square[i, j] = random.NextDouble();
        Assert.Equal("(ΔS_1)^6", MatrixIsotropy.Of(square).Type.Name);
    }

    /// <summary>α on the diagonal of the first d−q indices, β off it, γ/δ in the off-diagonal blocks, ε, ζ in the last q×q block.</summary>
    private static double[,] YoungPattern(int d, int q)
    {
        var w = new double[d, d];
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++)
            {
                bool a = i < d - q, b = j < d - q;
                w[i, j] = (a, b) switch
                {
                    (true, true) => i == j ? 1.1 : -0.3,
                    (true, false) => 0.7,
                    (false, true) => -0.9,
                    _ => i == j ? 2.5 : 0.2,
                };
            }
        return w;
    }

    [Fact]
    public void Paper_examples_Delta_S5_x_Delta_S1_and_Delta_S_d_minus_q_x_Delta_S_q()
    {
        var g = MatrixIsotropy.Of(YoungPattern(6, 1));
        Assert.Equal("ΔS_5×ΔS_1", g.Type.Name);
        Assert.Equal(new BigInteger(120), g.Order);
        Assert.Equal(5, g.FixedDimension);
        Assert.Equal(new[] { 5, 1 }, g.Type.DiagonalYoungParts.ToArray());
        Assert.Equal("ΔS_5×ΔS_1", MatrixIsotropy.Diagonal(YoungPattern(6, 1)).Type.Name);

        foreach (var (d, q) in new[] { (7, 2), (6, 3), (9, 4), (12, 5) })
        {
            var h = MatrixIsotropy.Of(YoungPattern(d, q));
            var parts = new[] { d - q, q }.OrderByDescending(x => x).ToArray();
            Assert.Equal($"ΔS_{parts[0]}×ΔS_{parts[1]}", h.Type.Name);
            Assert.Equal(6, h.FixedDimension);
            Assert.Equal(F(d - q) * F(q), h.Order);
            Assert.Equal(6, MatrixIsotropy.Diagonal(YoungPattern(d, q)).FixedDimension);
        }
    }

    [Fact]
    public void Second_layer_splits_the_rows()
    {
        var w = new double[4, 4];
        for (int i = 0; i < 4; i++) w[i, i] = 1;
        var g = MatrixIsotropy.Of(w, new[] { 0.5, 0.5, -1.0, -1.0 });
        Assert.Equal("ΔS_2×ΔS_2", g.Type.Name);
        Assert.Equal(new BigInteger(4), g.Order);
        Assert.Equal(6 + 2, g.FixedDimension); // six cell orbits of ΔS_2×ΔS_2, two row orbits for a
        Assert.Equal(MatrixCellAction.Degree(4, 4, true), g.AsCellGroup().Degree);
        // An a-value equal to a W-value means nothing: a = 1 everywhere keeps all of ΔS_4.
        Assert.Equal(F(4), MatrixIsotropy.Of(w, new[] { 1.0, 1.0, 1.0, 1.0 }).Order);
    }

    [Fact]
    public void Non_diagonal_and_non_Young_types()
    {
        // Rows differ, columns are interchangeable: {id} × S_2, not conjugate into ΔS_2.
        var g = MatrixIsotropy.Of(new[] { new[] { 1.0, 1.0 }, new[] { 0.0, 0.0 } });
        Assert.False(g.IsConjugateToDiagonal);
        Assert.Equal("S_1×S_1 (rows) × S_2 (columns)", g.Type.Name);

        // Circulant with four distinct diagonals: the rotations (σ, σ), C_4 — diagonal but not Young.
        var c = new[] { 0.1, 0.4, 0.9, 1.6 };
        var circulant = new double[4][];
        for (int i = 0; i < 4; i++) circulant[i] = Enumerable.Range(0, 4).Select(j => c[(j - i + 4) % 4]).ToArray();
        var h = MatrixIsotropy.Of(circulant);
        Assert.Equal(new BigInteger(4), h.Order);
        Assert.True(h.IsConjugateToDiagonal);
        Assert.Equal("diagonal, order 4; rows 4; columns 4", h.Type.Name);

        // Same orbit lengths on rows and columns, but not isomorphic as G-sets: a = ((1,2)(3,4), (1,2)), b = ((), (3,4)).
        var w = new double[,] { { 1, 2, 3, 3 }, { 2, 1, 3, 3 }, { 4, 5, 6, 6 }, { 5, 4, 6, 6 } };
        var x = MatrixIsotropy.Of(w);
        Assert.Equal("order 4; rows 2+2; columns 2+2", x.Type.Structure);
        Assert.False(x.IsConjugateToDiagonal);
        Assert.Null(x.DiagonalConjugator);
    }

    [Fact]
    public void Tolerance_clusters_by_single_linkage()
    {
        Assert.Equal(new[] { 0, 0, 0, 1 }, ValueClustering.Cluster(new[] { 0.0, 0.1, 0.2, 0.5 }, 0.15));
        Assert.Equal(new[] { 1, 0, 1 }, ValueClustering.Cluster(new[] { 2.0, 1.0, 2.0 }, 0));
        // A chain of small gaps is one cluster even though its ends are far apart.
        Assert.Equal(1, ValueClustering.Count(Enumerable.Range(0, 100).Select(i => i * 0.01).ToArray(), 0.011));
        // Order of the values does not matter.
        Assert.Equal(new[] { 1, 0, 0 }, ValueClustering.Cluster(new[] { 0.5, 0.2, 0.0 }, 0.25));
        Assert.Equal(new[] { 0, 1, 0 }, ValueClustering.Cluster(new[] { 0.2, 0.5, 0.0 }, 0.25));
        var w = new double[,] { { 1, 1 + 1e-7 }, { 1 + 1e-7, 1 } };
        Assert.Equal(new BigInteger(4), MatrixIsotropy.Of(w, tolerance: 1e-6).Order);
        Assert.Equal(new BigInteger(2), MatrixIsotropy.Of(w, tolerance: 1e-9).Order);
    }

    [Fact]
    public void Bad_input_is_rejected_with_clear_messages()
    {
        var ok = new double[,] { { 1, 2 }, { 3, 4 } };
        Assert.Contains("NaN", Assert.Throws<ArgumentException>(() => MatrixIsotropy.Of(new double[,] { { 1, double.NaN } })).Message);
        Assert.Contains("W[0,1]", Assert.Throws<ArgumentException>(() => MatrixIsotropy.Of(new double[,] { { 1, double.PositiveInfinity } })).Message);
        Assert.Contains("a[1]", Assert.Throws<ArgumentException>(() => MatrixIsotropy.Of(ok, new[] { 1.0, double.NaN })).Message);
        Assert.Contains("empty", Assert.Throws<ArgumentException>(() => MatrixIsotropy.Of(new double[0, 3])).Message);
        Assert.Contains("no rows", Assert.Throws<ArgumentException>(() => MatrixIsotropy.Of(Array.Empty<double[]>())).Message);
        Assert.Contains("empty", Assert.Throws<ArgumentException>(() => MatrixIsotropy.Of(new[] { Array.Empty<double>() })).Message);
        Assert.Contains("same length", Assert.Throws<ArgumentException>(() => MatrixIsotropy.Of(new[] { new[] { 1.0, 2.0 }, new[] { 3.0 } })).Message);
        Assert.Contains("tolerance", Assert.Throws<ArgumentException>(() => MatrixIsotropy.Of(ok, tolerance: -1e-3)).Message);
        Assert.Contains("tolerance", Assert.Throws<ArgumentException>(() => MatrixIsotropy.Of(ok, tolerance: double.NaN)).Message);
        Assert.Contains("k = 2", Assert.Throws<ArgumentException>(() => MatrixIsotropy.Of(ok, new[] { 1.0, 2.0, 3.0 })).Message);
        Assert.Contains("square", Assert.Throws<ArgumentException>(() => MatrixIsotropy.Diagonal(new double[2, 3])).Message);
    }
}
