namespace Landscape.Symmetry.Groups.Tests.IsotropyPosets;

/// <summary>Facts from the literature (Arjevani & Field, "Symmetry of the target model", §4.3; DESIGN.md) and the API's contracts.</summary>
public class IsotropyPosetFactsTests
{
    private static IsotropyClass Young(IsotropyPoset poset, params int[] parts)
    {
        BigInteger order = parts.Aggregate(BigInteger.One, (o, p) => o * Enumerable.Range(1, p).Aggregate(BigInteger.One, (f, i) => f * i));
        return Assert.Single(poset.Classes, c => c.Order == order && c.RowPartition.SequenceEqual(parts));
    }

    /// <summary>ΔS_d → 2, ΔS_{d−1}×ΔS_1 → 5, ΔS_{d−q}×ΔS_q → 6 (q ≥ 2, d − q ≠ q); a second layer adds 1, 2, 2. The two product types are maximal (Lemma 8.1).</summary>
    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Fixed_dimensions_of_the_diagonal_Young_types(int d)
    {
        foreach (bool layer in new[] { false, true })
        {
            var poset = IsotropyClasses.OfDiagonal(d, layer);
            int extra = layer ? 1 : 0;
            Assert.Equal(2 + extra, poset.Top.FixedDimension);
            Assert.Equal($"ΔS_{d}", poset.Top.Name);
            Assert.Equal(d * d + (layer ? d : 0), poset.Bottom.FixedDimension);
            var hierarchical = Young(poset, d - 1, 1);
            Assert.Equal(5 + 2 * extra, hierarchical.FixedDimension);
            Assert.True(hierarchical.Maximal);
            Assert.Equal($"ΔS_{d - 1}×ΔS_1", hierarchical.Name);
            for (int q = 2; q <= d / 2; q++)
            {
                var c = Young(poset, d - q, q);
                Assert.Equal(6 + 2 * extra, c.FixedDimension);
                Assert.Equal(d - q != q, c.Maximal);
            }
        }
    }

    /// <summary>
    /// In ΔS_6 the maximal isotropy classes are the intransitive S_5×S_1, S_4×S_2 and the imprimitive
    /// S_2≀S_3 (order 48), S_3≀S_2 (order 72), both with fixed dimension 3 (Arjevani & Field, "Symmetry of the target model", §4.3). The other
    /// maximal subgroups of S_6 (A_6 and the primitive PGL(2,5)) are 2-transitive, so their closure is S_6.
    /// </summary>
    [Fact]
    public void Maximal_classes_of_delta_S6()
    {
        var maximal = IsotropyClasses.OfDiagonal(6).Classes.Where(c => c.Maximal)
            .Select(c => ((int)c.Order, c.FixedDimension, string.Join(",", c.RowPartition)))
            .OrderBy(t => t).ToList();
        Assert.Equal(new[] { (48, 3, "6"), (48, 6, "4,2"), (72, 3, "6"), (120, 5, "5,1") }, maximal);
    }

    /// <summary>ΔS_3: trivial, S_2×S_1, the cyclic C_3 (2-closed: the cyclic tournament) and S_3.</summary>
    [Fact]
    public void Delta_S3_has_the_cyclic_group()
    {
        var poset = IsotropyClasses.OfDiagonal(3);
        Assert.Equal(new[] { 1, 2, 3, 6 }, poset.Classes.Select(c => (int)c.Order));
        Assert.Equal(new[] { 9, 5, 3, 2 }, poset.Classes.Select(c => c.FixedDimension));
        Assert.Equal(new[] { (0, 1), (0, 2), (1, 3), (2, 3) }, poset.Edges.Select(e => (e.Lower, e.Upper)));
    }

    /// <summary>A_d (d ≥ 4) is 2-transitive, so no isotropy group has order d!/2.</summary>
    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Alternating_groups_are_not_isotropy(int d)
    {
        var half = Enumerable.Range(1, d).Aggregate(BigInteger.One, (f, i) => f * i) / 2;
        Assert.DoesNotContain(IsotropyClasses.OfDiagonal(d).Classes, c => c.Order == half);
    }

    [Fact]
    public void S_k_times_S_d_top_and_bottom()
    {
        var poset = IsotropyClasses.OfRowsAndColumns(3, 4, secondLayer: true);
        Assert.Equal(144, (int)poset.Top.Order);
        Assert.Equal(1 + 1, poset.Top.FixedDimension);
        Assert.Equal("S_3 (rows) × S_4 (columns)", poset.Top.Name);
        Assert.Equal(1, (int)poset.Bottom.Order);
        Assert.Equal(12 + 3, poset.Bottom.FixedDimension);
        Assert.False(poset.Top.Maximal);
        Assert.All(poset.Classes.Take(poset.Classes.Length - 1), c => Assert.True(poset.Diagram.IsBelow(c.Id, poset.Top.Id)));
    }

    [Fact]
    public void Ids_are_positions_and_classes_sorted_by_order()
    {
        var poset = IsotropyClasses.OfRowsAndColumns(3, 3);
        Assert.Equal(Enumerable.Range(0, poset.Classes.Length), poset.Classes.Select(c => c.Id));
        for (int i = 1; i < poset.Classes.Length; i++) Assert.True(poset.Classes[i - 1].Order <= poset.Classes[i].Order);
        Assert.All(poset.Edges, e => Assert.True(poset.Classes[e.Lower].Order < poset.Classes[e.Upper].Order));
    }

    [Fact]
    public void Runs_are_reproducible()
    {
        Assert.Equal(IsotropyClasses.OfDiagonal(6), IsotropyClasses.OfDiagonal(6));
        Assert.NotEqual(IsotropyClasses.OfDiagonal(4), IsotropyClasses.OfDiagonal(4, secondLayer: true));
    }

    [Fact]
    public void Progress_is_reported_and_ends_complete()
    {
        var reports = new List<IsotropyEnumerationProgress>();
        var progress = new SynchronousProgress(reports);
        var poset = IsotropyClasses.OfDiagonal(5, progress: progress);
        Assert.NotEmpty(reports);
        Assert.Equal(new IsotropyEnumerationProgress(poset.Classes.Length, poset.Classes.Length), reports[^1]);
        Assert.All(reports, r => Assert.True(r.ClassesExpanded <= r.ClassesFound));
    }

    [Fact]
    public void Cancellation_stops_the_run()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => IsotropyClasses.OfDiagonal(6, cancel: cancel.Token));
    }

    [Theory]
    [InlineData(0, 3, false)]
    [InlineData(3, 0, false)]
    [InlineData(7, 7, false)]
    [InlineData(10, 10, true)]
    public void Bad_sizes_are_refused_with_a_reason(int k, int d, bool diagonal)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() =>
            diagonal ? IsotropyClasses.OfDiagonal(d) : IsotropyClasses.OfRowsAndColumns(k, d));
        Assert.Matches("at least 1|elements", e.Message);
    }

    [Fact]
    public void Dot_output_has_a_node_per_class_and_an_arrow_per_cover()
    {
        var poset = IsotropyClasses.OfDiagonal(4);
        var dot = poset.ToDot();
        Assert.StartsWith("digraph isotropy_diagonal {", dot);
        Assert.Equal(poset.Classes.Length, dot.Split('\n').Count(l => l.Contains("[label=")));
        Assert.Equal(poset.Edges.Length, dot.Split('\n').Count(l => l.Contains(" -> ")));
        Assert.Equal(poset.Classes.Count(c => c.Maximal), dot.Split('\n').Count(l => l.Contains("fillcolor")));
        Assert.Contains("ΔS_3×ΔS_1\\n|H| = 6, dim Fix = 5", dot);
        Assert.Contains("label=\"#7 ΔS_3×ΔS_1", dot);
    }

    private sealed class SynchronousProgress(List<IsotropyEnumerationProgress> sink) : IProgress<IsotropyEnumerationProgress>
    {
        public void Report(IsotropyEnumerationProgress value) { lock (sink) sink.Add(value); }
    }
}
