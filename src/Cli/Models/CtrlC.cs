namespace Landscape.Symmetry.Cli.Models;

/// <summary>
/// Runs a cancellable library call with Ctrl+C wired to its token: the first Ctrl+C cancels the token
/// (the call stops at its next check and throws <see cref="OperationCanceledException"/>); a second
/// one ends the process as usual.
/// </summary>
internal static class CtrlC
{
    /// <summary>The exit code after a Ctrl+C: 128 + SIGINT, as shells report an interrupted command.</summary>
    public const int ExitCode = 130;

    /// <summary>Runs <paramref name="run"/> with a token that Ctrl+C or <paramref name="outer"/> cancels.</summary>
    public static T Run<T>(Func<CancellationToken, T> run, CancellationToken outer = default)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(outer);
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            if (cts.IsCancellationRequested) return;
            e.Cancel = true;
            cts.Cancel();
        }
        Console.CancelKeyPress += OnCancel;
        try
        {
            return run(cts.Token);
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }
}
