namespace Landscape.Symmetry.Landscape.Tests;

/// <summary>The FsCheck generators of this test project, in one place.</summary>
public static class Generators
{
    /// <summary>Seeds of <see cref="Random"/> for points, directions and group elements drawn inside a property.</summary>
    public static Gen<int> Seeds => Gen.Choose(0, int.MaxValue);
}
