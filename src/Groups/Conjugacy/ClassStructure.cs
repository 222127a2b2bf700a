using System.Collections.Immutable;
using System.Numerics;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// A class of a group in local coordinates: the representative's image array on the points
/// 0..degree−1 of the structure that listed it, and the class size.
/// </summary>
internal readonly record struct LocalClass(int[] Images, BigInteger Size);

/// <summary>
/// The shape of a permutation group that its conjugacy classes are computed from, recognised from
/// generators alone: Sₙ or Aₙ on its points, a group small enough to enumerate, the direct product of
/// its actions on its orbits, the full wreath product H ≀ S_m on a block system, or the direct product
/// of its actions on two block systems (the cells of a matrix). Each shape counts, and where it can
/// lists, its classes from the classes of its parts.
/// </summary>
/// <remarks>
/// Every recognition is a theorem checked by comparing orders, never a guess: G always embeds in the
/// product of its actions on its orbits; for a block system B of m blocks it embeds in H ≀ G^B, H the
/// action of a block's stabilizer on the block, with the blocks identified through a transversal (see
/// <see cref="StructuralOrderBound.BlockStabilizerWithTransversal"/>); and for two block systems whose
/// blocks meet in single points it embeds in G^{B₁} × G^{B₂}. When |G| equals the order of the larger
/// group, G is all of it, and the larger group's classes are known: products of classes for a direct
/// product, and for H ≀ S_m one class per function from the classes of H to partitions whose sizes add
/// to m (James and Kerber, <i>The Representation Theory of the Symmetric Group</i>, 4.2).
/// What is not recognised (a primitive group other than Aₙ or Sₙ, a wreath product whose top group is
/// not symmetric, a subdirect product) gets a reason naming the part where recognition stopped.
/// </remarks>
internal abstract class ClassStructure
{
    private protected ClassStructure(int degree, BigInteger order)
    {
        Degree = degree;
        Order = order;
    }

    /// <summary>Number of points.</summary>
    public int Degree { get; }

    /// <summary>|G|.</summary>
    public BigInteger Order { get; }

    private ConjugacyClassCount? count;

    /// <summary>The number of classes, or the reason it is not known (computed once).</summary>
    public ConjugacyClassCount Count() => count ??= ComputeCount();

    private protected abstract ConjugacyClassCount ComputeCount();

    /// <summary>Null when <see cref="List"/> works (given a known, small enough count), else why not.</summary>
    public virtual string? WhyNotListed => null;

    /// <summary>The classes; only called when the count is known and <see cref="WhyNotListed"/> is null.</summary>
    public abstract List<LocalClass> List(CancellationToken cancel);

    /// <summary>Recognises the structure of <paramref name="group"/> (see the remarks on the class).</summary>
    public static ClassStructure Recognise(PermutationGroup group, long orderLimit, CancellationToken cancel)
    {
        cancel.ThrowIfCancellationRequested();
        int n = group.Degree;
        if (group.Generators.Length == 0) return new Enumerated(group, orderLimit);
        switch (group.Giant)
        {
            case GiantKind.Symmetric: return new Giant(n, Factorials.Of(n), symmetric: true);
            case GiantKind.Alternating: return new Giant(n, Factorials.Of(n) / 2, symmetric: false);
        }
        var order = group.Order;
        if (order <= orderLimit) return new Enumerated(group, orderLimit);
        return group.IsTransitive ? Transitive(group, order, orderLimit, cancel) : Intransitive(group, order, orderLimit, cancel);
    }

    private static ClassStructure Intransitive(PermutationGroup group, BigInteger order, long orderLimit, CancellationToken cancel)
    {
        var orbits = group.Orbits.Where(o => o.Length > 1).ToArray();
        var actions = orbits.Select(o => StructuralOrderBound.Restrict(group, o)).ToArray();
        var product = BigInteger.One;
        foreach (var a in actions) { cancel.ThrowIfCancellationRequested(); product *= a.Order; }
        if (product != order)
            return new Unrecognised(n: group.Degree, order,
                $"the group is intransitive but not the direct product of its actions on its {orbits.Length} orbits (it has order {ConjugacyClasses.Describe(order)}, their product {ConjugacyClasses.Describe(product)})");
        var parts = orbits.Select((o, i) => (o.ToArray(), Recognise(actions[i], orderLimit, cancel))).ToArray();
        return new DirectProduct(group.Degree, order, parts);
    }

    private static ClassStructure Transitive(PermutationGroup group, BigInteger order, long orderLimit, CancellationToken cancel)
    {
        int n = group.Degree;
        if (AnyBlockSystem(group, cancel) is not { } some)
            return new Unrecognised(n, order,
                $"the group is primitive of degree {n}, neither A({n}) nor S({n}), and its order {ConjugacyClasses.Describe(order)} is above the enumeration limit {orderLimit}");
        var top = MaximalSystemAbove(group, some, cancel);
        int m = top.Count;
        var onBlocks = StructuralOrderBound.ActionOnBlocks(group, top);
        var (blockGroup, transversal) = StructuralOrderBound.BlockStabilizerWithTransversal(group, top);
        var mFactorial = Factorials.Of(m);
        if (onBlocks.Order == mFactorial && order == BigInteger.Pow(blockGroup.Order, m) * mFactorial)
            return new WreathProduct(order, Recognise(blockGroup, orderLimit, cancel), transversal);
        cancel.ThrowIfCancellationRequested();
        var systems = Blocks.MinimalSystems(group, cancel);
        if (systems.Count >= 2 && TwoBlockActions(group, order, systems[0], systems[1], orderLimit, cancel) is { } product)
            return product;
        return new Unrecognised(n, order,
            $"the group is imprimitive ({m} blocks of size {top.BlockSize}) but neither the full wreath product of a block's stabilizer (order {ConjugacyClasses.Describe(blockGroup.Order)}) with S({m}) on the blocks (the action on the blocks has order {ConjugacyClasses.Describe(onBlocks.Order)}) nor the product of its actions on two block systems, and its order {ConjugacyClasses.Describe(order)} is above the enumeration limit {orderLimit}");
    }

    // Two minimal block systems meet in points, so g ↦ (g^{B₁}, g^{B₂}) is injective; equal orders make it onto.
    private static ClassStructure? TwoBlockActions(PermutationGroup group, BigInteger order, BlockSystem first, BlockSystem second, long orderLimit, CancellationToken cancel)
    {
        var a = StructuralOrderBound.ActionOnBlocks(group, first);
        var b = StructuralOrderBound.ActionOnBlocks(group, second);
        if (a.Order * b.Order != order) return null;
        cancel.ThrowIfCancellationRequested();
        return new BlockActionProduct(group.Degree, order, Recognise(a, orderLimit, cancel), Recognise(b, orderLimit, cancel));
    }

    /// <summary>
    /// A non-trivial block system, or null when G is primitive. A block through the first base point b
    /// is a union of orbits of the stabilizer G_b, so one point α per orbit of G_b is tried, smallest
    /// orbits first: far fewer closures than listing every minimal system.
    /// </summary>
    private static BlockSystem? AnyBlockSystem(PermutationGroup group, CancellationToken cancel)
    {
        var chain = group.StabilizerChain;
        int b = chain.Base[0];
        var stabilizer = PermutationGroup.Create(group.Degree, chain.GeneratorsOfStabilizer(1));
        foreach (var orbit in stabilizer.Orbits.Where(o => o[0] != b || o.Length > 1).OrderBy(o => o.Length))
        {
            cancel.ThrowIfCancellationRequested();
            int alpha = orbit[0] != b ? orbit[0] : orbit[1];
            var system = Blocks.MinimalContaining(group, b, alpha);
            if (system.Count > 1) return system;
        }
        return null;
    }

    /// <summary>
    /// Coarsens <paramref name="system"/> until the action on its blocks is primitive: a minimal block
    /// system of the action on blocks lifts to a coarser system of G. The result is a maximal system.
    /// </summary>
    private static BlockSystem MaximalSystemAbove(PermutationGroup group, BlockSystem system, CancellationToken cancel)
    {
        while (true)
        {
            cancel.ThrowIfCancellationRequested();
            var onBlocks = StructuralOrderBound.ActionOnBlocks(group, system);
            if (onBlocks.IsPrimitive) return system; // recognises giants at once, where listing systems would not
            var coarser = Blocks.MinimalSystems(onBlocks, cancel);
            var merged = coarser[0].Blocks
                .Select(super => super.SelectMany(b => system.Blocks[b]).Order().ToImmutableArray())
                .OrderBy(b => b[0])
                .ToImmutableArray();
            system = new BlockSystem(merged);
        }
    }

    /// <summary>A group of order at most the limit: classes are orbits of its elements under conjugation.</summary>
    private sealed class Enumerated(PermutationGroup group, long orderLimit) : ClassStructure(group.Degree, group.Order)
    {
        private readonly Lazy<List<List<Permutation>>> orbits = new(() => ConjugacyClasses.ConjugationOrbits(group, orderLimit));

        private protected override ConjugacyClassCount ComputeCount() => ConjugacyClassCount.Known(orbits.Value.Count);

        public override List<LocalClass> List(CancellationToken cancel) =>
            orbits.Value
                .Select(orbit => new LocalClass(orbit.MinBy(x => x, ImageOrder.Instance)!.ImageArray, orbit.Count))
                .ToList();
    }

    /// <summary>Sₙ or Aₙ on all points: one class per (split) cycle type.</summary>
    private sealed class Giant(int n, BigInteger order, bool symmetric) : ClassStructure(n, order)
    {
        private string Name => $"{(symmetric ? "S" : "A")}({Degree})";

        private protected override ConjugacyClassCount ComputeCount() => Degree > ConjugacyClasses.MaxCountedGiantDegree
            ? ConjugacyClassCount.Unknown($"a part is {Name}, whose class count is computed only up to degree {ConjugacyClasses.MaxCountedGiantDegree}")
            : ConjugacyClassCount.Known(symmetric ? Partition.Count(Degree) : PartitionCounting.AlternatingClassCount(Degree));

        public override List<LocalClass> List(CancellationToken cancel) =>
            (symmetric ? ConjugacyClasses.OfSymmetric(Degree) : ConjugacyClasses.OfAlternating(Degree))
                .Select(c => new LocalClass(c.Representative.ImageArray, c.Size))
                .ToList();
    }

    /// <summary>The direct product of the actions on the orbits: classes are tuples of classes.</summary>
    private sealed class DirectProduct(int n, BigInteger order, (int[] Points, ClassStructure Part)[] parts) : ClassStructure(n, order)
    {
        private protected override ConjugacyClassCount ComputeCount()
        {
            var total = BigInteger.One;
            foreach (var (points, part) in parts)
            {
                var c = part.Count();
                if (c.Count is not { } k) return ConjugacyClassCount.Unknown($"on its orbit of {points.Length} points, {c.Reason}");
                total *= k;
            }
            return ConjugacyClassCount.Known(total);
        }

        public override string? WhyNotListed => parts.Select(p => p.Part.WhyNotListed).FirstOrDefault(r => r is not null);

        public override List<LocalClass> List(CancellationToken cancel)
        {
            var result = new List<LocalClass> { new(StabilizerChain.IdentityArray(Degree), BigInteger.One) };
            foreach (var (points, part) in parts)
            {
                var classes = part.List(cancel);
                var next = new List<LocalClass>(result.Count * classes.Count);
                foreach (var partial in result)
                {
                    cancel.ThrowIfCancellationRequested();
                    foreach (var c in classes)
                    {
                        var images = (int[])partial.Images.Clone();
                        for (int i = 0; i < points.Length; i++) images[points[i]] = points[c.Images[i]];
                        next.Add(new LocalClass(images, partial.Size * c.Size));
                    }
                }
                result = next;
            }
            return result;
        }
    }

    /// <summary>
    /// G = H ≀ S_m on m blocks of k points, block β's point i being <c>transversal[β][i]</c>; an element
    /// (h_β; σ) sends <c>transversal[β][i]</c> to <c>transversal[σ(β)][h_β(i)]</c>.
    /// </summary>
    private sealed class WreathProduct(BigInteger order, ClassStructure blockGroup, int[][] transversal)
        : ClassStructure(blockGroup.Degree * transversal.Length, order)
    {
        private int Blocks => transversal.Length;

        private protected override ConjugacyClassCount ComputeCount()
        {
            var c = blockGroup.Count();
            if (c.Count is not { } r) return ConjugacyClassCount.Unknown($"in the block group H of H ≀ S({Blocks}), {c.Reason}");
            if (r > 2 && Blocks > WreathProductGroupSpec.MaxTopDegreeForClassCount)
                return ConjugacyClassCount.Unknown(
                    $"the class count of H ≀ S({Blocks}) needs an O(m²) recurrence over m = {Blocks} blocks, beyond the limit {WreathProductGroupSpec.MaxTopDegreeForClassCount}");
            return ConjugacyClassCount.Known(PartitionCounting.CoefficientOfPartitionPower(r, Blocks));
        }

        public override string? WhyNotListed => blockGroup.WhyNotListed;

        public override List<LocalClass> List(CancellationToken cancel)
        {
            var hClasses = blockGroup.List(cancel);
            var result = new List<LocalClass>();
            var chosen = new int[hClasses.Count][];
            void Assign(int c, int remaining)
            {
                if (c == hClasses.Count - 1)
                {
                    foreach (var mu in Partition.All(remaining))
                    {
                        chosen[c] = mu.Parts.ToArray();
                        result.Add(Build(hClasses, chosen));
                    }
                    return;
                }
                cancel.ThrowIfCancellationRequested();
                for (int size = 0; size <= remaining; size++)
                    foreach (var mu in Partition.All(size))
                    {
                        chosen[c] = mu.Parts.ToArray();
                        Assign(c + 1, remaining - size);
                    }
            }
            Assign(0, Blocks);
            return result;
        }

        // Class c of H gets the partition parts[c]: each part ℓ is a cycle of ℓ consecutive blocks whose
        // cycle product is c's representative. Its centralizer has order Π (ℓ·|C_H(c)|)^a · a! over the
        // parts ℓ of multiplicity a.
        private LocalClass Build(List<LocalClass> hClasses, int[][] parts)
        {
            int k = blockGroup.Degree;
            var images = new int[Degree];
            var identity = StabilizerChain.IdentityArray(k);
            var centralizer = BigInteger.One;
            int next = 0;
            for (int c = 0; c < parts.Length; c++)
            {
                var hCentralizer = blockGroup.Order / hClasses[c].Size;
                foreach (var group in parts[c].GroupBy(l => l))
                {
                    int length = group.Key, multiplicity = group.Count();
                    centralizer *= BigInteger.Pow(length * hCentralizer, multiplicity) * Factorials.Of(multiplicity);
                    for (int copy = 0; copy < multiplicity; copy++)
                    {
                        for (int t = 0; t < length; t++)
                        {
                            int beta = next + t, target = next + (t + 1) % length;
                            var h = t == 0 ? hClasses[c].Images : identity;
                            for (int i = 0; i < k; i++) images[transversal[beta][i]] = transversal[target][h[i]];
                        }
                        next += length;
                    }
                }
            }
            return new LocalClass(images, Order / centralizer);
        }
    }

    /// <summary>G ≅ G^{B₁} × G^{B₂}: the count is the product; representatives would need preimages, which are not built.</summary>
    private sealed class BlockActionProduct(int n, BigInteger order, ClassStructure first, ClassStructure second) : ClassStructure(n, order)
    {
        private protected override ConjugacyClassCount ComputeCount()
        {
            foreach (var part in new[] { first, second })
                if (part.Count().Reason is { } reason) return ConjugacyClassCount.Unknown($"in its action on one of two block systems, {reason}");
            return ConjugacyClassCount.Known(first.Count().Count!.Value * second.Count().Count!.Value);
        }

        public override string? WhyNotListed =>
            "the group is the direct product of its actions on two block systems (as S_k × S_d on the cells of a matrix), for which only the number of classes is computed, not representatives";

        public override List<LocalClass> List(CancellationToken cancel) => throw new InvalidOperationException(WhyNotListed);
    }

    /// <summary>No recognised structure; <see cref="Count"/> gives the reason.</summary>
    private sealed class Unrecognised(int n, BigInteger order, string reason) : ClassStructure(n, order)
    {
        private protected override ConjugacyClassCount ComputeCount() => ConjugacyClassCount.Unknown(reason);

        public override string? WhyNotListed => reason;

        public override List<LocalClass> List(CancellationToken cancel) => throw new InvalidOperationException(reason);
    }

    /// <summary>Lexicographic order of image arrays, to pick reproducible representatives.</summary>
    private sealed class ImageOrder : IComparer<Permutation>
    {
        public static readonly ImageOrder Instance = new();

        public int Compare(Permutation? a, Permutation? b) => a!.Images.SequenceCompareTo(b!.Images);
    }
}
