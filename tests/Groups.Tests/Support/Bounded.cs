namespace Landscape.Symmetry.Groups.Tests.Support;

/// <summary>Chain construction with a deadline, so a slow build fails its test instead of stalling the suite.</summary>
public static class Bounded
{
    /// <summary>
    /// Builds a chain from generators alone with default options (randomized Schreier–Sims, then
    /// deterministic verification, no known order: the path <c>PermutationGroup.Create(degree, generators)</c> takes
    /// for a non-giant), cancelled after <paramref name="seconds"/>.
    /// </summary>
    public static StabilizerChain BuildFromGenerators(int degree, IEnumerable<Permutation> generators, double seconds)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var started = DateTime.UtcNow;
        try
        {
            return StabilizerChain.Build(degree, generators, new SchreierSimsOptions { CancellationToken = cts.Token });
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"Building the stabilizer chain of degree {degree} from generators alone did not finish within {seconds} s " +
                        $"(cancelled after {(DateTime.UtcNow - started).TotalSeconds:F1} s).");
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> on the thread pool and waits at most <paramref name="seconds"/>:
    /// returns its result, rethrows its exception unchanged, or fails the test on time-out. (A timed-out
    /// computation that cannot be cancelled keeps running in the background until the test process ends.)
    /// </summary>
    public static T Run<T>(Func<T> action, double seconds, string what)
    {
        var task = Task.Run(action);
        try
        {
            if (!task.Wait(TimeSpan.FromSeconds(seconds)))
                Assert.Fail($"{what} did not return within {seconds} s.");
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException!).Throw();
        }
        return task.Result;
    }
}
