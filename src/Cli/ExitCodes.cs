namespace Landscape.Symmetry.Cli;

/// <summary>The process exit codes of the <c>symmetry</c> tool.</summary>
public static class ExitCodes
{
    /// <summary>The command ran and succeeded.</summary>
    public const int Success = 0;

    /// <summary>A check ran and found a violation (reserved; no command reports it yet).</summary>
    public const int Violation = 1;

    /// <summary>Invalid input: a bad group spec, option value, unknown command or option.</summary>
    public const int InvalidInput = 2;

    /// <summary>An unexpected internal failure (a bug): reported on one line, without a stack trace.</summary>
    public const int InternalError = 3;
}
