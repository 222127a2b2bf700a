namespace Landscape.Symmetry.Landscape.Tests.Families;

/// <summary>
/// <see cref="FamilyFits.FollowAndFit"/>, family's one library call: a fit that cannot see large d is refused before any
/// search (no progress reported), and without a fit it returns exactly <see cref="FamilyExplorer.Follow"/>'s families.
/// </summary>
public class FamilyFollowAndFitTests
{
    private sealed class Counter : IProgress<FamilyExplorerProgress>
    {
        public int Reports;

        public void Report(FamilyExplorerProgress value) => Interlocked.Increment(ref Reports);
    }

    [Theory]
    [InlineData(5, 10, 40)]  // the range ends below 20
    [InlineData(25, 30, 30)] // the fit does not go beyond the range
    [InlineData(25, 30, 29)]
    public void A_fit_that_cannot_see_large_d_is_refused_before_any_search(double from, double to, double fitTo)
    {
        var model = new FamilyModel(FamilyType.Parse("S(d)", 0), ReluGaussianKernel.Instance);
        var counter = new Counter();
        var e = Assert.Throws<ArgumentException>(() => FamilyFits.FollowAndFit(model, from, to, fitTo, progress: counter));
        Assert.Equal("fitTo", e.ParamName);
        Assert.Contains("at least 20", e.Message);
        Assert.Equal(0, counter.Reports);
    }

    [Fact]
    public void Without_a_fit_the_families_are_those_of_follow()
    {
        var model = new FamilyModel(FamilyType.Parse("S(d-1) x S(1)", 0), ReluGaussianKernel.Instance);
        var options = new FamilyExplorerOptions { Attempts = 2 };
        var (exploration, fits) = FamilyFits.FollowAndFit(model, 4, 5, null, options);
        var follow = FamilyExplorer.Follow(model, 4, 5, options);
        Assert.Equal(follow.Families.Count, exploration.Families.Count);
        Assert.Equal(follow.Families.Count, fits.Count);
        Assert.All(fits, f => Assert.Null(f));
        for (int i = 0; i < follow.Families.Count; i++)
            Assert.Equal(follow.Families[i].Rows.Select(r => r.Loss), exploration.Families[i].Rows.Select(r => r.Loss));
        Assert.False(exploration.Cancelled);
    }
}
