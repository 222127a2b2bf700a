using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Landscape.Symmetry.Groups.Tests.Specs;

/// <summary>Keeps docs/group-specs.md honest: its examples and error messages are re-run here.</summary>
public partial class GroupSpecDocTests
{
    private static string[] DocLines([CallerFilePath] string thisFile = "") =>
        File.ReadAllLines(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "docs", "group-specs.md"));

    [GeneratedRegex("""^"(?<spec>[^"]*)"( --degree (?<degree>\d+))?$""")]
    private static partial Regex SpecLine();

    [GeneratedRegex(@"^\| `(?<spec>[^`]+)` \| `(?<canonical>[^`]+)` \| (?<degree>\d+) \| (?<order>\d+) \| (?<classes>\d+) \|$")]
    private static partial Regex TableRow();

    [Fact]
    public void Documented_error_messages_are_the_real_ones()
    {
        var lines = DocLines();
        int checkedPairs = 0;
        for (int i = 0; i + 1 < lines.Length; i++)
        {
            var m = SpecLine().Match(lines[i]);
            if (!m.Success) continue;
            int? degree = m.Groups["degree"].Success ? int.Parse(m.Groups["degree"].Value) : null;
            var e = Assert.Throws<GroupSpecException>(() => GroupSpec.Parse(m.Groups["spec"].Value, degree));
            Assert.Equal(lines[i + 1].Trim(), e.Message);
            checkedPairs++;
        }
        Assert.True(checkedPairs >= 8, $"only {checkedPairs} documented errors found; has the format of docs/group-specs.md changed?");
    }

    [Fact]
    public void Documented_examples_are_the_real_ones()
    {
        int rows = 0;
        foreach (var line in DocLines())
        {
            var m = TableRow().Match(line);
            if (!m.Success) continue;
            var spec = GroupSpec.Parse(m.Groups["spec"].Value);
            Assert.Equal(m.Groups["canonical"].Value, spec.ToString());
            Assert.Equal(int.Parse(m.Groups["degree"].Value), spec.Degree);
            Assert.Equal(m.Groups["order"].Value, spec.Build().Order.ToString());
            Assert.Equal(m.Groups["classes"].Value, spec.ConjugacyClassCount().Count.ToString());
            rows++;
        }
        Assert.True(rows >= 5, $"only {rows} documented examples found; has the table in docs/group-specs.md changed?");
    }
}
