global using Xunit;

namespace Landscape.Symmetry.Landscape.Tests.Survey;

/// <summary>The slow tier of <see cref="SurveyRecallTests"/>: d = 9…12 (the sizes where the old explore missed ΔS_{d−3}×ΔS_3, ΔS_6×ΔS_5, ΔS_6×ΔS_6, ΔS_7×ΔS_5).</summary>
public class SlowRecallTests
{
    [Theory]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(12)]
    public void Finds_every_spurious_minimum_the_full_model_oracle_finds(int d) => SurveyRecallTests.AssertRecall(d);
}
