using Landscape.Symmetry.Groups;
using Xunit;

namespace Landscape.Symmetry.GapCrossCheck.Tests;

/// <summary>
/// The groups layer against GAP 4: every spec is built here, its generators are handed to GAP in
/// the shared 1-based cycle notation, and order, orbits, transitivity, primitivity and the number
/// of conjugacy classes must agree. A second check pastes products both ways, so the right-action
/// convention is the same.
/// </summary>
public class GapAgreementTests
{
    private static readonly string[] Specs =
    {
        "S(6)", "A(7)", "C(12)", "D(9)", "D(10)",
        "S(3) wr S(2)", "S(2) wr S(4)", "(S(2) x S(3)) wr S(2)", "C(3) wr C(4)",
        "Hyperoctahedral(5)", "Cells(3,4)", "CellsWithSecondLayer(3,3)", "DiagonalCells(5)",
        "DiagonalCellsWithSecondLayer(4)", "Diagonal(D(5))", "S(4) x A(4)",
        "Group(11; (1,2,3,4,5,6,7,8,9,10,11), (3,7,11,8)(4,10,5,6))",
        "Group(12; (1,2,3,4,5,6,7,8,9,10,11), (3,7,11,8)(4,10,5,6), (1,12)(2,11)(3,6)(4,8)(5,9)(7,10))",
        "Group(8; (1,2,3,4,5,6,7), (2,3,5)(4,7,6), (1,8)(2,7)(3,4)(5,6))",
    };

    [Fact]
    public void Orders_orbits_primitivity_and_class_counts_agree_with_GAP()
    {
        var groups = Specs.Select(s => (Spec: s, Group: GroupSpec.Parse(s).Build())).ToArray();
        var script = string.Join("\n", groups.Select(x =>
        {
            var gens = x.Group.Generators.Length == 0 ? "()" : string.Join(",", x.Group.Generators);
            return $"G := Group([{gens}]);; n := {x.Group.Degree};; " +
                   "Print(Size(G), \" \", Length(Orbits(G, [1..n])), \" \", IsTransitive(G, [1..n]), \" \", " +
                   "IsPrimitive(G, [1..n]), \" \", NrConjugacyClasses(G), \"\\n\");";
        }));
        var lines = GapSession.Run(script).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(groups.Length, lines.Length);
        for (int i = 0; i < groups.Length; i++)
        {
            var (spec, g) = groups[i];
            var gap = lines[i].Trim().Split(' ');
            var classes = GroupSpec.Parse(spec).ConjugacyClassCount().Count;
            var ours = $"{g.Order} {g.Orbits.Length} {Bool(g.IsTransitive)} {Bool(g.IsPrimitive)} {classes}";
            Assert.True(string.Join(' ', gap) == ours, $"{spec}: GAP says {string.Join(' ', gap)}, we say {ours}");
        }
    }

    [Fact]
    public void Products_and_conjugates_read_the_same_in_GAP()
    {
        var random = new Random(11);
        var pairs = Enumerable.Range(0, 20).Select(_ =>
        {
            var a = Enumerable.Range(0, 9).ToArray();
            var b = Enumerable.Range(0, 9).ToArray();
            random.Shuffle(a);
            random.Shuffle(b);
            return (Permutation.FromImages(a), Permutation.FromImages(b));
        }).ToArray();
        var script = string.Join("\n", pairs.Select(p => $"Print({p.Item1}*{p.Item2}, \" \", {p.Item1}^{p.Item2}, \"\\n\");"));
        var lines = GapSession.Run(script).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(pairs.Length, lines.Length);
        for (int i = 0; i < pairs.Length; i++)
        {
            var (p, q) = pairs[i];
            var expected = $"{(p * q).ToString()} {p.ConjugateBy(q)}";
            Assert.Equal(expected, lines[i].Trim());
        }
    }

    private static string Bool(bool b) => b ? "true" : "false";
}
