using System.Globalization;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// A count written in d: c + b·d, such as d − 1, d − 2 or 2. Families treat d as a real number, so a count is
/// evaluated at any real d (<see cref="At"/>) and sums over equal rows become multiplications by it.
/// </summary>
/// <param name="Constant">c.</param>
/// <param name="PerD">b, the coefficient of d.</param>
public readonly record struct AffineCount(double Constant, double PerD)
{
    /// <summary>The value at d.</summary>
    public double At(double d) => Constant + PerD * d;

    /// <summary>True when the count does not depend on d.</summary>
    public bool IsConstant => PerD == 0;

    /// <summary>Text as in a type spec: "d-1", "2", "2d+1".</summary>
    public override string ToString()
    {
        string c = Constant.ToString("R", CultureInfo.InvariantCulture);
        if (PerD == 0) return c;
        string head = PerD == 1 ? "d" : PerD == -1 ? "-d" : PerD.ToString("R", CultureInfo.InvariantCulture) + "d";
        if (Constant == 0) return head;
        return Constant > 0 ? $"{head}+{c}" : $"{head}{c}";
    }

    /// <summary>Parses "d", "d-1", "d - 2", "2", "2d+1", "d+0" (sums of terms n, d and n·d or nd).</summary>
    /// <exception cref="FormatException">The text is not an affine expression in d.</exception>
    public static AffineCount Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Replace(" ", "", StringComparison.Ordinal).Replace("−", "-", StringComparison.Ordinal);
        if (s.Length == 0) throw new FormatException("An empty count; expected an expression in d such as d-1 or 2.");
        double constant = 0, perD = 0;
        int pos = 0;
        while (pos < s.Length)
        {
            double sign = 1;
            if (s[pos] == '+' || s[pos] == '-') { sign = s[pos] == '-' ? -1 : 1; pos++; }
            else if (pos > 0) throw new FormatException($"Unexpected '{s[pos]}' in the count '{text}'.");
            int start = pos;
            while (pos < s.Length && (char.IsDigit(s[pos]) || s[pos] == '.')) pos++;
            double number = 1;
            bool hasNumber = pos > start;
            if (hasNumber && !double.TryParse(s[start..pos], NumberStyles.Float, CultureInfo.InvariantCulture, out number))
                throw new FormatException($"'{s[start..pos]}' in the count '{text}' is not a number.");
            if (pos < s.Length && s[pos] == '*') pos++;
            if (pos < s.Length && (s[pos] == 'd' || s[pos] == 'D')) { pos++; perD += sign * number; }
            else if (hasNumber) constant += sign * number;
            else throw new FormatException($"The count '{text}' has a sign without a term; expected an expression in d such as d-1 or 2.");
        }
        return new AffineCount(constant, perD);
    }
}
