namespace Landscape.Symmetry.Groups.Tests.Naive;

/// <summary>
/// Block systems by brute force: every set partition of a tiny point set is tested for invariance
/// under the generators (a partition is G-invariant iff every generator maps each block onto a block).
/// </summary>
public static class NaiveBlocks
{
    /// <summary>All set partitions of 0..n−1 (restricted growth strings), each as a list of sorted blocks ordered by smallest point.</summary>
    public static IEnumerable<List<SortedSet<int>>> SetPartitions(int n)
    {
        if (n == 0) { yield return new List<SortedSet<int>>(); yield break; }
        var rgs = new int[n];
        while (true)
        {
            int blocks = rgs.Max() + 1;
            var partition = Enumerable.Range(0, blocks).Select(_ => new SortedSet<int>()).ToList();
            for (int i = 0; i < n; i++) partition[rgs[i]].Add(i);
            yield return partition;
            // Next restricted growth string: rgs[i] ≤ 1 + max(rgs[0..i−1]).
            int k = n - 1;
            while (k > 0)
            {
                int maxBefore = 0;
                for (int t = 0; t < k; t++) maxBefore = Math.Max(maxBefore, rgs[t]);
                if (rgs[k] <= maxBefore) break;
                k--;
            }
            if (k == 0) yield break;
            rgs[k]++;
            for (int t = k + 1; t < n; t++) rgs[t] = 0;
        }
    }

    /// <summary>True when every generator maps every block onto a block of the partition.</summary>
    public static bool IsInvariant(IReadOnlyList<SortedSet<int>> partition, IEnumerable<Permutation> generators, int degree)
    {
        var blockOf = new int[degree];
        for (int b = 0; b < partition.Count; b++)
            foreach (var x in partition[b]) blockOf[x] = b;
        foreach (var g in generators)
            foreach (var block in partition)
            {
                int target = blockOf[g[block.Min]];
                foreach (var x in block)
                    if (blockOf[g[x]] != target) return false;
            }
        return true;
    }

    /// <summary>All G-invariant partitions (including the two trivial ones) of a transitive or intransitive group.</summary>
    public static List<List<SortedSet<int>>> InvariantPartitions(int degree, IReadOnlyList<Permutation> generators) =>
        SetPartitions(degree).Where(p => IsInvariant(p, generators, degree)).ToList();

    /// <summary>
    /// For a transitive group: the block systems other than singletons and the whole set. (For a
    /// transitive group every invariant partition has blocks of equal size.)
    /// </summary>
    public static List<List<SortedSet<int>>> NonTrivialBlockSystems(int degree, IReadOnlyList<Permutation> generators) =>
        InvariantPartitions(degree, generators).Where(p => p.Count > 1 && p.Count < degree).ToList();

    /// <summary>The non-trivial block systems with no non-trivial block system strictly finer than them.</summary>
    public static List<List<SortedSet<int>>> MinimalNonTrivialBlockSystems(int degree, IReadOnlyList<Permutation> generators)
    {
        var all = NonTrivialBlockSystems(degree, generators);
        return all.Where(p => !all.Any(q => !SameBlocks(p, q) && Refines(q, p))).ToList();
    }

    /// <summary>True when every block of <paramref name="fine"/> lies inside a block of <paramref name="coarse"/>.</summary>
    public static bool Refines(IReadOnlyList<SortedSet<int>> fine, IReadOnlyList<SortedSet<int>> coarse) =>
        fine.All(b => coarse.Any(c => b.IsSubsetOf(c)));

    public static bool SameBlocks(IReadOnlyList<SortedSet<int>> a, IReadOnlyList<SortedSet<int>> b) =>
        Canonical(a) == Canonical(b);

    /// <summary>A canonical text form of a partition: blocks sorted, joined.</summary>
    public static string Canonical(IEnumerable<IEnumerable<int>> blocks) =>
        string.Join("|", blocks.Select(b => string.Join(",", b.OrderBy(x => x))).OrderBy(s => s, StringComparer.Ordinal));
}
