using System.Collections.Immutable;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// A system of imprimitivity of a transitive group: a G-invariant partition of the points into
/// blocks of equal size (0-based points; blocks sorted by their smallest point, points ascending).
/// </summary>
public sealed class BlockSystem
{
    internal BlockSystem(ImmutableArray<ImmutableArray<int>> blocks) => Blocks = blocks;

    /// <summary>The blocks.</summary>
    public ImmutableArray<ImmutableArray<int>> Blocks { get; }

    /// <summary>Size of each block.</summary>
    public int BlockSize => Blocks[0].Length;

    /// <summary>Number of blocks.</summary>
    public int Count => Blocks.Length;

    /// <summary>The blocks as 1-based sets, e.g. <c>[[1,2],[3,4]]</c>.</summary>
    public override string ToString() =>
        "[" + string.Join(",", Blocks.Select(b => "[" + string.Join(",", b.Select(x => x + 1)) + "]")) + "]";
}

/// <summary>
/// Blocks of imprimitivity by Atkinson's algorithm: the finest G-invariant partition in which
/// two given points share a block, found with union–find.
/// </summary>
public static class Blocks
{
    /// <summary>
    /// The finest block system of a transitive group in which <paramref name="a"/> and
    /// <paramref name="b"/> lie in one block (the whole set when that is the only such system).
    /// </summary>
    /// <exception cref="ArgumentException">The group is not transitive, or a point is out of range or a = b.</exception>
    public static BlockSystem MinimalContaining(PermutationGroup group, int a, int b)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (!group.IsTransitive)
            throw new ArgumentException("Blocks of imprimitivity are defined here for transitive groups; this group has several orbits.", nameof(group));
        CheckPoint(group, a, nameof(a));
        CheckPoint(group, b, nameof(b));
        if (a == b) throw new ArgumentException("The two points must differ.", nameof(b));
        return ToSystem(Close(group, a, b));
    }

    /// <summary>
    /// The block systems whose blocks are minimal non-trivial (neither points nor the whole set), one
    /// per distinct block through point 0; empty for a primitive group.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static IReadOnlyList<BlockSystem> MinimalSystems(PermutationGroup group, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (!group.IsTransitive)
            throw new ArgumentException("Blocks of imprimitivity are defined here for transitive groups; this group has several orbits.", nameof(group));
        int n = group.Degree;
        var candidates = new List<(HashSet<int> Block, UnionFind Classes)>();
        for (int alpha = 1; alpha < n; alpha++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var uf = Close(group, 0, alpha);
            if (uf.SizeOf(0) == n) continue;
            var block = new HashSet<int>();
            int root = uf.Find(0);
            for (int x = 0; x < n; x++) if (uf.Find(x) == root) block.Add(x);
            if (candidates.Any(c => c.Block.SetEquals(block))) continue;
            candidates.Add((block, uf));
        }
        return candidates
            .Where(c => !candidates.Any(o => o.Block.Count < c.Block.Count && o.Block.IsSubsetOf(c.Block)))
            .Select(c => ToSystem(c.Classes))
            .ToArray();
    }

    /// <summary>True when the group is transitive and has no block system but the trivial ones.</summary>
    public static bool IsPrimitive(PermutationGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (!group.IsTransitive) return false;
        // Sₙ and Aₙ are primitive: Aₙ is 2-transitive for n ≥ 4, and A₃ acts on a prime number of points.
        if (group.Giant != GiantKind.None) return true;
        for (int alpha = 1; alpha < group.Degree; alpha++)
            if (Close(group, 0, alpha).SizeOf(0) != group.Degree) return false;
        return true;
    }

    // Joins a and b, then closes the partition under the generators. Every union made is queued,
    // and images of both sides of each queued union are joined; since the queued unions generate
    // the equivalence relation, the result is G-invariant, and it is the finest such one.
    private static UnionFind Close(PermutationGroup group, int a, int b)
    {
        var uf = new UnionFind(group.Degree);
        var gens = group.Generators.Select(g => g.ImageArray).ToArray();
        var queue = new Queue<(int, int)>();
        queue.Enqueue((a, b));
        uf.Union(a, b);
        while (queue.Count > 0)
        {
            var (x, y) = queue.Dequeue();
            foreach (var g in gens)
            {
                int gx = g[x], gy = g[y];
                if (uf.Union(gx, gy) is not null) queue.Enqueue((gx, gy));
            }
        }
        return uf;
    }

    private static BlockSystem ToSystem(UnionFind uf) => new(uf.Classes());

    private static void CheckPoint(PermutationGroup group, int p, string name)
    {
        if (p < 0 || p >= group.Degree)
            throw new ArgumentOutOfRangeException(name, p, $"Point {p} is out of range 0..{group.Degree - 1}.");
    }
}
