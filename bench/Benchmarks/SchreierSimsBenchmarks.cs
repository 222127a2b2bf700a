using BenchmarkDotNet.Attributes;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Benchmarks;

/// <summary>
/// Order and one membership test for groups of degree 100–1000 given by generators, from a cold
/// start: every invocation builds a new group object, so the stabilizer chain (or the giant
/// recognition) is computed inside the measurement.
/// </summary>
[MemoryDiagnoser]
public class SchreierSimsBenchmarks
{
    private Permutation[] generators = Array.Empty<Permutation>();
    private System.Numerics.BigInteger? knownOrder;
    private int degree;
    private Permutation probe = null!;

    /// <summary>The group, as a spec-like name.</summary>
    [Params("S(10) wr S(10)", "S(5) wr S(40)", "Cells(30,30)", "Hyperoctahedral(500)", "Random2(1000)")]
    public string Group { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var g = Group switch
        {
            "S(10) wr S(10)" => Constructions.WreathProduct(Constructions.Symmetric(10), Constructions.Symmetric(10)),
            "S(5) wr S(40)" => Constructions.WreathProduct(Constructions.Symmetric(5), Constructions.Symmetric(40)),
            "Cells(30,30)" => MatrixCellAction.Full(30, 30),
            "Hyperoctahedral(500)" => Constructions.Hyperoctahedral(500),
            "Random2(1000)" => RandomPair(1000, seed: 1),
            _ => throw new ArgumentException(Group),
        };
        generators = g.Generators.ToArray();
        degree = g.Degree;
        knownOrder = Group.StartsWith("Random") ? null : g.Order;
        probe = g.RandomElement(new Random(7));
    }

    /// <summary>Generators plus the order the construction knows (what the spec language supplies).</summary>
    [Benchmark]
    public bool OrderAndMembershipWithKnownOrder()
    {
        var g = PermutationGroup.Create(degree, generators, knownOrder);
        return g.Order > 0 && g.Contains(probe);
    }

    private static PermutationGroup RandomPair(int n, int seed)
    {
        var rng = new Random(seed);
        var a = Enumerable.Range(0, n).ToArray();
        var b = Enumerable.Range(0, n).ToArray();
        rng.Shuffle(a);
        rng.Shuffle(b);
        return PermutationGroup.Create(Permutation.FromImages(a), Permutation.FromImages(b));
    }
}

/// <summary>
/// The same question with no order supplied: randomized Schreier–Sims followed by deterministic
/// verification of every Schreier generator, on the groups where that finishes in seconds.
/// </summary>
[MemoryDiagnoser]
public class VerifiedSchreierSimsBenchmarks
{
    private PermutationGroup template = null!;

    /// <summary>The group.</summary>
    [Params("S(5) wr S(5)", "S(10) wr S(10)", "Cells(10,10)", "Hyperoctahedral(30)")]
    public string Group { get; set; } = "";

    [GlobalSetup]
    public void Setup() => template = Group switch
    {
        "S(5) wr S(5)" => Constructions.WreathProduct(Constructions.Symmetric(5), Constructions.Symmetric(5)),
        "S(10) wr S(10)" => Constructions.WreathProduct(Constructions.Symmetric(10), Constructions.Symmetric(10)),
        "Cells(10,10)" => MatrixCellAction.Full(10, 10),
        "Hyperoctahedral(30)" => Constructions.Hyperoctahedral(30),
        _ => throw new ArgumentException(Group),
    };

    [Benchmark]
    public System.Numerics.BigInteger OrderFromGeneratorsOnly() =>
        PermutationGroup.Create(template.Degree, template.Generators).Order;
}
