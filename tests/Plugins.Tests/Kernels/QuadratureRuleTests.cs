namespace Landscape.Symmetry.Plugins.Tests.Kernels;

/// <summary>The Gauss–Legendre rules (MathNet's) as the kernels use them, against the defining exactness.</summary>
public class QuadratureRuleTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(16)]
    [InlineData(20)]
    [InlineData(QuadratureRule.MaxOrder)]
    public void Nodes_ascend_symmetrically_and_monomials_below_degree_2n_are_exact(int n)
    {
        var rule = QuadratureRule.GaussLegendre(n);
        Assert.Equal(n, rule.Order);
        for (int i = 0; i < n; i++)
        {
            Assert.InRange(rule.Nodes[i], -1, 1);
            Assert.True(rule.Weights[i] > 0);
            if (i > 0) Assert.True(rule.Nodes[i - 1] < rule.Nodes[i]);
            Assert.Equal(-rule.Nodes[n - 1 - i], rule.Nodes[i], 14);
            Assert.Equal(rule.Weights[n - 1 - i], rule.Weights[i], 14);
        }
        // ∫_{−1}^{1} x^k dx = 2/(k+1) for even k, 0 for odd k; the rule is exact for k < 2n (to rounding).
        foreach (int k in new[] { 0, 1, 2, 3, 8, 2 * n - 2, 2 * n - 1 }.Where(k => k >= 0 && k < 2 * n).Distinct())
        {
            double sum = 0;
            for (int i = 0; i < n; i++) sum += rule.Weights[i] * Math.Pow(rule.Nodes[i], k);
            double exact = k % 2 == 0 ? 2.0 / (k + 1) : 0;
            Assert.True(Math.Abs(sum - exact) <= 1e-13, $"n = {n}, x^{k}: {sum} vs {exact}");
        }
        // At degree 2n the error is the Gauss constant 2^{2n+1} (n!)⁴ / ((2n+1) ((2n)!)²) (exact minus rule).
        if (n <= 10)
        {
            double over = 0;
            for (int i = 0; i < n; i++) over += rule.Weights[i] * Math.Pow(rule.Nodes[i], 2 * n);
            double factN = Enumerable.Range(1, n).Aggregate(1.0, (f, j) => f * j), fact2N = Enumerable.Range(1, 2 * n).Aggregate(1.0, (f, j) => f * j);
            double constant = Math.Pow(2, 2 * n + 1) * Math.Pow(factN, 4) / ((2 * n + 1) * fact2N * fact2N);
            Assert.True(Math.Abs(2.0 / (2 * n + 1) - over - constant) <= 1e-13, $"n = {n}: error at x^{2 * n} is {2.0 / (2 * n + 1) - over}, expected {constant}");
        }
    }

    [Fact]
    public void Rules_are_cached_and_bad_orders_refused()
    {
        Assert.Same(QuadratureRule.GaussLegendre(16), QuadratureRule.GaussLegendre(16));
        var e = Assert.Throws<ArgumentException>(() => QuadratureRule.GaussLegendre(0));
        Assert.Contains("1…37", e.Message);
        Assert.Throws<ArgumentException>(() => QuadratureRule.GaussLegendre(QuadratureRule.MaxOrder + 1));
    }
}
