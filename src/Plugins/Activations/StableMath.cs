namespace Landscape.Symmetry.Plugins;

/// <summary>
/// log(1 + x) and eˣ − 1 to full relative accuracy near 0 (.NET's <c>double.LogP1</c> and <c>double.ExpM1</c> are
/// log(1 + x) and exp(x) − 1 as written, which lose every digit at x = 1e-17).
/// </summary>
internal static class StableMath
{
    /// <summary>log(1 + x) for x &gt; −1, accurate to a few ulps (Goldberg's correction: the rounding of 1 + x is divided out).</summary>
    public static double Log1p(double x)
    {
        double u = 1 + x;
        if (u == 1) return x;
        return Math.Log(u) * (x / (u - 1));
    }

    /// <summary>eˣ − 1, accurate to a few ulps (Kahan's correction: (u − 1)·x/log u with u = eˣ).</summary>
    public static double Expm1(double x)
    {
        if (Math.Abs(x) < 1e-5) return x + 0.5 * x * x + x * x * x / 6;
        double u = Math.Exp(x);
        if (u == 1) return x;
        double um1 = u - 1;
        if (um1 == -1) return -1;
        if (double.IsPositiveInfinity(u)) return u;
        return um1 * x / Math.Log(u);
    }
}
