namespace Landscape.Symmetry.Groups.Tests.Support;

/// <summary>A small test group: generators as permutations plus a name for failure reports.</summary>
public sealed record GroupCase(string Name, int Degree, IReadOnlyList<Permutation> Generators, BigInteger? ExpectedOrder = null)
{
    /// <summary>A fresh group (no caches shared between properties), without a declared order.</summary>
    public PermutationGroup Create() => PermutationGroup.Create(Degree, Generators);

    public override string ToString() =>
        $"{Name}: degree {Degree}, Group([{string.Join(",", Generators)}])" + (ExpectedOrder is { } o ? $", expected order {o}" : "");
}

/// <summary>FsCheck generators for permutations and small groups.</summary>
public static class Gens
{
    /// <summary>A uniformly random permutation of degree n.</summary>
    public static Gen<Permutation> Permutation(int n) =>
        Gen.Shuffle(Enumerable.Range(0, n).ToArray()).Select(a => Groups.Permutation.FromImages(a));

    /// <summary>Degree 1..12.</summary>
    public static Gen<int> Degree(int min = 1, int max = 12) => Gen.Choose(min, max);

    public static Gen<Permutation> AnyPermutation(int maxDegree = 12) => Degree(1, maxDegree).SelectMany(Permutation);

    public static Gen<(Permutation, Permutation)> PairOfDegree(int n) =>
        Permutation(n).SelectMany(p => Permutation(n).Select(q => (p, q)));

    public static Gen<(Permutation, Permutation)> Pair(int maxDegree = 12) => Degree(1, maxDegree).SelectMany(PairOfDegree);

    public static Gen<(Permutation, Permutation, Permutation)> Triple(int maxDegree = 12) =>
        Degree(1, maxDegree).SelectMany(n =>
            Permutation(n).SelectMany(p => Permutation(n).SelectMany(q => Permutation(n).Select(r => (p, q, r)))));

    /// <summary>A random permutation of a random subset of the points (the rest fixed): gives intransitive and imprimitive groups.</summary>
    public static Gen<Permutation> SparsePermutation(int n) =>
        Gen.Choose(1, n).SelectMany(k =>
            Gen.Shuffle(Enumerable.Range(0, n).ToArray()).SelectMany(order =>
            {
                var support = order.Take(k).ToArray();
                return Gen.Shuffle(support).Select(images =>
                {
                    var a = Enumerable.Range(0, n).ToArray();
                    for (int t = 0; t < k; t++) a[support[t]] = images[t];
                    return Groups.Permutation.FromImages(a);
                });
            }));

    /// <summary>A random permutation preserving the block system {0..m−1}, {m..2m−1}, … of n = m·q points.</summary>
    public static Gen<Permutation> BlockPreserving(int m, int q) =>
        Gen.Shuffle(Enumerable.Range(0, q).ToArray()).SelectMany(blockImages =>
            Gen.CollectToArray(Enumerable.Range(0, q), _ => Gen.Shuffle(Enumerable.Range(0, m).ToArray())).Select(inner =>
            {
                var a = new int[m * q];
                for (int b = 0; b < q; b++)
                    for (int i = 0; i < m; i++) a[b * m + i] = blockImages[b] * m + inner[b][i];
                return Groups.Permutation.FromImages(a);
            }));

    /// <summary>2–3 random generators of degree ≤ maxDegree, each full or sparse.</summary>
    public static Gen<GroupCase> RandomGroup(int maxDegree = 8, int minDegree = 1) =>
        Gen.Choose(minDegree, maxDegree).SelectMany(n =>
            Gen.Choose(2, 3).SelectMany(count =>
                Gen.CollectToArray(Enumerable.Range(0, count), _ => Gen.OneOf(Permutation(n), SparsePermutation(n), SparsePermutation(n)))
                    .Select(gens => new GroupCase("random", n, gens))));

    /// <summary>2–3 random generators preserving a block system of m·q points (m, q ≥ 2, m·q ≤ 8).</summary>
    public static Gen<GroupCase> RandomImprimitiveGroup() =>
        Gen.Elements((2, 2), (2, 3), (3, 2), (2, 4), (4, 2)).SelectMany(mq =>
            Gen.Choose(2, 3).SelectMany(count =>
                Gen.CollectToArray(Enumerable.Range(0, count), _ => BlockPreserving(mq.Item1, mq.Item2))
                    .Select(gens => new GroupCase($"block-preserving {mq.Item1}x{mq.Item2}", mq.Item1 * mq.Item2, gens))));

    /// <summary>Named constructions with small parameters, with their orders from mathematics.</summary>
    public static IReadOnlyList<GroupCase> NamedSmallGroups()
    {
        var list = new List<GroupCase>();
        void Add(string name, PermutationGroup g, BigInteger order) => list.Add(new GroupCase(name, g.Degree, g.Generators, order));
        BigInteger F(int n) => Groups.Factorials.Of(n);
        for (int n = 1; n <= 6; n++) Add($"S{n}", Constructions.Symmetric(n), F(n));
        for (int n = 3; n <= 6; n++) Add($"A{n}", Constructions.Alternating(n), F(n) / 2);
        for (int n = 1; n <= 8; n++) Add($"C{n}", Constructions.Cyclic(n), n);
        for (int n = 3; n <= 8; n++) Add($"D{2 * n}", Constructions.Dihedral(n), 2 * n);
        Add("S2 wr S2", Constructions.WreathProduct(Constructions.Symmetric(2), Constructions.Symmetric(2)), 8);
        Add("S2 wr S3", Constructions.WreathProduct(Constructions.Symmetric(2), Constructions.Symmetric(3)), 48);
        Add("S3 wr S2", Constructions.WreathProduct(Constructions.Symmetric(3), Constructions.Symmetric(2)), 72);
        Add("C3 wr C2", Constructions.WreathProduct(Constructions.Cyclic(3), Constructions.Cyclic(2)), 18);
        Add("S2 wr S4", Constructions.WreathProduct(Constructions.Symmetric(2), Constructions.Symmetric(4)), 384);
        for (int d = 1; d <= 4; d++) Add($"Z2 wr S{d}", Constructions.Hyperoctahedral(d), BigInteger.Pow(2, d) * F(d));
        Add("S3 x C4", Constructions.DirectProduct(Constructions.Symmetric(3), Constructions.Cyclic(4)), 24);
        Add("Diag(S4)", Constructions.Diagonal(Constructions.Symmetric(4)), 24);
        Add("Cells(2,3)", MatrixCellAction.Full(2, 3), 12);
        Add("Cells(2,2)+a", MatrixCellAction.Full(2, 2, secondLayer: true), 4);
        Add("DiagCells(3)", MatrixCellAction.DiagonalSymmetric(3), 6);
        return list;
    }

    public static Gen<GroupCase> NamedGroup() => Gen.Elements(NamedSmallGroups().ToArray());

    /// <summary>Random small groups (degree ≤ 8) mixed with the named constructions.</summary>
    public static Gen<GroupCase> SmallGroup(int maxDegree = 8) =>
        Gen.Frequency((4, RandomGroup(maxDegree)), (2, RandomImprimitiveGroup()), (3, NamedGroup()));

    /// <summary>Small groups acting transitively (random ones filtered by a brute-force orbit check).</summary>
    public static Gen<GroupCase> TransitiveSmallGroup(int maxDegree = 8) =>
        SmallGroup(maxDegree).Where(c => Naive.NaiveGroup.OrbitsByGenerators(c.Degree, c.Generators).Count == 1);

    /// <summary>k, d ≤ 6 and two pairs (row permutation, column permutation) of S_k × S_d.</summary>
    public static Gen<(int k, int d, Permutation p1, Permutation r1, Permutation p2, Permutation r2)> CellActionPairs() =>
        Gen.Choose(1, 6).SelectMany(k => Gen.Choose(1, 6).SelectMany(d =>
            Permutation(k).SelectMany(p1 => Permutation(d).SelectMany(r1 =>
                Permutation(k).SelectMany(p2 => Permutation(d).Select(r2 => (k, d, p1, r1, p2, r2)))))));

    public static Arbitrary<T> Arb<T>(this Gen<T> gen) => FsCheck.Fluent.Arb.From(gen);
}
