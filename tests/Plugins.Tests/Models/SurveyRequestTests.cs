using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins.Tests.Models;

/// <summary>
/// <see cref="SurveyRequest.Resolve"/>, the main job's one model decision: Gaussian inputs give the survey model that
/// <see cref="SurveyModels.FromDiagonals"/> builds from the same diagonals, other inputs the Monte Carlo two-layer loss
/// of <see cref="ModelRequest"/>; bad combinations are refused naming the request's properties.
/// </summary>
public class SurveyRequestTests
{
    [Fact]
    public void Gaussian_inputs_give_the_survey_model_of_the_same_diagonals()
    {
        var plan = new SurveyRequest { Teacher = "blocks(3,2;1,2)", Covariance = "blocks(3,2;1,4)", K = 7, SecondLayerTrainable = true }.Resolve();
        Assert.Null(plan.Sampled);
        Assert.True(plan.HasCovariance);
        var expected = SurveyModels.FromDiagonals(Relu.Instance, [1, 1, 1, 2, 2], [1, 1, 1, 4, 4], true, 2);
        var model = plan.Survey!;
        // d comes from the teacher (5 columns), k = d + 2.
        Assert.Equal((5, 7), (model.D, model.K));
        Assert.Equal(expected.Classes, model.Classes);
        Assert.Equal(expected.Describe(), model.Describe());
        Assert.True(model.SecondLayerTrainable);
    }

    [Fact]
    public void Without_sizes_the_survey_is_the_identity_teacher_at_the_default_d()
    {
        var plan = new SurveyRequest().Resolve();
        Assert.False(plan.HasCovariance);
        Assert.True(plan.Survey!.IsIdentity);
        Assert.Equal((SurveyRequest.DefaultD, SurveyRequest.DefaultD), (plan.Survey.D, plan.Survey.K));
    }

    [Fact]
    public void Inputs_without_a_pair_kernel_give_the_monte_carlo_main_type_model()
    {
        var plan = new SurveyRequest { Distribution = "uniform(-1,1)", D = 3 }.Resolve();
        Assert.Null(plan.Survey);
        var sampled = plan.Sampled!;
        Assert.Equal((3, 3), (sampled.Request.D, sampled.Request.K));
        Assert.Equal(SurveyRequest.DefaultSamples, sampled.Request.SampleCount);
        var mc = Assert.IsAssignableFrom<IMonteCarloObjective>(sampled.Model);
        Assert.Equal(9, sampled.Model.Layout.Dimension);
        // The identity teacher's W = I is the global minimum of any sample of the loss: value and gradient vanish there.
        var x = new double[9];
        for (int i = 0; i < 3; i++) x[i * 3 + i] = 1;
        var g = new double[9];
        Assert.Equal(0, sampled.Model.Gradient(x, g), 12);
        Assert.All(g, v => Assert.Equal(0, v, 12));
        Assert.NotNull(mc);
    }

    [Theory]
    [InlineData("SurveyRequest.D", null, null, 1, null, false)]
    [InlineData("SurveyRequest.D", "uniform(-1,1)", null, 101, null, false)]
    [InlineData("k ≥ d", null, null, 6, 5, false)]
    [InlineData("at most 1000", null, null, 6, 1007, false)]
    [InlineData("k = d", "uniform(-1,1)", null, 3, 4, false)]
    [InlineData("SurveyRequest.Teacher", "uniform(-1,1)", "identity(3)", null, null, false)]
    [InlineData("SurveyRequest.NarrowsTypes", "uniform(-1,1)", null, 3, null, true)]
    [InlineData("but SurveyRequest.D is 4", null, "identity(3)", 4, null, false)]
    public void Bad_requests_are_refused_naming_the_property(string expected, string? distribution, string? teacher, int? d, int? k, bool narrows)
    {
        var e = Assert.Throws<ArgumentException>(() =>
            new SurveyRequest { Distribution = distribution, Teacher = teacher, D = d, K = k, NarrowsTypes = narrows }.Resolve());
        Assert.Contains(expected, e.Message);
        Assert.DoesNotContain("--", e.Message);
    }

    [Fact]
    public void A_deep_model_is_refused_with_where_to_go()
    {
        var e = Assert.Throws<ArgumentException>(() => new SurveyRequest { Model = "deep(widths=4)" }.Resolve());
        Assert.Contains("SurveyRequest.Model", e.Message);
        Assert.Contains("CriticalPointSearch", e.Message);
    }
}
