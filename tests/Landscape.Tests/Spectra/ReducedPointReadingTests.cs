namespace Landscape.Symmetry.Landscape.Tests.Spectra;

/// <summary>
/// <see cref="ReducedPoint"/> reading a point whose blocks are scattered over the indices: the blocks found, and
/// <see cref="ReducedPoint.OrbitAverage"/> against the orbit means computed naively (cell by cell, over every cell of the
/// same orbit); and <see cref="TwoLayerPopulationLoss.TeacherDiagonal"/>.
/// </summary>
public class ReducedPointReadingTests
{
    // Blocks of sizes 4, 3, 1 placed at random indices of d = 8; off-diagonal, diagonal and second-layer values per block,
    // plus noise of size `noise` on every entry.
    private static (double[] X, int[] BlockOf) Scattered(int seed, bool secondLayer, double noise)
    {
        var rng = new Random(seed);
        int[] sizes = { 4, 3, 1 };
        int d = sizes.Sum();
        var blockOf = sizes.SelectMany((size, b) => Enumerable.Repeat(b, size)).OrderBy(_ => rng.Next()).ToArray();
        var off = new double[3, 3];
        for (int s = 0; s < 3; s++) for (int t = 0; t < 3; t++) off[s, t] = rng.NextDouble() - 0.5;
        var diag = new[] { 0.9, -0.4, 1.3 };
        var a = new[] { 1.1, 0.8, 1.4 };
        var x = new double[d * d + (secondLayer ? d : 0)];
        for (int i = 0; i < d; i++)
        {
            for (int j = 0; j < d; j++) x[i * d + j] = (i == j ? diag[blockOf[i]] : off[blockOf[i], blockOf[j]]) + noise * (rng.NextDouble() - 0.5);
            if (secondLayer) x[d * d + i] = a[blockOf[i]] + noise * (rng.NextDouble() - 0.5);
        }
        return (x, blockOf);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void The_orbit_average_is_the_mean_over_each_orbit_of_cells(int seed, bool secondLayer)
    {
        const int d = 8;
        var model = TwoLayerPopulationLoss.IdentityTeacher(d, d, secondLayer);
        var (x, blockOf) = Scattered(seed, secondLayer, noise: 1e-9);
        var read = ReducedPoint.TryRead(model, x);
        Assert.NotNull(read);
        // The blocks are the scattered index sets.
        var expected = Enumerable.Range(0, 3).Select(b => Enumerable.Range(0, d).Where(i => blockOf[i] == b).ToArray()).OrderBy(m => m[0]).ToList();
        Assert.Equal(expected.Select(m => string.Join(",", m)), read!.Blocks.Select(m => string.Join(",", m)).OrderBy(m => int.Parse(m.Split(',')[0])));
        // Naive orbit means: cell (i, j) belongs to the orbit (block i, block j, i = j); a_i to (block i).
        var average = read.OrbitAverage();
        for (int i = 0; i < d; i++)
        {
            for (int j = 0; j < d; j++)
            {
                var orbit = Enumerable.Range(0, d).SelectMany(p => Enumerable.Range(0, d).Select(q => (p, q)))
                    .Where(c => blockOf[c.p] == blockOf[i] && blockOf[c.q] == blockOf[j] && (c.p == c.q) == (i == j)).ToList();
                Assert.Equal(orbit.Average(c => x[c.p * d + c.q]), average[i * d + j], 1e-14);
            }
            if (secondLayer)
                Assert.Equal(Enumerable.Range(0, d).Where(p => blockOf[p] == blockOf[i]).Average(p => x[d * d + p]), average[d * d + i], 1e-14);
        }
    }

    [Fact]
    public void A_point_off_every_block_pattern_is_not_read()
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(8, 8);
        var (x, _) = Scattered(4, false, noise: 1e-3);
        Assert.Null(ReducedPoint.TryRead(model, x));
    }

    [Fact]
    public void The_symmetry_order_read_from_the_blocks_is_the_order_of_the_models_invariance_group()
    {
        // V = I_3 ⊕ 2·I_2: the loss is invariant under S_5 (rows) × (S_3 × S_2) (columns), order 5!·3!·2! by Schreier–Sims.
        var teacher = new double[5, 5];
        for (int i = 0; i < 5; i++) teacher[i, i] = i < 3 ? 1 : 2;
        var model = new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, teacher, null, 5);
        var x = new double[25];
        for (int i = 0; i < 5; i++) x[i * 5 + i] = 1;
        var read = ReducedPoint.TryRead(model, x);
        Assert.NotNull(read);
        Assert.Equal(model.InvarianceGroup.Order, read!.SymmetryOrder());
    }

    [Fact]
    public void The_teacher_diagonal_is_read_only_from_a_square_diagonal_teacher()
    {
        var diagonal = new double[,] { { 1, 0, 0 }, { 0, 2, 0 }, { 0, 0, 2 } };
        Assert.Equal(new[] { 1.0, 2, 2 }, new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, diagonal, null, 3).TeacherDiagonal());
        var offDiagonal = new double[,] { { 1, 0, 0 }, { 0, 2, 0 }, { 0.5, 0, 2 } };
        Assert.Null(new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, offDiagonal, null, 3).TeacherDiagonal());
        var wide = new double[,] { { 1, 0, 0 }, { 0, 2, 0 } };
        Assert.Null(new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, wide, null, 3).TeacherDiagonal());
    }
}
