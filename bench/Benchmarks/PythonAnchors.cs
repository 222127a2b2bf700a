using System.Diagnostics;

namespace Landscape.Symmetry.Benchmarks;

/// <summary>The NumPy/PyTorch anchor scripts in bench/python, run beside a comparison in the same process's run.</summary>
public static class PythonAnchors
{
    /// <summary>Runs <paramref name="script"/> with <paramref name="arguments"/>; its output, or "python failed: " and the last error line.</summary>
    public static string Run(string script, string arguments)
    {
        // Debian's interpreter, where apt installs python3-numpy and python3-torch (a python3 earlier on PATH may lack them).
        string python = Environment.GetEnvironmentVariable("PYTHON") ?? (File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3");
        var info = new ProcessStartInfo(python, $"{script} {arguments}") { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(info)!;
        string output = p.StandardOutput.ReadToEnd();
        string error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return p.ExitCode == 0 ? output : "python failed: " + error.Split('\n').LastOrDefault(l => l.Length > 0);
    }

    /// <summary>The last number on the output line starting with <paramref name="name"/>, in seconds; "n/a" when absent.</summary>
    public static string Field(string output, string name)
    {
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
        return line is null ? "n/a" : line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1] + (line.Contains("unavailable") ? "" : " s");
    }
}
