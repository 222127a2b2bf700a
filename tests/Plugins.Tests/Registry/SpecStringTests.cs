namespace Landscape.Symmetry.Plugins.Tests.Registry;

public class SpecStringTests
{
    [Theory]
    [InlineData("relu", typeof(Relu))]
    [InlineData("leaky-relu(alpha=0.01)", typeof(LeakyRelu))]
    [InlineData("softplus(beta=2)", typeof(Softplus))]
    [InlineData(" softplus( beta = 2 ) ", typeof(Softplus))]
    [InlineData("erf", typeof(Erf))]
    [InlineData("tanh", typeof(Tanh))]
    [InlineData("gelu", typeof(Gelu))]
    public void Activation_specs_resolve(string spec, Type type) => Assert.IsType(type, PluginRegistry.Activation(spec));

    [Fact]
    public void Parameters_are_read()
    {
        Assert.Equal(2, ((Softplus)PluginRegistry.Activation("softplus(beta=2)")).Beta);
        Assert.Equal(0.3, ((LeakyRelu)PluginRegistry.Activation("leaky-relu(0.3)")).Alpha);
        var cube = (UniformCube)PluginRegistry.Distribution("uniform(-1,1)");
        Assert.Equal((-1.0, 1.0), (cube.Lower, cube.Upper));
        var shifted = (UniformCube)PluginRegistry.Distribution("uniform(shift=1)");
        Assert.Equal((0.0, 2.0), (shifted.Lower, shifted.Upper));
        var deep = PluginRegistry.Model("deep(widths=20-20-20,activation=tanh)");
        Assert.Equal(new[] { 20, 20, 20 }, deep.HiddenWidths);
        Assert.IsType<Tanh>(deep.Activation);
    }

    [Fact]
    public void Covariance_files_are_read_through_the_reader()
    {
        var d = (CorrelatedGaussian)PluginRegistry.Distribution("gaussian(cov=sigma.txt)", _ => "1 0\n0 2\n");
        Assert.Equal(2, d.Dimension);
        Assert.Equal("gaussian(cov=sigma.txt)", d.Spec);
        var e = Assert.Throws<ArgumentException>(() => PluginRegistry.Distribution("gaussian(cov=s)", _ => "1 2\n0 2\n"));
        Assert.Contains("symmetric", e.Message);
    }

    [Fact]
    public void Unknown_names_list_what_would_work()
    {
        var e = Assert.Throws<ArgumentException>(() => PluginRegistry.Activation("sigmoid"));
        Assert.Contains("softplus(beta=1)", e.Message);
        Assert.Contains("leaky-relu(alpha=0.01)", e.Message);
        var f = Assert.Throws<ArgumentException>(() => PluginRegistry.Activation("softplus(gamma=2)"));
        Assert.Contains("softplus(beta=1)", f.Message);
        var g = Assert.Throws<ArgumentException>(() => PluginRegistry.Distribution("cauchy"));
        Assert.Contains("uniform(a,b)", g.Message);
    }

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 200)]
    public Property Activation_specs_round_trip()
    {
        return Prop.ForAll(Generators.Activations.ToArbitrary(), a =>
        {
            var back = PluginRegistry.Activation(a.Spec);
            return back.Spec == a.Spec && back.GetType() == a.GetType() && back.Value(0.37) == a.Value(0.37);
        });
    }

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 200)]
    public Property Distribution_specs_round_trip()
    {
        return Prop.ForAll(Generators.UniformCubes.ToArbitrary(), dist =>
        {
            var back = (UniformCube)PluginRegistry.Distribution(dist.Spec);
            var u = (UniformCube)dist;
            return back.Lower == u.Lower && back.Upper == u.Upper && back.Spec == dist.Spec;
        });
    }

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 200)]
    public Property Garbage_gives_a_readable_error_never_another_exception()
    {
        return Prop.ForAll(Generators.Garbage.ToArbitrary(), text =>
        {
            foreach (var resolve in new Func<string, object>[] { s => PluginRegistry.Activation(s), s => PluginRegistry.Distribution(s, _ => "1"), s => PluginRegistry.Model(s) })
            {
                try
                {
                    resolve(text);
                }
                catch (Exception e) when (e is FormatException or ArgumentException)
                {
                    if (string.IsNullOrWhiteSpace(e.Message) || e.Message.Contains("Exception")) return false;
                }
            }
            return true;
        });
    }
}
