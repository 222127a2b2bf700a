using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using System.Text.RegularExpressions;
using Landscape.Symmetry.Cli.Commands;
using Landscape.Symmetry.Cli.Models;
using Landscape.Symmetry.Cli.Output;

namespace Landscape.Symmetry.Cli;

/// <summary>
/// The <c>symmetry</c> command line as a library: <see cref="Run"/> parses the arguments, runs the
/// command and maps failures to exit codes, writing only to the given writers, so tests run it in-process.
/// </summary>
/// <remarks>
/// Exit codes (<see cref="ExitCodes"/>): 0 success; 1 a check found a violation (reserved);
/// 2 invalid input (bad spec or option value, unknown command or option), reported as lines starting
/// with <c>error: </c> on standard error and nothing on standard output; 3 an internal error (a bug),
/// also reported on one <c>error: </c> line. No stack trace is ever printed.
/// </remarks>
public static class SymmetryCli
{
    /// <summary>Runs the tool with command-line <paramref name="args"/>.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Where results, help and version go.</param>
    /// <param name="stderr">Where error messages go.</param>
    /// <returns>The process exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        // Colours and cursor codes only for a real terminal; captured or redirected output is plain text.
        bool terminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        // Every result passes one check on its way out: a NaN or an infinity becomes an error, never a printed number.
        stdout = new FiniteOutputWriter(stdout);
        var context = new CliContext(stdout, terminal);
        var root = CreateRootCommand(context);

        ParseResult parse;
        try
        {
            parse = root.Parse(args);
        }
        catch (Exception e)
        {
            return ReportInternal(stderr, e);
        }

        // Help and --version clear parse errors; anything else with errors is a usage error.
        if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
        {
            // One error line however many problems the parser found: the distinct messages in order, then where the
            // usage is. "Required command was not provided" is the least informative error, so it goes last.
            var errors = parse.Errors.Select(e => OneLine(e.Message)).Distinct()
                .OrderBy(m => m.StartsWith("Required command", StringComparison.Ordinal) ? 1 : 0).ToList();
            stderr.WriteLine($"error: {string.Join(" ", errors)} See '{UsageHint(parse)} --help'.");
            return ExitCodes.InvalidInput;
        }

        try
        {
            int code = parse.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
            stdout.Flush();
            return code;
        }
        catch (Exception e) when (InvalidInput(e) is { } invalid)
        {
            stderr.WriteLine("error: " + MessageOf(invalid));
            return ExitCodes.InvalidInput;
        }
        catch (OperationCanceledException)
        {
            // A command that cannot return partial results lets Ctrl+C's cancellation through.
            stderr.WriteLine("error: stopped by Ctrl+C.");
            return CtrlC.ExitCode;
        }
        catch (Exception e)
        {
            return ReportInternal(stderr, e);
        }
    }

    /// <summary>The root command with all subcommands, writing through <paramref name="context"/>.</summary>
    internal static RootCommand CreateRootCommand(CliContext context)
    {
        var root = new RootCommand(
            "symmetry: permutation groups and the symmetry of neural-network loss landscapes. " +
            "Group specs such as \"S(5)\", \"S(3) wr S(2)\", \"Cells(3,4)\" or \"(1,2,3),(1,2)\" with --degree.");
        root.Subcommands.Add(GroupCommand.Create(context));
        root.Subcommands.Add(ExploreCommand.Create(context));
        root.Subcommands.Add(DecomposeCommand.Create(context));
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(LossCommand.Create(context));
        root.Subcommands.Add(CriticalCommand.Create(context));
        root.Subcommands.Add(SpectrumCommand.Create(context));
        root.Subcommands.Add(SgdCommand.Create(context));
        root.Subcommands.Add(ExperimentCommand.Create(context));
        root.Subcommands.Add(IsotropyCommand.Create(context));
        root.Subcommands.Add(LatticeCommand.Create(context));
        root.Subcommands.Add(MaximalCommand.Create(context));
        root.Subcommands.Add(ConjugateCommand.Create(context));
        root.Subcommands.Add(FamilyCommand.Create(context));
        // The built-in --version reports the entry assembly, which in-process (tests) is the test host.
        foreach (var option in root.Options.OfType<VersionOption>()) option.Action = new PrintVersionAction();
        return root;
    }

    /// <summary>
    /// The tool's version: this assembly's informational version (e.g. <c>0.1.0+&lt;commit&gt;</c>).
    /// </summary>
    public static string Version
    {
        get
        {
            var assembly = typeof(SymmetryCli).Assembly;
            return assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                   ?? assembly.GetName().Version?.ToString()
                   ?? "unknown";
        }
    }

    private sealed class PrintVersionAction : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return ExitCodes.Success;
        }
    }

    private static bool IsInvalidInput(Exception e) =>
        e is FormatException or ArgumentException or InvalidOperationException;

    // Bad input detected inside a parallel loop arrives wrapped; one distinct cause is still bad input.
    private static Exception? InvalidInput(Exception e)
    {
        if (IsInvalidInput(e)) return e;
        if (e is AggregateException a && a.Flatten().InnerExceptions.Select(x => x.GetType()).Distinct().Count() == 1
            && IsInvalidInput(a.Flatten().InnerExceptions[0]))
            return a.Flatten().InnerExceptions[0];
        return null;
    }

    private static int ReportInternal(TextWriter stderr, Exception e)
    {
        stderr.WriteLine($"error: internal error ({e.GetType().Name}): {MessageOf(e)}");
        return ExitCodes.InternalError;
    }

    private static string UsageHint(ParseResult parse)
    {
        var names = new List<string>();
        for (var r = parse.CommandResult; r is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
            names.Add(r.Command is RootCommand ? "symmetry" : r.Command.Name);
        names.Reverse();
        return string.Join(' ', names);
    }

    // ArgumentException appends " (Parameter 'x')" and ArgumentOutOfRangeException a line with the
    // actual value; the user needs neither. Messages are kept on one line.
    private static readonly Regex ParameterSuffix = new(@"\s*\(Parameter '[^']*'\)\s*$", RegexOptions.CultureInvariant);

    internal static string MessageOf(Exception e)
    {
        var message = e.Message;
        if (e is ArgumentException)
        {
            int newline = message.IndexOf('\n');
            if (newline >= 0) message = message[..newline];
            message = ParameterSuffix.Replace(message, "");
        }
        return OneLine(message);
    }

    internal static string OneLine(string message) =>
        Regex.Replace(message.Trim(), @"\s*\r?\n\s*", " ", RegexOptions.CultureInvariant);
}
