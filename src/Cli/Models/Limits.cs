namespace Landscape.Symmetry.Cli;

/// <summary>
/// The documented bounds of the command line's counts that bound only this program's resources (sizes such as
/// <c>--d ≤ ModelRequest.MaxSize</c> or the lattice's |Γ| ≤ 10⁶ are the library's: <see cref="SizeOption"/>). Each is checked before any work starts,
/// with a message that states it, so that nothing runs for minutes to fail or to exhaust memory.
/// </summary>
internal static class Limits
{
    /// <summary>Seeds per <c>sgd</c>/<c>experiment</c> invocation (<c>--runs</c>): 100 000.</summary>
    public const int MaxRuns = 100_000;

    /// <summary>Samples per SGD step (<c>--batch</c>): 1 000 000.</summary>
    public const int MaxBatch = 1_000_000;

    /// <summary>Doubles in one batch (<c>--batch</c> × d), held once per concurrent run: 2²⁵ ≈ 33.5 million (268 MB).</summary>
    public const long MaxBatchEntries = 1L << 25;

    /// <summary>Concurrent runs (<c>--parallel</c>): 256.</summary>
    public const int MaxParallel = 256;

    /// <summary>
    /// Refuses <paramref name="value"/> outside [<paramref name="min"/>, <paramref name="max"/>]: "--d must be between 1 and 1000; got 0.",
    /// or "--d must be at least 1; got 0." when there is no upper bound (<paramref name="max"/> = <see cref="int.MaxValue"/>).
    /// </summary>
    /// <exception cref="ArgumentException">Out of range; the message names the option and the range.</exception>
    public static int Check(int value, int min, int max, string option)
    {
        if (value >= min && value <= max) return value;
        throw new ArgumentException(max == int.MaxValue ? $"{option} must be at least {min}; got {value}." : $"{option} must be between {min} and {max}; got {value}.");
    }

    /// <summary>Checks the seed range and batch of an SGD sweep: runs, first seed, batch and batch × d, parallel.</summary>
    /// <exception cref="ArgumentException">A value is out of range; the message states the bound.</exception>
    public static void CheckSweep(int runs, int firstSeed, int batch, int d, int? parallel)
    {
        Check(runs, 1, MaxRuns, "--runs");
        if (firstSeed < 0) throw new ArgumentException($"--first-seed must be at least 0; got {firstSeed}.");
        if ((long)firstSeed + runs - 1 > int.MaxValue)
            throw new ArgumentException($"--first-seed + --runs − 1 must be at most {int.MaxValue} (seeds are 32-bit); got {firstSeed} + {runs} − 1.");
        Check(batch, 1, MaxBatch, "--batch");
        if ((long)batch * d > MaxBatchEntries)
            throw new ArgumentException($"--batch × d must be at most {MaxBatchEntries} numbers (one batch is held per concurrent run); got {batch} × {d}. Lower --batch.");
        if (parallel is { } p) Check(p, 1, MaxParallel, "--parallel");
    }
}
