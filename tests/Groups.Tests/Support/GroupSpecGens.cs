namespace Landscape.Symmetry.Groups.Tests.Support;

/// <summary>FsCheck generators of group spec trees (the text language of <see cref="GroupSpec"/>).</summary>
public static class GroupSpecGens
{
    /// <summary>Explicit generators, identities included, on a degree that may exceed the points they move.</summary>
    private static Gen<GroupSpec> Generated =>
        from n in Gen.Choose(1, 6)
        from k in Gen.Choose(1, 3)
        from gens in Gen.ArrayOf(Gen.Frequency((4, Gens.Permutation(n)), (1, Gen.Constant(Groups.Permutation.Identity(n)))), k)
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

    /// <summary>Spec trees of the given depth: leaves of every kind, direct and wreath products, diagonals.</summary>
    public static Gen<GroupSpec> Spec(int depth) => depth == 0
        ? Leaf
        : Gen.Frequency(
            (3, Leaf),
            (2, from a in Spec(depth - 1) from b in Spec(depth - 1) select (GroupSpec)new DirectProductGroupSpec(a, b)),
            // Wreath products multiply degrees; past a few thousand points a product keeps the tree legal.
            (2, from a in Spec(depth - 1) from b in Spec(depth - 1)
                select (long)a.Degree * b.Degree <= 5000 ? (GroupSpec)new WreathProductGroupSpec(a, b) : new DirectProductGroupSpec(a, b)),
            (1, Spec(depth - 1).Select(a => (GroupSpec)new DiagonalGroupSpec(a))));
}
