using FsCheck;
using FsCheck.Fluent;

namespace Landscape.Symmetry.Cli.Tests;

/// <summary>The FsCheck generators of this test project, in one place.</summary>
public static class Generators
{
    /// <summary>A size n in lo..hi.</summary>
    public static Gen<int> Sizes(int lo, int hi) => Gen.Choose(lo, hi);

    /// <summary>Two sizes, each in lo..hi.</summary>
    public static Gen<(int, int)> SizePairs(int lo, int hi) => Gen.Choose(lo, hi).Two();
}
