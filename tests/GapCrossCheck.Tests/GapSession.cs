using System.Diagnostics;

namespace Landscape.Symmetry.GapCrossCheck.Tests;

/// <summary>Runs a GAP script in one process and returns what it printed.</summary>
internal static class GapSession
{
    public static string Run(string script)
    {
        var start = new ProcessStartInfo("gap", "-q -b")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("gap did not start");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException(
                "GAP is not installed, and this suite compares against it: apt-get install gap-core gap-libs.");
        }
        process.StandardInput.Write(script + "\nQUIT;\n");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill();
            throw new TimeoutException("GAP did not finish within five minutes.");
        }
        if (process.ExitCode != 0 || error.Result.Contains("Error"))
            throw new InvalidOperationException($"GAP failed (exit {process.ExitCode}): {error.Result}");
        return output.Result;
    }
}
