using System.Text.Json;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

public class LatticeCommandTests
{
    private static int[] Orders(JsonElement j) =>
        j.GetProperty("classes").EnumerateArray().Select(c => int.Parse(c.GetProperty("order").GetString()!)).ToArray();

    private static int[] Ints(JsonElement j, string field) =>
        j.GetProperty("classes").EnumerateArray().Select(c => c.GetProperty(field).GetInt32()).ToArray();

    /// <summary>ΔS_3: trivial, S_2×S_1, the cyclic C_3 (the 3-cycle tournament is 2-closed) and S_3; 9, 5, 3, 2 free entries.</summary>
    [Fact]
    public void Delta_S3_by_hand()
    {
        var j = Json("lattice", "--d", "3", "--diagonal", "--json");
        Assert.Equal("ΔS_3", j.GetProperty("ambient").GetString());
        Assert.Equal(new[] { 1, 2, 3, 6 }, Orders(j));
        Assert.Equal(new[] { 0, 1, 2, 3 }, Ints(j, "id"));
        Assert.Equal(new[] { 9, 5, 3, 2 }, Ints(j, "fixedDimension"));
        Assert.Equal(new[] { false, true, true, false }, j.GetProperty("classes").EnumerateArray().Select(c => c.GetProperty("maximal").GetBoolean()));
        Assert.Equal(new[] { new[] { 0, 1 }, new[] { 0, 2 }, new[] { 1, 3 }, new[] { 2, 3 } }, IntArrays(j.GetProperty("edges")));
        var second = j.GetProperty("classes")[1];
        Assert.Equal(new[] { 2, 1 }, CliRunner.Ints(second.GetProperty("rowPartition")));
        Assert.Equal(new[] { 2, 1 }, CliRunner.Ints(second.GetProperty("columnPartition")));
        Assert.Equal("ΔS_2×ΔS_1", second.GetProperty("name").GetString());
    }

    /// <summary>A trainable second layer adds one free entry per row orbit: ΔS_{d−1}×ΔS_1 goes from 5 to 7, ΔS_d from 2 to 3.</summary>
    [Fact]
    public void Second_layer_adds_the_row_orbits()
    {
        var plain = Json("lattice", "--k", "5", "--d", "5", "--diagonal", "--json");
        var layer = Json("lattice", "--d", "5", "--diagonal", "--second-layer", "--json");
        Assert.True(layer.GetProperty("secondLayer").GetBoolean());
        Assert.Equal(Orders(plain), Orders(layer));
        var rows = layer.GetProperty("classes").EnumerateArray().Select(c => c.GetProperty("rowPartition").GetArrayLength()).ToArray();
        Assert.Equal(Ints(plain, "fixedDimension").Zip(rows, (a, b) => a + b), Ints(layer, "fixedDimension"));
        var hierarchical = layer.GetProperty("classes").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "ΔS_4×ΔS_1");
        Assert.Equal(7, hierarchical.GetProperty("fixedDimension").GetInt32());
        Assert.Equal(3, layer.GetProperty("classes").EnumerateArray().Last().GetProperty("fixedDimension").GetInt32());
    }

    /// <summary>S_2 × S_2 on M(2,2): trivial, the three groups of order 2 (rows, columns, both at once), and the whole group.</summary>
    [Fact]
    public void Two_by_two_rows_and_columns()
    {
        var j = Json("lattice", "--k", "2", "--d", "2", "--json");
        Assert.Equal(new[] { 1, 2, 2, 2, 4 }, Orders(j));
        Assert.Equal(new[] { new[] { 0, 1 }, new[] { 0, 2 }, new[] { 0, 3 }, new[] { 1, 4 }, new[] { 2, 4 }, new[] { 3, 4 } }, IntArrays(j.GetProperty("edges")));
        Assert.Equal(new[] { 4, 2, 2, 2, 1 }.OrderBy(x => x), Ints(j, "fixedDimension").OrderBy(x => x));
    }

    [Fact]
    public void Dot_file_has_a_node_per_class_and_an_arrow_per_edge()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lattice-{Guid.NewGuid():N}.dot");
        try
        {
            var j = Json("lattice", "--d", "4", "--diagonal", "--json", "--dot", path);
            var dot = File.ReadAllText(path);
            Assert.StartsWith("digraph", dot);
            Assert.Equal(j.GetProperty("classes").GetArrayLength(), dot.Split('\n').Count(l => l.Contains("[label=")));
            Assert.Equal(j.GetProperty("edges").GetArrayLength(), dot.Split('\n').Count(l => l.Contains(" -> ")));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Table_names_the_types_and_says_poset()
    {
        var r = Run("lattice", "--k", "3", "--d", "3", "--diagonal");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("ΔS_2×ΔS_1", r.Stdout);
        Assert.Contains("12 classes", Run("lattice", "--k", "3", "--d", "3").Stdout);
        Assert.Contains("poset", r.Stdout);
        Assert.DoesNotContain("\u001b[", r.Stdout);
    }

    /// <summary>Orders divide |Γ|, edges go up in order, and every class lies below the top (Γ itself).</summary>
    [Theory]
    [InlineData("3", "4", false)]
    [InlineData("5", "5", true)]
    public void Structural_consistency(string k, string d, bool diagonal)
    {
        var args = new List<string> { "lattice", "--k", k, "--d", d, "--json" };
        if (diagonal) args.Add("--diagonal");
        var j = Json(args.ToArray());
        var orders = Orders(j);
        int gamma = orders[^1];
        Assert.All(orders, o => Assert.Equal(0, gamma % o));
        foreach (var e in IntArrays(j.GetProperty("edges"))) Assert.True(orders[e[0]] < orders[e[1]]);
        var reach = IntArrays(j.GetProperty("edges")).ToLookup(e => e[0], e => e[1]);
        for (int i = 0; i < orders.Length - 1; i++)
        {
            var seen = new HashSet<int> { i };
            var stack = new Stack<int>(new[] { i });
            while (stack.Count > 0) foreach (var u in reach[stack.Pop()]) if (seen.Add(u)) stack.Push(u);
            Assert.Contains(orders.Length - 1, seen);
        }
    }

    [Theory]
    [InlineData("--d", "0", "--diagonal")]
    [InlineData("--k", "0", "--d", "3")]
    [InlineData("--k", "3", "--d", "4", "--diagonal")]
    [InlineData("--d", "4")]
    [InlineData("--d", "10", "--diagonal")]
    [InlineData("--k", "7", "--d", "7")]
    public void Bad_input_is_one_error_line(params string[] args)
    {
        var line = AssertInvalidInput(new[] { "lattice" }.Concat(args).ToArray());
        Assert.Matches("at least 1|must equal|required|elements", line);
    }

    [Fact]
    public void Too_large_says_what_is_feasible()
    {
        var line = AssertInvalidInput("lattice", "--d", "10", "--diagonal");
        Assert.Contains("3628800 elements", line);
        Assert.Contains("d = 9", line);
    }
}
