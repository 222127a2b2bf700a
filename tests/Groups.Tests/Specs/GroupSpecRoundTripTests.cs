namespace Landscape.Symmetry.Groups.Tests.Specs;

public class GroupSpecRoundTripTests
{
    [Property(Replay = "(20261122,11400714819323198485)", MaxTest = 500)]
    public Property Printed_specs_parse_back_to_equal_specs()
    {
        return Prop.ForAll(GroupSpecGens.Spec(3).ToArbitrary(), spec =>
        {
            var text = spec.ToString();
            var parsed = GroupSpec.Parse(text);
            Assert.True(spec.Equals(parsed), $"{text} parsed back as {parsed}");
            Assert.Equal(spec.GetHashCode(), parsed.GetHashCode());
            Assert.Equal(text, parsed.ToString());
            Assert.Equal(spec.Degree, parsed.Degree);
            // White space is insignificant: the same text without any parses to the same spec.
            Assert.Equal(spec, GroupSpec.Parse(new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray())));
        });
    }

    [Property(Replay = "(20261122,11400714819323198485)", MaxTest = 300)]
    public Property Different_specs_print_differently()
    {
        // Printing is injective on these trees: equal texts only for equal specs.
        return Prop.ForAll(GroupSpecGens.Spec(2).ToArbitrary(), GroupSpecGens.Spec(2).ToArbitrary(), (a, b) =>
            Assert.Equal(a.Equals(b), a.ToString() == b.ToString()));
    }

    [Property(Replay = "(20261122,11400714819323198485)", MaxTest = 150)]
    public Property Built_groups_have_the_spec_degree_and_order()
    {
        return Prop.ForAll(GroupSpecGens.Spec(2).Where(s => s.Degree <= 40).ToArbitrary(), spec =>
        {
            var g = spec.Build();
            Assert.Equal(spec.Degree, g.Degree);
            var chain = StabilizerChain.Build(g.Degree, g.Generators, new SchreierSimsOptions { Deterministic = true });
            Assert.Equal(spec.Order(), chain.Order);
        });
    }
}
