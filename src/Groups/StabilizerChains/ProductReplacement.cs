namespace Landscape.Symmetry.Groups;

/// <summary>
/// Nearly uniform random elements of ⟨generators⟩ by the product replacement algorithm
/// (Celler, Leedham-Green, Murray, Niemeyer, O'Brien 1995) with an accumulator ("rattle").
/// Used to drive randomized Schreier–Sims before a stabilizer chain exists; once a chain exists,
/// <see cref="StabilizerChain.RandomElement"/> gives exactly uniform elements.
/// </summary>
internal sealed class ProductReplacement
{
    private const int MinimumSlots = 10;
    private const int DefaultScrambleSteps = 60;

    private readonly int[][] slots;
    private readonly int[] accumulator;
    private readonly int[] inverseBuffer;
    private readonly Random rng;
    private readonly int[] support;

    /// <param name="degree">Number of points.</param>
    /// <param name="generators">Generators of the group sampled.</param>
    /// <param name="seed">Random seed.</param>
    /// <param name="support">When given, the points the generators move: products are computed on
    /// these alone, which matters deep in a stabilizer chain where the group moves few points.</param>
    /// <param name="scrambleSteps">Initial products discarded; fewer suffice when the generators are
    /// themselves random elements.</param>
    public ProductReplacement(int degree, IReadOnlyList<int[]> generators, int seed, int[]? support = null,
        int scrambleSteps = DefaultScrambleSteps)
    {
        if (generators.Count == 0) throw new ArgumentException("Product replacement needs at least one generator.", nameof(generators));
        this.support = support ?? StabilizerChain.IdentityArray(degree);
        rng = new Random(seed);
        int r = Math.Max(MinimumSlots, generators.Count);
        slots = new int[r][];
        for (int i = 0; i < r; i++) slots[i] = (int[])generators[i % generators.Count].Clone();
        accumulator = StabilizerChain.IdentityArray(degree);
        inverseBuffer = StabilizerChain.IdentityArray(degree);
        for (int i = 0; i < scrambleSteps; i++) Next();
    }

    /// <summary>The next random element (a fresh array the caller owns).</summary>
    public int[] Next()
    {
        int i = rng.Next(slots.Length);
        int j = rng.Next(slots.Length - 1);
        if (j >= i) j++;
        // Slots and accumulator are updated in place: each entry is read before it is written, and
        // points outside the support stay fixed, so a step costs O(|support|) plus one copy.
        var si = slots[i];
        var sj = slots[j];
        if (rng.Next(2) == 0)
            foreach (int x in support) si[x] = sj[si[x]];
        else
        {
            foreach (int x in support) inverseBuffer[sj[x]] = x;
            foreach (int x in support) si[x] = inverseBuffer[si[x]];
        }
        foreach (int x in support) accumulator[x] = si[accumulator[x]];
        return (int[])accumulator.Clone();
    }
}
