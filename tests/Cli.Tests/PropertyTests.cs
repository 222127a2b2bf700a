using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

/// <summary>Random small parameters checked against closed forms.</summary>
public class PropertyTests
{
    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 25)]
    public Property Symmetric_groups_have_order_n_factorial_and_partition_many_classes()
    {
        return Prop.ForAll(Generators.Sizes(1, 9).ToArbitrary(), n =>
        {
            var j = Json("group", $"S({n})", "--json");
            return j.GetProperty("order").GetString() == MathFacts.Factorial(n).ToString()
                   && j.GetProperty("conjugacyClasses").GetInt64() == (long)MathFacts.Partitions(n)
                   && j.GetProperty("transitive").GetBoolean() == (n >= 1);
        });
    }

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 25)]
    public Property Cyclic_groups_are_abelian_with_n_classes()
    {
        return Prop.ForAll(Generators.Sizes(1, 40).ToArbitrary(), n =>
        {
            var j = Json("group", $"C({n})", "--json");
            return j.GetProperty("order").GetString() == n.ToString()
                   && j.GetProperty("conjugacyClasses").GetInt64() == n;
        });
    }

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 25)]
    public Property Matrix_cell_groups_have_order_k_factorial_d_factorial()
    {
        var sizes = Generators.SizePairs(1, 6).ToArbitrary();
        return Prop.ForAll(sizes, kd =>
        {
            var (k, d) = kd;
            var j = Json("group", $"Cells({k},{d})", "--json");
            var orbits = IntArrays(j.GetProperty("orbits"));
            return j.GetProperty("order").GetString() == (MathFacts.Factorial(k) * MathFacts.Factorial(d)).ToString()
                   && j.GetProperty("degree").GetInt32() == k * d
                   && orbits.Length == 1 && orbits[0].Length == k * d
                   && j.GetProperty("conjugacyClasses").GetInt64() == (long)(MathFacts.Partitions(k) * MathFacts.Partitions(d));
        });
    }

    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 25)]
    public Property Wreath_products_of_symmetric_groups_have_the_wreath_order()
    {
        var sizes = Generators.SizePairs(2, 4).ToArbitrary();
        return Prop.ForAll(sizes, mq =>
        {
            var (m, q) = mq;
            var j = Json("group", $"S({m}) wr S({q})", "--json");
            var expected = BigInteger.Pow(MathFacts.Factorial(m), q) * MathFacts.Factorial(q);
            return j.GetProperty("order").GetString() == expected.ToString()
                   && j.GetProperty("degree").GetInt32() == m * q
                   && !j.GetProperty("primitive").GetBoolean();
        });
    }
}
