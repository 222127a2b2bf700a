using System.Numerics;

namespace Landscape.Symmetry.Groups;

/// <summary>How a <see cref="StabilizerChain"/> is built.</summary>
public sealed record SchreierSimsOptions
{
    /// <summary>
    /// The group's order when it is known in advance (from a construction such as a wreath
    /// product). Randomized Schreier–Sims then stops exactly when the chain reaches this order, which
    /// proves the chain complete: the chain's group is a subgroup of the true group of the same order.
    /// </summary>
    public BigInteger? KnownOrder { get; init; }

    /// <summary>
    /// True when <see cref="KnownOrder"/> is a theorem (it comes from a construction) rather than a
    /// claim. A claim is checked: one too large is detected when random elements stop extending the
    /// chain, and one too small by a run of random elements that must all sift (see
    /// <see cref="StabilizerChain.Build"/>). A theorem skips that last check.
    /// </summary>
    public bool KnownOrderIsProven { get; init; }

    /// <summary>
    /// A proven upper bound on the order (for example from the group's blocks, see
    /// <c>StructuralOrderBound</c>), used when <see cref="KnownOrder"/> is null. Randomized Schreier–Sims
    /// runs towards it; reaching it proves the chain complete, since a partial chain's order is a lower
    /// bound. When random elements show the bound is not attained, the chain is rebuilt and verified.
    /// A value that is not an upper bound gives a wrong order: it must be a theorem.
    /// </summary>
    public BigInteger? OrderUpperBound { get; init; }

    /// <summary>Points that must start the base, in order (0-based). Further base points are chosen as needed.</summary>
    public IReadOnlyList<int>? BasePrefix { get; init; }

    /// <summary>
    /// Use the deterministic algorithm (every Schreier generator sifted) instead of random elements
    /// followed by verification. Both give an exact chain; this one is slower for large groups.
    /// </summary>
    public bool Deterministic { get; init; }

    /// <summary>Seed of the random elements used by the randomized algorithm.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Consecutive random elements that must sift to the identity before the randomized algorithm
    /// (without a known order) moves on to deterministic verification.
    /// </summary>
    public int ConsecutiveSiftsBeforeVerification { get; init; } = 20;

    /// <summary>
    /// The most integers the chain may store while it is built (Schreier vectors of 2·degree per base
    /// point, each strong generator and its inverse); past it the build stops with an
    /// <see cref="InvalidOperationException"/> saying so, instead of exhausting memory. The default,
    /// 2²⁹ (2 GiB), allows a base of 1000 points at degree 100 000 but refuses Z₂ ≀ S₅₀₀₀₀ (80 GB).
    /// </summary>
    public long MaxStoredIntegers { get; init; } = 1L << 29;

    /// <summary>Cancels a long construction.</summary>
    public CancellationToken CancellationToken { get; init; }
}
