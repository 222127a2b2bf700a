using BenchmarkDotNet.Attributes;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Benchmarks;

/// <summary>
/// The maximal-subgroup lists of S₁₂ and A₁₂ (constructions plus one stabilizer chain each, from
/// generators and the proven order), and subgroup conjugacy on pairs H, H^σ from a cold start
/// (new group objects every invocation, so chains, orbitals and invariants are inside the measurement).
/// </summary>
[MemoryDiagnoser]
public class MaximalSubgroupsBenchmarks
{
    private (int Degree, Permutation[] H, Permutation[] K, System.Numerics.BigInteger Order) pair;

    /// <summary>Which pair of conjugate groups.</summary>
    [Params("M12 vs M12^(1,2)", "S10xS10xS6xS6 (32 pts)", "S4 wr S8 (32 pts)", "AGL(3,2) vs AGL(3,2)^(1,2)")]
    public string Pair { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var g = Pair switch
        {
            "M12 vs M12^(1,2)" => PrimitiveGroups.Mathieu12(),
            "S10xS10xS6xS6 (32 pts)" => Constructions.DirectProduct(
                Constructions.DirectProduct(Constructions.Symmetric(10), Constructions.Symmetric(10)),
                Constructions.DirectProduct(Constructions.Symmetric(6), Constructions.Symmetric(6))),
            "S4 wr S8 (32 pts)" => Constructions.WreathProduct(Constructions.Symmetric(4), Constructions.Symmetric(8)),
            "AGL(3,2) vs AGL(3,2)^(1,2)" => PrimitiveGroups.AffineGeneralLinear(3, 2),
            _ => throw new ArgumentException(Pair),
        };
        Permutation sigma;
        if (Pair.Contains("^(1,2)")) sigma = Permutation.FromCycles(g.Degree, new[] { 0, 1 });
        else
        {
            var a = Enumerable.Range(0, g.Degree).ToArray();
            new Random(5).Shuffle(a);
            sigma = Permutation.FromImages(a);
        }
        pair = (g.Degree, g.Generators.ToArray(), g.Generators.Select(x => x.ConjugateBy(sigma)).ToArray(), g.Order);
    }

    /// <summary>FindConjugator on fresh groups (orders given, as the constructions supply them).</summary>
    [Benchmark]
    public bool FindConjugator()
    {
        var h = PermutationGroup.Create(pair.Degree, pair.H, pair.Order);
        var k = PermutationGroup.Create(pair.Degree, pair.K, pair.Order);
        return SubgroupConjugacy.FindConjugator(h, k) is not null;
    }
}

/// <summary>Producing the lists for n = 12 (constructions, orders proven, orbits read off).</summary>
[MemoryDiagnoser]
public class MaximalSubgroupListBenchmarks
{
    /// <summary>The maximal subgroups of S₁₂ with their orbit lengths.</summary>
    [Benchmark]
    public int Symmetric12() => MaximalSubgroups.OfSymmetric(12).Sum(m => m.OrbitLengths.Length);

    /// <summary>The maximal subgroups of A₁₂ with their orbit lengths.</summary>
    [Benchmark]
    public int Alternating12() => MaximalSubgroups.OfAlternating(12).Sum(m => m.OrbitLengths.Length);

    /// <summary>S₁₂'s list plus a stabilizer chain for each group from its generators alone (no order given).</summary>
    [Benchmark]
    public int Symmetric12WithChainsFromGeneratorsOnly() =>
        MaximalSubgroups.OfSymmetric(12).Sum(m => (int)(PermutationGroup.Create(12, m.Group.Generators).Order % 1000));
}
