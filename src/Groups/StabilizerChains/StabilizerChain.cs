using System.Collections.Immutable;
using System.Numerics;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// A base B = (b₀, …, b_{m−1}) and strong generating set of a permutation group G, with the basic
/// orbits Δᵢ = bᵢ^{G⁽ⁱ⁾} of the stabilizers G⁽ⁱ⁾ = G_{b₀,…,b_{i−1}} (Schreier–Sims).
/// </summary>
/// <remarks>
/// Every element factors uniquely as g = u_{m−1} ⋯ u₁ u₀ with uᵢ a coset representative of
/// G⁽ⁱ⁺¹⁾ in G⁽ⁱ⁾ (right action, as in GAP), so |G| = Π|Δᵢ|, membership is a sift, and uniform random
/// elements are products of uniform representatives. Immutable once built; safe to share across threads.
/// </remarks>
public sealed class StabilizerChain
{
    private readonly SchreierTreeLevel[] levels;

    private StabilizerChain(int degree, SchreierTreeLevel[] levels, StabilizerChainMethod method)
    {
        Degree = degree;
        this.levels = levels;
        Method = method;
        Base = levels.Select(l => l.BasePoint).ToImmutableArray();
        BigInteger order = BigInteger.One;
        foreach (var l in levels) order *= l.Orbit.Count;
        Order = order;
    }

    /// <summary>Number of points acted on.</summary>
    public int Degree { get; }

    /// <summary>The base points, 0-based.</summary>
    public ImmutableArray<int> Base { get; }

    /// <summary>|G| = Π |Δᵢ|.</summary>
    public BigInteger Order { get; }

    /// <summary>Which algorithm proved the chain complete.</summary>
    public StabilizerChainMethod Method { get; }

    /// <summary>The basic orbit Δᵢ of base point i, in Schreier-tree (breadth-first) order.</summary>
    public IReadOnlyList<int> BasicOrbit(int level) => levels[level].Orbit;

    /// <summary>Generators of G⁽ⁱ⁾, the pointwise stabilizer of the first i base points (i = 0 gives G).</summary>
    /// <remarks>Levels below i hold further generators of G⁽ⁱ⁾ when the chain was built with a known
    /// order (generators are then kept only at the level where they were needed), so this is the union
    /// over levels i, i+1, ….</remarks>
    public IReadOnlyList<Permutation> GeneratorsOfStabilizer(int level)
    {
        if (level < 0 || level > levels.Length)
            throw new ArgumentOutOfRangeException(nameof(level), level, $"Levels run from 0 to the base length {levels.Length}.");
        return levels.Skip(level).SelectMany(l => l.Generators).Select(Permutation.Trusted).Distinct().ToArray();
    }

    /// <summary>All strong generators (distinct).</summary>
    public IReadOnlyList<Permutation> StrongGenerators() =>
        levels.SelectMany(l => l.Generators).Select(Permutation.Trusted).Distinct().ToArray();

    /// <summary>The coset representative at a level that maps its base point to <paramref name="point"/>.</summary>
    /// <exception cref="ArgumentException">The point is not in that basic orbit.</exception>
    public Permutation Representative(int level, int point) => Permutation.Trusted(levels[level].Representative(point));

    /// <summary>
    /// Sifts g through the chain. Returns the residue and the level where sifting stopped
    /// (<c>Base.Length</c> when every level was passed); g ∈ G exactly when that level is
    /// <c>Base.Length</c> and the residue is the identity.
    /// </summary>
    public (Permutation Residue, int Level) Sift(Permutation g)
    {
        CheckDegree(g);
        var h = g.Images.ToArray();
        int level = SiftInPlace(levels, h, 0);
        return (Permutation.Trusted(h), level);
    }

    /// <summary>Membership test by sifting.</summary>
    public bool Contains(Permutation g)
    {
        if (g.Degree != Degree) return false;
        var h = g.Images.ToArray();
        return SiftInPlace(levels, h, 0) == levels.Length && IsIdentity(h);
    }

    /// <summary>A uniformly distributed element: the product of uniformly chosen coset representatives.</summary>
    public Permutation RandomElement(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var g = IdentityArray(Degree);
        for (int i = levels.Length - 1; i >= 0; i--)
        {
            var orbit = levels[i].Orbit;
            var u = levels[i].Representative(orbit[random.Next(orbit.Count)]);
            for (int x = 0; x < g.Length; x++) g[x] = u[g[x]];
        }
        return Permutation.Trusted(g);
    }

    /// <summary>Every element, once each; meant for small groups.</summary>
    /// <exception cref="InvalidOperationException">The order exceeds <paramref name="limit"/>.</exception>
    public IEnumerable<Permutation> Elements(long limit = 10_000_000)
    {
        if (Order > limit)
            throw new InvalidOperationException($"The group has order {Order}, more than the enumeration limit {limit}; enumerate only small groups.");
        var reps = levels.Select(l => l.Orbit.Select(l.Representative).ToArray()).ToArray();
        return Enumerate(reps, levels.Length - 1, IdentityArray(Degree));
    }

    private static IEnumerable<Permutation> Enumerate(int[][][] reps, int level, int[] prefix)
    {
        if (level < 0) { yield return Permutation.Trusted(prefix); yield break; }
        foreach (var u in reps[level])
        {
            var g = new int[prefix.Length];
            for (int x = 0; x < g.Length; x++) g[x] = u[prefix[x]];
            foreach (var e in Enumerate(reps, level - 1, g)) yield return e;
        }
    }

    /// <summary>Builds a chain for ⟨generators⟩ by Schreier–Sims.</summary>
    /// <param name="degree">Number of points.</param>
    /// <param name="generators">Generators, each of the given degree.</param>
    /// <param name="options">Known order, base prefix, algorithm and seed; null for the defaults.</param>
    /// <exception cref="ArgumentException">A generator has another degree, or a base point is out of range or repeated.</exception>
    /// <exception cref="InvalidOperationException">A declared known order is wrong (the message gives the
    /// true order when the degree is small enough to compute it quickly).</exception>
    public static StabilizerChain Build(int degree, IEnumerable<Permutation> generators, SchreierSimsOptions? options = null)
    {
        options ??= new SchreierSimsOptions();
        Permutation.CheckDegree(degree, allowZero: true);
        var gens = new List<int[]>();
        foreach (var g in generators)
        {
            if (g.Degree != degree)
                throw new ArgumentException($"Generator {g} has degree {g.Degree}, but the chain is for degree {degree}.", nameof(generators));
            if (!g.IsIdentity) gens.Add(g.ImageArray);
        }
        if (options.KnownOrder is { } known && known < 1)
            throw new ArgumentException($"A group order must be positive; got {known}.", nameof(options));

        var levels = new List<SchreierTreeLevel>();
        var used = new bool[degree];
        foreach (var b in options.BasePrefix ?? Array.Empty<int>())
        {
            if (b < 0 || b >= degree)
                throw new ArgumentException($"Base point {b} is out of range 0..{degree - 1}.", nameof(options));
            if (used[b]) throw new ArgumentException($"Base point {b} is repeated in the base prefix.", nameof(options));
            used[b] = true;
            levels.Add(new SchreierTreeLevel(b, degree));
        }
        // With a known order the levels need not be nested (see Builder), which keeps each level's
        // generator list short and lets deep Schreier trees be repaired with shortcut generators.
        var builder = new Builder(degree, levels, nested: options.KnownOrder is null || options.Deterministic, options.CancellationToken, options.MaxStoredIntegers);
        foreach (var g in gens) builder.AddIfNew((int[])g.Clone());

        StabilizerChainMethod method;
        if (gens.Count == 0)
            method = StabilizerChainMethod.Trivial;
        else if (options.Deterministic)
        {
            builder.Verify();
            method = StabilizerChainMethod.Deterministic;
        }
        else
        {
            if (options.KnownOrder is { } target)
            {
                try
                {
                    builder.CompleteToOrder(target, gens, options.Seed, confirm: !options.KnownOrderIsProven);
                }
                catch (ClaimRefutedException refuted)
                {
                    throw Refutation(degree, gens, options, target, refuted.Message);
                }
                method = StabilizerChainMethod.RandomizedWithKnownOrder;
            }
            else if (options.OrderUpperBound is { } bound && TryReachBound(degree, gens, options, bound) is { } reached)
            {
                levels = reached;
                method = StabilizerChainMethod.RandomizedToProvenBound;
            }
            else
            {
                var random = new ProductReplacement(degree, gens, options.Seed);
                int quiet = 0;
                while (quiet < options.ConsecutiveSiftsBeforeVerification)
                {
                    options.CancellationToken.ThrowIfCancellationRequested();
                    quiet = builder.AddIfNew(random.Next()) ? 0 : quiet + 1;
                }
                builder.Verify();
                method = StabilizerChainMethod.RandomizedThenVerified;
            }
        }
        var chain = new StabilizerChain(degree, levels.ToArray(), method);
        if (options.KnownOrder is { } declared && chain.Order != declared)
            throw new InvalidOperationException(
                $"The generators generate a group of order {chain.Order}, not the declared order {declared}.");
        return chain;
    }

    /// <summary>
    /// The error for a wrong declared order. The true order is worth computing for the message when
    /// that is cheap (a base of at most <see cref="RefutationDegreeLimit"/> points); otherwise the
    /// message gives the bound that refuted the claim.
    /// </summary>
    private static InvalidOperationException Refutation(int degree, List<int[]> gens, SchreierSimsOptions options, BigInteger declared, string detail)
    {
        if (degree > RefutationDegreeLimit)
            return new InvalidOperationException($"The generators do not generate a group of the declared order {declared}: {detail}");
        var actual = Build(degree, gens.Select(Permutation.Trusted), options with { KnownOrder = null, KnownOrderIsProven = false });
        return new InvalidOperationException($"The generators generate a group of order {actual.Order}, not the declared order {declared}.");
    }

    private const int RefutationDegreeLimit = 64;



    /// <summary>
    /// Randomized Schreier–Sims towards a proven upper bound: the levels when the chain reaches it
    /// (then exact), null when a run of random elements shows the group is smaller.
    /// </summary>
    private static List<SchreierTreeLevel>? TryReachBound(int degree, List<int[]> gens, SchreierSimsOptions options, BigInteger bound)
    {
        var levels = new List<SchreierTreeLevel>();
        foreach (var b in options.BasePrefix ?? Array.Empty<int>()) levels.Add(new SchreierTreeLevel(b, degree));
        var builder = new Builder(degree, levels, nested: false, options.CancellationToken, options.MaxStoredIntegers);
        foreach (var g in gens) builder.AddIfNew((int[])g.Clone());
        try
        {
            builder.CompleteToOrder(bound, gens, options.Seed, confirm: false);
        }
        catch (ClaimRefutedException)
        {
            return null;
        }
        return builder.Order() == bound ? levels : null;
    }

    /// <summary>Raised inside the builder when a declared order is shown to be wrong.</summary>
    private sealed class ClaimRefutedException(string detail) : Exception(detail);

    internal static int SiftInPlace(IReadOnlyList<SchreierTreeLevel> levels, int[] h, int start)
    {
        for (int i = start; i < levels.Count; i++)
        {
            var level = levels[i];
            if (!level.InOrbit(h[level.BasePoint])) return i;
            level.StripInPlace(h);
        }
        return levels.Count;
    }

    internal static bool IsIdentity(int[] h)
    {
        for (int i = 0; i < h.Length; i++) if (h[i] != i) return false;
        return true;
    }

    internal static int[] IdentityArray(int n)
    {
        var a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }

    private void CheckDegree(Permutation g)
    {
        if (g.Degree != Degree)
            throw new ArgumentException($"Permutation {g} has degree {g.Degree}, but the chain is for degree {Degree}.", nameof(g));
    }

    /// <summary>The mutable state of Schreier–Sims while a chain is being built.</summary>
    /// <remarks>
    /// Nested mode keeps Sᵢ = S ∩ G⁽ⁱ⁾ (each strong generator at every level whose base points it
    /// fixes), which the Schreier-generator verification needs. With a known order, completeness
    /// follows from Π|Δᵢ| = |G| alone — each Δᵢ is then the full orbit of G⁽ⁱ⁾ — so a generator is
    /// stored only at the level where it extended an orbit, and an element of G⁽ⁱ⁾ met while sifting
    /// may be added to level i as a shortcut when that level's tree is deep.
    /// </remarks>
    private sealed class Builder(int degree, List<SchreierTreeLevel> levels, bool nested, CancellationToken cancel, long maxIntegers)
    {
        // Per level: the rectangle of (orbit index, generator index) Schreier generators already
        // known to sift, and where an interrupted pass over the level resumes.
        private readonly List<(int Orbit, int Generators, int ResumeT, int ResumeK)> verified = new();

        // |orbit| per level when `order` was last brought up to date; orbits only grow, so the
        // product is updated by one division and one multiplication per level that grew.
        private readonly List<int> orbitSizes = new();
        private BigInteger order = BigInteger.One;

        private long integers;

        /// <summary>Counts integers about to be stored (tree arrays, generators, inverses) against <see cref="SchreierSimsOptions.MaxStoredIntegers"/>.</summary>
        private void Charge(long count)
        {
            integers += count;
            if (integers > maxIntegers)
                throw new InvalidOperationException(
                    $"The stabilizer chain of this group would need more than {maxIntegers * sizeof(int) >> 20} MiB " +
                    $"({levels.Count} base points so far at degree {degree}); the limit is {maxIntegers} stored integers " +
                    "(Schreier vectors, strong generators and their inverses).");
        }

        // Set whenever a generator is added anywhere, so that Order(), asked once per random element,
        // costs O(1) instead of a pass over a thousand levels while nothing changed.
        private bool stale = true;

        public BigInteger Order()
        {
            if (!stale) return order;
            stale = false;
            for (int i = 0; i < levels.Count; i++)
            {
                if (i == orbitSizes.Count) orbitSizes.Add(1);
                int now = levels[i].Orbit.Count;
                if (now != orbitSizes[i]) { order = order / orbitSizes[i] * now; orbitSizes[i] = now; }
            }
            return order;
        }

        /// <summary>Sifts g; if a non-trivial residue remains, makes it a strong generator. Returns whether it did.</summary>
        public bool AddIfNew(int[] g)
        {
            int j = nested ? SiftInPlace(levels, g, 0) : SiftWithShortcuts(g);
            if (j == levels.Count && IsIdentity(g)) return false;
            Insert(g, nested ? 0 : j, j);
            return true;
        }

        /// <summary>
        /// Randomized Schreier–Sims down the chain. Level j is fed random elements of G⁽ʲ⁾ from a
        /// product-replacement pool seeded with elements that were stripped through levels 0..j−1,
        /// so an element costs one strip instead of a sift from the top, and only the points G⁽ʲ⁾
        /// moves are touched; once level j stops growing, the stripped elements (now in G⁽ʲ⁺¹⁾) seed
        /// the pool of the next level. The chain can fall short of the known order: now and then all
        /// seeds of a level fall into one proper subgroup (five uniform elements all lie in a given
        /// index-2 subgroup with probability 1/32), which then shrinks every level below it, the
        /// orbits of the last few levels included. Random elements of G sifted from the top repair
        /// that in a handful of sifts, because their residues are uniform in each true stabilizer.
        /// The known order certifies the result either way.
        /// </summary>
        public void CompleteToOrder(BigInteger target, IReadOnlyList<int[]> generators, int seed, bool confirm)
        {
            // Product replacement doubles word lengths roughly every (slots × 1.4) steps; scrambling
            // for ~log₂ n doublings makes the top pool's elements close to uniform even for slowly
            // mixing generators such as a transposition and a long cycle.
            var top = new ProductReplacement(degree, generators, seed, scrambleSteps: 100 + 15 * (int)Math.Ceiling(Math.Log2(degree + 2)) * Math.Max(10, generators.Count));
            var seeds = generators.Select(g => (int[])g.Clone()).ToList();
            int level = 0;
            for (int round = 0; ; round++)
            {
                level = Descend(target, seeds, level, unchecked(seed + 104729 * round));
                if (Order() >= target) break;
                seeds = FreshSeeds(target, top, ref level);
            }
            if (Order() > target)
                throw new ClaimRefutedException($"the chain already holds {Order()} elements.");
            if (confirm) Confirm(target, top);
        }

        private const int PoolSeeds = 5;

        /// <summary>Runs the descent from level <paramref name="start"/>; returns the level where its seeds ran out.</summary>
        private int Descend(BigInteger target, List<int[]> seeds, int start, int seed)
        {
            const int PassesBeforeDescent = 2;
            int j = start;
            for (; seeds.Count > 0 && Order() < target; j++)
            {
                // The seeds lie in G⁽ʲ⁾ and almost surely generate it, so they complete the orbit at once;
                // the pool then only has to supply stripped elements for the next level.
                if (j == levels.Count) Insert(seeds[0], j, j);
                foreach (var s in seeds) { Charge(degree); levels[j].AddGenerator(s); }
                stale = true;
                // Strips touch only points moved by the level's tree (which includes the seeds).
                var support = Support(levels[j].Generators);
                // Seeds below the top are random already; the top pool starts from the given generators.
                var pool = new ProductReplacement(degree, seeds, unchecked(seed + 7919 * j), support, scrambleSteps: j == 0 ? 200 : 30);
                var next = new List<int[]>();
                int passes = 0;
                for (int attempt = 0; next.Count < PoolSeeds && Order() < target && attempt < 80 * PoolSeeds; attempt++)
                {
                    cancel.ThrowIfCancellationRequested();
                    var x = pool.Next();
                    var level = levels[j];
                    if (!level.InOrbit(x[level.BasePoint]))
                    {
                        Insert(x, j, j);
                        passes = 0;
                        continue;
                    }
                    StripWithShortcut(level, x, support);
                    passes++;
                    if (passes >= PassesBeforeDescent && !IsIdentity(x)) next.Add(x);
                }
                seeds = next;
            }
            return j;
        }

        /// <summary>
        /// Seeds for <paramref name="level"/> from uniform elements of G stripped down to it: their
        /// residues are uniform in the true stabilizer, which gets the descent out of a proper
        /// subgroup its own seeds were caught in. An element that falls out of an upper level's orbit
        /// extends that orbit, and seeds are then gathered for that level instead.
        /// </summary>
        private List<int[]> FreshSeeds(BigInteger target, ProductReplacement top, ref int level)
        {
            var seeds = new List<int[]>();
            int quiet = 0;
            while (seeds.Count < PoolSeeds)
            {
                cancel.ThrowIfCancellationRequested();
                var g = top.Next();
                int drop = SiftWithShortcuts(g, level);
                if (drop < level)
                {
                    Insert(g, drop, drop);
                    level = Math.Min(level, drop);
                    if (Order() >= target) return seeds;
                    seeds.Clear();
                    quiet = 0;
                    continue;
                }
                if (!IsIdentity(g)) { seeds.Add(g); quiet = 0; continue; }
                // If the declared order were right, a uniform element would sift through the
                // incomplete chain with probability r = Order()/target; a run of 60/(1−r) such
                // elements has probability below e⁻⁶⁰, so the declared order must be too large.
                // (The floor of 200 allows for product replacement being only nearly uniform.)
                quiet++;
                double r = Math.Exp(BigInteger.Log(Order()) - BigInteger.Log(target));
                if (quiet >= Math.Max(200, 60 / Math.Max(1 - r, 1e-9)))
                    throw new ClaimRefutedException($"{quiet} random elements in a row lay among the {Order()} elements the chain reached.");
            }
            return seeds;
        }

        /// <summary>
        /// A declared order that is too small can be reached by an incomplete chain. Uniform elements
        /// of G then fail to sift with probability 1 − Order()/|G| each, so a run of clean sifts
        /// makes such a claim very unlikely to pass (a claim short by a factor f ≥ 2 survives with
        /// probability at most 2⁻⁴⁰).
        /// </summary>
        private void Confirm(BigInteger target, ProductReplacement top)
        {
            const int ConfirmingSifts = 40;
            for (int i = 0; i < ConfirmingSifts; i++)
            {
                cancel.ThrowIfCancellationRequested();
                var g = top.Next();
                if (SiftInPlace(levels, g, 0) != levels.Count || !IsIdentity(g))
                    throw new ClaimRefutedException($"a random element of the group lies outside the {target} elements the chain reached.");
            }
        }

        private int[] Support(IEnumerable<int[]> elements)
        {
            var moved = new bool[degree];
            foreach (var g in elements)
                for (int x = 0; x < degree; x++) if (g[x] != x) moved[x] = true;
            var list = new List<int>();
            for (int x = 0; x < degree; x++) if (moved[x]) list.Add(x);
            return list.ToArray();
        }

        // A level that stays deep despite random shortcuts must not collect them without bound:
        // each one makes the next rebuild of its tree longer.
        private const int MaxShortcutGenerators = 64;

        private void StripWithShortcut(SchreierTreeLevel level, int[] g, int[]? support = null)
        {
            if (level.IsDeep && level.Generators.Count < MaxShortcutGenerators)
            {
                Charge(2L * degree);
                level.AddGenerator((int[])g.Clone());
                stale = true;
                level.Rebuild();
            }
            level.StripInPlace(g, support);
        }

        private int SiftWithShortcuts(int[] g, int stop = int.MaxValue)
        {
            for (int i = 0; i < Math.Min(stop, levels.Count); i++)
            {
                var level = levels[i];
                if (!level.InOrbit(g[level.BasePoint])) return i;
                StripWithShortcut(level, g);
            }
            return Math.Min(stop, levels.Count);
        }

        /// <summary>Adds residue h (which fixes b₀..b_{j−1}) to levels from..j, opening level j if needed.</summary>
        private void Insert(int[] h, int from, int j)
        {
            if (j == levels.Count)
            {
                Charge(2L * degree);
                levels.Add(new SchreierTreeLevel(Permutation.Trusted(h).FirstMovedPoint(), degree));
            }
            Charge((long)(j - from + 2) * degree);
            for (int i = from; i <= j; i++) levels[i].AddGenerator(h);
            stale = true;
        }


        /// <summary>
        /// Deterministic completion: every Schreier generator u_β s u_{β^s}⁻¹ of every level must
        /// sift through the levels below it; a failing one becomes a new strong generator.
        /// </summary>
        public void Verify()
        {
            // Incremental growth leaves trees as deep as the order generators arrived in (a long
            // cycle first gives depth |orbit|/2); every Schreier generator pays that depth once per
            // level it is sifted through, so the trees are first rebuilt breadth-first over all
            // generators of their level.
            foreach (var level in levels) level.Rebuild();
            int i = levels.Count - 1;
            while (i >= 0)
            {
                cancel.ThrowIfCancellationRequested();
                int changed = CheckLevel(i);
                i = changed >= 0 ? changed : i - 1;
            }
        }

        private int CheckLevel(int i)
        {
            while (verified.Count < levels.Count) verified.Add((0, 0, 0, 0));
            var level = levels[i];
            var (doneOrbit, doneGens, resumeT, resumeK) = verified[i];
            var orbit = level.Orbit;
            var gens = level.Generators;
            // Schreier generators are sifted in parallel (levels are only read meanwhile). The first
            // failure in (t, k) order is the one acted on, so the chain does not depend on timing.
            int firstFailure = int.MaxValue;
            int[]? failedResidue = null;
            int failedLevel = -1;
            var gate = new object();
            Parallel.For(resumeT, orbit.Count, new ParallelOptions { CancellationToken = cancel }, (t, state) =>
            {
                if (t > Volatile.Read(ref firstFailure) / Math.Max(1, gens.Count)) return;
                int[]? u = null;
                for (int k = t == resumeT ? resumeK : 0; k < gens.Count; k++)
                {
                    if (t < doneOrbit && k < doneGens) continue;
                    u ??= level.Representative(orbit[t]);
                    var s = gens[k];
                    var h = new int[degree];
                    for (int x = 0; x < degree; x++) h[x] = s[u[x]];
                    level.StripInPlace(h);
                    int j = SiftInPlace(levels, h, i + 1);
                    if (j == levels.Count && IsIdentity(h)) continue;
                    int index = t * gens.Count + k;
                    lock (gate)
                    {
                        if (index < firstFailure) { firstFailure = index; failedResidue = h; failedLevel = j; }
                    }
                    return;
                }
            });
            if (failedResidue is not null)
            {
                verified[i] = (doneOrbit, doneGens, firstFailure / gens.Count, firstFailure % gens.Count);
                Insert(failedResidue, i + 1, failedLevel);
                while (verified.Count < levels.Count) verified.Add((0, 0, 0, 0));
                return failedLevel;
            }
            verified[i] = (orbit.Count, gens.Count, 0, 0);
            return -1;
        }
    }
}

/// <summary>How a stabilizer chain was completed; every method gives an exact chain.</summary>
public enum StabilizerChainMethod
{
    /// <summary>No non-identity generators: the trivial group.</summary>
    Trivial,
    /// <summary>Classical Schreier–Sims: all Schreier generators sifted.</summary>
    Deterministic,
    /// <summary>Random elements until the chain reached the order known in advance.</summary>
    RandomizedWithKnownOrder,
    /// <summary>Random elements, then every Schreier generator checked.</summary>
    RandomizedThenVerified,
    /// <summary>Random elements until the chain reached a proven upper bound on the order (from orbits and blocks).</summary>
    RandomizedToProvenBound,
}
