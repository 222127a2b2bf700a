using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins.Tests.Models;

/// <summary>
/// <see cref="SurveyPlan.Run"/>, explore's one call either way: the same points as calling <see cref="LandscapeSurvey"/> or
/// <see cref="MainTypeSearch"/> directly on the plan's model, in the matching half of <see cref="SurveyOutcome"/>.
/// </summary>
public class SurveyPlanRunTests
{
    [Fact]
    public void A_gaussian_plan_runs_the_survey_and_finds_what_the_survey_finds()
    {
        var plan = new SurveyRequest { D = 4 }.Resolve();
        var options = new SurveyOptions { StartsPerType = 2 };
        var outcome = plan.Run(options);
        Assert.Null(outcome.Search);
        Assert.False(outcome.Cancelled);
        var direct = LandscapeSurvey.Run(plan.Survey!, options);
        Assert.Equal(direct.Points.Select(p => (p.IsotropyName, p.Loss)), outcome.Survey!.Points.Select(p => (p.IsotropyName, p.Loss)));
    }

    [Fact]
    public void A_monte_carlo_plan_runs_the_main_type_search_on_its_sampled_model()
    {
        var plan = new SurveyRequest { Distribution = "uniform(-1,1)", D = 3, Model = "two-layer(samples=500,seed=3)" }.Resolve();
        var outcome = plan.Run(new SurveyOptions { StartsPerType = 1 });
        Assert.Null(outcome.Survey);
        Assert.False(outcome.Cancelled);
        var direct = MainTypeSearch.Run(plan.Sampled!.Model, 1);
        Assert.Equal(direct.Types.Select(t => t.Name), outcome.Search!.Types.Select(t => t.Name));
        Assert.Equal(direct.Points.Select(p => p.Loss), outcome.Search.Points.Select(p => p.Loss));
        Assert.Same(plan, outcome.Plan);
    }

    [Fact]
    public void A_monte_carlo_plan_cancelled_before_it_starts_does_not_run()
    {
        var plan = new SurveyRequest { Distribution = "uniform(-1,1)", D = 3, Model = "two-layer(samples=500,seed=3)" }.Resolve();
        Assert.Throws<OperationCanceledException>(() => plan.Run(new SurveyOptions { StartsPerType = 1 }, cancellationToken: new CancellationToken(true)));
    }
}
