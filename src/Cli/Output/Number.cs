using System.Globalization;

namespace Landscape.Symmetry.Cli.Output;

/// <summary>How the commands print numbers, culture-invariant.</summary>
internal static class Number
{
    /// <summary>A value to 12 significant digits (losses, eigenvalues).</summary>
    public static string Text(double v) => v.ToString("G12", CultureInfo.InvariantCulture);

    /// <summary>A matrix entry with sign, 6 decimals; values that round to zero print as +0.000000 (no "-0").</summary>
    public static string Signed(double v)
    {
        double r = Math.Round(v, 6);
        return (r == 0 ? 0 : r).ToString("+0.000000;-0.000000", CultureInfo.InvariantCulture);
    }

    /// <summary>A size in scientific notation with 3 digits (gradient norms, standard errors).</summary>
    public static string Short(double v) => v.ToString("0.00E+00", CultureInfo.InvariantCulture);

    /// <summary>A sweep's number in scientific notation with 4 digits (losses, rates), or n/a.</summary>
    public static string Sci(double? v) => v is { } x ? x.ToString("0.000E+00", CultureInfo.InvariantCulture) : "n/a";
}
