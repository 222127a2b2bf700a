using BenchmarkDotNet.Attributes;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Benchmarks;

/// <summary>
/// The whole isotropy enumeration (classes, closures, normalisers, canonical forms, Hasse diagram)
/// for mid-size ambient groups, from scratch each time.
/// </summary>
[MemoryDiagnoser]
public class IsotropyPosetBenchmarks
{
    /// <summary>ΔS_d as "D6", S_k × S_d as "4x4".</summary>
    [Params("D6", "D7", "4x4", "4x5")]
    public string Ambient { get; set; } = "";

    [Benchmark]
    public int Enumerate()
    {
        var poset = Ambient[0] == 'D'
            ? IsotropyClasses.OfDiagonal(int.Parse(Ambient[1..]))
            : IsotropyClasses.OfRowsAndColumns(Ambient[0] - '0', Ambient[2] - '0');
        return poset.Classes.Length;
    }
}
