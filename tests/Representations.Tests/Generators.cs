namespace Landscape.Symmetry.Representations.Tests;

/// <summary>The FsCheck generators of this test project, in one place.</summary>
public static class Generators
{
    /// <summary>Sizes of the factors of a Young subgroup S_{n₁}×…×S_{n_r}: 1..maxFactors factors, each of size 1..maxSize.</summary>
    public static Gen<int[]> SmallFactorSizes(int maxFactors, int maxSize) =>
        Gen.Choose(1, maxFactors).SelectMany(r => Gen.Choose(1, maxSize).ArrayOf(r));

    /// <summary>A partition of n for n in 1..maxN (n first, then a partition of n uniformly).</summary>
    public static Gen<Partition> Partitions(int maxN) =>
        Gen.Choose(1, maxN).SelectMany(n => Gen.Elements(Partition.All(n).ToArray()));

    /// <summary>Two partitions (a shape and a cycle type) of the same n in 1..maxN.</summary>
    public static Gen<(Partition l, Partition m)> PartitionPairs(int maxN) =>
        Gen.Choose(1, maxN).SelectMany(n => Gen.Elements(Partition.All(n).ToArray())
            .SelectMany(l => Gen.Elements(Partition.All(n).ToArray()).Select(m => (l, m))));

    /// <summary>Young subgroup sizes (1–3 factors of size 1–4) of ΔS_d on M(d,d), with or without a second layer.</summary>
    public static Gen<(int[] Sizes, bool SecondLayer)> YoungSizesWithSecondLayer =>
        SmallFactorSizes(3, 4).SelectMany(s => Gen.Elements(false, true).Select(l => (Sizes: s, SecondLayer: l)));

    /// <summary>Vectors of the given length with entries in [−10, 10], multiples of 0.01.</summary>
    public static Gen<double[]> Vectors(int length) =>
        Gen.ArrayOf(Gen.Choose(-1000, 1000).Select(x => x / 100.0), length);
}
