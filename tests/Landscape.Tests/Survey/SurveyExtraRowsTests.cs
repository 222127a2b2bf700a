using Landscape.Symmetry.Groups;
using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape.Tests.Survey;

/// <summary>
/// The survey with an over-parameterised student, k = d + m: its types are the diagonal Young types with the m extra
/// rows as one more block. Oracle: a multi-start in the FULL k×d model inside Fix(ΔS_λ × S_m) (group built from
/// transpositions, dense Hessian) finds no spurious minimum the survey misses; the reduced spectra equal the dense ones.
/// </summary>
public class SurveyExtraRowsTests
{
    // ΔS_{p₁}×…×ΔS_{p_r} on the first d rows and the columns, S_m on the last m rows, as cell permutations of M(k,d).
    private static PermutationGroup YoungWithExtraRows(int[] parts, int m)
    {
        int d = parts.Sum(), k = d + m;
        var gens = new List<Permutation>();
        int start = 0;
        foreach (var p in parts)
        {
            for (int i = start; i + 1 < start + p; i++)
            {
                var rows = Enumerable.Range(0, k).ToArray(); (rows[i], rows[i + 1]) = (rows[i + 1], rows[i]);
                var cols = Enumerable.Range(0, d).ToArray(); (cols[i], cols[i + 1]) = (cols[i + 1], cols[i]);
                gens.Add(MatrixCellAction.Lift(k, d, Permutation.FromImages(rows), Permutation.FromImages(cols)));
            }
            start += p;
        }
        for (int i = d; i + 1 < k; i++)
        {
            var rows = Enumerable.Range(0, k).ToArray(); (rows[i], rows[i + 1]) = (rows[i + 1], rows[i]);
            gens.Add(MatrixCellAction.Lift(k, d, Permutation.FromImages(rows), Permutation.FromImages(Enumerable.Range(0, d).ToArray())));
        }
        return gens.Count == 0 ? PermutationGroup.Trivial(k * d) : PermutationGroup.Create(k * d, gens);
    }

    private static List<double> OracleSpuriousMinima(int d, int m, int starts)
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(d + m, d);
        var losses = new List<double>();
        foreach (var parts in SurveyRecallTests.YoungTypes(d, 3))
            SurveyRecallTests.AddSpuriousMinima(model, YoungWithExtraRows(parts, m), starts, 500 * d, losses);
        return losses;
    }

    [Theory]
    [InlineData(4, 1, false)]
    [InlineData(7, 1, true)]
    public void Finds_every_spurious_minimum_the_full_k_by_d_oracle_finds(int d, int m, bool oracleFindsOne)
    {
        var oracle = OracleSpuriousMinima(d, m, 32);
        // At d = 7, k = 8 there is a spurious minimum (ΔS_6×ΔS_1 with the extra row): an oracle finding none checks nothing.
        if (oracleFindsOne) Assert.NotEmpty(oracle);
        var result = LandscapeSurvey.Run(SurveyModel.Identity(ReluGaussianKernel.Instance, d, extraRows: m));
        Assert.All(result.Types, t => Assert.EndsWith("× S_1 (extra rows)", t.Type.Name));
        var found = result.Points.Where(p => p.IsSpuriousMinimum).Select(p => p.Loss).ToList();
        foreach (var loss in oracle)
            Assert.True(found.Any(l => Math.Abs(l - loss) < 1e-8),
                $"d = {d}, k = {d + m}: the full-model oracle finds a spurious minimum with loss {loss:R} that the survey misses (survey: {string.Join(", ", found)}).");
    }

    [Fact]
    public void Every_point_at_k_d_plus_1_is_critical_in_the_full_model_with_the_dense_spectrum()
    {
        const int d = 5, m = 1;
        var result = LandscapeSurvey.Run(SurveyModel.Identity(ReluGaussianKernel.Instance, d, extraRows: m), new SurveyOptions { StartsPerType = 6 });
        var full = TwoLayerPopulationLoss.IdentityTeacher(d + m, d);
        Assert.NotEmpty(result.Points);
        foreach (var p in result.Points)
        {
            var x = p.Embed();
            Assert.Equal((d + m) * d, x.Length);
            var g = new double[x.Length];
            Assert.Equal(full.Value(x), p.Loss, 10);
            full.Gradient(x, g);
            Assert.True(Math.Sqrt(g.Sum(v => v * v)) <= 1e-10);
            var dense = Matrix<double>.Build.DenseOfArray(full.Hessian(x)).Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).Order().ToArray();
            var blocks = p.Irreducibles.SelectMany(b => b.Eigenvalues.SelectMany(e => Enumerable.Repeat(e, (int)Math.Round(b.Dimension)))).Order().ToArray();
            Assert.Equal(dense.Length, blocks.Length);
            for (int i = 0; i < dense.Length; i++) Assert.Equal(dense[i], blocks[i], 8);
            // The exact isotropy (full engine) has the order the survey reports, and contains the extra rows' S_m.
            var exact = PointIsotropy.Of(full.Layout, x);
            Assert.Equal(exact.Order, p.IsotropyOrder);
        }
    }

    [Fact]
    public void Bad_extra_rows_are_refused_with_the_reason()
    {
        Assert.Contains("k ≥ d", Assert.Throws<ArgumentException>(() => SurveyModel.Identity(ReluGaussianKernel.Instance, 6, extraRows: -1)).Message);
        var structured = SurveyModel.FromDiagonals(ReluGaussianKernel.Instance, new[] { 1.0, 1, 2, 2 }, null, extraRows: 1);
        Assert.Contains("k = d", Assert.Throws<ArgumentException>(() => SurveyTypes.Enumerate(structured, new SurveyOptions())).Message);
        // Named types take the extra rows with or without the suffix.
        var model = SurveyModel.Identity(ReluGaussianKernel.Instance, 6, extraRows: 2);
        Assert.Equal("ΔS_5×ΔS_1 × S_2 (extra rows)", SurveyType.Parse(model, "S_5 x S_1").Name);
        Assert.Equal("ΔS_5×ΔS_1 × S_2 (extra rows)", SurveyType.Parse(model, "ΔS_5×ΔS_1 × S_2 (extra rows)").Name);
        Assert.Empty(SurveyTypes.EnumerateGroupTypes(model, new SurveyOptions()));
    }
}
