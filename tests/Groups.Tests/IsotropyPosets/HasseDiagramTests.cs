namespace Landscape.Symmetry.Groups.Tests.IsotropyPosets;

public class HasseDiagramTests
{
    /// <summary>Divisibility on 1..n from the relation "a | b, a &lt; b" (all pairs), against covers by definition.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    [InlineData(60)]
    public void Divisibility_covers_by_definition(int n)
    {
        var numbers = Enumerable.Range(1, n).ToList();
        var pairs = new List<(int, int)>();
        for (int a = 0; a < n; a++)
            for (int b = 0; b < n; b++)
                if (a != b && numbers[b] % numbers[a] == 0) pairs.Add((a, b));
        var diagram = HasseDiagram<int>.FromRelation(numbers, pairs);
        var expected = pairs.Where(p => !Enumerable.Range(0, n).Any(m =>
            m != p.Item1 && m != p.Item2 && numbers[m] % numbers[p.Item1] == 0 && numbers[p.Item2] % numbers[m] == 0)).OrderBy(p => p).ToList();
        Assert.Equal(expected, diagram.Covers.Select(c => (c.Lower, c.Upper)).ToList());
        foreach (var (a, b) in pairs) Assert.True(diagram.IsBelow(a, b));
        Assert.False(n > 1 && diagram.IsBelow(1, 0));
    }

    /// <summary>Any generating relation (here only the covers, shuffled) gives the same diagram.</summary>
    [Fact]
    public void The_covers_generate_the_same_order()
    {
        var numbers = Enumerable.Range(1, 30).ToList();
        var all = new List<(int, int)>();
        for (int a = 0; a < 30; a++)
            for (int b = 0; b < 30; b++)
                if (a != b && numbers[b] % numbers[a] == 0) all.Add((a, b));
        var full = HasseDiagram<int>.FromRelation(numbers, all);
        var covers = full.Covers.Select(c => (c.Lower, c.Upper)).OrderBy(_ => Guid.NewGuid()).ToList();
        Assert.Equal(full, HasseDiagram<int>.FromRelation(numbers, covers));
        Assert.Equal(full.UpperCovers(1), full.Covers.Where(c => c.Lower == 1).Select(c => c.Upper));
        Assert.Equal(full.LowerCovers(5), full.Covers.Where(c => c.Upper == 5).Select(c => c.Lower));
    }

    [Fact]
    public void Cycles_and_bad_pairs_are_refused()
    {
        Assert.Throws<ArgumentException>(() => HasseDiagram<int>.FromRelation(new[] { 0, 1 }, new[] { (0, 1), (1, 0) }));
        Assert.Throws<ArgumentException>(() => HasseDiagram<int>.FromRelation(new[] { 0, 1 }, new[] { (0, 0) }));
        Assert.Throws<ArgumentException>(() => HasseDiagram<int>.FromRelation(new[] { 0, 1 }, new[] { (0, 2) }));
    }

    [Fact]
    public void Dot_escapes_labels()
    {
        var d = HasseDiagram<string>.FromRelation(new[] { "a\"b", "c\\d" }, new[] { (0, 1) });
        var dot = d.ToDot(s => s, s => s == "c\\d", "g");
        Assert.Contains("label=\"a\\\"b\"", dot);
        Assert.Contains("label=\"c\\\\d\", style=filled", dot);
        Assert.Contains("n0 -> n1;", dot);
        Assert.Throws<ArgumentException>(() => d.ToDot(s => s, null, "bad name"));
    }

    /// <summary>Bottom-up order and the QuikGraph view agree with the covers; a relabelled copy keeps the order.</summary>
    [Fact]
    public void Bottom_up_order_graph_view_and_relabelling()
    {
        var numbers = Enumerable.Range(1, 36).ToList();
        var pairs = new List<(int, int)>();
        for (int a = 0; a < 36; a++)
            for (int b = 0; b < 36; b++)
                if (a != b && numbers[b] % numbers[a] == 0) pairs.Add((a, b));
        var diagram = HasseDiagram<int>.FromRelation(numbers, pairs);
        var position = new int[36];
        var order = diagram.BottomUp();
        Assert.Equal(Enumerable.Range(0, 36), order.Order());
        for (int i = 0; i < order.Length; i++) position[order[i]] = i;
        foreach (var (a, b) in pairs) Assert.True(position[a] < position[b], $"{numbers[a]} | {numbers[b]} but comes later");
        Assert.Equal(diagram.Covers, diagram.Graph.Edges.Select(e => (e.Source, e.Target)).Order());
        Assert.Equal(36, diagram.Graph.VertexCount);
        var named = diagram.WithElements(numbers.Select(x => $"n{x}"));
        Assert.Equal(diagram.Covers.ToList(), named.Covers.ToList());
        Assert.True(named.IsBelow(1, 11) && !named.IsBelow(4, 11) && !named.IsBelow(11, 1));
        Assert.Throws<ArgumentException>(() => diagram.WithElements(new[] { "too few" }));
    }
}
