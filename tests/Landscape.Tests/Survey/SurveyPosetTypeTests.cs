using Landscape.Symmetry.Groups;
using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape.Tests.Survey;

/// <summary>
/// The survey's non-Young types (<see cref="PosetTypes"/>): at d = 6 the diagonal wreath products ΔS_2≀S_3 and ΔS_3≀S_2
/// are searched; every point reported from them is a critical point of the FULL model, fixed by the type; and an
/// independent full-model multi-start in Fix(Δ(S_2≀S_3)) (the group built from <see cref="Constructions.WreathProduct"/>,
/// not from the poset) finds no spurious minimum the survey misses.
/// </summary>
public class SurveyPosetTypeTests
{
    private static readonly Lazy<SurveyResult> Six = new(() => LandscapeSurvey.Run(SurveyModel.Identity(ReluGaussianKernel.Instance, 6)));

    // Δ(S_a≀S_b) on M(d,d), d = ab, built independently of the isotropy poset.
    private static PermutationGroup DiagonalWreath(int a, int b) =>
        MatrixCellAction.Diagonal(Constructions.WreathProduct(Constructions.Symmetric(a), Constructions.Symmetric(b)));

    [Fact]
    public void At_d_6_the_non_Young_maximal_types_are_the_two_diagonal_wreath_products()
    {
        var model = SurveyModel.Identity(ReluGaussianKernel.Instance, 6);
        var types = SurveyTypes.EnumerateGroupTypes(model, new SurveyOptions());
        Assert.Equal(new[] { "ΔS_3≀S_2", "ΔS_2≀S_3" }, types.Select(t => t.Name).ToArray());
        foreach (var (t, a, b) in new[] { (types[0], 3, 2), (types[1], 2, 3) })
        {
            // Same order and the same fixed space dimension as the group built from its definition.
            var built = DiagonalWreath(a, b);
            Assert.Equal(built.Order, t.Order);
            Assert.Equal(built.Orbits.Length, t.FixedDimension);
        }
        // The survey lists them among its searched types, right after ΔS_d and the two-block Young types.
        var result = Six.Value;
        Assert.Contains(result.GroupTypes, r => r.Type.Name == "ΔS_2≀S_3" && r.Converged > 0);
        Assert.Contains(result.GroupTypes, r => r.Type.Name == "ΔS_3≀S_2");
    }

    [Fact]
    public void Every_point_found_in_a_wreath_type_is_critical_for_the_full_model_and_fixed_by_the_type()
    {
        var result = Six.Value;
        var full = TwoLayerPopulationLoss.IdentityTeacher(6, 6);
        var wreath = new Dictionary<string, PermutationGroup>
        {
            ["ΔS_2≀S_3"] = result.GroupTypes.Single(t => t.Type.Name == "ΔS_2≀S_3").Type.Representative(),
            ["ΔS_3≀S_2"] = result.GroupTypes.Single(t => t.Type.Name == "ΔS_3≀S_2").Type.Representative(),
        };
        foreach (var p in result.GroupPoints)
        {
            var g = new double[p.Weights.Length];
            full.Gradient(p.Weights, g);
            Assert.True(Math.Sqrt(g.Sum(v => v * v)) <= 1e-10, $"{p.IsotropyName}: ‖∇L‖ = {Math.Sqrt(g.Sum(v => v * v))}");
            // The exact isotropy contains a wreath type whose fixed space it was found in: every generator of it fixes the
            // point (FoundIn may name an earlier Young type whose fixed space also holds it, e.g. ΔS_3×ΔS_3).
            var fixing = wreath.Values.Where(h => h.Generators.All(gen => Enumerable.Range(0, p.Weights.Length).All(i => Math.Abs(p.Weights[i] - p.Weights[gen[i]]) < 1e-9))).ToList();
            Assert.NotEmpty(fixing);
            Assert.All(fixing, h => Assert.Equal(0, p.IsotropyOrder % h.Order));
            // The block spectrum is the dense one.
            var dense = Matrix<double>.Build.DenseOfArray(full.Hessian(p.Weights)).Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).Order().ToArray();
            var blocks = p.Irreducibles.SelectMany(b => b.Eigenvalues.SelectMany(e => Enumerable.Repeat(e, (int)b.Degree))).Order().ToArray();
            Assert.Equal(dense.Length, blocks.Length);
            for (int i = 0; i < dense.Length; i++) Assert.Equal(dense[i], blocks[i], 8);
            Assert.Equal(dense[0], p.SmallestEigenvalue, 8);
            Assert.Equal(dense.Count(e => e < -1e-9), p.Index);
        }
        // Points found in a wreath type whose isotropy is Young lie in the one Young type containing a transitive group:
        // ΔS_6 (or a larger non-diagonal group), so their isotropy order is a multiple of the wreath product's.
        foreach (var p in result.Points.Where(p => wreath.ContainsKey(p.FoundIn)))
        {
            var x = p.Embed();
            var g = new double[x.Length];
            full.Gradient(x, g);
            Assert.True(Math.Sqrt(g.Sum(v => v * v)) <= 1e-10);
            Assert.Equal(0, p.IsotropyOrder % wreath[p.FoundIn].Order);
        }
    }

    [Fact]
    public void A_full_model_multistart_in_Fix_of_S2_wr_S3_finds_no_spurious_minimum_the_survey_misses()
    {
        const int d = 6;
        var oracle = new List<double>();
        SurveyRecallTests.AddSpuriousMinima(TwoLayerPopulationLoss.IdentityTeacher(d, d), DiagonalWreath(2, 3), 64, 7000, oracle);
        var result = Six.Value;
        var found = result.Points.Where(p => p.IsSpuriousMinimum).Select(p => p.Loss)
            .Concat(result.GroupPoints.Where(p => p.IsSpuriousMinimum).Select(p => p.Loss)).ToList();
        foreach (var loss in oracle)
            Assert.True(found.Any(l => Math.Abs(l - loss) < 1e-8), $"The oracle finds a spurious minimum with loss {loss:R} in Fix(ΔS_2≀S_3) that the survey misses.");
    }

    [Theory]
    [InlineData("S2 wr S3", "ΔS_2≀S_3")]
    [InlineData("ΔS_2≀S_3", "ΔS_2≀S_3")]
    [InlineData("Δ(S_3 ≀ S_2)", "ΔS_3≀S_2")]
    [InlineData("s_3 WR s_2", "ΔS_3≀S_2")]
    public void Non_Young_types_are_named_as_written(string text, string name)
    {
        var model = SurveyModel.Identity(ReluGaussianKernel.Instance, 6);
        Assert.Equal(name, PosetTypes.Parse(model, text)!.Name);
        var chosen = SurveyTypes.EnumerateGroupTypes(model, new SurveyOptions { Types = new[] { text, "S_5 x S_1" } });
        Assert.Equal(name, Assert.Single(chosen).Name);
        Assert.Equal("ΔS_5×ΔS_1", Assert.Single(SurveyTypes.Enumerate(model, new SurveyOptions { Types = new[] { text, "S_5 x S_1" } })).Name);
    }

    [Fact]
    public void Prime_d_names_the_dihedral_class_and_outside_the_range_no_poset_types_are_offered()
    {
        // At d = 5 the one non-Young maximal class has order 10 and is transitive: the dihedral group D_5.
        var five = SurveyTypes.EnumerateGroupTypes(SurveyModel.Identity(ReluGaussianKernel.Instance, 5), new SurveyOptions());
        var d5 = Assert.Single(five);
        Assert.Equal("ΔD_5", d5.Name);
        Assert.Equal(Constructions.Dihedral(5).Order, d5.Order);
        Assert.Empty(SurveyTypes.EnumerateGroupTypes(SurveyModel.Identity(ReluGaussianKernel.Instance, 9), new SurveyOptions()));
        Assert.Empty(SurveyTypes.EnumerateGroupTypes(SurveyModel.FromDiagonals(ReluGaussianKernel.Instance, new[] { 1.0, 1, 1, 2, 2, 2 }, null), new SurveyOptions()));
        // A name that is neither kind says which non-Young names exist.
        var e = Assert.Throws<FormatException>(() => SurveyTypes.Enumerate(SurveyModel.Identity(ReluGaussianKernel.Instance, 6), new SurveyOptions { Types = new[] { "T_3 wr S_2" } }));
        Assert.Contains("ΔS_2≀S_3", e.Message);
    }

    [Fact]
    public void Library_budget_messages_name_the_options_not_command_line_flags()
    {
        var huge = SurveyModel.Identity(ReluGaussianKernel.Instance, 5000);
        var e = Assert.Throws<ArgumentException>(() => SurveyTypes.Enumerate(huge, new SurveyOptions { MaxBlocks = 4 }));
        Assert.Contains("SurveyOptions.MaxBlocks", e.Message);
        Assert.DoesNotContain("--", e.Message);
        var none = Assert.Throws<ArgumentException>(() => SurveyTypes.Enumerate(SurveyModel.Identity(ReluGaussianKernel.Instance, 6), new SurveyOptions { MaxFixedDimension = 1 }));
        Assert.Contains("SurveyOptions.MaxFixedDimension", none.Message);
        Assert.DoesNotContain("--", none.Message);
    }
}
