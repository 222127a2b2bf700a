using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Cli.Tests;

/// <summary>The heatmap display order undoes a hidden row and column relabelling of a ΔS_p×ΔS_q point.</summary>
public class OrbitOrderTests
{
    [Fact]
    public void A_scrambled_block_point_is_shown_as_its_blocks_with_the_matching_on_the_diagonal()
    {
        // W0 has isotropy ΔS_3×ΔS_2 on the blocks {0,1,2}, {3,4}; W = P·W0·Qᵀ with unrelated row and column shuffles.
        const int d = 5;
        double[,] w0 = new double[d, d];
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++)
            {
                bool bi = i < 3, bj = j < 3;
                w0[i, j] = i == j ? (bi ? 1.0 : -0.7) : bi == bj ? (bi ? 0.05 : 0.2) : (bi ? 0.3 : -0.1);
            }
        int[] rowShuffle = { 3, 0, 4, 1, 2 }, columnShuffle = { 1, 4, 2, 0, 3 };
        var w = new double[d, d];
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++)
                w[rowShuffle[i], columnShuffle[j]] = w0[i, j];

        var iso = MatrixIsotropy.Of(w);
        Assert.Equal("ΔS_3×ΔS_2", iso.Type.Name);
        var (rows, columns) = OrbitOrder.Of(iso);
        Assert.Equal(Enumerable.Range(0, d), rows.Order());
        Assert.Equal(Enumerable.Range(0, d), columns.Order());
        for (int p = 0; p < d; p++)
            for (int q = 0; q < d; q++)
                Assert.Equal(w0[p, q], w[rows[p], columns[q]]);
    }
}
