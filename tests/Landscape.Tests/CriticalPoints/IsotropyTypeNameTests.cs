namespace Landscape.Symmetry.Landscape.Tests.CriticalPoints;

public class IsotropyTypeNameTests
{
    [Theory]
    [InlineData(new[] { 5, 1 })]
    [InlineData(new[] { 6 })]
    [InlineData(new[] { 4, 1, 1 })]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1 })] // written (ΔS_1)^7
    [InlineData(new[] { 3, 3, 2 })]
    public void Parse_reads_back_every_name_Name_writes(int[] parts)
    {
        var name = DiagonalYoungTypes.Name(parts);
        Assert.Equal(parts, DiagonalYoungTypes.Parse(name, parts.Sum()));
    }

    [Theory]
    [InlineData("S_5 x S_1")]
    [InlineData("S(5) x S(1)")]
    [InlineData("DS_5*DS_1")]
    [InlineData(" ΔS_5 × ΔS_1 ")]
    public void Ascii_spellings_name_the_same_type(string text) => Assert.Equal(new[] { 5, 1 }, DiagonalYoungTypes.Parse(text, 6));

    [Fact]
    public void Powers_expand()
    {
        Assert.Equal(new[] { 2, 1, 1, 1, 1 }, DiagonalYoungTypes.Parse("ΔS_2×(ΔS_1)^4", 6));
    }

    [Theory]
    [InlineData("ΔT_3")]
    [InlineData("ΔS_0")]
    [InlineData("ΔS_5××ΔS_1")]
    [InlineData("(ΔS_1)^0")]
    public void Malformed_names_are_format_errors(string text) => Assert.Throws<FormatException>(() => DiagonalYoungTypes.Parse(text, 6));

    [Fact]
    public void Parts_must_add_up_to_d()
    {
        var e = Assert.Throws<ArgumentException>(() => DiagonalYoungTypes.Parse("ΔS_5×ΔS_2", 6));
        Assert.Contains("adding up to 7", e.Message);
    }
}
