using System.Text;
using System.Text.RegularExpressions;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>
/// Standard output as every command writes it, with one guarantee: no NaN and no infinity is ever printed as a result.
/// Text is passed on line by line; a line holding .NET's spelling of a non-finite number (<c>NaN</c>, <c>Infinity</c>,
/// <c>-Infinity</c>, as the invariant culture formats them) is not written and <see cref="NonFiniteResultException"/>
/// is thrown instead, which the tool reports as one <c>error:</c> line with exit code 2.
/// </summary>
/// <remarks>
/// The check sits in the one place all rendering passes through, so a command cannot forget it. A deliberate symbol
/// such as the "+∞" of a limit d → ∞ is not .NET's spelling and passes.
/// </remarks>
internal sealed class FiniteOutputWriter(TextWriter inner) : TextWriter
{
    private static readonly Regex NonFinite = new(@"(?<![\p{L}\p{N}_])(NaN|Infinity)(?![\p{L}\p{N}_])", RegexOptions.CultureInvariant);

    private readonly StringBuilder _line = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        _line.Append(value);
        if (value == '\n') Pass();
    }

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        _line.Append(value);
        if (value.Contains('\n')) Pass();
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        _line.Append(value).Append(NewLine);
        Pass();
    }

    public override void Flush()
    {
        Pass();
        inner.Flush();
    }

    /// <summary>Throws <see cref="NonFiniteResultException"/> when <paramref name="text"/> shows a non-finite number.</summary>
    public static void Check(string text)
    {
        if (NonFinite.Match(text) is { Success: true } m)
            throw new NonFiniteResultException(m.Value);
    }

    private void Pass()
    {
        if (_line.Length == 0) return;
        var text = _line.ToString();
        _line.Clear();
        Check(text);
        inner.Write(text);
    }
}

/// <summary>A result that is not a finite number (NaN or ±∞) was about to be printed.</summary>
internal sealed class NonFiniteResultException(string shown) : InvalidOperationException(
    $"A result came out as {shown}, not a finite number: these inputs are outside the range where the computation is " +
    "accurate (an overflow, or all precision lost). Nothing is reported for it; see \"Limits and errors\" in docs/tutorial-commands.md.");
