namespace Landscape.Symmetry.Groups.Tests.MaximalSubgroups;

public class MaximalSubgroupsTests
{
    /// <summary>
    /// GAP 4.12.1 output, for n = 1..12, of the sorted strings "order:orbit lengths (largest first):IsPrimitive"
    /// over the representatives of ConjugacyClassesMaximalSubgroups(SymmetricGroup(n)) and AlternatingGroup(n)
    /// (the script is in docs/tutorial-maximal.md). It is data from GAP, not from this library.
    /// </summary>
    private const string GapTable = """
S1
A1
S2 1:1,1:false
A2
S3 2:2,1:false 3:3:true
A3 1:1,1,1:false
S4 12:4:true 6:3,1:false 8:4:false
A4 3:3,1:false 4:4:false
S5 12:3,2:false 20:5:true 24:4,1:false 60:5:true
A5 10:5:true 12:4,1:false 6:3,2:false
S6 120:5,1:false 120:6:true 360:6:true 48:4,2:false 48:6:false 72:6:false
A6 24:4,2:false 24:6:false 36:6:false 60:5,1:false 60:6:true
S7 144:4,3:false 240:5,2:false 2520:7:true 42:7:true 720:6,1:false
A7 120:5,2:false 168:7:true 168:7:true 360:6,1:false 72:4,3:false
S8 1152:8:false 1440:6,2:false 20160:8:true 336:8:true 384:8:false 5040:7,1:false 720:5,3:false
A8 1344:8:true 1344:8:true 2520:7,1:false 360:5,3:false 576:8:false 720:6,2:false
S9 10080:7,2:false 1296:9:false 181440:9:true 2880:5,4:false 40320:8,1:false 4320:6,3:false 432:9:true
A9 1440:5,4:false 1512:9:true 1512:9:true 20160:8,1:false 2160:6,3:false 216:9:true 5040:7,2:false 648:9:false
S10 1440:10:true 17280:6,4:false 1814400:10:true 28800:10:false 30240:7,3:false 362880:9,1:false 3840:10:false 80640:8,2:false
A10 14400:10:false 15120:7,3:false 181440:9,1:false 1920:10:false 40320:8,2:false 720:10:true 8640:6,4:false
S11 110:11:true 120960:7,4:false 19958400:11:true 241920:8,3:false 3628800:10,1:false 725760:9,2:false 86400:6,5:false
A11 120960:8,3:false 1814400:10,1:false 362880:9,2:false 43200:6,5:false 60480:7,4:false 7920:11:true 7920:11:true
S12 1036800:12:false 1320:12:true 2177280:9,3:false 239500800:12:true 31104:12:false 39916800:11,1:false 46080:12:false 604800:7,5:false 7257600:10,2:false 82944:12:false 967680:8,4:false
A12 1088640:9,3:false 15552:12:false 19958400:11,1:false 23040:12:false 302400:7,5:false 3628800:10,2:false 41472:12:false 483840:8,4:false 518400:12:false 95040:12:true 95040:12:true
""";

    private static readonly Dictionary<string, string> FromGap = GapTable.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(l => l.Trim()).ToDictionary(l => l.Split(' ')[0], l => l.Contains(' ') ? l[(l.IndexOf(' ') + 1)..] : "");

    public static TheoryData<int, bool> Cases()
    {
        var data = new TheoryData<int, bool>();
        for (int n = 1; n <= 12; n++) { data.Add(n, false); data.Add(n, true); }
        return data;
    }

    private static MaximalSubgroupList List(int n, bool alternating) =>
        alternating ? Groups.MaximalSubgroups.OfAlternating(n) : Groups.MaximalSubgroups.OfSymmetric(n);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Orders_orbits_and_primitivity_match_GAP_class_by_class(int n, bool alternating)
    {
        var list = List(n, alternating);
        Assert.True(list.IsComplete);
        Assert.Null(list.Note);
        var ours = list.Select(m => $"{m.Order}:{string.Join(",", m.OrbitLengths)}:{(m.IsPrimitive ? "true" : "false")}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(FromGap[(alternating ? "A" : "S") + n], string.Join(" ", ours));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_claim_is_recomputed_from_the_generators(int n, bool alternating)
    {
        var parent = alternating ? Factorials.Of(n) / 2 : Factorials.Of(n);
        foreach (var m in List(n, alternating))
        {
            Assert.Equal(n, m.Group.Degree);
            var order = Bounded.BuildFromGenerators(n, m.Group.Generators, 30).Order;
            Assert.Equal(m.Order, order);
            Assert.True(order < parent, $"{m.Name} is not a proper subgroup");
            Assert.True(parent % order == 0);
            if (alternating) Assert.All(m.Group.Generators, g => Assert.Equal(1, g.Sign()));
            var fresh = PermutationGroup.Create(n, m.Group.Generators);
            Assert.Equal(m.IsTransitive, fresh.IsTransitive);
            Assert.Equal(m.IsPrimitive, fresh.IsPrimitive);
            Assert.Equal(NaiveGroup.OrbitsByGenerators(n, m.Group.Generators).Select(o => o.Count).OrderDescending(), m.OrbitLengths);
            Assert.Equal(m.Kind is MaximalSubgroupKind.Affine or MaximalSubgroupKind.AlmostSimple or MaximalSubgroupKind.Diagonal or MaximalSubgroupKind.ProductAction
                || (m.Kind == MaximalSubgroupKind.Alternating && n >= 3), m.IsPrimitive);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_two_representatives_are_conjugate_in_the_parent(int n, bool alternating)
    {
        var list = List(n, alternating);
        for (int i = 0; i < list.Count; i++)
            for (int j = i + 1; j < list.Count; j++)
            {
                var (a, b) = (list[i].Group, list[j].Group);
                var sigma = alternating ? SubgroupConjugacy.FindConjugatorInAlternating(a, b) : SubgroupConjugacy.FindConjugator(a, b);
                Assert.True(sigma is null, $"{list[i].Name} and {list[j].Name} are conjugate by {sigma}");
            }
    }

    [Fact]
    public void Split_classes_are_conjugate_in_Sn_by_an_odd_permutation_only()
    {
        foreach (int n in new[] { 7, 8, 9, 11, 12 })
        {
            var pairs = Groups.MaximalSubgroups.OfAlternating(n).GroupBy(m => m.Order).Where(g => g.Count() == 2).ToArray();
            Assert.Single(pairs);
            var (a, b) = (pairs[0].First().Group, pairs[0].Last().Group);
            var sigma = SubgroupConjugacy.FindConjugator(a, b);
            Assert.NotNull(sigma);
            Assert.All(a.Generators, g => Assert.True(b.Contains(g.ConjugateBy(sigma!))));
            Assert.Equal(-1, sigma!.Sign());
        }
    }

    [Fact]
    public void Class_counts_match_the_table_in_the_docs()
    {
        // The table in the remarks of MaximalSubgroups (numbers of classes, from GAP as above).
        int[] symmetric = { 0, 1, 2, 3, 4, 6, 5, 7, 7, 8, 7, 11 };
        int[] alternating = { 0, 0, 1, 2, 3, 5, 5, 6, 8, 7, 7, 11 };
        for (int n = 1; n <= 12; n++)
        {
            Assert.Equal(symmetric[n - 1], Groups.MaximalSubgroups.OfSymmetric(n).Count);
            Assert.Equal(alternating[n - 1], Groups.MaximalSubgroups.OfAlternating(n).Count);
        }
    }

    [Fact]
    public void Family_members_that_are_not_maximal_lie_in_a_larger_proper_subgroup()
    {
        // Sₖ × Sₖ on {0..k−1} ∪ {k..2k−1} preserves that block system: it lies in Sₖ ≀ S₂.
        for (int k = 2; k <= 6; k++)
        {
            var young = Constructions.DirectProduct(Constructions.Symmetric(k), Constructions.Symmetric(k));
            var wreath = Constructions.WreathProduct(Constructions.Symmetric(k), Constructions.Symmetric(2));
            Assert.True(young.IsSubgroupOf(wreath) && young.Order < wreath.Order);
            Assert.DoesNotContain(Groups.MaximalSubgroups.OfSymmetric(2 * k), m => m.Name == $"S_{k} × S_{k}");
        }
        // S₃ ≀ S₂ in product action on GF(3)² is affine: it lies in AGL(2,3) with the same labelling.
        var product = PrimitiveGroups.ProductAction(3, 2);
        var agl = PrimitiveGroups.AffineGeneralLinear(2, 3);
        Assert.True(product.IsSubgroupOf(agl) && product.Order < agl.Order);
        // PSL(2,8) < PΓL(2,8), PGL(2,9) < PΓL(2,9), PSL(2,7) on 8 points < PGL(2,7).
        Assert.True(PrimitiveGroups.ProjectiveSpecialLinear(8).IsSubgroupOf(PrimitiveGroups.ProjectiveSemilinear(8)));
        Assert.True(PrimitiveGroups.ProjectiveGeneralLinear(9).IsSubgroupOf(PrimitiveGroups.ProjectiveSemilinear(9)));
        // Orders of the non-maximal candidates that must not appear: (S₂ ≀ S₄) ∩ A₈ = 192, PSL(2,7) on 8 = 168,
        // S₃ ≀ S₂ on 9 = 72, PSL(2,8) = 504, PGL(2,9) = S₆ on 10 = 720 in S₁₀, PSL(2,11) = 660, AGL(1,7) ∩ A₇ = 21, AGL(1,11) ∩ A₁₁ = 55.
        Assert.DoesNotContain(Groups.MaximalSubgroups.OfAlternating(8), m => m.Order == 192 || m.Order == 168);
        Assert.DoesNotContain(Groups.MaximalSubgroups.OfSymmetric(9), m => m.Order == 72 || m.Order == 504);
        Assert.DoesNotContain(Groups.MaximalSubgroups.OfSymmetric(10), m => m.Order == 720 || m.Order == 120);
        Assert.DoesNotContain(Groups.MaximalSubgroups.OfAlternating(11), m => m.Order == 660 || m.Order == 55);
        Assert.DoesNotContain(Groups.MaximalSubgroups.OfAlternating(12), m => m.Order == 660);
        Assert.DoesNotContain(Groups.MaximalSubgroups.OfAlternating(7), m => m.Order == 21);
        Assert.DoesNotContain(Groups.MaximalSubgroups.OfSymmetric(7), m => m.Order == 168);
    }

    [Theory]
    [InlineData(13)]
    [InlineData(16)]
    [InlineData(30)]
    [InlineData(24)]
    public void Above_12_the_list_says_it_is_incomplete_and_holds_the_general_families(int n)
    {
        int divisors = Enumerable.Range(2, Math.Max(0, n / 2 - 1)).Count(a => n % a == 0);
        var sym = Groups.MaximalSubgroups.OfSymmetric(n);
        var alt = Groups.MaximalSubgroups.OfAlternating(n);
        foreach (var list in new[] { sym, alt })
        {
            Assert.False(list.IsComplete);
            Assert.Contains("not enumerated", list.Note);
            Assert.Equal((list.IsAlternating ? 0 : 1) + (n - 1) / 2 + divisors, list.Count);
            Assert.DoesNotContain(list, m => m.IsPrimitive && m.Kind != MaximalSubgroupKind.Alternating);
        }
        // Beyond A_n itself the two lists run in parallel: each A_n entry is the S_n entry ∩ A_n, of half the order.
        var symmetricFamilies = sym.Skip(1).ToArray();
        Assert.Equal(symmetricFamilies.Length, alt.Count);
        for (int i = 0; i < alt.Count; i++)
        {
            Assert.Equal(symmetricFamilies[i].Order, 2 * alt[i].Order);
            Assert.All(alt[i].Group.Generators, g => Assert.Equal(1, g.Sign()));
            Assert.True(alt[i].Group.IsSubgroupOf(symmetricFamilies[i].Group));
        }
    }

    [Fact]
    public void Bad_degrees_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Groups.MaximalSubgroups.OfSymmetric(0));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Groups.MaximalSubgroups.OfAlternating(Groups.MaximalSubgroups.MaxDegree + 1));
        Assert.Contains("1..", e.Message);
    }
}
