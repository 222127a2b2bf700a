using System.Globalization;
using System.Numerics;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// An isotropy type of a survey that is not a diagonal Young type: a class of the isotropy poset of ΔS_d acting on
/// M(d,d) (<see cref="IsotropyClasses.OfDiagonal"/>), such as the diagonal wreath product ΔS_2≀S_3 at d = 6 (S_2≀S_3
/// permuting rows and columns at once). Its fixed space is searched in the full model (<see cref="FixedSpaceSearch"/>),
/// so these types are offered only where the poset is small (<see cref="PosetTypes.MaxD"/>).
/// </summary>
/// <remarks>
/// Names: <c>ΔS_a≀S_b</c> for a transitive class of order (a!)ᵇ·b! with blocks of size a (the full wreath product),
/// <c>ΔC_p</c>, <c>ΔD_p</c> and <c>ΔC_p⋊C_m</c> for transitive classes of order p, 2p and p·m (m | p − 1, m &lt; p − 1) at a
/// prime d = p (such a group lies in AGL(1, p), which has one subgroup of each of these orders), otherwise the poset's structural name ("diagonal, order 21; rows 7;
/// columns 7"). <see cref="PosetTypes.Parse"/> reads these names with or without Δ, underscores and spaces, and
/// "wr" for ≀ (e.g. "S2 wr S3").
/// </remarks>
public sealed record SurveyGroupType
{
    internal SurveyGroupType(SurveyModel model, IsotropyClass isotropyClass)
    {
        Model = model;
        Class = isotropyClass;
        Name = NameOf(isotropyClass, model.D);
    }

    /// <summary>The model (identity teacher, k = d).</summary>
    public SurveyModel Model { get; }

    /// <summary>The poset class (its representative H, generators (π, π), order, cell orbits).</summary>
    public IsotropyClass Class { get; }

    /// <summary>The name, e.g. ΔS_2≀S_3.</summary>
    public string Name { get; }

    /// <summary>|H|.</summary>
    public BigInteger Order => Class.Order;

    /// <summary>dim Fix(H) in M(d,d) (⊕ ℝᵈ with the second layer).</summary>
    public int FixedDimension => Class.CellOrbits.Max() + 1 + (Model.SecondLayerTrainable ? Class.RowPartition.Length : 0);

    /// <summary>H as a permutation group on the parameters of the full model (cells, then the second layer when it trains).</summary>
    public PermutationGroup Representative() => Class.Representative(Model.SecondLayerTrainable);

    /// <summary>The readable name of a class of the ΔS_d poset (see the remarks of <see cref="SurveyGroupType"/>).</summary>
    public static string NameOf(IsotropyClass isotropyClass, int d)
    {
        ArgumentNullException.ThrowIfNull(isotropyClass);
        return NameOf(PermutationGroup.Create(d, isotropyClass.Generators.Select(g => g.Row), isotropyClass.Order), isotropyClass.Name);
    }

    /// <summary>The name of a group H ≤ S_d acting diagonally, given as its action on the d points; <paramref name="fallback"/> when none of the patterns fits.</summary>
    public static string NameOf(PermutationGroup points, string fallback)
    {
        ArgumentNullException.ThrowIfNull(points);
        int d = points.Degree;
        if (points.IsTransitive && d > 1)
        {
            var order = points.Order;
            for (int a = 2; a < d; a++)
            {
                if (d % a != 0) continue;
                int b = d / a;
                if (order != BigInteger.Pow(Factorials.Of(a), b) * Factorials.Of(b)) continue;
                if (points.MinimalBlockSystems().Any(s => s.BlockSize == a))
                    return string.Create(CultureInfo.InvariantCulture, $"ΔS_{a}≀S_{b}");
            }
            // Burnside: a transitive group of prime degree p is 2-transitive (order divisible by p(p − 1)) or inside
            // AGL(1, p), which has one subgroup C_p ⋊ C_m of each order p·m, m | p − 1.
            if (IsPrime(d) && order % d == 0 && order / d < d - 1 && (d - 1) % (int)(order / d) == 0)
            {
                int m = (int)(order / d);
                return m switch
                {
                    1 => string.Create(CultureInfo.InvariantCulture, $"ΔC_{d}"),
                    2 => string.Create(CultureInfo.InvariantCulture, $"ΔD_{d}"),
                    _ => string.Create(CultureInfo.InvariantCulture, $"ΔC_{d}⋊C_{m}"),
                };
            }
        }
        return fallback;
    }

    private static bool IsPrime(int n)
    {
        if (n < 2) return false;
        for (int p = 2; p * p <= n; p++) if (n % p == 0) return false;
        return true;
    }
}
