using Landscape.Symmetry.Groups;
using Xunit;

namespace Landscape.Symmetry.GapCrossCheck.Tests;

/// <summary>
/// The maximal-subgroup lists against GAP 4's ConjugacyClassesMaximalSubgroups for n ≤ 12: the same
/// number of classes, and each of our representatives conjugate in Sₙ (resp. Aₙ) to exactly one of
/// GAP's, a different one for each (so the lists agree class by class, not only in orders).
/// </summary>
public class MaximalSubgroupsGapTests
{
    public static TheoryData<int, bool> Cases()
    {
        var data = new TheoryData<int, bool>();
        for (int n = 2; n <= 12; n++) { data.Add(n, false); data.Add(n, true); }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_class_matches_exactly_one_GAP_class(int n, bool alternating)
    {
        var list = alternating ? MaximalSubgroups.OfAlternating(n) : MaximalSubgroups.OfSymmetric(n);
        var ours = string.Join(", ", list.Select(m => m.Group.Generators.Length == 0
            ? "Group(())"
            : $"Group([{string.Join(",", m.Group.Generators)}])"));
        var parent = alternating ? $"AlternatingGroup({n})" : $"SymmetricGroup({n})";
        var script =
            $"G := {parent};; reps := List(ConjugacyClassesMaximalSubgroups(G), Representative);; ours := [{ours}];;\n" +
            "pos := List(ours, H -> Filtered([1..Length(reps)], i -> Size(reps[i]) = Size(H) and IsConjugate(G, reps[i], H)));;\n" +
            "Print(Length(reps), \"|\", pos, \"|\", ForAll(ours, H -> IsSubgroup(G, H)), \"\\n\");";
        var line = GapSession.Run("SizeScreen([4000, 24]);;\n" + script).Trim();
        var parts = line.Split('|');
        Assert.True(parts.Length == 3, $"unexpected GAP output: {line}");
        Assert.Equal(list.Count.ToString(), parts[0].Trim());
        Assert.Equal("true", parts[2].Trim());
        if (list.Count == 0) return;
        var matched = parts[1].Trim().TrimStart('[').TrimEnd(']')
            .Split("],", StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Replace("[", "").Replace("]", "").Trim())
            .ToArray();
        Assert.Equal(list.Count, matched.Length);
        for (int i = 0; i < list.Count; i++)
            Assert.True(int.TryParse(matched[i], out _), $"{list[i].Name} matches GAP classes [{matched[i]}], not exactly one");
        Assert.Equal(matched.Length, matched.Distinct().Count());
    }
}
