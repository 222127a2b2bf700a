namespace Landscape.Symmetry.Groups.Tests.Specs;

public class GroupSpecErrorTests
{
    private static GroupSpecException Fails(string text, int? degree = null)
    {
        var e = Assert.Throws<GroupSpecException>(() => GroupSpec.Parse(text, degree));
        Assert.IsAssignableFrom<FormatException>(e);
        Assert.Equal(text, e.Spec);
        Assert.Contains($"\"{text}\"", e.Message);
        return e;
    }

    [Fact]
    public void Unknown_names_list_the_known_ones()
    {
        var e = Fails("Q(3)");
        Assert.Equal(0, e.Position);
        Assert.Equal(
            "Unknown group name 'Q' at position 1 of \"Q(3)\": expected S, A, C, D, Hyperoctahedral, Cells, CellsWithSecondLayer, DiagonalCells, DiagonalCellsWithSecondLayer, Diagonal or Group.",
            e.Message);
        var lower = Fails("S(2) x hyperoctahedral(2)");
        Assert.Equal(7, lower.Position);
        Assert.Contains("did you mean 'Hyperoctahedral'?", lower.Message);
        Assert.Equal(7, Fails("S(3) wrong").Position); // "wr", then the unknown name "ong"
    }

    // (spec, 0-based position, text the message must contain)
    public static TheoryData<string, int, string> Malformed() => new()
    {
        { "", 0, "Empty group spec" },
        { "   ", 0, "Empty group spec" },
        { "S(0)", 2, "S(0) would act on no points; the number of points must be positive" },
        { "A(-2)", 2, "Negative size at position 3" },
        { "C()", 2, "Expected a number at position 3" },
        { "S(3", 3, "Missing ')' at the end of \"S(3\"" },
        { "Cells(2,3", 9, "expected ')' to close the '(' at position 6" },
        { "(S(3) x S(2)", 12, "Missing ')'" },
        { "S(3) 4)", 5, "Unexpected '4' at position 6" },
        { "S(3))", 4, "Unmatched ')' at position 5" },
        { "S(3) y", 5, "expected 'x', 'wr' or the end of the spec" },
        { "S 3", 2, "Expected '(' after S" },
        { "Cells(2)", 7, "Cells takes two sizes" },
        { "Cells(0,3)", 6, "the number of rows k of Cells(k,d) must be positive" },
        { "DiagonalCells(0)", 14, "must be positive" },
        { "Hyperoctahedral(0)", 16, "must be positive" },
        { "S(3) wr", 7, "Missing group at the end" },
        { "wr S(3)", 0, "Missing group before 'wr'" },
        { "S(3) x x S(2)", 7, "Missing group before 'x'" },
        { "S(3) x 7", 7, "Unexpected '7'" },
        { "S(100001)", 2, "more than the limit of 100000 points" },
        { "A(123456789)", 2, "more than the limit of 100000 points" },
        { "S(99999999999999999999)", 2, "Number too large" },
        { "S(1000) wr S(1000)", 8, "the wreath product would act on 1000 · 1000 = 1000000 points, more than the limit of 100000 points" },
        { "S(60000) x S(60000)", 9, "more than the limit of 100000 points" },
        { "Cells(400,400)", 0, "Cells(400,400) would act on 160000 points" },
        { "Diagonal(S(60000))", 0, "more than the limit of 100000 points" },
        { "S(3) x (1,2)", 7, "Permutation inside a larger spec" },
        { "(1,2) x S(3)", 6, "a bare list of generators must be the whole spec" },
        { "(1,2),(1,,3)", 6, "Malformed permutation (1,,3) at position 7" },
        { "Group((1,2),(2,2))", 12, "Point 2 appears more than once" },
        { "Group((1,2)", 11, "Missing ')'" },
        { "Group()", 6, "Expected a permutation" },
        { "Group((1,2),)", 12, "Expected a permutation" },
        { "Group(3 (1,2))", 8, "Expected ';' after the degree 3" },
        { "Group(0; ())", 6, "the degree must be positive" },
        { "Group(3; (1,2),(4,5))", 15, "Point 5 exceeds the degree 3" },
        { "()", 0, "the generators move no point" },
        { "(1,200000)", 0, "the generators name point 200000, more than the limit of 100000 points" },
        { "Diagonal((1,2))", 9, "Permutation inside a larger spec" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_specs_report_the_offending_position(string text, int position, string fragment)
    {
        var e = Fails(text);
        Assert.Equal(position, e.Position);
        Assert.Contains(fragment, e.Message);
    }

    [Fact]
    public void Cycle_notation_errors_keep_the_original_as_inner_exception()
    {
        var e = Fails("Group((1,2), (3,x))");
        Assert.Equal(13, e.Position);
        var inner = Assert.IsType<FormatException>(e.InnerException);
        Assert.Contains(inner.Message, e.Message);
    }

    [Fact]
    public void Requested_degrees_that_conflict_are_rejected()
    {
        var small = Fails("(1,2,3),(4,5)", degree: 4);
        Assert.Equal(8, small.Position);
        Assert.Contains("Point 5 exceeds the degree 4", small.Message);
        Assert.Equal(0, Fails("S(3)", degree: 4).Position);
        Assert.Contains("does not match its degree 3", Fails("S(3)", degree: 4).Message);
        Assert.Contains("conflicts with the requested degree 4", Fails("Group(3; (1,2))", degree: 4).Message);
        Assert.Equal(6, Fails("Group(3; (1,2))", degree: 4).Position);
        // A generator list inside a larger spec keeps its own degree, so the request must match the whole.
        Assert.Contains("does not match its degree 5", Fails("Group((1,2)) x S(3)", degree: 6).Message);
        Assert.Contains("out of range", Fails("S(3)", degree: 0).Message);
        Assert.Contains("out of range", Fails("()", degree: GroupSpec.MaxDegree + 1).Message);
    }

    [Fact]
    public void Pathological_nesting_is_refused_instead_of_overflowing_the_stack()
    {
        var deep = new string('(', 100_000) + "S(1)" + new string(')', 100_000);
        var e = Assert.Throws<GroupSpecException>(() => GroupSpec.Parse(deep));
        Assert.Equal(GroupSpec.MaxDepth, e.Position);
        Assert.StartsWith("Spec nested too deeply at position 257", e.Message);

        var chain = string.Join(" x ", Enumerable.Repeat("S(1)", 300));
        var c = Assert.Throws<GroupSpecException>(() => GroupSpec.Parse(chain));
        Assert.Equal(256 * 7 - 2, c.Position); // the 'x' that would make the 257th level
        var diagonals = string.Concat(Enumerable.Repeat("Diagonal(", 300)) + "S(1)" + new string(')', 300);
        Assert.Contains("nest at most 256 levels", Assert.Throws<GroupSpecException>(() => GroupSpec.Parse(diagonals)).Message);

        // Just inside the limits everything still works, printing included.
        var longest = string.Join(" x ", Enumerable.Repeat("S(1)", GroupSpec.MaxDepth));
        Assert.Equal(longest, GroupSpec.Parse(longest).ToString());
        var wrapped = new string('(', GroupSpec.MaxDepth - 1) + "S(2)" + new string(')', GroupSpec.MaxDepth - 1);
        Assert.Equal("S(2)", GroupSpec.Parse(wrapped).ToString());

        GroupSpec tree = new SymmetricGroupSpec(1);
        for (int i = 1; i < GroupSpec.MaxDepth; i++) tree = new DirectProductGroupSpec(tree, new SymmetricGroupSpec(1));
        Assert.Throws<ArgumentException>(() => new DirectProductGroupSpec(tree, new SymmetricGroupSpec(1)));
    }

    [Fact]
    public void Null_text_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => GroupSpec.Parse(null!));
    }
}
