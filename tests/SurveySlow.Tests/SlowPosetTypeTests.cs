using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Landscape.Tests.Survey;

/// <summary>
/// The slow tier of <see cref="SurveyPosetTypeTests"/>: at d = 7 and 8 the survey searches the non-Young maximal types
/// of the ΔS_d poset (ΔD_7 and ΔC_7⋊C_3; ΔS_2≀S_4 and ΔS_4≀S_2), and a full-model multi-start (128 starts, Newton, dense
/// Hessian) in the fixed space of each, the group built from its definition, finds no spurious minimum the survey misses.
/// </summary>
public class SlowPosetTypeTests
{
    private static PermutationGroup Affine(int p, int multiplier) =>
        PermutationGroup.Create(Permutation.FromImages(Enumerable.Range(0, p).Select(x => (x + 1) % p).ToArray()),
            Permutation.FromImages(Enumerable.Range(0, p).Select(x => x * multiplier % p).ToArray()));

    public static TheoryData<int, string, int> Cases => new()
    {
        { 7, "ΔD_7", 0 },
        { 7, "ΔC_7⋊C_3", 1 },
        { 8, "ΔS_2≀S_4", 2 },
        { 8, "ΔS_4≀S_2", 3 },
    };

    private static PermutationGroup Group(int which) => which switch
    {
        0 => Constructions.Dihedral(7),
        1 => Affine(7, 2), // x ↦ x + 1, x ↦ 2x: C_7 ⋊ C_3
        2 => Constructions.WreathProduct(Constructions.Symmetric(2), Constructions.Symmetric(4)),
        _ => Constructions.WreathProduct(Constructions.Symmetric(4), Constructions.Symmetric(2)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_survey_misses_no_spurious_minimum_of_the_full_model_in_the_fixed_space(int d, string name, int which)
    {
        var points = Group(which);
        Assert.Equal(d, points.Degree);
        var oracle = new List<double>();
        SurveyRecallTests.AddSpuriousMinima(TwoLayerPopulationLoss.IdentityTeacher(d, d), MatrixCellAction.Diagonal(points), 128, 9000, oracle);
        var survey = LandscapeSurvey.Run(SurveyModel.Identity(ReluGaussianKernel.Instance, d), new SurveyOptions { Types = new[] { name }, StartsPerType = 64 });
        var type = Assert.Single(survey.GroupTypes).Type;
        Assert.Equal(name, type.Name);
        Assert.Equal(points.Order, type.Order);
        var found = survey.Points.Where(p => p.IsSpuriousMinimum).Select(p => p.Loss).Concat(survey.GroupPoints.Where(p => p.IsSpuriousMinimum).Select(p => p.Loss)).ToList();
        foreach (var loss in oracle)
            Assert.True(found.Any(l => Math.Abs(l - loss) < 1e-8), $"d = {d}, {name}: the oracle finds a spurious minimum with loss {loss:R} that the survey misses.");
    }
}
