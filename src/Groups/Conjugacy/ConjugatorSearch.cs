using System.Numerics;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// The backtrack behind <see cref="SubgroupConjugacy.FindConjugator"/>, for groups whose invariants
/// already agree. One instance runs one search. See the remarks there for the method and its cost.
/// </summary>
internal sealed class ConjugatorSearch
{
    private readonly PermutationGroup h;
    private readonly PermutationGroup k;
    private readonly CancellationToken ct;
    private readonly int n;
    private readonly Permutation[] hGens;
    private readonly Permutation[] hGensInverse;
    private readonly Partition[] hGenTypes;
    private readonly int[] hClass;
    private readonly int[] kClass;
    private readonly Orbitals? hOrbitals;
    private readonly Orbitals? kOrbitals;
    private readonly int[] hBase;
    /// <summary>For each level j, the length of the orbit of b_j under H_{b₁…b_{j−1}}.</summary>
    private readonly int[] hBaseOrbitLengths;
    private readonly int[][] hStabilizerOrbitLengths;

    private readonly Func<Permutation, bool>? accept;

    /// <param name="h">H.</param>
    /// <param name="k">K, with the same order and degree.</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="accept">An extra condition on σ, which must be invariant under σ ↦ σk for k ∈ K
    /// (the search only visits one σ per coset σK); null accepts every conjugator.</param>
    public ConjugatorSearch(PermutationGroup h, PermutationGroup k, CancellationToken ct, Func<Permutation, bool>? accept = null)
    {
        this.accept = accept;
        this.h = h;
        this.k = k;
        this.ct = ct;
        n = h.Degree;
        // The generator with the longest cycle goes first and the base starts along that cycle, so that
        // h(bᵢ) = bᵢ₊₁ for all but the last base point: its partner k_h then costs a single branching.
        hGens = h.Generators.OrderByDescending(LongestCycleLength).ToArray();
        hGensInverse = hGens.Select(g => g.Inverse()).ToArray();
        hGenTypes = hGens.Select(g => g.CycleType()).ToArray();

        // Points are classed by (orbit length, constituent order); σ maps each class onto the same class of K.
        var classes = new Dictionary<(int, BigInteger), int>();
        hClass = PointClasses(h, classes);
        kClass = PointClasses(k, classes);

        if (n <= SubgroupConjugacy.OrbitalDegreeLimit)
        {
            hOrbitals = Orbitals.Of(h);
            kOrbitals = Orbitals.Of(k);
        }

        if (h.Generators.Length == 0)
        {
            hBase = Array.Empty<int>();
            hBaseOrbitLengths = Array.Empty<int>();
            hStabilizerOrbitLengths = new[] { SortedOrbitLengths(h) };
        }
        else
        {
            var cycle = hGens[0].Cycles().MaxBy(c => c.Length)!;
            var chain = StabilizerChain.Build(n, h.Generators, new SchreierSimsOptions
            {
                KnownOrder = h.Order,
                KnownOrderIsProven = true,
                BasePrefix = cycle,
                Seed = 11,
            });
            var levels = Enumerable.Range(0, chain.Base.Length).Where(i => chain.BasicOrbit(i).Count > 1).ToArray();
            hBase = levels.Select(i => chain.Base[i]).ToArray();
            hBaseOrbitLengths = levels.Select(i => chain.BasicOrbit(i).Count).ToArray();
            // Orbits of H_{b₁…b_j} straight from the strong generators (no group objects: a chain can
            // hold hundreds of strong generators, and de-duplicating them per level was the bottleneck).
            hStabilizerOrbitLengths = new int[hBase.Length + 1][];
            hStabilizerOrbitLengths[0] = SortedOrbitLengths(h);
            for (int j = 1; j <= hBase.Length; j++)
                hStabilizerOrbitLengths[j] = SortedOrbitLengths(n, chain.GeneratorsOfStabilizer(levels[j - 1] + 1));
        }
    }

    public Permutation? Run()
    {
        var state = new State(n, hOrbitals?.Count ?? 0, kOrbitals?.Count ?? 0, hGens.Length);
        return BasePhase(0, state, new ChainView(k.StabilizerChain, 0).SkipTrivialLevels());
    }

    private Permutation? BasePhase(int level, State state, ChainView kStabilizer)
    {
        ct.ThrowIfCancellationRequested();
        if (level == hBase.Length)
        {
            if (hBase.Length == 0) return FinishOrbits(state, null);
            var images = hBase.Select(b => state.Sigma[b]).ToArray();
            var kChain = StabilizerChain.Build(n, k.Generators, new SchreierSimsOptions
            {
                KnownOrder = k.Order,
                KnownOrderIsProven = true,
                BasePrefix = images,
                Seed = 7,
            });
            return GeneratorPhase(state, kChain, images);
        }
        int b = hBase[level];
        int length = hBaseOrbitLengths[level];
        var orbits = kStabilizer.Orbits(n);
        foreach (var orbit in orbits)
        {
            if (orbit.Count != length) continue;
            // Any point of the orbit will do; the chain's own base point makes the next stabilizer free.
            int y = orbit.Contains(kStabilizer.BasePoint) ? kStabilizer.BasePoint : orbit[0];
            if (state.Inverse[y] >= 0) continue;
            var next = state.Clone();
            if (!Assign(next, b, y, checkOrbitals: true)) continue;
            var nextStabilizer = kStabilizer.StabilizerOf(y, orbit, n);
            if (!nextStabilizer.Orbits(n).Select(o => o.Count).Order().SequenceEqual(hStabilizerOrbitLengths[level + 1])) continue;
            var found = BasePhase(level + 1, next, nextStabilizer);
            if (found is not null) return found;
        }
        return null;
    }

    /// <summary>
    /// A point stabilizer K_{c₁…c_j} as a level of some stabilizer chain. Stabilizing the chain's own
    /// next base point just moves one level down; any other point costs one new chain (known order).
    /// </summary>
    private readonly record struct ChainView(StabilizerChain Chain, int Level)
    {
        public int BasePoint => Level < Chain.Base.Length ? Chain.Base[Level] : -1;

        public IReadOnlyList<Permutation> Generators => Level < Chain.Base.Length ? Chain.GeneratorsOfStabilizer(Level) : Array.Empty<Permutation>();

        public BigInteger Order
        {
            get
            {
                BigInteger order = BigInteger.One;
                for (int i = Level; i < Chain.Base.Length; i++) order *= Chain.BasicOrbit(i).Count;
                return order;
            }
        }

        public List<List<int>> Orbits(int n)
        {
            var uf = new UnionFind(n);
            foreach (var g in Generators)
                for (int x = 0; x < n; x++) uf.Union(x, g[x]);
            var byRoot = new Dictionary<int, List<int>>();
            var result = new List<List<int>>();
            for (int x = 0; x < n; x++)
            {
                int r = uf.Find(x);
                if (!byRoot.TryGetValue(r, out var list)) { byRoot[r] = list = new List<int>(); result.Add(list); }
                list.Add(x);
            }
            return result;
        }

        /// <summary>Stabilizing a point that K_{c₁…c_j} already fixes changes nothing, so such levels are skipped.</summary>
        public ChainView SkipTrivialLevels()
        {
            int level = Level;
            while (level < Chain.Base.Length && Chain.BasicOrbit(level).Count == 1) level++;
            return new ChainView(Chain, level);
        }

        /// <summary>
        /// The stabilizer of a point. A new chain takes the rest of the point's orbit as its next base
        /// points: the search tends to fix the next point in the same orbit (H's base runs along an orbit
        /// too), and then the following stabilizers are free again.
        /// </summary>
        public ChainView StabilizerOf(int point, IReadOnlyList<int> orbit, int n)
        {
            if (point == BasePoint) return new ChainView(Chain, Level + 1).SkipTrivialLevels();
            var prefix = new List<int> { point };
            prefix.AddRange(orbit.Where(x => x != point));
            var chain = StabilizerChain.Build(n, Generators, new SchreierSimsOptions
            {
                KnownOrder = Order,
                KnownOrderIsProven = true,
                BasePrefix = prefix,
                Seed = 13,
            });
            return new ChainView(chain, 1).SkipTrivialLevels();
        }
    }

    /// <summary>Chooses images of the points h(bᵢ) until each generator's partner k_h is determined.</summary>
    private Permutation? GeneratorPhase(State state, StabilizerChain kChain, int[] baseImages)
    {
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            int g = Array.IndexOf(state.Partners, null);
            if (g < 0) return FinishOrbits(state, state.Partners!);
            int free = hBase.Select(b => hGens[g][b]).FirstOrDefault(x => state.Sigma[x] < 0, -1);
            if (free < 0)
            {
                var targets = hBase.Select(b => state.Sigma[hGens[g][b]]).ToArray();
                var partner = ElementWithBaseImages(kChain, baseImages, targets);
                if (partner is null || !partner.CycleType().Equals(hGenTypes[g])) return null;
                state.Partners[g] = partner;
                state.PartnerInverses[g] = partner.Inverse();
                if (!Propagate(state, checkOrbitals: true)) return null;
                continue;
            }
            for (int y = 0; y < n; y++)
            {
                if (state.Inverse[y] >= 0 || kClass[y] != hClass[free]) continue;
                var next = state.Clone();
                if (!Assign(next, free, y, checkOrbitals: true) || !Propagate(next, checkOrbitals: true)) continue;
                var found = GeneratorPhase(next, kChain, baseImages);
                if (found is not null) return found;
            }
            return null;
        }
    }

    /// <summary>
    /// With every k_h fixed, σ is forced on each orbit it already touches; the untouched orbits of H
    /// are matched to free orbits of K. Without an extra condition the first match is kept, which is
    /// exact: an orbit's admissible partners are those isomorphic to it as sets acted on by the
    /// generator pairs, an equivalence relation. With a condition every match is tried.
    /// </summary>
    private Permutation? FinishOrbits(State state, Permutation?[]? partners)
    {
        ct.ThrowIfCancellationRequested();
        var orbit = h.Orbits.FirstOrDefault(o => state.Sigma[o[0]] < 0);
        if (orbit.IsDefault) return Verify(state, partners);
        int x = orbit[0];
        foreach (var target in k.Orbits)
        {
            if (target.Length != orbit.Length || kClass[target[0]] != hClass[x] || state.Inverse[target[0]] >= 0) continue;
            foreach (int y in target)
            {
                var next = state.Clone();
                if (!Assign(next, x, y, checkOrbitals: false) || !Propagate(next, checkOrbitals: false)) continue;
                var found = FinishOrbits(next, partners);
                if (found is not null || accept is null) return found;
            }
        }
        return null;
    }

    private Permutation? Verify(State state, Permutation?[]? partners)
    {
        var sigma = Permutation.Trusted(state.Sigma);
        for (int i = 0; i < hGens.Length; i++)
        {
            var c = hGens[i].ConjugateBy(sigma);
            if (partners is not null ? c != partners[i] : !k.Contains(c)) return null;
        }
        return accept is null || accept(sigma) ? sigma : null;
    }

    /// <summary>Closes σ under σ(h x) = k_h(σ x) and σ(h⁻¹ x) = k_h⁻¹(σ x) for the known partners.</summary>
    private bool Propagate(State state, bool checkOrbitals)
    {
        var queue = new Queue<int>(state.Assigned);
        while (queue.Count > 0)
        {
            int x = queue.Dequeue();
            for (int g = 0; g < hGens.Length; g++)
            {
                var partner = state.Partners[g];
                if (partner is null) continue;
                if (!Follow(state, hGens[g][x], partner[state.Sigma[x]], queue, checkOrbitals)) return false;
                if (!Follow(state, hGensInverse[g][x], state.PartnerInverses[g]![state.Sigma[x]], queue, checkOrbitals)) return false;
            }
        }
        return true;
    }

    private bool Follow(State state, int x, int y, Queue<int> queue, bool checkOrbitals)
    {
        if (state.Sigma[x] >= 0) return state.Sigma[x] == y;
        if (!Assign(state, x, y, checkOrbitals)) return false;
        queue.Enqueue(x);
        return true;
    }

    private bool Assign(State state, int x, int y, bool checkOrbitals)
    {
        if (state.Inverse[y] >= 0 || hClass[x] != kClass[y]) return false;
        if (checkOrbitals && hOrbitals is not null)
        {
            if (!MatchColours(state, hOrbitals[x, x], kOrbitals![y, y])) return false;
            foreach (int z in state.Assigned)
            {
                int w = state.Sigma[z];
                if (!MatchColours(state, hOrbitals[x, z], kOrbitals![y, w])) return false;
                if (!MatchColours(state, hOrbitals[z, x], kOrbitals![w, y])) return false;
            }
        }
        state.Sigma[x] = y;
        state.Inverse[y] = x;
        state.Assigned.Add(x);
        return true;
    }

    private bool MatchColours(State state, int hc, int kc)
    {
        int mapped = state.ColourMap[hc];
        if (mapped >= 0) return mapped == kc;
        if (state.ColourInverse[kc] >= 0 || hOrbitals!.Sizes[hc] != kOrbitals!.Sizes[kc]) return false;
        state.ColourMap[hc] = kc;
        state.ColourInverse[kc] = hc;
        return true;
    }

    /// <summary>The element of K mapping base point cᵢ to targetᵢ, from a chain whose base starts with c; null if none.</summary>
    private Permutation? ElementWithBaseImages(StabilizerChain chain, int[] basePoints, int[] targets)
    {
        // g = u_{m−1}⋯u₀ with uᵢ ∈ K⁽ⁱ⁾; cᵢ^g = cᵢ^{uᵢ u_{i−1}⋯u₀}, so uᵢ must send cᵢ to targetᵢ pulled back through u_{i−1}⋯u₀.
        var prefix = StabilizerChain.IdentityArray(n);
        var prefixInverse = StabilizerChain.IdentityArray(n);
        for (int i = 0; i < basePoints.Length; i++)
        {
            int t = prefixInverse[targets[i]];
            if (t == basePoints[i]) continue;
            if (!chain.BasicOrbit(i).Contains(t)) return null;
            var u = chain.Representative(i, t);
            var p = new int[n];
            for (int x = 0; x < n; x++) p[x] = prefix[u[x]];
            prefix = p;
            var pi = new int[n];
            for (int x = 0; x < n; x++) pi[p[x]] = x;
            prefixInverse = pi;
        }
        var g = Permutation.Trusted(prefix);
        for (int i = 0; i < basePoints.Length; i++)
            if (g[basePoints[i]] != targets[i]) return null;
        return g;
    }

    private static int[] PointClasses(PermutationGroup g, Dictionary<(int, BigInteger), int> classes)
    {
        var result = new int[g.Degree];
        foreach (var orbit in g.Orbits)
        {
            var key = (orbit.Length, SubgroupConjugacy.ConstituentOrder(g, orbit));
            if (!classes.TryGetValue(key, out int id)) classes[key] = id = classes.Count;
            foreach (int x in orbit) result[x] = id;
        }
        return result;
    }

    private static int LongestCycleLength(Permutation g) => g.Cycles().Select(c => c.Length).DefaultIfEmpty(1).Max();

    private static int[] SortedOrbitLengths(PermutationGroup g) => g.Orbits.Select(o => o.Length).Order().ToArray();

    private static int[] SortedOrbitLengths(int n, IEnumerable<Permutation> generators)
    {
        var uf = new UnionFind(n);
        foreach (var g in generators)
            for (int x = 0; x < n; x++) uf.Union(x, g[x]);
        return Enumerable.Range(0, n).Where(x => uf.Find(x) == x).Select(uf.SizeOf).Order().ToArray();
    }

    private sealed class State
    {
        public int[] Sigma = null!;
        public int[] Inverse = null!;
        public int[] ColourMap = null!;
        public int[] ColourInverse = null!;
        public List<int> Assigned = null!;
        public Permutation?[] Partners = null!;
        public Permutation?[] PartnerInverses = null!;

        public State(int n, int hColours, int kColours, int generators)
        {
            Sigma = Enumerable.Repeat(-1, n).ToArray();
            Inverse = Enumerable.Repeat(-1, n).ToArray();
            ColourMap = Enumerable.Repeat(-1, hColours).ToArray();
            ColourInverse = Enumerable.Repeat(-1, kColours).ToArray();
            Assigned = new List<int>();
            Partners = new Permutation?[generators];
            PartnerInverses = new Permutation?[generators];
        }

        private State() { }

        public State Clone() => new()
        {
            Sigma = (int[])Sigma.Clone(),
            Inverse = (int[])Inverse.Clone(),
            ColourMap = (int[])ColourMap.Clone(),
            ColourInverse = (int[])ColourInverse.Clone(),
            Assigned = new List<int>(Assigned),
            Partners = (Permutation?[])Partners.Clone(),
            PartnerInverses = (Permutation?[])PartnerInverses.Clone(),
        };
    }
}
