using static Landscape.Symmetry.Landscape.Tests.Support;

namespace Landscape.Symmetry.Landscape.Tests.Experiments;

public sealed class SparseRowsTests
{
    [Theory]
    [InlineData(20, 20, 1000)]
    [InlineData(7, 9, 13)]
    [InlineData(5, 12, 3)]
    public void Sparse_products_equal_the_dense_ones_and_the_triple_loop(int m, int n, int p)
    {
        var rng = new Random(m + 31 * n);
        var a = new double[m * n];
        for (int i = 0; i < m; i++) a[i * n + i % n] = 1 + i % 3; // a diagonal-like teacher ...
        a[(m - 1) * n + (n - 1)] += 0.5; // ... with one extra entry
        var b = RandomVector(n * p, rng);
        var sparse = SparseRows.WhenSparse(a, m, n);
        Assert.NotNull(sparse);
        var fromSparse = new double[m * p];
        sparse.Multiply(b, p, fromSparse);
        var dense = new double[m * p];
        RowProducts.Multiply(a, m, n, b, p, dense);
        for (int t = 0; t < m * p; t++) Assert.True(fromSparse[t] == dense[t], $"entry {t}: {fromSparse[t]} vs {dense[t]}");
        for (int i = 0; i < m; i++)
            for (int j = 0; j < p; j++)
            {
                double s = 0;
                for (int c = 0; c < n; c++) s += a[i * n + c] * b[c * p + j];
                Assert.Equal(s, fromSparse[i * p + j], 1e-12);
            }
    }

    [Fact]
    public void A_dense_matrix_is_left_to_the_dense_product()
    {
        var a = RandomVector(6 * 6, new Random(2));
        Assert.Null(SparseRows.WhenSparse(a, 6, 6));
    }
}
