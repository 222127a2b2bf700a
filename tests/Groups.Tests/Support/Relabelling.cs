namespace Landscape.Symmetry.Groups.Tests.Support;

/// <summary>Bare generators as a user pastes them: no structure visible in the labels, no known order.</summary>
public static class Relabelling
{
    /// <summary>The generators conjugated by a random permutation, in random order.</summary>
    public static PermutationGroup Shuffled(PermutationGroup g, int seed)
    {
        var random = new Random(seed);
        var images = Enumerable.Range(0, g.Degree).ToArray();
        random.Shuffle(images);
        var s = Permutation.FromImages(images);
        var gens = g.Generators.Select(x => x.ConjugateBy(s)).ToArray();
        random.Shuffle(gens);
        return PermutationGroup.Create(g.Degree, gens);
    }
}
