using Landscape.Symmetry.Representations;

namespace Landscape.Symmetry.Representations.Tests.PermutationCharacters;

/// <summary>
/// <see cref="WeightSpaceDecomposition"/> against decompositions known in closed form: M(d,d) under ΔS_d is
/// 2·[d] ⊕ 3·[d−1,1] ⊕ [d−2,2] ⊕ [d−2,1,1] (plus [d] ⊕ [d−1,1] for ℝᵈ), M(d,d) under a cyclic Cₙ acting freely on
/// cells is n copies of the regular representation, M(k,d) under S_k × S_d is (ℝᵏ) ⊗ (ℝᵈ); and the exact road against
/// the numeric road on the same group given by bare generators.
/// </summary>
public class WeightSpaceDecompositionTests
{
    private static List<(BigInteger Degree, BigInteger Multiplicity)> Shape(WeightSpaceDecomposition w) =>
        w.Constituents.Select(c => (c.Degree, c.Multiplicity)).OrderBy(t => t.Degree).ThenBy(t => t.Multiplicity).ToList();

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    [InlineData(9, false)]
    public void The_full_diagonal_group_gives_the_papers_decomposition(int d, bool secondLayer)
    {
        var (_, w) = WeightSpaceDecomposition.Of($"S({d})", d, null, secondLayer);
        int extra = secondLayer ? 1 : 0;
        var expected = new List<(BigInteger, BigInteger)>
        {
            (1, 2 + extra), (d - 1, 3 + extra), (d * (d - 3) / 2, 1), ((d - 1) * (d - 2) / 2, 1),
        }.OrderBy(t => t.Item1).ThenBy(t => t.Item2).ToList();
        Assert.Equal(expected, Shape(w));
        Assert.Equal(new BigInteger(d * d + (secondLayer ? d : 0)), w.Dimension);
        Assert.Equal(new BigInteger(7 + 2 * extra), w.Bound);
    }

    [Fact]
    public void A_cyclic_group_acting_freely_on_cells_gives_copies_of_its_regular_representation()
    {
        // C₅ on M(5,5) diagonally: a rotation fixes no cell, so the cells are 5 regular orbits; over ℝ the regular
        // representation of C₅ is [trivial] ⊕ two 2-dimensional irreducibles, each once.
        var (_, w) = WeightSpaceDecomposition.Of("C(5)", 5, null, false);
        Assert.Equal(new List<(BigInteger, BigInteger)> { (1, 5), (2, 5), (2, 5) }, Shape(w));
        Assert.Equal(new BigInteger(25), w.Dimension);
    }

    [Theory]
    [InlineData(2, 3)]
    [InlineData(3, 4)]
    public void Rows_and_columns_give_the_tensor_product_of_the_two_permutation_modules(int k, int d)
    {
        // ℝᵏ = [k] ⊕ [k−1,1] and ℝᵈ = [d] ⊕ [d−1,1]; the outer tensor products are four distinct irreducibles of S_k × S_d.
        var (_, w) = WeightSpaceDecomposition.Of($"S({k}) x S({d})", d, k, false);
        var expected = new List<(BigInteger, BigInteger)> { (1, 1), (k - 1, 1), (d - 1, 1), ((k - 1) * (d - 1), 1) }
            .OrderBy(t => t.Item1).ThenBy(t => t.Item2).ToList();
        Assert.Equal(expected, Shape(w));
        Assert.Equal(new BigInteger(k * d), w.Dimension);
    }

    [Theory]
    [InlineData("S(4)", "(1,2),(1,2,3,4)", 4)]
    [InlineData("S(3)", "(1,2),(1,2,3)", 3)]
    public void The_exact_road_and_the_numeric_road_agree(string young, string generators, int d)
    {
        var (_, exact) = WeightSpaceDecomposition.Of(young, d, null, true);
        var (_, numeric) = WeightSpaceDecomposition.Of(generators, d, null, true);
        Assert.StartsWith("class sums", exact.Method);
        Assert.StartsWith("numeric", numeric.Method);
        Assert.Equal(Shape(exact), Shape(numeric));
    }

    [Fact]
    public void A_subgroup_of_the_wrong_degree_is_refused_in_terms_of_the_sizes()
    {
        var e = Assert.Throws<ArgumentException>(() => WeightSpaceDecomposition.Of("S(3)", 5, null, false));
        Assert.Contains("d = 5", e.Message);
        Assert.DoesNotContain("--", e.Message);
        var f = Assert.Throws<ArgumentException>(() => WeightSpaceDecomposition.Of("S(3)", 3, 2, false));
        Assert.Contains("k = 2 rows and d = 3 columns", f.Message);
    }
}
