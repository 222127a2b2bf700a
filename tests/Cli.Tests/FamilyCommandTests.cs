using System.Text.Json;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

public class FamilyCommandTests
{
    [Fact]
    public void JsonHasEveryIntegerRowAndTheCrossingOfTheSpuriousFamily()
    {
        var json = Json("family", "--type", "S(d-1) x S(1)", "--from", "6", "--to", "4", "--step", "0.5", "--starts", "3", "--json");
        Assert.Equal("S(d-1) x S(1)", json.GetProperty("type").GetString());
        var families = json.GetProperty("families").EnumerateArray().ToList();
        Assert.NotEmpty(families);
        foreach (var f in families)
        {
            var ds = f.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("d").GetDouble()).ToList();
            Assert.Contains(6.0, ds);
            Assert.Contains(5.0, ds);
            Assert.Contains(4.0, ds);
            var row = f.GetProperty("rows")[0];
            foreach (var name in new[] { "loss", "gradientNorm", "classification", "minEigenvalue", "smallestByIrrep", "multiplicity" })
                Assert.True(row.TryGetProperty(name, out _), name);
            Assert.Equal(4320, row.GetProperty("multiplicity").GetInt64()); // 6!·6!/5!
        }
        // The spurious minimum at d = 6 (loss ≈ 0.025) becomes a saddle below d ≈ 5.59 through the (d-2,1) × (1) block.
        var spurious = families.Single(f => f.GetProperty("rows")[0].GetProperty("classification").GetString() == "minimum"
            && f.GetProperty("rows")[0].GetProperty("loss").GetDouble() > 0.01);
        var crossing = Assert.Single(spurious.GetProperty("crossings").EnumerateArray());
        Assert.Equal("(d-2,1) × (1)", crossing.GetProperty("irrep").GetString());
        Assert.Equal("negative-to-positive", crossing.GetProperty("direction").GetString());
        Assert.InRange(crossing.GetProperty("d").GetDouble(), 5, 6);
    }

    [Fact]
    public void TableAndSvg()
    {
        var svg = Path.Combine(Path.GetTempPath(), $"family-{Guid.NewGuid():N}.svg");
        try
        {
            var result = Run("family", "--type", "S(d)", "--from", "4", "--to", "6", "--step", "1", "--starts", "1", "--svg", svg);
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("family 1", result.Stdout);
            Assert.Contains("(d-1,1)", result.Stdout);
            // --svg is kept as an alias of --plot; the picture is a well-formed SVG document (ScottPlot draws it).
            Assert.Equal("svg", System.Xml.Linq.XDocument.Load(svg).Root!.Name.LocalName);
        }
        finally { if (File.Exists(svg)) File.Delete(svg); }
    }

    [Theory]
    [InlineData("S(d-1) x S(2)", "6", "7", "sum to")]
    [InlineData("S(d-2) x S(2)", "3", "7", "not valid at d = 3")]
    [InlineData("T(d)", "6", "7", "is not S(count)")]
    public void BadInputIsOneErrorLine(string type, string from, string to, string expected)
    {
        var line = AssertInvalidInput("family", "--type", type, "--from", from, "--to", to);
        Assert.Contains(expected, line);
    }

    [Fact]
    public void UnknownActivationIsRefused() =>
        Assert.Contains("activation", AssertInvalidInput("family", "--type", "S(d)", "--from", "4", "--to", "5", "--activation", "sigmoid"));
}
