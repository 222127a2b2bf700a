using System.Text.Json;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

public class FamilyCommandTests
{
    [Fact]
    public void Json_has_every_integer_row_and_the_crossing_of_the_spurious_family()
    {
        var json = Json("family", "--type", "S(d-1) x S(1)", "--from", "4", "--to", "6", "--starts", "3", "--json");
        Assert.Equal("S(d-1) x S(1)", json.GetProperty("type").GetString());
        Assert.False(json.GetProperty("cancelled").GetBoolean());
        var families = json.GetProperty("families").EnumerateArray().ToList();
        Assert.NotEmpty(families);
        foreach (var f in families)
        {
            var ds = f.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("d").GetDouble()).ToList();
            Assert.Contains(6.0, ds);
            Assert.Contains(5.0, ds);
            Assert.Contains(4.0, ds);
            var row = f.GetProperty("rows").EnumerateArray().First(r => r.GetProperty("d").GetDouble() == 6);
            foreach (var name in new[] { "loss", "gradientNorm", "classification", "minEigenvalue", "smallestByIrrep", "multiplicity" })
                Assert.True(row.TryGetProperty(name, out _), name);
            Assert.Equal(4320, row.GetProperty("multiplicity").GetInt64()); // 6!·6!/5!
            Assert.True(f.TryGetProperty("folds", out _));
        }
        // The spurious minimum at d = 6 (loss ≈ 0.025) becomes a saddle below d ≈ 5.59 through the (d-2,1) × (1) block.
        var spurious = families.Single(f => f.GetProperty("rows").EnumerateArray().Any(r => r.GetProperty("d").GetDouble() == 6
            && r.GetProperty("classification").GetString() == "minimum" && Math.Abs(r.GetProperty("loss").GetDouble() - 0.02508) < 1e-4));
        var crossing = Assert.Single(spurious.GetProperty("crossings").EnumerateArray());
        Assert.Equal("(d-2,1) × (1)", crossing.GetProperty("irrep").GetString());
        Assert.Equal("negative-to-positive", crossing.GetProperty("direction").GetString());
        Assert.InRange(crossing.GetProperty("d").GetDouble(), 5, 6);
    }

    [Fact]
    public void The_family_born_inside_the_range_is_listed()
    {
        // The example: a family with loss 0.0553 at d = 7 (a minimum from d = 7 on), missed when starts were
        // searched at --from only.
        var json = Json("family", "--type", "S(d-1) x S(1)", "--from", "5", "--to", "12", "--json");
        var rows = json.GetProperty("families").EnumerateArray().SelectMany(f => f.GetProperty("rows").EnumerateArray())
            .Where(r => r.GetProperty("d").GetDouble() == 7 && Math.Abs(r.GetProperty("loss").GetDouble() - 0.0553) < 5e-5).ToList();
        var row = Assert.Single(rows);
        Assert.Equal("minimum", row.GetProperty("classification").GetString());
    }

    [Fact]
    public void Table_and_SVG()
    {
        var svg = Path.Combine(Path.GetTempPath(), $"family-{Guid.NewGuid():N}.svg");
        try
        {
            var result = Run("family", "--type", "S(d)", "--from", "4", "--to", "6", "--starts", "1", "--svg", svg);
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
    [InlineData("S(d-1) x S(1)", "7", "5", "--from must be below --to")]
    [InlineData("S(d-1) x S(1)", "7", "7", "--from must be below --to")]
    [InlineData("S(d-1) x S(1)", "NaN", "7", "finite")]
    public void Bad_input_is_one_error_line(string type, string from, string to, string expected)
    {
        var line = AssertInvalidInput("family", "--type", type, "--from", from, "--to", to);
        Assert.Contains(expected, line);
    }

    [Fact]
    public void A_grid_above_the_limit_is_one_error_line() =>
        Assert.Contains("more than 1000 points", AssertInvalidInput("family", "--type", "S(d)", "--from", "4", "--to", "50", "--grid-step", "0.001", "--grid-ratio", "1.00001"));

    [Fact]
    public void Too_many_starts_is_one_error_line() =>
        Assert.Contains("above the limit", AssertInvalidInput("family", "--type", "S(d)", "--from", "4", "--to", "50", "--starts", "5000"));

    [Fact]
    public void Unknown_activation_is_refused() =>
        Assert.Contains("activation", AssertInvalidInput("family", "--type", "S(d)", "--from", "4", "--to", "5", "--activation", "sigmoid"));
}
