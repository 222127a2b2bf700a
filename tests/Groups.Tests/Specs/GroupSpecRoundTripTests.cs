using Microsoft.FSharp.Core;

namespace Landscape.Symmetry.Groups.Tests.Specs;

public class GroupSpecRoundTripTests
{
    private static Config Config(int maxTest) =>
        FsCheck.Config.QuickThrowOnFailure
            .WithQuietOnSuccess(true)
            .WithMaxTest(maxTest)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20261122UL, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));

    private static Gen<Permutation> Permutation(int n) =>
        Gen.Shuffle(Enumerable.Range(0, n).ToArray()).Select(a => Groups.Permutation.FromImages(a));

    /// <summary>Explicit generators, identities included, on a degree that may exceed the points they move.</summary>
    private static Gen<GroupSpec> Generated =>
        from n in Gen.Choose(1, 6)
        from k in Gen.Choose(1, 3)
        from gens in Gen.ArrayOf(Gen.Frequency((4, Permutation(n)), (1, Gen.Constant(Groups.Permutation.Identity(n)))), k)
        select (GroupSpec)new GeneratedGroupSpec(n, gens);

    private static Gen<GroupSpec> Leaf => Gen.OneOf(
        Gen.Choose(1, 5).Select(n => (GroupSpec)new SymmetricGroupSpec(n)),
        Gen.Choose(1, 5).Select(n => (GroupSpec)new AlternatingGroupSpec(n)),
        Gen.Choose(1, 6).Select(n => (GroupSpec)new CyclicGroupSpec(n)),
        Gen.Choose(1, 6).Select(n => (GroupSpec)new DihedralGroupSpec(n)),
        Gen.Choose(1, 3).Select(d => (GroupSpec)new HyperoctahedralGroupSpec(d)),
        from k in Gen.Choose(1, 3) from d in Gen.Choose(1, 3) from second in Gen.Elements(false, true)
        select (GroupSpec)new CellsGroupSpec(k, d, second),
        from d in Gen.Choose(1, 3) from second in Gen.Elements(false, true)
        select (GroupSpec)new DiagonalCellsGroupSpec(d, second),
        Generated);

    private static Gen<GroupSpec> Spec(int depth) => depth == 0
        ? Leaf
        : Gen.Frequency(
            (3, Leaf),
            (2, from a in Spec(depth - 1) from b in Spec(depth - 1) select (GroupSpec)new DirectProductGroupSpec(a, b)),
            // Wreath products multiply degrees; past a few thousand points a product keeps the tree legal.
            (2, from a in Spec(depth - 1) from b in Spec(depth - 1)
                select (long)a.Degree * b.Degree <= 5000 ? (GroupSpec)new WreathProductGroupSpec(a, b) : new DirectProductGroupSpec(a, b)),
            (1, Spec(depth - 1).Select(a => (GroupSpec)new DiagonalGroupSpec(a))));

    [Fact]
    public void Printed_specs_parse_back_to_equal_specs()
    {
        Check.One(Config(500), Prop.ForAll(Spec(3).ToArbitrary(), spec =>
        {
            var text = spec.ToString();
            var parsed = GroupSpec.Parse(text);
            Assert.True(spec.Equals(parsed), $"{text} parsed back as {parsed}");
            Assert.Equal(spec.GetHashCode(), parsed.GetHashCode());
            Assert.Equal(text, parsed.ToString());
            Assert.Equal(spec.Degree, parsed.Degree);
            // White space is insignificant: the same text without any parses to the same spec.
            Assert.Equal(spec, GroupSpec.Parse(new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray())));
        }));
    }

    [Fact]
    public void Different_specs_print_differently()
    {
        // Printing is injective on these trees: equal texts only for equal specs.
        Check.One(Config(300), Prop.ForAll(Spec(2).ToArbitrary(), Spec(2).ToArbitrary(), (a, b) =>
            Assert.Equal(a.Equals(b), a.ToString() == b.ToString())));
    }

    [Fact]
    public void Built_groups_have_the_spec_degree_and_order()
    {
        Check.One(Config(150), Prop.ForAll(Spec(2).Where(s => s.Degree <= 40).ToArbitrary(), spec =>
        {
            var g = spec.Build();
            Assert.Equal(spec.Degree, g.Degree);
            var chain = StabilizerChain.Build(g.Degree, g.Generators, new SchreierSimsOptions { Deterministic = true });
            Assert.Equal(spec.Order(), chain.Order);
        }));
    }
}
