using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

// W = I, a = 1 is the zero-loss minimum for the identity teacher; with relu or leaky-relu and a trainable second layer it
// has k zero Hessian eigenvalues from the rescalings (wᵢ, aᵢ) → (c·wᵢ, aᵢ/c), which must not make it "degenerate".
public sealed class FlatDirectionsCommandTests
{
    [Theory]
    [InlineData("relu", 3)]
    [InlineData("leaky-relu(alpha=0.1)", 3)]
    [InlineData("tanh", 0)]
    public void Spectrum_declares_the_rescaling_directions_of_homogeneous_activations(string activation, int flat)
    {
        var j = Json("spectrum", "--d", "3", "--second-layer", "--point", "identity", "--activation", activation, "--method", "dense", "--json");
        Assert.Equal(flat, j.GetProperty("flatDirections").GetInt32());
        Assert.Equal("minimum", j.GetProperty("classification").GetString());
        var zero = j.GetProperty("eigenvalues").EnumerateArray().Where(c => Math.Abs(c.GetProperty("value").GetDouble()) < 1e-8).ToArray();
        Assert.Equal(flat, zero.Sum(c => c.GetProperty("multiplicity").GetInt32()));
    }

    [Fact]
    public void Critical_calls_the_relu_minimum_with_a_second_layer_a_minimum()
    {
        var j = Json("critical", "--d", "4", "--second-layer", "--point", "identity", "--json");
        Assert.Equal("minimum", j.GetProperty("classification").GetString());
        Assert.Equal(4, j.GetProperty("flatDirections").GetInt32());
        Assert.True(Math.Abs(j.GetProperty("smallestEigenvalue").GetDouble()) < 1e-8);
    }

    [Fact]
    public void Without_a_second_layer_nothing_is_declared_flat()
    {
        var j = Json("critical", "--d", "3", "--point", "identity", "--json");
        Assert.Equal(0, j.GetProperty("flatDirections").GetInt32());
        Assert.Equal("minimum", j.GetProperty("classification").GetString());
    }
}
