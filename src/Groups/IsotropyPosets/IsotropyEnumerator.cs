using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// Bottom-up enumeration of the conjugacy classes of isotropy subgroups of a small ambient group Γ
/// acting on the cells of M(k,d).
/// </summary>
/// <remarks>
/// <para>The stabilizer of a matrix depends only on which cells hold equal values, so the isotropy
/// subgroups are the groups Aut_Γ(P) of partitions P of the cells (classes kept, not permuted). For
/// any L ≤ Γ let cl(L) = Aut_Γ(cell orbits of L), its 2-closure; L is an isotropy subgroup exactly
/// when cl(L) = L, and cl(L) has the same cell orbits as L (it keeps every orbit of L, and contains L).
/// So a class is found from the orbit partition of any group whose closure it is, and two closed
/// groups are conjugate exactly when some σ ∈ Γ carries one orbit partition onto the other.</para>
/// <para>Completeness: every isotropy subgroup K ≠ 1 contains a maximal isotropy subgroup H ⊊ K, and
/// then K = cl(⟨H, g⟩) for every g ∈ K \ H (the closure is isotropy, lies in K, and strictly
/// contains H). Starting from the trivial group, each class representative H is expanded by
/// computing cl(⟨H, g⟩) for one g in each orbit on Γ \ H of the maps g ↦ hg (h ∈ H), g ↦ n⁻¹gn
/// (n ∈ N_Γ(H)) and g ↦ g⁻¹, which change ⟨H, g⟩ at most by conjugation by N_Γ(H), hence cl(⟨H, g⟩)
/// only within its class. Every class above H appears this way up to conjugacy, in particular every
/// cover H ⋖ K: K is conjugate to one cl(⟨H, g⟩). Hence the recorded pairs H &lt; cl(⟨H, g⟩) contain
/// all covers, and their transitive closure is the order "contained up to conjugacy".</para>
/// <para>The orbit of the identity is H itself, which checks the order the engine reports.</para>
/// </remarks>
internal sealed class IsotropyEnumerator(AmbientGroup g, IIsotropyEngine engine)
{
    internal sealed class Node(int[] colouring)
    {
        public int[] Colouring { get; } = colouring;
        public ulong[] Generators { get; set; } = [];
        public BigInteger Order { get; set; } = BigInteger.One;
        public Lazy<ulong[]> Normaliser { get; set; } = new(() => []);
    }

    private readonly record struct Candidate(ColouringKey Key, object? ClassKey, Lazy<ulong[]>? Normaliser);

    private readonly List<Node> nodes = new();
    private readonly Dictionary<ColouringKey, int> exact = new();
    private readonly Dictionary<object, int> byClass = new();
    private readonly HashSet<(int, int)> relation = new();

    public IReadOnlyList<Node> Nodes => nodes;

    public IReadOnlyCollection<(int Lower, int Upper)> Relation => relation;

    public void Run(IProgress<IsotropyEnumerationProgress>? progress, CancellationToken cancel, int parallelism)
    {
        var trivial = new int[g.Cells];
        for (int c = 0; c < trivial.Length; c++) trivial[c] = c;
        nodes.Add(new Node(trivial));
        exact[new ColouringKey(trivial)] = 0;
        var (trivialKey, everything) = engine.Classify(g, trivial, cancel);
        nodes[0].Normaliser = everything;
        byClass[trivialKey] = 0;
        var level = new List<int> { 0 };
        int expanded = 0;
        progress?.Report(new IsotropyEnumerationProgress(1, 0));
        while (level.Count > 0)
        {
            var results = new List<Candidate>[level.Count];
            int found = nodes.Count;
            var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancel };
            // Nodes, exact and byClass are only read here; new classes are merged afterwards in a fixed
            // order, so ids and representatives do not depend on thread timing.
            Parallel.For(0, level.Count, options, i =>
            {
                var node = nodes[level[i]];
                Prepare(node, cancel);
                results[i] = Expand(node, cancel);
                int done = Interlocked.Increment(ref expanded);
                progress?.Report(new IsotropyEnumerationProgress(found, done));
            });
            var next = new List<int>();
            for (int i = 0; i < level.Count; i++)
                foreach (var c in results[i])
                {
                    if (!exact.TryGetValue(c.Key, out int id))
                    {
                        if (!byClass.TryGetValue(c.ClassKey!, out id))
                        {
                            id = nodes.Count;
                            nodes.Add(new Node(c.Key.Colouring) { Normaliser = c.Normaliser! });
                            byClass[c.ClassKey!] = id;
                            next.Add(id);
                        }
                        exact[c.Key] = id;
                    }
                    relation.Add((level[i], id));
                }
            level = next;
            progress?.Report(new IsotropyEnumerationProgress(nodes.Count, expanded));
        }
    }

    private void Prepare(Node node, CancellationToken cancel)
    {
        var (gens, order) = engine.Closure(g, node.Colouring, cancel);
        node.Generators = gens;
        node.Order = order;
    }

    private List<Candidate> Expand(Node h, CancellationToken cancel)
    {
        int order = g.Order;
        if (h.Order == order) return new List<Candidate>();
        var visited = new ulong[(order + 63) >> 6];
        var stack = new Stack<Vector128<byte>>(1024);
        var left = h.Generators.Select(g.ToVector).ToArray();
        var conjugators = h.Normaliser.Value.Select(g.ToVector).ToArray();
        var inverses = h.Normaliser.Value.Select(n => g.ToVector(g.Inverse(n))).ToArray();
        long steps = 0;

        void Visit(Vector128<byte> x)
        {
            int r = g.Rank(x);
            ref ulong word = ref visited[r >> 6];
            ulong bit = 1UL << (r & 63);
            if ((word & bit) != 0) return;
            word |= bit;
            stack.Push(x);
        }

        // Orbits of x ↦ hx and x ↦ n⁻¹xn; one byte shuffle per product.
        long Orbit(Vector128<byte> start)
        {
            long size = 0;
            Visit(start);
            while (stack.TryPop(out var x))
            {
                size++;
                if ((++steps & 0x3FFF) == 0) cancel.ThrowIfCancellationRequested();
                foreach (var s in left) Visit(AmbientGroup.Multiply(s, x));
                for (int t = 0; t < conjugators.Length; t++)
                    Visit(AmbientGroup.Multiply(AmbientGroup.Multiply(inverses[t], x), conjugators[t]));
            }
            return size;
        }

        long identityOrbit = Orbit(g.ToVector(g.Identity));
        if (identityOrbit != h.Order)
            throw new InvalidOperationException(
                $"Internal check failed: the isotropy group reported with order {h.Order} generates {identityOrbit} elements.");

        var seen = new HashSet<ColouringKey>();
        var result = new List<Candidate>();
        var gens = new ulong[h.Generators.Length + 1];
        h.Generators.CopyTo(gens, 0);
        for (int w = 0; w < visited.Length; w++)
        {
            ulong valid = w == visited.Length - 1 && (order & 63) != 0 ? (1UL << (order & 63)) - 1 : ulong.MaxValue;
            ulong free;
            while ((free = ~visited[w] & valid) != 0)
            {
                int r = (w << 6) + BitOperations.TrailingZeroCount(free);
                ulong x = g.Unrank(r);
                Orbit(g.ToVector(x));
                gens[^1] = x;
                var key = new ColouringKey(g.CellOrbits(gens));
                if (!seen.Add(key)) continue;
                if (exact.ContainsKey(key)) { result.Add(new Candidate(key, null, null)); continue; }
                var (classKey, normaliser) = engine.Classify(g, key.Colouring, cancel);
                result.Add(new Candidate(key, classKey, normaliser));
            }
        }
        return result;
    }

    /// <summary>A cell colouring with value equality.</summary>
    internal sealed class ColouringKey : IEquatable<ColouringKey>
    {
        private readonly int hash;

        public ColouringKey(int[] colouring)
        {
            Colouring = colouring;
            var h = new HashCode();
            h.AddBytes(MemoryMarshal.AsBytes(colouring.AsSpan()));
            hash = h.ToHashCode();
        }

        public int[] Colouring { get; }

        public bool Equals(ColouringKey? other) =>
            other is not null && other.hash == hash && Colouring.AsSpan().SequenceEqual(other.Colouring);

        public override bool Equals(object? obj) => Equals(obj as ColouringKey);

        public override int GetHashCode() => hash;
    }
}
